/**
 * The official labels, copied character for character from the spec's formats.md: the render tests check
 * the printed tables against this list, not against our own schema, so a typo in the schema is caught.
 */
export const SECTIONS = [
  "一、总体情况",
  "二、主动公开政府信息情况",
  "三、收到和处理政府信息公开申请情况",
  "四、政府信息公开行政复议、行政诉讼情况",
  "五、存在的主要问题及改进情况",
  "六、其他需要报告的事项",
];

export const ACTIVE_ROWS = {
  "2021": [
    ["第二十条第（一）项"],
    ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
    ["规章"],
    ["行政规范性文件"],
    ["第二十条第（五）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政许可"],
    ["第二十条第（六）项"],
    ["信息内容", "本年处理决定数量"],
    ["行政处罚"],
    ["行政强制"],
    ["第二十条第（八）项"],
    ["信息内容", "本年收费金额（单位：万元）"],
    ["行政事业性收费"],
  ],
  "2019": [
    ["第二十条第（一）项"],
    ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
    ["规章"],
    ["规范性文件"],
    ["第二十条第（五）项"],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政许可"],
    ["其他对外管理服务事项"],
    ["第二十条第（六）项"],
    ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
    ["行政处罚"],
    ["行政强制"],
    ["第二十条第（八）项"],
    ["信息内容", "上一年项目数量", "本年增/减"],
    ["行政事业性收费"],
    ["第二十条第（九）项"],
    ["信息内容", "采购项目数量", "采购总金额"],
    ["政府集中采购"],
  ],
};

const COMMON_REQUEST_ROWS = [
  "一、本年新收政府信息公开申请数量",
  "二、上年结转政府信息公开申请数量",
  "（一）予以公开",
  "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
  "1.属于国家秘密",
  "2.其他法律行政法规禁止公开",
  "3.危及“三安全一稳定”",
  "4.保护第三方合法权益",
  "5.属于三类内部事务信息",
  "6.属于四类过程性信息",
  "7.属于行政执法案卷",
  "8.属于行政查询事项",
  "1.本机关不掌握相关政府信息",
  "2.没有现成信息需要另行制作",
  "3.补正后申请内容仍不明确",
  "1.信访举报投诉类申请",
  "2.重复申请",
  "3.要求提供公开出版物",
  "4.无正当理由大量反复申请",
  "5.要求行政机关确认或重新出具已获取信息",
];
const TAIL = ["（七）总计", "四、结转下年度继续办理"];

/** The last label cell of each data row of table 三. */
export const REQUEST_ROWS = {
  "2019": [...COMMON_REQUEST_ROWS, "（六）其他处理", ...TAIL],
  "2021": [
    ...COMMON_REQUEST_ROWS,
    "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
    "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
    "3.其他",
    ...TAIL,
  ],
};

const NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
const times = (text: string, n: number) => Array.from({ length: n }, () => text);

/** Table 三's header as a grid, merged cells expanded: the note spans 3 columns × 3 rows. */
export const REQUEST_HEADER = [
  [...times(NOTE, 3), ...times("申请人情况", 7)],
  [...times(NOTE, 3), "自然人", ...times("法人或其他组织", 5), "总计"],
  [...times(NOTE, 3), "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
];

const OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

/** Table 四's header as a grid: 行政复议's outcomes span 2 rows; each 诉讼 group spans 5 columns. */
export const REVIEW_HEADER = [
  [...times("行政复议", 5), ...times("行政诉讼", 10)],
  [...OUTCOMES, ...times("未经复议直接起诉", 5), ...times("复议后起诉", 5)],
  [...OUTCOMES, ...OUTCOMES, ...OUTCOMES],
];
