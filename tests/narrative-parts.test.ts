/**
 * The parts of the narrative checks (src/narrative/, rules.md P5) and of the cross-year rules, case by case:
 * what each word does to a figure, where a list of parts ends, what a message quotes.
 */
import { describe, expect, it } from "vitest";
import type { Finding } from "../src/findings/finding.js";
import { claimsOf } from "../src/narrative/claims.js";
import { figuresIn } from "../src/narrative/figures.js";
import { chineseNumeral, readStatedNumber } from "../src/narrative/numbers.js";
import { sentencesOf } from "../src/narrative/sentences.js";
import { statedTotalsOf } from "../src/narrative/stated-totals.js";
import { nextYearValues } from "../src/report/next-year.js";
import type { Report } from "../src/report/report.js";
import { EDITIONS, type EditionId, type FieldId } from "../src/schema/index.js";
import { DRAFT_MARKER } from "../src/schema/narrative.js";
import { runRules, type RuleInput } from "../src/validate/run-rules.js";
import { TODAY } from "./helpers/fixtures.js";

const claims = (text: string, year = 2025) =>
  claimsOf(sentencesOf(text.split("\n")), year).map((claim) => `${claim.topic.id}=${claim.figure.value}`);
const totals = (text: string) => statedTotalsOf(sentencesOf(text.split("\n"))).map(({ total, parts }) => [total.value, parts]);

describe("numbers", () => {
  it("reads only whole numerals", () => {
    expect([chineseNumeral(""), chineseNumeral("三a"), chineseNumeral("一万零三")]).toEqual([undefined, undefined, 10003]);
    expect([readStatedNumber("12件"), readStatedNumber("1.5亿"), readStatedNumber("３万")]).toEqual([undefined, 150_000_000, 30_000]);
  });
});

describe("a figure's bound", () => {
  it.each([
    ["受理5件", "exact"],
    ["约5件", "open"],
    ["约有5件", "open"],
    ["大约5件", "open"],
    ["5件左右", "open"],
    ["近10件", "atMost"],
    ["将近10件", "atMost"],
    ["不到10件", "atMost"],
    ["不足10件", "atMost"],
    ["逾10件", "atLeast"],
    ["超过10件", "atLeast"],
    ["10件以上", "atLeast"],
    ["10余件", "atLeast"],
    ["10多件", "atLeast"],
  ])("%s is %s", (clause, bound) => expect(figuresIn(clause).map((f) => f.bound)).toEqual([bound]));

  it("keeps the figure as written, where it stands, and what follows it", () => {
    expect(figuresIn("共受理申请 1,823 件").map((f) => [f.text, f.value, f.index])).toEqual([["1,823 件", 1823, 6]]);
    expect(figuresIn("增加了5件，受理3件").map((f) => f.notACount)).toEqual([true, false]);
    expect(figuresIn("受理10-20件").map((f) => f.notACount)).toEqual([true]);
    expect(figuresIn("受理10件-20件").map((f) => f.notACount)).toEqual([true, true]);
    expect(figuresIn("受理申请不多，3件").map((f) => f.notACount)).toEqual([false]);
  });
});

describe("sentences", () => {
  it("are trimmed, and empty sentences and clauses dropped", () => {
    const [first, second] = sentencesOf(["  甲。 乙，，丙。", "丁"]);
    expect([first.text, second.text, second.clauses, sentencesOf(["丁"])[0].paragraph]).toEqual(["甲。", "乙，，丙。", ["乙", "丙。"], 0]);
    expect(sentencesOf(["甲。", "乙。"]).map((s) => s.paragraph)).toEqual([0, 1]);
  });
});

describe("claims", () => {
  it("cuts a clause at 、 only when it lists several figures", () => {
    expect(claims("全年行政复议、行政诉讼案件共5件。")).toEqual(["review-and-suits=5"]);
    expect(claims("全年被申请行政复议3件、被提起行政诉讼2件。")).toEqual(["review=3", "suits=2"]);
  });

  it("takes the first figure after the words that name the thing, or the only one before them", () => {
    expect(claims("收到3件政府信息公开申请。")).toEqual(["applications-received=3"]);
    expect(claims("3件行政复议案件均已审结。")).toEqual(["review=3"]);
    expect(claims("2件和3件行政复议案件。")).toEqual([]);
  });

  it("reads 未收到 and 未发生 as 0, but not beside a figure", () => {
    expect(claims("本年度未收到政府信息公开申请。")).toEqual(["applications-received=0"]);
    expect(claims("本年度未发生行政复议案件。")).toEqual(["review=0"]);
    expect(claims("未收到政府信息公开申请5件。")).toEqual(["applications-received=5"]);
  });

  it("reads a part's result inside a 其中 list, never a whole count", () => {
    expect(claims("共受理申请10件，其中区政府办受理政府信息公开申请3件，予以公开2件。")).toEqual(["applications-received=10", "granted=2"]);
    expect(claims("共受理申请10件， 其中受理政府信息公开申请3件。")).toEqual(["applications-received=10"]);
  });

  it("leaves alone a paragraph or a sentence that opens on another year or a part of the year", () => {
    expect(claims("2024年，受理政府信息公开申请5件。全年办结4件。\n全年办结6件。")).toEqual(["applications-answered=6"]);
    expect(claims("上半年，受理政府信息公开申请5件。")).toEqual([]);
    expect(claims("全年办结6件。上半年，受理政府信息公开申请5件。")).toEqual(["applications-answered=6"]);
    expect(claims("2025年，受理政府信息公开申请5件，较2024年增加2件。")).toEqual(["applications-received=5"]);
    expect(claims("上年结转申请2件。")).toEqual(["applications-carried-over=2"]);
  });
});

describe("stated totals", () => {
  it("ends a list at its first semicolon when that stretch already holds several parts", () => {
    expect(totals("政府网站公开信息208条，其中政策文件3条、办事指南74条、其它信息131条；依托宣传栏公开信息100余条。")).toEqual([
      [208, [3, 74, 131]],
    ]);
    expect(totals("共收到申请30件。其中，网络申请20件，占66%；信函申请10件，占33%。")).toEqual([[30, [20, 10]]]);
  });

  it("sums nothing for an open list, a nested 其中, a part that is not exact, or a single part", () => {
    expect(totals("共发布信息30条，其中动态10条、公告5条等。")).toEqual([]);
    expect(totals("共发布信息30条，其中动态10条（其中图片5条），公告5条，其中通知2条。")).toEqual([]);
    expect(totals("共发布信息30条，其中动态10余条，公告5条。")).toEqual([]);
    expect(totals("共发布信息30条，其中动态10条。")).toEqual([]);
    expect(totals("共发布信息30条，其中动态10条（含图片5条），公告5条。")).toEqual([[30, [10, 5]]]);
  });

  it("takes bare numbers as parts only in clauses without any figure", () => {
    expect(totals("共答复30件，其中予以公开20件，部分公开10。")).toEqual([[30, [20, 10]]]);
    expect(totals("共答复30件，其中予以公开20件，占66%，部分公开10件。")).toEqual([[30, [20, 10]]]);
  });

  it("finds the total after 共, or else the figure just before 其中", () => {
    expect(totals("全年办理50件，共发布信息30条，其中动态10条、公告20条。")).toEqual([[30, [10, 20]]]);
    expect(totals("上传信息64条，其中工作59条、文件5条。")).toEqual([[64, [59, 5]]]);
    expect(totals("共发布约30条，其中动态10条、公告20条。")).toEqual([]);
  });

  it("continues a list over the sentences that start alike, within the paragraph, after a sentence with 共", () => {
    const text = "主动公开信息共 100 条。其中：通过网站发布 50 条。通过微博发布 30 条，通过微信发布 10 条。另向查阅点提供 80 条。";
    expect(totals(text)).toEqual([[100, [50, 30, 10]]]);
    expect(totals("主动公开信息 100 条。其中：通过网站发布 50 条，通过微博发布 30 条。")).toEqual([]);
    expect(totals("主动公开信息共 100 条。\n其中：通过网站发布 50 条，通过微博发布 30 条。")).toEqual([]);
    expect(totals("主动公开信息共 100 条。其中：通过网站发布 50 条。\n通过微博发布 30 条，通过微信发布 10 条。")).toEqual([]);
  });
});

/** P5 on one paragraph, the tables 0 but for `values`. */
function p5(text: string, values: Record<string, number> = {}, extra: Partial<RuleInput> = {}): Finding[] {
  const edition = EDITIONS["2021"];
  const all: Record<string, unknown> = { "meta.year": 2025, "text.overview": [{ level: 0, text }] };
  for (const field of edition.fields.filter((f) => f.type === "count")) all[field.id] = 0;
  return runRules({ edition, values: { ...all, ...values } as never, locations: new Map(), findings: [], today: TODAY, ...extra }).filter(
    (f) => f.rule === "P5",
  );
}

describe("P5 findings", () => {
  it("compare a bound with the table the way it is bound", () => {
    const received = (n: number) => ({ "requests.newReceived.total": n });
    expect([p5("受理政府信息公开申请100余件。", received(99)).length, p5("受理政府信息公开申请100余件。", received(100)).length]).toEqual([
      1, 0,
    ]);
    expect([p5("受理政府信息公开申请近10件。", received(11)).length, p5("受理政府信息公开申请近10件。", received(10)).length]).toEqual([
      1, 0,
    ]);
  });

  it("quote a long sentence around its figure, marking what was cut", () => {
    const long = `${"本机关认真贯彻落实条例要求，".repeat(3)}全年受理政府信息公开申请17件，${"均在法定期限内依法答复，".repeat(3)}`;
    const [finding] = p5(long, { "requests.newReceived.total": 95 });
    const quoted = /文字“(.*)”写的是/.exec(finding.message)![1];
    expect([quoted.startsWith("…"), quoted.endsWith("…"), quoted.length, quoted.includes("受理政府信息公开申请17件")]).toEqual([
      true,
      true,
      50,
      true,
    ]);
    const [atStart] = p5(`全年受理政府信息公开申请17件，${"均在法定期限内依法答复，".repeat(5)}`, { "requests.newReceived.total": 95 });
    expect(/文字“(.*)”写的是/.exec(atStart.message)![1]).toMatch(/^全年受理.*…$/);
    const [atEnd] = p5(`${"均在法定期限内依法答复，".repeat(5)}全年受理政府信息公开申请17件。`, { "requests.newReceived.total": 95 });
    expect(/文字“(.*)”写的是/.exec(atEnd.message)![1]).toMatch(/^….*17件。$/);
  });

  it("say nothing of a table cell already reported, or not read", () => {
    const reported = { field: "requests.newReceived.total" } as Finding;
    expect(p5("受理政府信息公开申请17件。", { "requests.newReceived.total": 95 }, { findings: [reported] })).toEqual([]);
    expect(p5("受理政府信息公开申请17件。", { "requests.newReceived.total": undefined as never })).toEqual([]);
    expect(p5("予以公开及部分公开258件。", { "requests.granted.total": 200, "requests.partlyGranted.total": undefined as never })).toEqual(
      [],
    );
  });

  it("take 收到 as 新收 plus 上年结转 when the figures add up, unless the clause says 新收 (issue 18, item 6)", () => {
    const table = { "requests.newReceived.total": 87, "requests.carriedOver.total": 3 };
    expect(p5("全年共收到政府信息公开申请90件，其中本年新收87件，上年结转3件。", table)).toEqual([]);
    expect(p5("收到政府信息公开申请75件。", { "requests.newReceived.total": 74, "requests.carriedOver.total": 1 })).toEqual([]);
    expect(p5("本年新收政府信息公开申请90件。", table).map((f) => [f.code, f.actual, f.expected])).toEqual([
      ["narrative/contradicts-table", 90, 87],
    ]);
    expect(p5("收到政府信息公开申请91件。", table)).toHaveLength(1);
  });

  it("end a list at a change of topic: the next clause's figures are not parts (issue 18, item 7)", () => {
    expect(totals("共收到政府信息公开申请81件，其中网上申请81件；行政复议2件，行政诉讼7件。")).toEqual([]);
    expect(totals("共收到申请81件，其中网上申请60件，信函申请21件；行政复议2件，行政诉讼7件。")).toEqual([[81, [60, 21]]]);
  });

  it("warn of a short list only when it presents itself as the whole (issue 18, item 8)", () => {
    expect(p5("主动公开政府信息856条，其中机构职能12条、政策文件36条、行政处罚信息156条。")).toEqual([]);
    expect(p5("主动公开政府信息856条，其中机构职能12条、政策文件36条、行政处罚信息956条。").map((f) => [f.actual, f.expected])).toEqual([
      [856, 1004],
    ]);
    expect(p5("主动公开政府信息共856条，其中分别为机构职能12条、政策文件36条、行政处罚信息156条。")).toHaveLength(1);
    expect(p5("共发布信息856条，其中通过网站发布12条，通过微博发布36条。")).toHaveLength(1);
  });

  it("compare a 总计 left blank through its columns (issue 18, item 10)", () => {
    const blank = { code: "value/blank", field: "requests.granted.total" } as Finding;
    const columns = { "requests.granted.natural": 258, "requests.granted.business": 14, "requests.partlyGranted.total": 3 };
    const [finding] = p5("予以公开及部分公开258件。", columns, { findings: [blank] });
    // The table's figure is its columns': 258 + 14 for 予以公开, 3 for 部分公开.
    expect([finding?.code, finding?.actual, finding?.expected]).toEqual(["narrative/contradicts-table", 258, 275]);
  });

  it("quote the sentence that states the total, and list the parts in the finding", () => {
    const [finding] = p5("主动公开信息共 1823 条，其中网站 182 条、微博 1131 条、微信 310 条。");
    expect([finding.code, finding.expected, finding.actual, finding.field, finding.cell]).toEqual([
      "narrative/parts-do-not-add-up",
      1623,
      1823,
      "text.overview",
      undefined,
    ]);
  });
});

/** The cross-year rules on two reports in memory: this year's `values` against last year's. */
function crossYear(edition: EditionId, values: Record<string, unknown>, last: Record<string, unknown>, lastEdition = edition): Finding[] {
  const locations = new Map<FieldId, { sheet: string; cell: string; field: string }>(
    EDITIONS[edition].fields.map((f) => [f.id, { sheet: f.sheet, cell: f.cell.split(":")[0], field: f.id }]),
  );
  return runRules({
    edition: EDITIONS[edition],
    values: values as never,
    locations,
    findings: [],
    today: TODAY,
    previous: { file: "/某处/上年.xlsx", edition: EDITIONS[lastEdition], values: last as never, locations: new Map() },
  }).filter((f) => /^cross-year\//.test(f.code));
}
const codes = (findings: Finding[]) => findings.map((f) => [f.code, f.field, f.expected, f.actual]);

describe("cross-year rules, case by case", () => {
  it("X1 compares a typed 总计 when every column agrees, and skips what either year lacks", () => {
    const columns = { "requests.carriedOver.natural": 1, "requests.carriedOver.total": 2 };
    expect(codes(crossYear("2021", columns, { "requests.carriedForward.natural": 1, "requests.carriedForward.total": 3 }))).toEqual([
      ["cross-year/carried-over", "requests.carriedOver.total", 3, 2],
    ]);
    expect(codes(crossYear("2021", columns, {}))).toEqual([]);
    expect(codes(crossYear("2021", {}, { "requests.carriedForward.natural": 4 }))).toEqual([]);
  });

  it("cites last year's cell by its field when its file has no cells (JSON), and its label from its own edition", () => {
    const [finding] = crossYear("2021", { "requests.carriedOver.natural": 1 }, { "requests.carriedForward.natural": 4 }, "2019");
    expect(finding.message).toContain("上年报告 上年.xlsx 「requests.carriedForward.natural」“四、结转下年度继续办理 · 自然人”为 4");
    expect(finding.related).toEqual([{ file: "上年.xlsx", field: "requests.carriedForward.natural" }]);
  });

  it("X2 and X3 need every figure they add up", () => {
    const inForce = { "active.normative.inForce": 10, "active.normative.issued": 2, "active.normative.repealed": 1 };
    expect(codes(crossYear("2021", inForce, { "active.normative.inForce": 8 }))).toEqual([
      ["cross-year/in-force", "active.normative.inForce", 9, 10],
    ]);
    expect(codes(crossYear("2021", { ...inForce, "active.normative.repealed": undefined }, { "active.normative.inForce": 8 }))).toEqual([]);
    expect(codes(crossYear("2021", inForce, {}))).toEqual([]);
    expect(codes(crossYear("2019", { "active.penalty.lastYear": 5 }, { "active.penalty.lastYear": 3 }))).toEqual([]);
    expect(
      codes(crossYear("2019", { "active.penalty.lastYear": 5 }, { "active.penalty.lastYear": 3, "active.penalty.change": 1 })),
    ).toEqual([["cross-year/items", "active.penalty.lastYear", 4, 5]]);
  });

  it("X4 tells a longer name of the same agency from another agency that starts alike", () => {
    const agency = (mine: string, theirs: string) => codes(crossYear("2021", { "meta.agency": mine }, { "meta.agency": theirs }))[0]?.[0];
    expect(agency("洪泽区人民政府", "淮安市洪泽区人民政府")).toBe("cross-year/agency-name-variant");
    expect(agency("淮安市洪泽区人民政府", "洪泽区人民政府")).toBe("cross-year/agency-name-variant");
    expect(agency("银川市交通运输局", "银川市交通运输局机关服务中心")).toBe("cross-year/other-agency");
    expect(agency("银川市 交通运输局", "银川市交通运输局")).toBeUndefined();
    expect(agency("", "银川市交通运输局")).toBeUndefined();
    expect(codes(crossYear("2021", { "meta.year": 2025 }, {}))).toEqual([]);
  });

  it("calls a section repeated from 90 % alike and 40 characters on", () => {
    const section = (text: string) => [{ level: 0, text }];
    const repeated = (mine: string, theirs: string) =>
      crossYear("2021", { "text.overview": section(mine) }, { "text.overview": section(theirs) }).map((f) => f.actual);
    const base = "甲".repeat(100);
    expect(repeated(`${"乙".repeat(10)}${"甲".repeat(90)}`, base)).toEqual(["90%"]);
    expect(repeated(`${"乙".repeat(11)}${"甲".repeat(89)}`, base)).toEqual([]);
    expect(repeated("丙".repeat(40), "丙".repeat(40))).toEqual(["100%"]);
    expect(repeated("丙".repeat(39), "丙".repeat(39))).toEqual([]);
    expect(repeated("丙".repeat(40), "丙".repeat(39))).toEqual([]);
  });
});

describe("what a new year takes from the last", () => {
  const last = (values: Record<string, unknown>): Report => ({ edition: "2021", values: values as never });

  it("keeps a signer of its own, drops one that only repeats the agency, and carries no derived total", () => {
    const own = nextYearValues(
      last({ "meta.agency": "甲局", "meta.signer": "甲局办公室", "requests.carriedForward.total": 3 }),
      EDITIONS["2021"],
    );
    expect([own.values["meta.signer"], own.values["requests.carriedOver.total"]]).toEqual(["甲局办公室", undefined]);
    const same = nextYearValues(last({ "meta.agency": "甲局", "meta.signer": "甲局" }), EDITIONS["2021"]);
    expect(same.values["meta.signer"]).toBeUndefined();
  });

  it("carries 上一年项目数量 only with its change, and a narrative only when it has paragraphs", () => {
    const items = nextYearValues(last({ "active.penalty.lastYear": 5 }), EDITIONS["2019"]);
    expect(items.values["active.penalty.lastYear"]).toBeUndefined();
    const both = nextYearValues(last({ "active.penalty.lastYear": 5, "active.penalty.change": -2 }), EDITIONS["2019"]);
    expect(both.values["active.penalty.lastYear"]).toBe(3);
    const text = nextYearValues(last({ "text.overview": [], "text.problems": [{ level: 2, text: "1.问题" }] }), EDITIONS["2021"]);
    expect([text.values["text.overview"], text.values["text.problems"]]).toEqual([
      undefined,
      [{ level: "标题 1.", text: `${DRAFT_MARKER}1.问题` }],
    ]);
    expect(text.carried.map((c) => c.id)).toEqual(["text.problems"]);
  });
});
