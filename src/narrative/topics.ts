/**
 * What a narrative may state about the tables (rules.md P5), each with the words that name it in a clause, the
 * units it is counted in, and the table cells whose sum it is. Clauses that also name something else (许可申请,
 * 咨询, a time limit) are left alone: a false alarm costs a clerk's trust more than a missed one.
 */
import { groupFields } from "../schema/cells.js";
import type { EditionDef, FieldId } from "../schema/types.js";

export interface Topic {
  id: string;
  /** As the clerk reads it in a message. */
  label: string;
  /** The clause speaks of this. */
  anchor: RegExp;
  /** …unless it also speaks of this. */
  unless?: RegExp;
  units: readonly string[];
  /** A whole count, never stated inside a 其中 list (where a part of it is counted). */
  whole: boolean;
  /** "未收到…申请", "未发生…行政复议": the clause says the count is 0. */
  none?: RegExp;
  /** The table cells the figure is the sum of, in this edition (none: the edition has no such cells). */
  fields: (edition: EditionDef) => FieldId[];
  /**
   * Other cells the figure may be the sum of, unless the clause rules it out: 收到 90 件 counts 新收 87 and 上年结转 3
   * in many reports, unless it says 新收.
   */
  orSumOf?: { unless: RegExp; fields: (edition: EditionDef) => FieldId[] };
}

const APPLICATION_UNITS = ["件", "宗", "个", "份", "条"];
const CASE_UNITS = ["件", "起", "宗", "个"];
const DOCUMENT_UNITS = ["件", "个", "份", "部"];
const DECISION_UNITS = ["件", "宗", "起", "个", "项"];

/** The 总计 of every row of a group of table 三 (不予公开's eight reasons), summed: the edition says which rows. */
const group =
  (key: string) =>
  (edition: EditionDef): FieldId[] =>
    groupFields(edition, "requests", key, "total");
const only =
  (...ids: string[]) =>
  (edition: EditionDef): FieldId[] =>
    edition.fields.filter((field) => ids.includes(field.id)).map((field) => field.id);

/** Applications of other kinds (许可, 复议), complaints and consultations: not 政府信息公开申请. */
const OTHER_APPLICATIONS = /许可|复议|诉讼|审批|登记|补贴|资金|项目|投诉|举报|信访|咨询|留言|来信|建议|提案|意见/;
/** A time limit or a way of answering: 按时答复 N 件 is a part of what was answered. */
const MANNER = /按时|逾期|延期|期限|时限|当场|当日|工作日|网上|书面|电话|邮寄|电子邮件/;

export const TOPICS: readonly Topic[] = [
  {
    id: "applications-received",
    label: "本年新收政府信息公开申请数量",
    anchor: /(收到|受理|新收|接收|接到|提出)[^，。；]{0,16}?(政府信息公开申请|信息公开申请|依申请公开|公开申请|申请)/,
    unless: new RegExp(`${OTHER_APPLICATIONS.source}|结转|办结|答复|办理|完成|处理完毕|网络申请|信函申请|当面申请|${MANNER.source}`),
    units: APPLICATION_UNITS,
    whole: true,
    none: /(未|没有)(收到|接到|受理)/,
    fields: only("requests.newReceived.total"),
    orSumOf: { unless: /新收|新增|新受理|本年度?收到/, fields: only("requests.newReceived.total", "requests.carriedOver.total") },
  },
  {
    id: "applications-carried-over",
    label: "上年结转政府信息公开申请数量",
    anchor: /上一?年度?结转/,
    unless: OTHER_APPLICATIONS,
    units: APPLICATION_UNITS,
    whole: true,
    fields: only("requests.carriedOver.total"),
  },
  {
    id: "applications-carried-forward",
    label: "结转下年度继续办理",
    anchor: /(结转|转入|顺延)(至|到|入)?下一?年/,
    unless: OTHER_APPLICATIONS,
    units: APPLICATION_UNITS,
    whole: true,
    fields: only("requests.carriedForward.total"),
  },
  {
    id: "applications-answered",
    label: "本年度办理结果总计",
    anchor: /办结|作出答复|答复|办理完毕|处理完毕/,
    // 另有72件顺延到下年度答复: answered next year, not this one.
    unless: new RegExp(`${OTHER_APPLICATIONS.source}|结转|顺延|下一?年度|予以公开|部分公开|不予|无法提供|其他处理|${MANNER.source}`),
    units: APPLICATION_UNITS,
    whole: true,
    fields: only("requests.resultTotal.total"),
  },
  {
    id: "granted-or-partly",
    label: "予以公开与部分公开之和",
    anchor: /公开(及|和|与|或|、)部分公开/,
    unless: MANNER,
    units: APPLICATION_UNITS,
    whole: false,
    fields: only("requests.granted.total", "requests.partlyGranted.total"),
  },
  {
    id: "granted",
    label: "予以公开",
    anchor: /予以公开|同意公开|全部公开/,
    unless: new RegExp(`部分公开|不予公开|主动公开|${MANNER.source}`),
    units: APPLICATION_UNITS,
    whole: false,
    fields: only("requests.granted.total"),
  },
  {
    id: "partly-granted",
    label: "部分公开",
    anchor: /部分公开/,
    unless: new RegExp(`公开(及|和|与|或|、)部分公开|${MANNER.source}`),
    units: APPLICATION_UNITS,
    whole: false,
    fields: only("requests.partlyGranted.total"),
  },
  {
    id: "withheld",
    label: "不予公开",
    anchor: /不予公开/,
    unless: MANNER,
    units: APPLICATION_UNITS,
    whole: false,
    fields: group("withheld"),
  },
  {
    id: "unavailable",
    label: "无法提供",
    anchor: /无法提供/,
    unless: MANNER,
    units: APPLICATION_UNITS,
    whole: false,
    fields: group("unavailable"),
  },
  {
    id: "unprocessed",
    label: "不予处理",
    anchor: /不予处理/,
    unless: MANNER,
    units: APPLICATION_UNITS,
    whole: false,
    fields: group("unprocessed"),
  },
  {
    id: "other-handling",
    label: "其他处理",
    anchor: /其他处理/,
    unless: MANNER,
    units: APPLICATION_UNITS,
    whole: false,
    fields: group("otherHandling"),
  },
  {
    id: "review-and-suits",
    label: "行政复议与行政诉讼之和",
    anchor: /复议[^，。；]{0,12}(和|及|与|、)[^，。；]{0,6}诉讼/,
    units: CASE_UNITS,
    whole: true,
    none: /(未|没有)(发生|出现|收到|接到)/,
    fields: only("review.total", "suitDirect.total", "suitAfterReview.total"),
  },
  {
    id: "review",
    label: "行政复议总计",
    anchor: /行政复议/,
    unless: /诉讼|起诉/,
    units: CASE_UNITS,
    whole: true,
    none: /(未|没有)(发生|出现|收到|接到)/,
    fields: only("review.total"),
  },
  {
    id: "suits",
    label: "行政诉讼总计",
    anchor: /行政诉讼|被起诉|应诉/,
    unless: /复议/,
    units: CASE_UNITS,
    whole: true,
    none: /(未|没有)(发生|出现|收到|接到)/,
    fields: only("suitDirect.total", "suitAfterReview.total"),
  },
  {
    id: "normative-issued",
    label: "行政规范性文件 · 本年制发件数",
    anchor: /(制发|印发|出台|制定)[^，。；]{0,12}规范性文件/,
    unless: /废止|现行有效|修订|修改|清理|解读|备案|审查|审核|规章/,
    units: DOCUMENT_UNITS,
    whole: true,
    fields: only("active.normative.issued"),
  },
  {
    id: "normative-repealed",
    label: "行政规范性文件 · 本年废止件数",
    anchor: /废止[^，。；]{0,12}规范性文件|规范性文件[^，。；]{0,12}废止/,
    unless: /现行有效|规章|制发|印发/,
    units: DOCUMENT_UNITS,
    whole: true,
    fields: only("active.normative.repealed"),
  },
  {
    id: "normative-in-force",
    label: "行政规范性文件 · 现行有效件数",
    anchor: /现行有效[^，。；]{0,12}规范性文件|规范性文件[^，。；]{0,12}现行有效/,
    unless: /废止|规章|制发|印发/,
    units: DOCUMENT_UNITS,
    whole: true,
    fields: only("active.normative.inForce"),
  },
  {
    id: "licensing",
    label: "行政许可 · 本年处理决定数量",
    anchor: /行政许可/,
    unless: /事项|处罚|强制|申请/,
    units: DECISION_UNITS,
    whole: true,
    fields: only("active.licensing.decisions"),
  },
  {
    id: "penalty",
    label: "行政处罚 · 本年处理决定数量",
    anchor: /行政处罚/,
    unless: /事项|许可|强制/,
    units: DECISION_UNITS,
    whole: true,
    fields: only("active.penalty.decisions"),
  },
  {
    id: "coercion",
    label: "行政强制 · 本年处理决定数量",
    anchor: /行政强制/,
    unless: /事项|许可|处罚/,
    units: DECISION_UNITS,
    whole: true,
    fields: only("active.coercion.decisions"),
  },
];
