/**
 * The page's engine (src/web/engine.ts) run in Node on the bytes a browser would give it: every answer is held to
 * what the command line makes of the same file, byte for byte, and the sheet grids to the official layout.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import PizZip from "pizzip";
import { describe, expect, it } from "vitest";
import { readZipDirectory } from "../src/input/zip-directory.js";
import { EDITIONS } from "../src/schema/editions.js";
import { runRequest, type EngineReply, type InputFile } from "../src/web/engine.js";
import { sheetGrids } from "../src/web/sheet-grid.js";
import { nianbao } from "./helpers/cli.js";
import { EXAMPLE_WORKBOOKS } from "./helpers/examples.js";
import { buildWorkbook, tempDir, TODAY } from "./helpers/fixtures.js";

const context = {
  templates: { "2019": readFileSync("templates/2019.docx"), "2021": readFileSync("templates/2021.docx") },
  version: (JSON.parse(readFileSync("package.json", "utf8")) as { version: string }).version,
};
const today = TODAY.getTime();
const fileOf = (path: string, name = path.split("/").pop()!): InputFile => ({ name, bytes: new Uint8Array(readFileSync(path)) });

function filesOf(reply: EngineReply) {
  if (reply.kind !== "files") throw new Error(`expected files, got ${JSON.stringify(reply).slice(0, 300)}`);
  return reply.files;
}

/** A 2021 workbook with a number typed as text and one value blanked: findings on known cells. */
async function workbookWithErrors(dir: string): Promise<string> {
  return buildWorkbook("2021", { "requests.granted.business": "十二", "review.corrected": null } as never, { dir });
}

describe("the page's engine, against the command line", () => {
  it("makes the new workbook init makes, byte for byte, once the creation time is fixed", async () => {
    const dir = tempDir();
    const created = "2027-01-05T09:00:00Z";
    const run = await nianbao(["init", "--year", "2026", "--agency", "贺兰县交通运输局", "--created", created, "-o", "新.xlsx"], dir);
    expect(run.code).toBe(0);
    const reply = await runRequest(
      { kind: "new-workbook", year: "2026", agency: "贺兰县交通运输局", today, created: Date.parse(created) },
      context,
    );
    const [file] = filesOf(reply);
    expect(file.name).toBe("2026-贺兰县交通运输局.xlsx");
    expect(Buffer.from(file.bytes).equals(readFileSync(join(dir, "新.xlsx")))).toBe(true);
    // The time is the one given, in the properties and on every part of the zip (MS-DOS time: 09:00:00 on 2027-01-05).
    const zip = new PizZip(file.bytes);
    expect(zip.file("docProps/core.xml")!.asText()).toContain(
      `<dcterms:created xsi:type="dcterms:W3CDTF">2027-01-05T09:00:00Z</dcterms:created>`,
    );
    const directory = readZipDirectory(file.bytes, 1000);
    if (directory.kind !== "entries") throw new Error(directory.kind);
    const view = new DataView(file.bytes.buffer, file.bytes.byteOffset, file.bytes.byteLength);
    for (const entry of directory.entries) {
      expect(view.getUint16(entry.localHeader + 10, true)).toBe(9 << 11);
      expect(view.getUint16(entry.directoryEntry + 14, true)).toBe(((2027 - 1980) << 9) | (1 << 5) | 5);
    }
  });

  it("prefills from last year's report as init --from does, and refuses what init refuses, in its words", async () => {
    const dir = tempDir();
    const created = "2026-01-04T08:00:00Z";
    const last = EXAMPLE_WORKBOOKS[1];
    const run = await nianbao(["init", "--from", join(process.cwd(), last), "--created", created, "-o", "续.xlsx"], dir);
    expect(run.code).toBe(0);
    const reply = await runRequest(
      { kind: "new-workbook", year: "", agency: "", last: fileOf(last), today, created: Date.parse(created) },
      context,
    );
    const [file] = filesOf(reply);
    expect(file.name).toBe("2026-示范市自然资源局.xlsx");
    expect(Buffer.from(file.bytes).equals(readFileSync(join(dir, "续.xlsx")))).toBe(true);
    if (reply.kind === "files") expect(reply.notes.join("\n")).toContain("已根据上年报告 2025-示范市自然资源局.xlsx 预填");

    const refused = await nianbao(["init", "--year", "1999", "--agency", "某局"], dir);
    const declined = await runRequest({ kind: "new-workbook", year: "1999", agency: "某局", today, created: today }, context);
    expect(declined).toEqual({ kind: "declined", message: refused.stderr.trim() });
    const blank = await runRequest({ kind: "new-workbook", year: "", agency: "某局", today, created: today }, context);
    expect(blank).toEqual({ kind: "declined", message: "年度“”无效，请在“年度”中填写四位年份，如 2026。" });
    const nameless = await runRequest({ kind: "new-workbook", year: "2026", agency: " ", today, created: today }, context);
    expect(nameless.kind === "declined" && nameless.message.endsWith("请在“机关名称”中填写机关全称，如 贺兰县交通运输局。")).toBe(true);
  });

  it("checks as check --json does: the same findings in the same order, and the command line's closing line", async () => {
    const dir = tempDir();
    const crafted = await workbookWithErrors(dir);
    for (const path of [...EXAMPLE_WORKBOOKS, crafted]) {
      const run = await nianbao(["check", "--json", path], process.cwd());
      const reply = await runRequest({ kind: "check", file: fileOf(path), today }, context);
      if (reply.kind !== "checked") throw new Error(reply.kind);
      const expected = JSON.parse(run.stdout) as { valid: boolean };
      expect({ ...reply.result, file: "" }).toEqual({ ...expected, file: "" });
      expect(reply.closing).toBe(
        expected.valid ? "校验通过，可以生成报告。" : `有 ${reply.result.stats.errors} 项错误，请改正后再生成报告。`,
      );
    }
    const reply = await runRequest({ kind: "check", file: fileOf(crafted), today }, context);
    if (reply.kind !== "checked") throw new Error(reply.kind);
    expect(reply.result.valid).toBe(false);
    expect(reply.generable).toBe(true);
    expect(reply.annotatable).toBe(true);
    expect(reply.result.findings.map((f) => [f.code, f.severity, f.field])).toContainEqual([
      "value/not-a-number",
      "error",
      "requests.granted.business",
    ]);
  });

  it("generates the .docx and the portal page generate writes, byte for byte, and its manifest", async () => {
    const dir = tempDir();
    for (const path of EXAMPLE_WORKBOOKS) {
      const run = await nianbao(["generate", join(process.cwd(), path), "--html", "-o", dir, "--force"], dir);
      expect(run.code).toBe(0);
      const files = filesOf(await runRequest({ kind: "generate", file: fileOf(path), today }, context));
      expect(files.map((file) => file.name.replace(/^.*政府信息公开工作年度报告/, ""))).toEqual([".docx", ".html", ".manifest.json"]);
      for (const file of files.slice(0, 2))
        expect(Buffer.from(file.bytes).equals(readFileSync(join(dir, file.name))), file.name).toBe(true);
      const ours = JSON.parse(Buffer.from(files[2].bytes).toString("utf8")) as Record<string, unknown>;
      const theirs = JSON.parse(readFileSync(join(dir, files[2].name), "utf8")) as Record<string, unknown>;
      expect({ ...ours, generatedAt: "" }).toEqual({ ...theirs, generatedAt: "" });
    }
  });

  it("refuses to generate a report with errors, and a published report, saying why", async () => {
    const dir = tempDir();
    const crafted = await workbookWithErrors(dir);
    const reply = await runRequest({ kind: "generate", file: fileOf(crafted), today }, context);
    expect(reply.kind).toBe("declined");
    if (reply.kind === "declined") expect(reply.message).toMatch(/^有 \d+ 项错误，请改正后再生成报告。$/);
    const published = fileOf("tests/fixtures/published/helan-transport-2020.html");
    const declined = await runRequest({ kind: "generate", file: published, today }, context);
    expect(declined).toEqual({ kind: "declined", message: "这是已发布的报告，只做检查；生成文档请使用标准化工作簿。" });
    const checked = await runRequest({ kind: "check", file: published, today }, context);
    expect(checked.kind === "checked" && !checked.generable && checked.grids.length === 0).toBe(true);
  });

  it("makes the annotated copy check --annotate writes, and the JSON export prints, byte for byte", async () => {
    const dir = tempDir();
    const crafted = await workbookWithErrors(dir);
    writeFileSync(join(dir, "交通局.xlsx"), readFileSync(crafted));
    const run = await nianbao(["check", "交通局.xlsx", "--annotate"], dir);
    expect(run.code).toBe(1);
    const [copy] = filesOf(await runRequest({ kind: "annotate", file: fileOf(join(dir, "交通局.xlsx")), today }, context));
    expect(copy.name).toBe("交通局.批注.xlsx");
    expect(Buffer.from(copy.bytes).equals(readFileSync(join(dir, "交通局.批注.xlsx")))).toBe(true);

    const exported = await nianbao(["export", EXAMPLE_WORKBOOKS[0]], process.cwd());
    const [json] = filesOf(await runRequest({ kind: "export", file: fileOf(EXAMPLE_WORKBOOKS[0]) }, context));
    expect(json.name).toBe("2020-贺兰县交通运输局.json");
    expect(Buffer.from(json.bytes).toString("utf8")).toBe(exported.stdout);
  });

  it("refuses an unusable file with the command line's message: a lock file, a zip bomb, a legacy .xls", async () => {
    const dir = tempDir();
    const bomb = new PizZip();
    bomb.file("xl/workbook.xml", "<a/>".padEnd(40 * 1024 * 1024, " "));
    const cases: [string, Uint8Array][] = [
      ["~$交通局.xlsx", readFileSync(EXAMPLE_WORKBOOKS[0])],
      ["炸弹.xlsx", bomb.generate({ type: "uint8array", compression: "DEFLATE" })],
      ["旧版.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(600).fill(0)])],
    ];
    for (const [name, bytes] of cases) {
      writeFileSync(join(dir, name), bytes);
      const run = await nianbao(["check", name], dir);
      expect(run.code).toBe(2);
      const reply = await runRequest({ kind: "check", file: { name, bytes }, today }, context);
      if (reply.kind !== "refused") throw new Error(`${name}: ${reply.kind}`);
      expect(run.stdout + run.stderr).toContain(reply.message);
    }
  });
});

describe("the page's engine, each request's other answers", () => {
  it("checks against last year's report when one is given, and refuses last year's when it cannot be read", async () => {
    const lastYear = await buildWorkbook("2021", { "meta.year": 2023, "meta.agency": "银川市教育局" } as never, { dir: tempDir() });
    const thisYear = fileOf(await buildWorkbook("2021", {}, { dir: tempDir() }));
    const reply = await runRequest({ kind: "check", file: thisYear, previous: fileOf(lastYear), today }, context);
    if (reply.kind !== "checked") throw new Error(reply.kind);
    const crossYear = (checked: EngineReply) =>
      checked.kind === "checked"
        ? checked.result.findings.filter((finding) => finding.code.startsWith("cross-year/")).map((f) => f.code)
        : [];
    expect(crossYear(reply)).toEqual(expect.arrayContaining(["cross-year/not-consecutive", "cross-year/other-agency"]));
    expect(crossYear(await runRequest({ kind: "check", file: thisYear, today }, context))).toEqual([]);
    const unreadable = { name: "上年.xlsx", bytes: new Uint8Array([1, 2, 3]) };
    const refused = await runRequest({ kind: "check", file: thisYear, previous: unreadable, today }, context);
    expect(refused.kind === "refused" && refused.file).toBe("上年.xlsx");
  });

  it("tells the agency and year only when the report gives them as such", async () => {
    const dir = tempDir();
    const typed = fileOf(await buildWorkbook("2021", { "meta.year": "二〇二五", "meta.agency": null } as never, { dir }));
    const reply = await runRequest({ kind: "check", file: typed, today }, context);
    if (reply.kind !== "checked") throw new Error(reply.kind);
    expect("agency" in reply || "year" in reply).toBe(false);
    const example = await runRequest({ kind: "check", file: fileOf(EXAMPLE_WORKBOOKS[1]), today }, context);
    expect(example.kind === "checked" && [example.agency, example.year]).toEqual(["示范市自然资源局", 2025]);
  });

  it("annotates only a workbook with findings; a published report and a clean workbook are declined, saying why", async () => {
    const published = fileOf("tests/fixtures/published/helan-transport-2020.html");
    const checked = await runRequest({ kind: "check", file: published, today }, context);
    expect(checked.kind === "checked" && checked.result.findings.length > 0 && checked.annotatable).toBe(false);
    expect(checked.kind === "checked" && checked.result.findings.length).toBeGreaterThan(0);
    expect(await runRequest({ kind: "annotate", file: published, today }, context)).toEqual({
      kind: "declined",
      message: "批注副本只适用于 Excel 工作簿（.xlsx）；JSON 文件、Word 文档和网页的问题见上方列表。",
    });
    const clean = fileOf(await buildWorkbook("2021", {}, { dir: tempDir() }));
    expect(await runRequest({ kind: "annotate", file: clean, today }, context)).toEqual({
      kind: "declined",
      message: "没有发现问题，未写批注副本。",
    });
    const crafted = await workbookWithErrors(tempDir());
    const annotated = await runRequest({ kind: "annotate", file: fileOf(crafted, "局.v2.xlsx"), today }, context);
    expect(annotated.kind === "files" && [annotated.files.map((file) => file.name), annotated.notes]).toEqual([["局.v2.批注.xlsx"], []]);
  });

  it("generates from a JSON report as from a workbook; exports under the file's own name, its last extension replaced", async () => {
    const exported = await runRequest({ kind: "export", file: fileOf(EXAMPLE_WORKBOOKS[1], "示范.v2.xlsx") }, context);
    if (exported.kind !== "files") throw new Error(exported.kind);
    expect([exported.files.map((file) => [file.name, file.type]), exported.notes]).toEqual([[["示范.v2.json", "application/json"]], []]);
    const generated = await runRequest({ kind: "generate", file: { ...exported.files[0], name: "示范.json" }, today }, context);
    if (generated.kind !== "files") throw new Error(generated.kind);
    expect(generated.files.map((file) => file.type)).toEqual([
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "text/html",
      "application/json",
    ]);
    expect(generated.notes).toEqual([]);
    const unreadable = await runRequest({ kind: "export", file: { name: "坏.xlsx", bytes: new Uint8Array([80, 75, 3, 4]) } }, context);
    expect(unreadable.kind === "refused" && unreadable.file).toBe("坏.xlsx");
  });

  it("takes a year of spaces as none, refuses five digits, reads full-width digits, and refuses last year's report it cannot read", async () => {
    const spaces = await runRequest({ kind: "new-workbook", year: "  ", agency: "某局", today, created: today }, context);
    expect(spaces).toEqual({ kind: "declined", message: "年度“”无效，请在“年度”中填写四位年份，如 2026。" });
    const fiveDigits = await runRequest({ kind: "new-workbook", year: "12026", agency: "某局", today, created: today }, context);
    expect(fiveDigits).toEqual({ kind: "declined", message: "年度“12026”无效，请在“年度”中填写四位年份，如 2026。" });
    const fullWidth = await runRequest({ kind: "new-workbook", year: " ２０２５ ", agency: "某局", today, created: today }, context);
    expect(fullWidth.kind === "files" && fullWidth.files.map((file) => file.name)).toEqual(["2025-某局.xlsx"]);
    const unreadable = { name: "上年.xlsx", bytes: new Uint8Array([1, 2, 3]) };
    const refused = await runRequest({ kind: "new-workbook", year: "", agency: "", last: unreadable, today, created: today }, context);
    expect(refused.kind === "refused" && refused.file).toBe("上年.xlsx");
  });
});

describe("the sheet grids the page draws findings on", () => {
  const edition = EDITIONS["2021"];
  // Drawn inside each test, not while the file is collected: mutation testing credits code to the test that runs it.
  const gridsOf = () => sheetGrids(edition, { "meta.year": 2025, "meta.agency": "示范局", "requests.granted.business": 7 }, new Map());

  it("draws every sheet of the edition, each field once, where the blank workbook has it", () => {
    const grids = gridsOf();
    expect(grids.map((grid) => grid.sheet)).toEqual(edition.sheets.map((sheet) => sheet.name));
    const drawn = grids.flatMap((grid) => grid.cells.filter((cell) => cell.field).map((cell) => cell.field));
    expect(new Set(drawn).size).toBe(drawn.length);
    expect(drawn.length).toBe(edition.fields.length);
    const granted = grids.flatMap((grid) => grid.cells).find((cell) => cell.field === "requests.granted.business")!;
    expect(granted.text).toBe("7");
    expect(granted.address).toBe(edition.fields.find((field) => field.id === "requests.granted.business")!.cell);
  });

  it("keeps each grid a rectangle: no two cells overlap, and none passes the grid's edge", () => {
    const grids = gridsOf();
    for (const grid of grids) {
      const taken = new Set<string>();
      for (const cell of grid.cells)
        for (let r = cell.row; r < cell.row + cell.rows; r++)
          for (let c = cell.column; c < cell.column + cell.columns; c++) {
            expect(taken.has(`${r},${c}`), `${grid.sheet} ${r},${c}`).toBe(false);
            taken.add(`${r},${c}`);
            expect(r < grid.rows && c < grid.columns).toBe(true);
          }
    }
  });

  it("draws a narrative section as one row, not its 200 paragraph rows", () => {
    const grids = gridsOf();
    const narrative = edition.fields.find((field) => field.type === "paragraphs")!;
    const grid = grids.find((candidate) => candidate.sheet === narrative.sheet)!;
    expect(grid.rows).toBeLessThan(20);
    expect(grid.cells.find((cell) => cell.field === narrative.id)!.rows).toBe(1);
  });
});

describe("the sheet grids, cell by cell (written by hand from the 2021 edition's sheets)", () => {
  const edition = EDITIONS["2021"];
  const label = (row: number, column: number, text: string, rows = 1, columns = 1) => ({ text, role: "label", row, column, rows, columns });
  const value = (row: number, column: number, field: string, text: string, address: string, numeric: boolean, columns = 1) => ({
    text,
    role: "value",
    numeric,
    field,
    address,
    row,
    column,
    rows: 1,
    columns,
  });

  it("基本信息: its labels, and each value where it was read, or at its own cell", () => {
    const [meta] = sheetGrids(
      edition,
      { "meta.year": 2019, "meta.agency": "示范局" },
      new Map([["meta.agency", { sheet: "基本信息", cell: "B9" }]]),
    );
    expect([meta.sheet, meta.rows, meta.columns]).toEqual(["基本信息", 12, 3]);
    expect(meta.cells.slice(0, 13)).toEqual([
      label(0, 0, "基本信息", 1, 3),
      label(1, 0, "项目"),
      label(1, 1, "填写内容"),
      label(1, 2, "说明"),
      label(2, 0, "机关名称"),
      value(2, 1, "meta.agency", "示范局", "B9", false),
      label(2, 2, "机关全称，如：贺兰县交通运输局"),
      label(3, 0, "报告年度"),
      value(3, 1, "meta.year", "2019", "B4", true),
      label(3, 2, "统计年度，如：2019"),
      label(4, 0, "格式版本"),
      value(4, 1, "meta.edition", "", "B5", false),
      label(4, 2, "由工具写入，请勿修改"),
    ]);
    expect(meta.cells).toHaveLength(1 + 3 + 10 * 3);
  });

  it("a year that is not a number leaves the labels in this year's words", () => {
    const [meta] = sheetGrids(edition, { "meta.year": "二〇二五" }, new Map());
    expect(meta.cells.find((cell) => cell.row === 3 && cell.column === 2)!.text).toBe(`统计年度，如：${new Date().getFullYear()}`);
    expect(meta.cells.find((cell) => cell.field === "meta.year")!.text).toBe("二〇二五");
  });

  it("a narrative section: one row of its paragraphs, one to a line, across both columns", () => {
    const overview = [
      { level: 1 as const, text: "（一）主动公开" },
      { level: 0 as const, text: "正文" },
    ];
    const grid = sheetGrids(edition, { "text.overview": overview }, new Map())[1];
    expect(grid).toEqual({
      sheet: "一、总体情况",
      rows: 3,
      columns: 2,
      cells: [
        label(0, 0, "一、总体情况", 1, 2),
        label(1, 0, "层级"),
        label(1, 1, "内容（一行一段）"),
        value(2, 0, "text.overview", "（一）主动公开\n正文", "A3", false, 2),
      ],
    });
  });

  it("table 二: a merged input cell keeps its merge, and the rows are in order, each left to right", () => {
    const grid = sheetGrids(edition, { "active.rules.issued": 3 }, new Map())[2];
    expect([grid.rows, grid.columns]).toEqual([15, 4]);
    expect(grid.cells.filter((cell) => cell.row >= 2 && cell.row <= 3)).toEqual([
      label(2, 0, "信息内容"),
      label(2, 1, "本年制发件数"),
      label(2, 2, "本年废止件数"),
      label(2, 3, "现行有效件数"),
      label(3, 0, "规章"),
      value(3, 1, "active.rules.issued", "3", "B4", true),
      value(3, 2, "active.rules.repealed", "", "C4", true),
      value(3, 3, "active.rules.inForce", "", "D4", true),
    ]);
    expect(grid.cells.filter((cell) => cell.row === 7)).toEqual([
      label(7, 0, "行政许可"),
      value(7, 1, "active.licensing.decisions", "", "B8", true, 3),
    ]);
  });

  it("table 三: headers spanning rows and columns, and its totals drawn as derived", () => {
    const grid = sheetGrids(edition, { "requests.newReceived.total": 12 }, new Map())[3];
    expect([grid.rows, grid.columns]).toEqual([29, 10]);
    expect(grid.cells.slice(0, 6)).toEqual([
      label(0, 0, "三、收到和处理政府信息公开申请情况", 1, 10),
      label(1, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", 3, 3),
      label(1, 3, "申请人情况", 1, 7),
      label(2, 3, "自然人", 2, 1),
      label(2, 4, "法人或其他组织", 1, 5),
      label(2, 9, "总计", 2, 1),
    ]);
    expect(grid.cells.find((cell) => cell.field === "requests.newReceived.total")).toEqual({
      ...value(4, 9, "requests.newReceived.total", "12", "J5", true),
      role: "derived",
    });
  });
});

describe("the page's engine, what a check answers", () => {
  it("a workbook: the command line's header, counts and closing, its agency and year, its sheets as grids", async () => {
    const reply = await runRequest({ kind: "check", file: fileOf("inputs/2025-示范市自然资源局.xlsx"), today }, context);
    if (reply.kind !== "checked") throw new Error(reply.kind);
    expect({ ...reply, result: undefined, grids: reply.grids.map((grid) => grid.sheet).length > 0 }).toEqual({
      kind: "checked",
      result: undefined,
      header: "检查 2025-示范市自然资源局.xlsx（2021 版格式，国办公开办函〔2021〕30号）",
      stats: "错误 0 项，警告 0 项，提示 0 项。",
      closing: "校验通过，可以生成报告。",
      generable: true,
      annotatable: false,
      grids: true,
      agency: "示范市自然资源局",
      year: 2025,
    });
  });

  it("a workbook with errors can be annotated; a published report is only checked, without grids", async () => {
    const dir = tempDir();
    const bad = await runRequest({ kind: "check", file: fileOf(await workbookWithErrors(dir), "有错.xlsx"), today }, context);
    if (bad.kind !== "checked") throw new Error(bad.kind);
    expect([bad.annotatable, bad.generable, bad.closing]).toEqual([
      true,
      true,
      `有 ${bad.result.stats.errors} 项错误，请改正后再生成报告。`,
    ]);
    const published = await runRequest({ kind: "check", file: fileOf("tests/golden/2025-示范市自然资源局.docx"), today }, context);
    if (published.kind !== "checked") throw new Error(published.kind);
    expect([published.generable, published.annotatable, published.grids, published.agency, published.year]).toEqual([
      false,
      false,
      [],
      "示范市自然资源局",
      2025,
    ]);
  });

  it("refuses a file it cannot read, or last year's, naming it", async () => {
    const text = { name: "说明.txt", bytes: new TextEncoder().encode("不是报告") };
    const refused = await runRequest({ kind: "check", file: text, today }, context);
    expect(refused).toMatchObject({ kind: "refused", file: "说明.txt", message: expect.stringContaining("说明.txt") });
    const previous = await runRequest({ kind: "check", file: fileOf("inputs/2025-示范市自然资源局.xlsx"), previous: text, today }, context);
    expect(previous).toMatchObject({ kind: "refused", file: "说明.txt" });
  });
});
