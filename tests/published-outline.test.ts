/**
 * A published report's outline: the six section headings however a report words them, its title (agency and
 * year, on one line or two), the signature block and the contact details of its opening.
 */
import { describe, expect, it } from "vitest";
import { cellsCovering, placeRows } from "../src/document/grid.js";
import type { Block } from "../src/document/types.js";
import { readCellText } from "../src/published/cell-text.js";
import { compact, core, likeness } from "../src/published/labels.js";
import { isPageChrome, readOutline } from "../src/published/sections.js";
import { SECTIONS } from "./helpers/official-labels.js";

const paragraphs = (...texts: string[]): Block[] => texts.map((text) => ({ kind: "paragraph", text }));

/** A report of headings only, with a body line under each narrative section. */
const withHeadings = (headings: readonly string[]) =>
  readOutline(paragraphs(headings[0], "总体。", headings[1], headings[2], headings[3], headings[4], "问题。", headings[5], "其他。"));

describe("section headings", () => {
  it.each([
    ["the official wording", SECTIONS],
    [
      "no punctuation after the numeral",
      [
        "一总体情况",
        "二主动公开政府信息情况",
        "三收到和处理政府信息公开申请情况",
        "四行政复议行政诉讼情况",
        "五存在的主要问题",
        "六其他需要报告的事项",
      ],
    ],
    [
      "words of the longest allowed gap",
      [
        "一、本机关的总体情况",
        "二、本机关本年度主动公开情况",
        "三、本机关本年度收到和处理申请情况",
        "四、因政府信息公开工作被申请行政复议提起行政诉讼情况",
        "五、政府信息公开工作存在的主要问题及改进情况",
        "六、本机关本年度其他事项",
      ],
    ],
    ["the older words", ["一、概述", "二、主动公开情况", "三、依申请公开情况", "四、行政诉讼情况", "五、问题及改进", "六、其他"]],
  ])("are found in %s", (_, headings) => {
    const outline = withHeadings(headings);
    expect([...outline.headings]).toEqual(["overview", "active", "requests", "review", "problems", "other"]);
    expect(outline.paragraphs).toEqual({ overview: ["总体。"], problems: ["问题。"], other: ["其他。"] });
  });

  it("are not a long line that starts like one, nor an earlier section's numeral later on", () => {
    const long = `六、其他需要报告的事项${"说明".repeat(15)}`;
    const outline = readOutline(
      paragraphs("一、总体情况", "二、主动公开政府信息情况", "五、存在的主要问题", "一、主动公开方面的问题", long),
    );
    expect(outline.headings).toEqual(new Set(["overview", "active", "problems"]));
    expect(outline.paragraphs.problems).toEqual(["一、主动公开方面的问题", long]);
  });

  it("leave a gap of more than the allowed words as text", () => {
    expect(withHeadings(["一、这一年来本机关各方面的总体情况", ...SECTIONS.slice(1)]).headings.has("overview")).toBe(false);
  });
});

describe("the title", () => {
  const titleOf = (...lines: string[]) => {
    const { agency, year } = readOutline(paragraphs(...lines, "一、总体情况"));
    return { agency, year };
  };

  it.each([
    [["贺兰县交通运输局2020年政府信息公开工作年度报告"], "贺兰县交通运输局", 2020],
    [["2019年上海市人民政府办公厅政府信息公开工作年度报告"], "上海市人民政府办公厅", 2019],
    [["淮安市人民政府", "2024 年政府信息公开工作年度报告"], "淮安市人民政府", 2024],
    [["某镇人民政府", "2022年本级政府信息公开工作年度报告"], "某镇人民政府", 2022],
    [["某局", "2021年度政府信息公开年度报告"], "某局", 2021],
    [["2020年报_审计局"], undefined, 2020],
    [["本机关已按要求编制。", "2021年政府信息公开工作年度报告"], undefined, 2021],
    [[`${"很长的开头".repeat(10)}，编制我单位2021年政府信息公开工作年度报告。`], undefined, undefined],
  ])("%j: agency %s, year %s", (lines, agency, year) => {
    expect(titleOf(...lines)).toEqual({ agency, year });
  });

  it("takes its first title only", () => {
    expect(titleOf("甲局2020年政府信息公开工作年度报告", "乙局2021年政府信息公开工作年度报告")).toEqual({ agency: "甲局", year: 2020 });
  });
});

describe("the signature block", () => {
  const endOf = (...other: string[]) => readOutline(paragraphs("一、总体情况", "六、其他需要报告的事项", ...other));

  it("is the agency's line above the last date, and nothing after it is the report", () => {
    const outline = endOf("无。", "贺兰县交通运输局", "2021年1月19日", "打印本页 关闭窗口");
    expect([outline.signer, outline.date, outline.paragraphs.other]).toEqual(["贺兰县交通运输局", "2021年1月19日", ["无。"]]);
    expect(endOf("无。", "某局", "2021 年 12 月 31 日").date).toBe("2021年12月31日");
  });

  it("has no signer when the line above the date is a sentence, and no date in a sentence", () => {
    const outline = endOf("本年度无其他事项。", "2021年1月19日");
    expect([outline.signer, outline.date, outline.paragraphs.other]).toEqual([undefined, "2021年1月19日", ["本年度无其他事项。"]]);
    expect(endOf("2021年1月19日，召开了培训会。").date).toBeUndefined();
    expect(endOf("无。", "1月19日").date).toBeUndefined();
  });

  it("keeps the page's publication date apart: it is never the 成文日期 (issue 18, items 3 and 4)", () => {
    const page = (...end: string[]) =>
      readOutline(paragraphs("某局2019年政府信息公开工作年度报告", "发布日期：2020-01-31 来源：某局", "一、总体情况", "六、其他", ...end));
    expect([page().date, page().signer, page().pageDate]).toEqual([undefined, undefined, { label: "发布日期", date: "2020年1月31日" }]);
    expect([page("某局", "2020年1月20日").date, page("某局", "2020年1月20日").signer]).toEqual(["2020年1月20日", "某局"]);
    // A portal's info box is a table before section 一.
    const box: Block = {
      kind: "table",
      table: placeRows([
        [
          { text: "成文日期", rows: 1, columns: 1 },
          { text: "2020年01月22日", rows: 1, columns: 1 },
        ],
      ]),
    };
    expect(readOutline([box, ...paragraphs("一、总体情况")]).pageDate).toEqual({ label: "成文日期", date: "2020年1月22日" });
  });

  it("is read only from the lines that end section 六, with the note under the date", () => {
    const outline = endOf("2021年1月19日召开会议。", "无。", "某局", "2021年1月19日", "（此件公开发布）");
    expect([outline.signer, outline.date, outline.publicity, outline.paragraphs.other]).toEqual([
      "某局",
      "2021年1月19日",
      "（此件公开发布）",
      ["2021年1月19日召开会议。", "无。"],
    ]);
    // A date inside 六 with text after it is text, not a 落款.
    const inside = endOf("某局", "2021年1月19日", "本年度无其他事项。");
    expect([inside.signer, inside.date, inside.paragraphs.other]).toEqual([
      undefined,
      undefined,
      ["某局", "2021年1月19日", "本年度无其他事项。"],
    ]);
    expect([endOf("无。", "某局 2021年1月19日").signer, endOf("无。", "某局 2021年1月19日").date]).toEqual(["某局", "2021年1月19日"]);
    // A note with no 落款 above it stays text.
    expect(endOf("无。", "（此件公开发布）").publicity).toBeUndefined();
  });
});

describe("page chrome", () => {
  it("ends the report: a portal's footer and page tools are not part of section 六 (issue 18, item 3)", () => {
    const footer = [
      "【打印本页】 【关闭窗口】",
      "联系我们 | 网站地图 | 网站声明",
      "主办单位：某县人民政府办公室 承办单位：某县大数据中心",
      "版权所有：某县人民政府 网站标识码：6401220001 宁ICP备05001234号",
    ];
    for (const line of footer) {
      const outline = readOutline(paragraphs("一、总体情况", "六、其他需要报告的事项", "无。", line, "某局", "2021年1月19日"));
      expect([outline.paragraphs.other, outline.signer, outline.date], line).toEqual([["无。"], undefined, undefined]);
    }
    expect(isPageChrome("本机关通过政府网站“联系我们”栏目答复公众留言36条。")).toBe(false);
    expect(isPageChrome("本机关主办单位网站2个。")).toBe(false);
  });
});

describe("the opening's contact details", () => {
  it("reads address, phone, email and where to download, without a closing bracket", () => {
    const { contact } = readOutline(
      paragraphs(
        "本报告电子版可在贺兰县人民政府网站下载。如有疑问请与本局联系（地址：贺兰县光明西路1号，电话：0951-8061440，电子邮箱：helanjt@126.com）。",
        "一、总体情况",
      ),
    );
    expect(contact).toEqual({
      website: "贺兰县人民政府网站",
      address: "贺兰县光明西路1号",
      phone: "0951-8061440",
      email: "helanjt@126.com",
    });
    expect(readOutline(paragraphs("联系电话：0718-6277499）。", "一、总体情况")).contact).toEqual({ phone: "0718-6277499" });
    expect(readOutline(paragraphs("一、总体情况")).contact).toEqual({});
  });
});

describe("labels and cells, at their edges", () => {
  it("compacts every space, and strips numbering of any length", () => {
    expect(compact(" 自 然\u3000人\u00a0")).toBe("自然人");
    expect(["（十一）其他", "十二、其他", "12.其他", "(3)其他", "3)其他"].map(core)).toEqual(["其他", "其他", "其他", "其他", "其他"]);
    expect(core("三安全一稳定")).toBe("三安全一稳定");
    expect([likeness("", ""), likeness("甲乙", "甲乙"), likeness("甲乙丙丁", "甲乙")]).toEqual([1, 1, 0.5]);
  });

  it("reads as text what is neither a figure nor a dash, trimmed; and an amount it cannot read as text", () => {
    expect(readCellText(" 十二 ").raw).toEqual({ kind: "text", value: "十二" });
    expect(readCellText("无此项").raw).toEqual({ kind: "text", value: "无此项" });
    expect(readCellText("—5").raw).toEqual({ kind: "text", value: "—5" });
    expect(readCellText("约12", true).raw).toEqual({ kind: "text", value: "约12" });
    expect(readCellText("——").note).toBe("dash");
  });

  it("places broken spans as 1, cuts a row span at the table's end, and starts a Word cell at its column", () => {
    const table = placeRows([
      [
        { text: "A", rows: 5, columns: 0 },
        { text: "B", rows: 1, columns: Number.NaN },
        { text: "C", rows: -1, columns: 1, column: 4 },
      ],
      [{ text: "D", rows: 1, columns: 1 }],
    ]);
    expect(table.cells.map(({ text, column, rows, columns }) => [text, column, rows, columns])).toEqual([
      ["A", 0, 2, 1],
      ["B", 1, 1, 1],
      ["C", 4, 1, 1],
      ["D", 1, 1, 1],
    ]);
    // A row's covering cells in column order, the one spanning down from above included.
    expect(
      cellsCovering(
        placeRows([
          [
            { text: "A", rows: 1, columns: 1 },
            { text: "B", rows: 2, columns: 1 },
          ],
          [{ text: "C", rows: 1, columns: 1 }],
        ]),
        1,
      ).map((c) => c.text),
    ).toEqual(["C", "B"]);
  });
});

describe("the patterns of an outline, one by one", () => {
  it.each([
    "版权所有 © 2021 某县人民政府",
    "Copyright 2021 某县人民政府",
    "© 某县人民政府",
    "网站标识码：6401220001",
    "宁ICP备05001234号-1",
    "宁公网安备 64012202000123号",
    "主办单位：某县人民政府办公室",
    "承办单位：某县大数据中心",
    "协办单位：某县档案馆",
    "维护单位：某县信息中心",
    "运维单位：某科技公司",
    "技术支持：某科技公司",
    "打印本页",
    "【打印】",
    "[关闭窗口]",
    "关闭",
    "返回顶部",
    "收藏本页",
    "分享",
    "分享到：微信",
    "我要纠错",
    "【纠错】",
    "网站地图",
    "上一篇：2019年报告",
    "下一篇：2021年报告",
    "相关链接",
    "相关文章",
    "扫一扫在手机打开当前页",
    "浏览次数：123",
    "访问次数：45",
    "阅读次数：6",
    "字号：大 中 小",
    "【字体：大 中 小】",
  ])("%s is page chrome", (line) => {
    expect(isPageChrome(line)).toBe(true);
  });

  it("takes a footer within 300 characters and page tools within 40 only", () => {
    expect(isPageChrome(`${"字".repeat(296)}版权所有`)).toBe(true);
    expect(isPageChrome(`${"字".repeat(297)}版权所有`)).toBe(false);
    expect(isPageChrome(`打印本页${"字".repeat(36)}`)).toBe(true);
    expect(isPageChrome(`打印本页${"字".repeat(37)}`)).toBe(false);
    // Page tools only at the start of the line: words that merely contain them are text.
    expect(isPageChrome("请勿关闭")).toBe(false);
    expect(isPageChrome("本局网站上一篇文章")).toBe(false);
  });

  it.each([
    ["联系地址：某县某路1号，邮编750200", { address: "某县某路1号" }],
    ["通讯地址：某县某路2号邮编750200", { address: "某县某路2号" }],
    ["办公地址：某县某路3号；", { address: "某县某路3号" }],
    ["地址：某县某路4号", { address: "某县某路4号" }],
    ["咨询电话：0951－8061440；", { phone: "0951－8061440" }],
    ["电话（传真）：0951-8061440。", { phone: "0951-8061440" }],
    ["联系电话：0951-8061440（传真）", { phone: "0951-8061440" }],
    ["邮箱：a.b+c@gov.cn。", { email: "a.b+c@gov.cn" }],
    ["电子版可从某县政府网站查阅。", { website: "某县政府网站" }],
    ["电子版可于某县政府门户网站获取。", { website: "某县政府门户网站" }],
  ])("reads the contact detail in %s", (opening, contact) => {
    expect(readOutline(paragraphs(opening, "一、总体情况")).contact).toEqual(contact);
  });

  it.each([
    ["发布日期：2021-01-20", "发布日期", "2021年1月20日"],
    ["发布时间:2021/1/5", "发布时间", "2021年1月5日"],
    ["成文日期：2021.01.19", "成文日期", "2021年1月19日"],
    ["发文日期|2021年1月18日", "发文日期", "2021年1月18日"],
    ["生成日期：2021-02-01", "生成日期", "2021年2月1日"],
  ])("reads the page's date in %s", (line, label, date) => {
    expect(readOutline(paragraphs(line, "一、总体情况")).pageDate).toEqual({ label, date });
  });

  it("reads the page's date from a table before section 一 too, and not from one after it", () => {
    const box = (text: string): Block => ({ kind: "table", table: placeRows([[{ text, rows: 1, columns: 1 }]]) });
    expect(readOutline([box("发布日期：2021-01-20"), ...paragraphs("一、总体情况")]).pageDate).toEqual({
      label: "发布日期",
      date: "2021年1月20日",
    });
    expect(readOutline([...paragraphs("一、总体情况"), box("发布日期：2021-01-20")]).pageDate).toBeUndefined();
  });

  it.each([
    ["某局2020年政府信息公开工作年度报告", "某局", 2020],
    ["某局2020年度政府信息公开年度报告", "某局", 2020],
    ["2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2019],
    ["2021年本级政府信息公开工作年度报告", undefined, 2021],
    ["2021年本机关政府信息公开工作年度报告", undefined, 2021],
    ["某县2022年报", "某县", 2022],
  ])("reads the agency and year of the title %s", (title, agency, year) => {
    const outline = readOutline(paragraphs(title, "一、总体情况"));
    expect([outline.agency, outline.year, outline.title]).toEqual([agency, year, title]);
  });

  it.each(["（此件公开发布）", "(此件主动公开)", "（本件依申请公开）"])("reads the note %s under the date", (note) => {
    const outline = readOutline(paragraphs("一、总体情况", "六、其他需要报告的事项", "无。", "某局", "2021年1月19日", note));
    expect([outline.signer, outline.date, outline.publicity]).toEqual(["某局", "2021年1月19日", note]);
  });
});
