/**
 * The key figures of the county summary workbook (issue 8): one column each, the sum of every field of the report's
 * edition whose id matches. Matching by id keeps the editions' differences out of it (edition 2019 has one （六）其他处理
 * row, 2021 three; 规范性文件 count 对外公开总数量 in 2019 and 现行有效件数 in 2021).
 */
export interface KeyFigure {
  label: string;
  fields: RegExp;
}

export const KEY_FIGURES: readonly KeyFigure[] = [
  { label: "新收申请", fields: /^requests\.newReceived\.total$/ },
  { label: "上年结转", fields: /^requests\.carriedOver\.total$/ },
  { label: "予以公开", fields: /^requests\.granted\.total$/ },
  { label: "部分公开", fields: /^requests\.partlyGranted\.total$/ },
  { label: "不予公开", fields: /^requests\.withheld\.\w+\.total$/ },
  { label: "无法提供", fields: /^requests\.unavailable\.\w+\.total$/ },
  { label: "不予处理", fields: /^requests\.unprocessed\.\w+\.total$/ },
  { label: "其他处理", fields: /^requests\.otherHandling(\.\w+)?\.total$/ },
  { label: "结转下年", fields: /^requests\.carriedForward\.total$/ },
  { label: "行政复议总计", fields: /^review\.total$/ },
  { label: "行政诉讼总计", fields: /^suit(Direct|AfterReview)\.total$/ },
  { label: "规范性文件", fields: /^active\.normative\.(inForce|total)$/ },
  { label: "行政许可决定", fields: /^active\.licensing\.decisions$/ },
  { label: "行政处罚决定", fields: /^active\.penalty\.decisions$/ },
  { label: "行政强制决定", fields: /^active\.coercion\.decisions$/ },
];
