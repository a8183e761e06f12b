/**
 * The published report's tables read cell by cell (src/published/read-tables.ts), from tables placed here by hand as
 * the document readers place them (placeRows): which table is which, table 四's figures under its header (or the
 * last 15 columns), table 三's rows by their labels and table 二's blocks, with every finding a reading gives.
 * published-details.test.ts and irregular-grids.test.ts read whole documents; these pin the reader's own rules.
 */
import { describe, expect, it } from "vitest";
import { placeRows } from "../src/document/grid.js";
import type { DocumentTable, RowCell } from "../src/document/types.js";
import { readActiveTables, readRequestsTables, readReviewTable, tableKind, type TableReading } from "../src/published/read-tables.js";
import { EDITIONS } from "../src/schema/editions.js";

type Cell = string | (Partial<RowCell> & { text: string });
const table = (rows: readonly (readonly Cell[])[]): DocumentTable =>
  placeRows(
    rows.map((row) =>
      row.map((cell) => (typeof cell === "string" ? { text: cell, rows: 1, columns: 1 } : { rows: 1, columns: 1, ...cell })),
    ),
  );

const fresh = (): TableReading => ({ entries: new Map(), findings: [] });
const REVIEW = "四、政府信息公开行政复议、行政诉讼情况";
const REQUESTS = "三、收到和处理政府信息公开申请情况";
const ACTIVE = "二、主动公开政府信息情况";
const OUTCOMES = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

describe("tableKind", () => {
  it("tells table 三 by 自然人 or by a result's label", () => {
    expect(tableKind(table([["申请人情况", "自 然 人"]]))).toBe("requests");
    for (const label of ["一、本年新收政府信息公开申请数量", "（一）予以公开", "（五）不予处理", "四、结转下年度继续办理"])
      expect(tableKind(table([[label, "1"]]))).toBe("requests");
  });

  it("tells table 四 by 行政复议 and an outcome together", () => {
    for (const outcome of ["结果维持", "尚未审结", "结果纠正"]) expect(tableKind(table([["行政复议"], [outcome]]))).toBe("review");
    expect(tableKind(table([["行政复议"], ["其他结果"]]))).toBeUndefined();
    expect(tableKind(table([["结果维持"]]))).toBeUndefined();
  });

  it("tells table 二 by its clause or its 信息内容 column, and no other table", () => {
    expect(tableKind(table([["第二十条第(一)项"]]))).toBe("active");
    expect(tableKind(table([["信息内容", "本年制发件数"]]))).toBe("active");
    expect(
      tableKind(
        table([
          ["序号", "名称"],
          ["1", "某某"],
        ]),
      ),
    ).toBeUndefined();
  });
});

/** Table 四 as the official format draws it: 行政复议's 5 outcomes, then 行政诉讼's two groups of 5. */
const reviewHeader: Cell[][] = [
  [
    { text: "行政复议", columns: 5 },
    { text: "行政诉讼", columns: 10 },
  ],
  [...OUTCOMES.map((text) => ({ text, rows: 2 })), { text: "未经复议直接起诉", columns: 5 }, { text: "复议后起诉", columns: 5 }],
  [...OUTCOMES, ...OUTCOMES],
];
const figures = (count: number, first = 1) => Array.from({ length: count }, (_, i) => String(first + i));

describe("readReviewTable", () => {
  const valueOf = (reading: TableReading, id: string) => reading.entries.get(id as never);

  it("reads the row of figures under the header, each value placed by group and outcome, past a note under the table", () => {
    const reading = fresh();
    readReviewTable(
      // The notes below: one all text, one with a figure among words (not a row of figures either).
      table([
        ...reviewHeader,
        figures(15),
        [{ text: "注：数据截至2025年12月31日", columns: 15 }],
        [{ text: "其中", columns: 5 }, "2", { text: "件为去年结转", columns: 9 }],
      ]),
      EDITIONS["2021"],
      reading,
    );
    expect(reading.findings).toEqual([]);
    expect(valueOf(reading, "review.upheld")).toEqual({
      raw: { kind: "number", value: 1 },
      location: { section: REVIEW, row: "行政复议", column: "结果维持" },
    });
    expect(valueOf(reading, "review.total")!.raw).toEqual({ kind: "number", value: 5 });
    expect(valueOf(reading, "suitDirect.upheld")).toEqual({
      raw: { kind: "number", value: 6 },
      location: { section: REVIEW, row: "行政诉讼 未经复议直接起诉", column: "结果维持" },
    });
    expect(valueOf(reading, "suitAfterReview.total")).toEqual({
      raw: { kind: "number", value: 15 },
      location: { section: REVIEW, row: "行政诉讼 复议后起诉", column: "总计" },
    });
    expect(reading.entries.size).toBe(15);
  });

  it("takes the last 15 columns when the header is not drawn, and the page a PDF printed each figure on", () => {
    const reading = fresh();
    const row = [{ text: "数量" }, ...figures(15, 11).map((text) => ({ text, page: 4 }))];
    readReviewTable(table([row]), EDITIONS["2021"], reading);
    expect(valueOf(reading, "review.upheld")).toEqual({
      raw: { kind: "number", value: 11 },
      location: { section: REVIEW, row: "行政复议", column: "结果维持", page: 4 },
    });
    expect(valueOf(reading, "suitAfterReview.total")!.raw).toEqual({ kind: "number", value: 25 });
  });

  it("takes the last 15 columns when the header under 行政复议 does not draw 15 leaves", () => {
    const reading = fresh();
    const header = [[{ text: "行政复议", columns: 15 }], ["结果维持", "其他", { text: "诉讼", columns: 13 }]];
    readReviewTable(table([...header, figures(15, 21)]), EDITIONS["2021"], reading);
    expect(valueOf(reading, "review.corrected")!.raw).toEqual({ kind: "number", value: 22 });
    expect(valueOf(reading, "suitDirect.upheld")!.raw).toEqual({ kind: "number", value: 26 });
  });

  it("reads a dash as 0 and says so; leaves blank what it cannot place, and says which columns a figure straddles", () => {
    const reading = fresh();
    const row: Cell[] = ["—", { text: "3", columns: 2 }, ...figures(12)];
    readReviewTable(table([...reviewHeader, row]), EDITIONS["2021"], reading);
    expect(valueOf(reading, "review.upheld")!.raw).toEqual({ kind: "number", value: 0 });
    expect(valueOf(reading, "review.corrected")!.raw).toEqual({ kind: "blank" });
    expect(valueOf(reading, "review.other")!.raw).toEqual({ kind: "blank" });
    expect(valueOf(reading, "review.pending")!.raw).toEqual({ kind: "number", value: 1 });
    expect(reading.findings.map((f) => [f.code, f.section, f.row, f.column, f.actual, f.message])).toEqual([
      [
        "document/cell-read",
        REVIEW,
        "行政复议",
        undefined,
        "3",
        `「${REVIEW}」「行政复议」行：“行政复议 · 结果纠正、行政复议 · 其他结果”印作“3”，跨在“行政复议 · 结果纠正”“行政复议 · 其他结果”2列之下，无法确定属于哪一列，未读取，按空白处理。`,
      ],
      [
        "document/cell-read",
        REVIEW,
        "行政复议",
        "结果维持",
        "—",
        `「${REVIEW}」「行政复议」行「结果维持」列：“行政复议 · 结果维持”印作“—”，表示没有，按 0 读取。`,
      ],
    ]);
  });

  it("reads nothing when no row holds figures alone, every value then blank", () => {
    const reading = fresh();
    readReviewTable(table([...reviewHeader, [{ text: "注：数据截至2025年12月31日", columns: 15 }]]), EDITIONS["2021"], reading);
    expect([...reading.entries.values()].map((entry) => entry.raw.kind)).toEqual(Array(15).fill("blank"));
    expect(reading.findings).toEqual([]);
  });
});

/** Table 三's header as the official format draws it: 3 label columns, then 自然人, 5 kinds of 法人或其他组织, 总计. */
const requestsHeader: Cell[][] = [
  [
    { text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", columns: 3, rows: 3 },
    { text: "申请人情况", columns: 7 },
  ],
  [
    { text: "自然人", rows: 2 },
    { text: "法人或其他组织", columns: 5 },
    { text: "总计", rows: 2 },
  ],
  ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"],
];
const requestRow = (label: string, values: readonly string[]): Cell[] => [{ text: label, columns: 3 }, ...values];
const COLUMNS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"];
const COLUMN_LABELS = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

describe("readRequestsTables", () => {
  const rowValues = (reading: TableReading, row: string) =>
    COLUMNS.map((column) => {
      const raw = reading.entries.get(`requests.${row}.${column}` as never)?.raw;
      return raw?.kind === "number" ? raw.value : raw?.kind;
    });

  it("reads each row by its label under the header's 7 columns, keeping where each value was printed", () => {
    const reading = fresh();
    readRequestsTables(
      [
        table([
          ...requestsHeader,
          requestRow("一、本年新收政府信息公开申请数量", figures(7)),
          requestRow("二、上年结转政府信息公开申请数量", figures(7, 11)),
        ]),
      ],
      EDITIONS["2019"],
      reading,
    );
    expect(rowValues(reading, "newReceived")).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(rowValues(reading, "carriedOver")).toEqual([11, 12, 13, 14, 15, 16, 17]);
    expect(reading.entries.get("requests.newReceived.legal" as never)).toEqual({
      raw: { kind: "number", value: 5 },
      location: { section: REQUESTS, row: "一、本年新收政府信息公开申请数量", column: "法律服务机构" },
    });
    // Every other row is missing: read as 0, absent, and said once for the table.
    expect(reading.entries.get("requests.granted.natural" as never)).toEqual({
      raw: { kind: "number", value: 0 },
      location: { section: REQUESTS, row: "（一）予以公开", column: "自然人" },
      absent: true,
    });
    expect(reading.findings.map((f) => [f.code, f.section, f.message])).toEqual([
      [
        "document/row-missing",
        REQUESTS,
        expect.stringContaining(
          "“（一）予以公开”、“（二）部分公开（区分处理的，只计这一情形，不计其他情形）”、“（三）不予公开1.属于国家秘密”等 21 行",
        ),
      ],
    ]);
  });

  it("warns of a label that says something else, and of a row it does not know that holds figures", () => {
    const reading = fresh();
    readRequestsTables(
      [
        table([
          ...requestsHeader,
          requestRow("一、本年新收政府信息公开申请数量", figures(7)),
          requestRow("（一）予以 公开", figures(7, 21)),
          requestRow("（二）部份公开（区分处理的，只计这一情形，不计其他情形）", figures(7, 81)),
          requestRow("其中：网上申请", figures(7)),
          requestRow("其中：信函申请", ["0", "0", "0", "0", "0", "0", "0"]),
          requestRow("（一）予以公开", figures(7, 31)),
        ]),
      ],
      EDITIONS["2019"],
      reading,
    );
    // The first 予以公开 row is read; the second of the same row is not read again.
    expect(rowValues(reading, "granted")).toEqual([21, 22, 23, 24, 25, 26, 27]);
    const found = reading.findings.filter((f) => f.code !== "document/row-missing");
    expect(found.map((f) => [f.code, f.row, f.actual, f.expected])).toEqual([
      [
        "document/label-deviates",
        "（二）部份公开（区分处理的，只计这一情形，不计其他情形）",
        "(二)部份公开(区分处理的,只计这一情形,不计其他情形)",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）",
      ],
      ["document/row-unknown", "其中：网上申请", "其中：网上申请", undefined],
    ]);
    expect(rowValues(reading, "partlyGranted")).toEqual([81, 82, 83, 84, 85, 86, 87]);
  });

  it("reads a table continued on the next page under the columns of the header before it, and a lone table by its last 7 columns", () => {
    const reading = fresh();
    readRequestsTables(
      [
        table([...requestsHeader, requestRow("一、本年新收政府信息公开申请数量", figures(7))]),
        table([requestRow("二、上年结转政府信息公开申请数量", figures(7, 41))]),
      ],
      EDITIONS["2019"],
      reading,
    );
    expect(rowValues(reading, "carriedOver")).toEqual([41, 42, 43, 44, 45, 46, 47]);
    const lone = fresh();
    readRequestsTables([table([["序号", "四、结转下年度继续办理", ...figures(7, 51)]])], EDITIONS["2019"], lone);
    expect(rowValues(lone, "carriedForward")).toEqual([51, 52, 53, 54, 55, 56, 57]);
  });

  it("reads （六）其他处理 printed as one row into the 2021 edition's last row of it, the others 0, and says so", () => {
    const reading = fresh();
    readRequestsTables([table([...requestsHeader, requestRow("（六）其他处理", figures(7, 61))])], EDITIONS["2021"], reading);
    expect(rowValues(reading, "otherHandling.misc")).toEqual([61, 62, 63, 64, 65, 66, 67]);
    expect(rowValues(reading, "otherHandling.noCorrection")).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(reading.entries.get("requests.otherHandling.feeUnpaid.total" as never)).toEqual({
      raw: { kind: "number", value: 0 },
      location: { section: REQUESTS, row: "（六）其他处理", column: "总计" },
    });
    const oneRow = reading.findings.filter((f) => f.code === "document/other-handling-one-row");
    expect(oneRow.map((f) => [f.section, f.row])).toEqual([[REQUESTS, "（六）其他处理"]]);
    expect(oneRow[0].message).toContain("3");
  });

  it("takes 7 header leaves in order whatever they say, warning of each that is not the official label", () => {
    const reading = fresh();
    const header: Cell[][] = [
      [
        { text: "项目", columns: 3, rows: 2 },
        { text: "自然人", rows: 2 },
        { text: "法人", columns: 5 },
        { text: "合计", rows: 2 },
      ],
      ["企业", "科研", "公益", "律所", "其它"],
    ];
    readRequestsTables([table([...header, requestRow("一、本年新收政府信息公开申请数量", figures(7, 91))])], EDITIONS["2019"], reading);
    expect(rowValues(reading, "newReceived")).toEqual([91, 92, 93, 94, 95, 96, 97]);
    const deviations = reading.findings.filter((f) => f.code === "document/label-deviates");
    expect(deviations.map((f) => [f.column, f.actual, f.expected])).toEqual([
      ["商业企业", "企业", "商业企业"],
      ["科研机构", "科研", "科研机构"],
      ["社会公益组织", "公益", "社会公益组织"],
      ["法律服务机构", "律所", "法律服务机构"],
      ["其他", "其它", "其他"],
      ["总计", "合计", "总计"],
    ]);
  });

  it("takes a row's label from its last cell that says something, and its columns in order when the header names them all", () => {
    const reading = fresh();
    const header: Cell[][] = [["", "", ...COLUMN_LABELS]];
    readRequestsTables([table([...header, [{ text: "（七）总计" }, { text: " " }, ...figures(7, 71)]])], EDITIONS["2019"], reading);
    expect(rowValues(reading, "resultTotal")).toEqual([71, 72, 73, 74, 75, 76, 77]);
    expect(reading.entries.get("requests.resultTotal.natural" as never)!.location).toEqual({
      section: REQUESTS,
      row: "（七）总计",
      column: "自然人",
    });
  });
});

describe("readActiveTables", () => {
  const valueOf = (reading: TableReading, id: string) => {
    const raw = reading.entries.get(id as never)?.raw;
    return raw?.kind === "number" ? raw.value : raw?.kind;
  };
  const CLAUSE_1 = "第二十条第（一）项";

  it("reads each block's rows under the columns its 信息内容 row draws, an amount in 元 as 万元", () => {
    const reading = fresh();
    readActiveTables(
      [
        table([
          [{ text: "第二十条第(一)项", columns: 4 }],
          ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
          ["规章", "1", "2", "3"],
          ["行政规范性文件", "4", "5", "6"],
          [{ text: "第二十条第（五）项", columns: 4 }],
          ["信息内容", { text: "本年处理决定数量", columns: 3 }],
          ["行政许可", { text: "7", columns: 3 }],
        ]),
        table([
          [{ text: "第二十条第（六）项", columns: 2 }],
          ["信息内容", "本年处理决定数量"],
          ["行政处罚", "8"],
          ["行政强制", "9"],
          [{ text: "第二十条第（八）项", columns: 2 }],
          ["信息内容", "本年收费金额（单位：万元）"],
          ["行政事业性收费", "251000元"],
        ]),
      ],
      EDITIONS["2021"],
      reading,
    );
    const ids = ["rules.issued", "rules.repealed", "rules.inForce", "normative.issued", "normative.repealed", "normative.inForce"];
    expect(ids.map((id) => valueOf(reading, `active.${id}`))).toEqual([1, 2, 3, 4, 5, 6]);
    expect(["licensing", "penalty", "coercion"].map((id) => valueOf(reading, `active.${id}.decisions`))).toEqual([7, 8, 9]);
    expect(reading.entries.get("active.normative.repealed" as never)!.location).toEqual({
      section: ACTIVE,
      row: `${CLAUSE_1} 行政规范性文件`,
      column: "本年废止件数",
    });
    expect(valueOf(reading, "active.fees.amount")).toBe(25.1);
    expect(reading.findings.map((f) => [f.code, f.row, f.actual, f.expected])).toEqual([
      ["document/cell-read", "第二十条第（八）项 行政事业性收费", "251000元", 25.1],
    ]);
  });

  it("warns of a header or row label that says something else, and reads a block without headers in order", () => {
    const reading = fresh();
    readActiveTables(
      [
        table([
          [{ text: "第二十条第（一）项", columns: 4 }],
          ["信息内容", "本年新制发件数", "本年废止件数", "现行有效件数"],
          ["规章", "1", "2", "3"],
          ["行政规范性文件", "4", "5", "6"],
          [{ text: "第二十条第（五）项", columns: 4 }],
          ["行政许可", "7"],
        ]),
      ],
      EDITIONS["2021"],
      reading,
    );
    expect(valueOf(reading, "active.rules.issued")).toBe(1);
    expect(valueOf(reading, "active.licensing.decisions")).toBe(7);
    const deviations = reading.findings.filter((f) => f.code === "document/label-deviates");
    expect(deviations.map((f) => [f.row, f.column, f.actual, f.expected])).toEqual([
      [CLAUSE_1, "本年新制发件数", "本年新制发件数", "本年制发件数"],
    ]);
  });

  it("finds a row printed before any clause among every block, and says which rows were not printed", () => {
    const reading = fresh();
    readActiveTables(
      [
        table([
          ["行政处罚", "8"],
          ["行政强制", "9"],
          ["其他决定", "3"],
          ["另一行", "0"],
        ]),
      ],
      EDITIONS["2021"],
      reading,
    );
    expect(valueOf(reading, "active.penalty.decisions")).toBe(8);
    expect(valueOf(reading, "active.coercion.decisions")).toBe(9);
    expect(reading.entries.get("active.rules.issued" as never)).toEqual({
      raw: { kind: "number", value: 0 },
      location: { section: ACTIVE, row: `${CLAUSE_1} 规章`, column: "本年制发件数" },
      absent: true,
    });
    expect(reading.findings.map((f) => [f.code, f.row])).toEqual([
      ["document/row-unknown", "其他决定"],
      ["document/row-missing", undefined],
    ]);
    expect(reading.findings[1].message).toContain(`“${CLAUSE_1} 规章”、“${CLAUSE_1} 行政规范性文件”、“第二十条第（五）项 行政许可”等 4 行`);
  });

  it("places values under the current block's own headers only, and takes the rows of the current block only", () => {
    const reading = fresh();
    readActiveTables(
      [
        table([
          // A header before any clause: not the header of the rows that follow, which are read in order.
          ["信息内容", "", "本年处理决定数量"],
          ["行政许可", "7", ""],
          [{ text: "第二十条第（一）项", columns: 3 }],
          // Two of the block's three headers: the third is not checked, and the values are read in order.
          ["信息内容", "本年制发件数", "本年废止件数"],
          ["规章", "1", "2"],
          // A row of another block under this one's clause: not this block's, so not read.
          ["行政处罚", "8", ""],
          [{ text: "第二十条第（五）项", columns: 3 }],
          ["信息内容", "", "本年处理决定数量"],
          [{ text: "第二十条第（六）项", columns: 3 }],
          // (六) draws no header of its own: (五)'s, one column like its own, is not taken for it.
          ["行政强制", "9", ""],
        ]),
      ],
      EDITIONS["2021"],
      reading,
    );
    expect(valueOf(reading, "active.licensing.decisions")).toBe(7);
    expect([valueOf(reading, "active.rules.issued"), valueOf(reading, "active.rules.repealed")]).toEqual([1, 2]);
    expect(valueOf(reading, "active.coercion.decisions")).toBe(9);
    expect(valueOf(reading, "active.penalty.decisions")).toBe(0);
    expect(reading.entries.get("active.penalty.decisions" as never)!.absent).toBe(true);
    expect(reading.findings.filter((f) => f.code !== "document/row-missing").map((f) => [f.code, f.row])).toEqual([
      ["document/row-unknown", "行政处罚"],
    ]);
  });

  it("reads a row's value once, the first time the row is printed", () => {
    const reading = fresh();
    readActiveTables(
      [
        table([
          ["行政许可", "7"],
          ["行政许可", "70"],
        ]),
      ],
      EDITIONS["2021"],
      reading,
    );
    expect(valueOf(reading, "active.licensing.decisions")).toBe(7);
  });
});
