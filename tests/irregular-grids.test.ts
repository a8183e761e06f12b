/**
 * Published tables on irregular grids (issue 18, item 2): each value cell is read under the header cell above it, by
 * grid position, in tables 二, 三 and 四, as a web page and as a Word document. A real 2021 report printed table 三
 * with 自然人 two grid columns wide, a 商业企业 value cell two columns wide and a third header row starting with an
 * empty cell; read at fixed offsets from 自然人, 20 of its cells were misread. A figure under two headers is never
 * guessed: it is a document/cell-read finding naming its row.
 *
 * Covers: src/schema/grid.ts.
 */
import { describe, expect, it } from "vitest";
import { checkReport } from "../src/pipeline/check.js";
import { loadReport } from "../src/pipeline/load.js";
import type { FieldValue } from "../src/report/report.js";
import { EDITIONS } from "../src/schema/index.js";
import { REQUEST_COLUMNS } from "../src/schema/requests.js";
import { TODAY } from "./helpers/fixtures.js";
import { docxWithTable, pageWithTable, type SpecCell, type SpecRow } from "./helpers/irregular-tables.js";
import { EXAMPLE_INPUT } from "./helpers/published.js";

const edition = EDITIONS["2021"];
/** The example's figures, as its workbook holds them: what the published tables print. */
const example = (await loadReport(EXAMPLE_INPUT["2021"])).report.values;
const figure = (id: string): string => String(example[id as keyof typeof example] as FieldValue);

const NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
const ORGANISATIONS = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];

/** Table 三's body: each row's labels over 3 grid columns, then its 7 figures with the given column spans. */
function requestBody(spans: readonly number[], edit: (key: string, cells: SpecCell[]) => SpecCell[] = (_, cells) => cells): SpecRow[] {
  return edition.tables.requestRows.map((row) => {
    const labels: SpecCell[] = row.subgroup
      ? [
          { text: row.subgroup, columns: 1 },
          { text: row.label, columns: 2 },
        ]
      : [{ text: row.label, columns: 3 }];
    const figures = REQUEST_COLUMNS.map((column, i) => ({ text: figure(`requests.${row.key}.${column.key}`), columns: spans[i] }));
    return [...labels, ...edit(row.key, figures)];
  });
}

const GRIDS: { name: string; rows: SpecRow[] }[] = [
  {
    name: "自然人 and a 商业企业 value two grid columns wide, a third header row starting with an empty cell (the real report)",
    rows: [
      [
        { text: NOTE, rows: 2, columns: 3 },
        { text: "申请人情况", columns: 9 },
      ],
      [
        { text: "自然人", rows: 2, columns: 2 },
        { text: "法人或其他组织", columns: 6 },
        { text: "总计", rows: 2 },
      ],
      [{ text: "", columns: 3 }, { text: "商业企业", columns: 2 }, ...ORGANISATIONS.slice(1).map((text) => ({ text }))],
      ...requestBody([2, 2, 1, 1, 1, 1, 1]),
    ],
  },
  {
    name: "value cells three grid columns wide under headers as wide",
    rows: [
      [
        { text: NOTE, rows: 3, columns: 3 },
        { text: "申请人情况", columns: 11 },
      ],
      [
        { text: "自然人", rows: 2, columns: 3 },
        { text: "法人或其他组织", columns: 5 },
        { text: "总计", rows: 2, columns: 3 },
      ],
      ORGANISATIONS.map((text) => ({ text })),
      ...requestBody([3, 1, 1, 1, 1, 1, 3]),
    ],
  },
  {
    name: "colspans that differ between header rows, 其他 two columns wide",
    rows: [
      [
        { text: NOTE, rows: 3, columns: 3 },
        { text: "申请人情况", columns: 8 },
      ],
      [
        { text: "自然人", rows: 2 },
        { text: "法人或其他组织", columns: 6 },
        { text: "总计", rows: 2 },
      ],
      [...ORGANISATIONS.slice(0, 4).map((text) => ({ text })), { text: "其他", columns: 2 }],
      ...requestBody([1, 1, 1, 1, 1, 2, 1]),
    ],
  },
];

const requestValues = (values: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(values).filter(([id]) => id.startsWith("requests.") && !id.startsWith("requests.resultTotal")));

const FORMS = [
  ["web page", pageWithTable],
  ["Word document", docxWithTable],
] as const;

describe.each(FORMS)("table 三 on an irregular grid, as a %s", (_, publish) => {
  it.each(GRIDS)("reads every cell under its header: $name", async ({ rows }) => {
    const loaded = await loadReport(await publish("自然人", rows));
    expect(requestValues(loaded.report.values)).toEqual(requestValues(example));
    const findings = checkReport(loaded, { today: TODAY }).findings;
    expect(findings.filter((f) => f.section === "三、收到和处理政府信息公开申请情况")).toEqual([]);
  });

  it("does not guess a figure printed under two headers: a cell-read finding names the row, the cells stay blank", async () => {
    const [header, body] = [GRIDS[0].rows.slice(0, 3), GRIDS[0].rows.slice(3)];
    const granted = edition.tables.requestRows.findIndex((row) => row.key === "granted");
    // 商业企业's value drawn three grid columns wide: over 商业企业 (two) and 科研机构 (one).
    const straddling = body.map((row, i) => (i !== granted ? row : [row[0], row[1], { text: "7", columns: 3 }, ...row.slice(4)]));
    const loaded = await loadReport(await publish("自然人", [...header, ...straddling]));
    const reads = checkReport(loaded, { today: TODAY }).findings.filter((f) => f.code === "document/cell-read");
    expect(reads.map((f) => [f.severity, f.row, f.actual])).toEqual([["info", "（一）予以公开", "7"]]);
    expect(reads[0].message).toBe(
      "「三、收到和处理政府信息公开申请情况」「（一）予以公开」行：“（一）予以公开 · 商业企业、科研机构”印作“7”，跨在“商业企业”“科研机构”2列之下，无法确定属于哪一列，未读取，按空白处理。",
    );
    const values = loaded.report.values;
    expect([values["requests.granted.business"], values["requests.granted.research"]]).toEqual([0, 0]);
    expect(values["requests.granted.natural"]).toBe(example["requests.granted.natural"]);
    expect(values["requests.granted.total"]).toBe(example["requests.granted.total"]);
  });
});

describe.each(FORMS)("tables 二 and 四 on irregular grids, as a %s", (_, publish) => {
  it("reads table 四 with 未经复议直接起诉's 尚未审结 two grid columns wide in the header and the row", async () => {
    const outcomes = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
    const groups = ["review", "suitDirect", "suitAfterReview"];
    const keys = ["upheld", "corrected", "other", "pending", "total"];
    const wide = (g: number, o: number) => (g === 1 && o === 3 ? 2 : 1);
    const rows: SpecRow[] = [
      [
        { text: "行政复议", columns: 5 },
        { text: "行政诉讼", columns: 11 },
      ],
      [...outcomes.map((text) => ({ text, rows: 2 })), { text: "未经复议直接起诉", columns: 6 }, { text: "复议后起诉", columns: 5 }],
      [1, 2].flatMap((g) => outcomes.map((text, o) => ({ text, columns: wide(g, o) }))),
      groups.flatMap((group, g) => keys.map((key, o) => ({ text: figure(`${group}.${key}`), columns: wide(g, o) }))),
    ];
    const values = (await loadReport(await publish("行政复议", rows))).report.values;
    const read = groups.flatMap((group) => keys.map((key) => values[`${group}.${key}` as keyof typeof values]));
    expect(read).toEqual(groups.flatMap((group) => keys.map((key) => example[`${group}.${key}` as keyof typeof example])));
  });

  it("reads table 二 whose labels take two grid columns, the second an empty cell", async () => {
    const rows: SpecRow[] = edition.tables.active.flatMap((block) => [
      [{ text: block.clause, columns: 5 }],
      [{ text: "信息内容", columns: 2 }, ...block.columns.map((column) => ({ text: column.label, columns: 3 / block.columns.length }))],
      ...block.rows.map((row) => [
        { text: row.label },
        { text: "" },
        ...block.columns.map((column) => ({ text: figure(`active.${row.key}.${column.key}`), columns: 3 / block.columns.length })),
      ]),
    ]);
    const loaded = await loadReport(await publish("第二十条第（一）项", rows));
    const active = (values: Record<string, unknown>) =>
      Object.fromEntries(Object.entries(values).filter(([id]) => id.startsWith("active.")));
    expect(active(loaded.report.values)).toEqual(active(example));
  });
});
