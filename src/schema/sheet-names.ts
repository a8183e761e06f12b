/** Sheet names of the standardized workbook; the section sheets carry the official section titles. */
export const SHEET = {
  guide: "填写说明",
  meta: "基本信息",
  overview: "一、总体情况",
  active: "二、主动公开政府信息情况",
  requests: "三、收到和处理政府信息公开申请情况",
  review: "四、政府信息公开行政复议、行政诉讼情况",
  problems: "五、存在的主要问题及改进情况",
  other: "六、其他需要报告的事项",
  checks: "校验",
  /** Hidden: each total's parts as numbers, read the way check reads them, for the totals and 校验 formulas. */
  numbers: "数值",
} as const;
