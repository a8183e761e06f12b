import { cellAddress, rangeAddress } from "./a1.js";
import { SHEET } from "./sheet-names.js";
import type { FieldDef, FieldType, LabelCell, SheetLayout, YearText } from "./types.js";

interface MetaItem {
  key: string;
  label: string;
  type: FieldType;
  required?: boolean;
  hint: YearText;
}

export const DEFAULT_PUBLICITY = "（此件公开发布）";

/** A 成文日期 the report for `year` may carry (rules.md V5: in January of the next year), shown as an example. */
export const exampleDate = (year: number): string => `${year + 1}年1月20日`;

const META_ITEMS = [
  { key: "agency", label: "机关名称", type: "text", required: true, hint: "机关全称，如：贺兰县交通运输局" },
  { key: "year", label: "报告年度", type: "year", required: true, hint: (year) => `统计年度，如：${year}` },
  { key: "edition", label: "格式版本", type: "edition", hint: "由工具写入，请勿修改" },
  { key: "address", label: "联系地址", type: "text", hint: "如：贺兰县光明西路仁和巷1号" },
  { key: "phone", label: "联系电话（传真）", type: "text", hint: "如：0951-8061440" },
  { key: "email", label: "电子邮箱", type: "text", hint: "如：helanjt@126.com" },
  { key: "website", label: "报告下载网站", type: "text", hint: "本报告电子版可在何处下载，如：贺兰县人民政府网站" },
  { key: "signer", label: "署名", type: "text", hint: "不填时使用机关名称" },
  {
    key: "date",
    label: "成文日期",
    type: "date",
    required: true,
    hint: (year) => `如：${exampleDate(year)}；部门报告应在${year + 1}年1月31日前发布`,
  },
  { key: "publicity", label: "附注", type: "text", hint: `不填时为“${DEFAULT_PUBLICITY}”` },
] as const satisfies readonly MetaItem[];

export type MetaFieldId = `meta.${(typeof META_ITEMS)[number]["key"]}`;

const FIRST_ROW = 3;

export function buildMetaSheet(): { fields: FieldDef[]; layout: SheetLayout } {
  const labels: LabelCell[] = [
    { range: rangeAddress(1, 1, 3, 1), text: SHEET.meta, role: "title" },
    { range: "A2", text: "项目", role: "header" },
    { range: "B2", text: "填写内容", role: "header" },
    { range: "C2", text: "说明", role: "header" },
  ];
  const fields = META_ITEMS.map((item, index): FieldDef => {
    const row = FIRST_ROW + index;
    labels.push({ range: cellAddress(1, row), text: item.label, role: "rowLabel" });
    labels.push({ range: cellAddress(3, row), text: item.hint, role: "note" });
    return {
      id: `meta.${item.key}` as MetaFieldId,
      label: item.label,
      type: item.type,
      sheet: SHEET.meta,
      cell: cellAddress(2, row),
      required: "required" in item ? item.required : undefined,
      hint: item.hint,
      ...(item.type === "edition" ? { printed: false } : {}),
    };
  });
  return { fields, layout: { name: SHEET.meta, widths: [20, 40, 50], labels, merges: [] } };
}
