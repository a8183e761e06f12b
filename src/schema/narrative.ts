import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import { tableCell, type FieldDef, type LabelCell, type SheetLayout } from "./types.js";

/** Paragraph levels (data-contract.md): 1 = （一） sub-heading, 2 = 1. sub-heading, 0 = body text. */
export const PARAGRAPH_LEVELS = [
  { level: 1, label: "标题（一）" },
  { level: 2, label: "标题 1." },
  { level: 0, label: "正文" },
] as const;
export type ParagraphLevel = (typeof PARAGRAPH_LEVELS)[number]["level"];

/**
 * What `init --from` puts before each paragraph it carries over from last year's report: a draft to rewrite,
 * never to publish (check refuses a report that still holds it).
 */
export const DRAFT_MARKER = "【上年内容，请改写】";

// 一 and 五 must have text (rules.md V3); 六 may be left to the tool, which writes 无 or the 信息处理费 sentence.
const SECTIONS = [
  { id: "text.overview", sheet: SHEET.overview, rows: 200, required: true },
  { id: "text.problems", sheet: SHEET.problems, rows: 100, required: true },
  { id: "text.other", sheet: SHEET.other, rows: 50, required: false },
] as const;

/** Edition 2021 asks section 六 to state the 信息处理费 position; these are its facts. */
const FEE_ITEMS = [
  { key: "noticesIssued", label: "收费通知件数", type: "count" },
  { key: "noticedAmount", label: "通知金额（元）", type: "yuan" },
  { key: "collectedAmount", label: "实际收取金额（元）", type: "yuan" },
] as const;

export type NarrativeFieldId = (typeof SECTIONS)[number]["id"];
export type FeeFieldId = `fees.${(typeof FEE_ITEMS)[number]["key"]}`;

function feeBlock(startRow: number, labels: LabelCell[]): FieldDef[] {
  labels.push({
    range: rangeAddress(1, startRow, 2, startRow),
    text: "信息处理费（按《政府信息公开信息处理费管理办法》收取）",
    role: "header",
  });
  return FEE_ITEMS.map((item, index): FieldDef => {
    const row = startRow + 1 + index;
    labels.push({ range: cellAddress(1, row), text: item.label, role: "rowLabel" });
    return {
      id: `fees.${item.key}` as FeeFieldId,
      ...tableCell("信息处理费", item.label),
      type: item.type,
      sheet: SHEET.other,
      cell: cellAddress(2, row),
      printed: false,
    };
  });
}

export function buildNarrativeSheets(feeStatement: boolean): { fields: FieldDef[]; layouts: SheetLayout[] } {
  const fields: FieldDef[] = [];
  const layouts = SECTIONS.map((section): SheetLayout => {
    const labels: LabelCell[] = [{ range: rangeAddress(1, 1, 2, 1), text: section.sheet, role: "title" }];
    let row = 2;
    if (section.id === "text.other" && feeStatement) {
      fields.push(...feeBlock(row, labels));
      row += FEE_ITEMS.length + 2;
    }
    labels.push({ range: cellAddress(1, row), text: "层级", role: "header" });
    labels.push({ range: cellAddress(2, row), text: "内容（一行一段）", role: "header" });
    const first = row + 1;
    fields.push({
      id: section.id,
      label: section.sheet,
      type: "paragraphs",
      sheet: section.sheet,
      cell: rangeAddress(1, first, 2, first + section.rows - 1),
      ...(section.required ? { required: true } : {}),
      hint: "层级可选：标题（一）、标题 1.、正文；不填时按内容开头判断",
    });
    return { name: section.sheet, widths: [14, 100], labels, merges: [] };
  });
  return { fields, layouts };
}
