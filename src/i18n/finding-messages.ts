/**
 * The one catalogue of what a clerk reads. Every finding code is a key here, with the rule of
 * rules.md it enforces, its severity and its Chinese message; a code without an entry does not compile.
 * Codes are stable identifiers: never rename one.
 */
import { PARAGRAPH_LEVELS } from "../schema/narrative.js";
import { EDITION_IDS, EDITIONS, FIRST_REPORT_YEAR } from "../schema/editions.js";

/** Which years the tool takes, and each edition's years, from the editions themselves. */
function editionsHint(): string {
  const years = ({ from, to }: { from: number; to?: number }) =>
    to === undefined ? `${from} 年度起` : to === from + 1 ? `${from}、${to} 年度` : `${from}–${to} 年度`;
  const each = EDITION_IDS.map((id) => `${years(EDITIONS[id].years)}用 ${id} 版格式（${EDITIONS[id].circular}）`);
  return `本工具支持 ${FIRST_REPORT_YEAR} 年度起、不晚于今年的报告：${each.join("，")}。`;
}

export type Severity = "error" | "warning" | "info";

/** The rules of rules.md a finding can enforce, plus unusable input and Word templates: a closed set. */
export const RULE_IDS = [
  "input",
  "template",
  "archive",
  "V1",
  "V2",
  "V3",
  "V4",
  "V5",
  "V6",
  "V7",
  "R1",
  "R2",
  "R3",
  "R4",
  "P1",
  "P2",
  "P3",
  "P4",
  "P5",
  "X1",
  "X2",
  "X3",
  "X4",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

/** Each rule as a person names it: the 问题清单 of a summary shows these, the code beside them. */
export const RULE_NAME: Record<RuleId, string> = {
  input: "文件与格式",
  template: "模板",
  archive: "存档",
  V1: "数值格式",
  V2: "数值写法",
  V3: "空白",
  V4: "基本信息",
  V5: "成文日期",
  V6: "数值过大",
  V7: "文字",
  R1: "表三收支平衡",
  R2: "表三办理结果合计",
  R3: "表三行合计",
  R4: "表四合计",
  P1: "规章",
  P2: "收费金额单位",
  P3: "收费与不予处理",
  P4: "表二列序",
  P5: "文字与表格",
  X1: "跨年：上年结转",
  X2: "跨年：现行有效件数",
  X3: "跨年：上一年项目数量",
  X4: "跨年：机关与年度",
};

// The parameters a message reads; each entry names its own, so a missing one fails to compile.
type Value = string | number;
type File = { file: string };
type Detail = { detail: string };
type Labelled = { label: string };
type Actual = { actual: Value };
type Expected = { expected: Value };
type Sum = { expected: number; actual: number; parts: string };
/** Last year's side of a cross-year finding: its file, the cell and its label. */
type PreviousSide = { previousFile: string; previousPlace: string; previousLabel: string };

interface Entry {
  rule: RuleId;
  severity: Severity;
  /** What is wrong where: short, specific to the finding. `never` lets each entry declare its own parameters. */
  message: (p: never) => string;
  /** What to do about it, the same for every finding of the code: printed once however many there are. */
  hint?: string;
}

const entries = {
  // ---- unusable input (exit 2) ----
  "input/too-large": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `文件 ${p.file} 过大（${p.detail}），不是本工具的工作簿：标准化工作簿不到 1 MB。请检查是否选错了文件；如确是报告工作簿，请删去其中的图片等内容后重新保存。`,
  },
  "input/range-too-large": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `文件 ${p.file} 中${p.detail}，几乎覆盖整张表，标准化工作簿不会有这样的区域，无法检查。请在 Excel 或 WPS 中取消这一合并（或删除这一名称）后重新保存。`,
  },
  "input/link": {
    rule: "input",
    severity: "error",
    message: (p: File) => `${p.file} 是一个链接，没有读取（链接可能指向文件夹以外）。请把文件本身放进文件夹。`,
  },
  "input/not-a-file": {
    rule: "input",
    severity: "error",
    message: (p: File) => `${p.file} 不是普通文件（是文件夹或设备等），请给出要检查的 .xlsx 或 .json 文件。`,
  },
  "input/not-found": {
    rule: "input",
    severity: "error",
    message: (p: File & { folder: string; suggestion: string }) => `在文件夹 ${p.folder} 中找不到 ${p.file}。${p.suggestion}`,
  },
  "input/lock-file": {
    rule: "input",
    severity: "error",
    message: (p: File & { original: string }) =>
      `${p.file} 是 Excel 或 WPS 打开工作簿时临时生成的文件，不是工作簿本身。请检查“${p.original}”（若打不开，先在 Excel 或 WPS 中关闭它）。`,
  },
  "input/unexpected": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `读取 ${p.file} 时程序内部出错（${p.detail}），这一份没有处理，其他各份不受影响。请把这个文件交给维护人员。`,
  },
  "input/pdf": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `文件 ${p.file} 是扫描件：PDF 中只有图片，没有文字，读不出其中的数字（本工具不做文字识别）。请改用能选中文字的 PDF、报告的网页版（在浏览器中打开报告页面，“另存为”.html 文件）或 Word 文档（.docx）。`,
  },
  "document/pdf-tables-unruled": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `${p.file} 中的表格没有表格线（可能是转换软件把表格拆成了零散的文字），无法确定每个数字属于哪一格，表格中的数字没有读取。请改用报告的网页版（.html）、Word 文档（.docx），或从原文档重新导出的 PDF。`,
  },
  "document/pdf-in-page": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `网页版不读取 PDF（${p.file}）：请在命令行用 nianbao check 检查 PDF，或改用报告的网页版（.html）或 Word 文档（.docx）。`,
  },
  "input/unsupported-type": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `无法识别文件 ${p.file} 的类型。请提供由 nianbao init 生成的标准化工作簿（.xlsx）、报告的 JSON 文件（.json），或已发布的年度报告（Word 文档 .docx、网页 .html 或 PDF）。`,
  },
  "input/legacy-or-encrypted": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `文件 ${p.file} 不是 .xlsx 格式：它是旧版 Excel（.xls）、WPS 表格（.et）文件，或设置了打开密码的工作簿。请用 Excel 或 WPS 打开它，先取消密码（如有），再“另存为”Excel 工作簿（*.xlsx）后重试。`,
  },
  "input/ods": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `文件 ${p.file} 是 OpenDocument 表格（.ods，LibreOffice 的默认保存格式），不是 .xlsx 工作簿。请在 LibreOffice Calc 或 WPS 中打开它，“另存为”时文件类型选“Excel 2007-365 (.xlsx)”，再检查新保存的文件。以后保存时如询问使用哪种格式，请选 Excel 格式，不要选 ODF 格式。`,
  },
  "input/corrupt": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `文件 ${p.file} 已损坏或不完整，无法打开（${p.detail}）。请用 Excel 或 WPS 打开并重新保存为 .xlsx；若打不开，请使用备份副本。`,
  },
  "input/not-standard": {
    rule: "input",
    severity: "error",
    message: (p: File) =>
      `文件 ${p.file} 不是本工具生成的标准化工作簿（其中没有标准单元格名称）。请运行 nianbao init --year 年度 --agency 机关名称 生成空白工作簿，把数据填入其中后再检查。`,
  },
  "input/unknown-edition": {
    rule: "input",
    severity: "error",
    message: (p: File & { actual: string; expected: string }) =>
      `文件 ${p.file} 记录的格式版本为“${p.actual}”，本工具只支持 ${p.expected} 版。请不要修改“基本信息”表中的格式版本；如已改动，请重新用 nianbao init 生成工作簿。`,
  },
  "input/edition-changed": {
    rule: "input",
    severity: "error",
    message: (p: { actual: string; expected: string; circular: string }) =>
      `“格式版本”被改成了“${p.actual}”，但本工作簿的表格是 ${p.expected} 版（${p.circular}），已按 ${p.expected} 版读取。请把“格式版本”改回 ${p.expected}，此格由工具填写，不要修改。`,
  },
  "input/json-too-deep": {
    rule: "input",
    severity: "error",
    message: (p: File & { limit: number }) =>
      `文件 ${p.file} 的 JSON 嵌套超过 ${p.limit} 层，不是报告的 JSON 形式（报告最深只有几层）。请检查文件是否正确。`,
  },
  "input/json-syntax": { rule: "input", severity: "error", message: (p: File & Detail) => `文件 ${p.file} 不是有效的 JSON：${p.detail}。` },
  "input/missing-cell": {
    rule: "input",
    severity: "error",
    message: (p: Labelled & { name: string }) => `工作簿缺少“${p.label}”的单元格（名称 ${p.name} 已被删除或失效）。`,
    hint: "请勿删除表格中的单元格或行；可重新用 nianbao init 生成工作簿，再把数据复制过去。",
  },
  "input/sheet-cells-lost": {
    rule: "input",
    severity: "error",
    message: (p: Actual & { cause: string }) => `这张工作表的 ${p.actual} 个格子都找不到了：${p.cause}。`,
    hint: "请把工作表的名字改回原样（与标签上的官方标题一致），或用 nianbao init 重新生成工作簿，再把数据复制过去。",
  },
  "input/not-docx": {
    rule: "input",
    severity: "error",
    message: (p: File) => `文件 ${p.file} 不是 Word 文档（.docx）。请用 Word 或 WPS 打开它，“另存为” Word 文档（*.docx）后重试。`,
  },
  "input/template-invalid": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `模板 ${p.file} 无法使用，问题在：${p.detail}。请运行 nianbao template check ${p.file} 查看详情，或去掉 --template 使用标准模板。`,
  },
  "input/duplicate-report": {
    rule: "input",
    severity: "error",
    message: (p: { actual: string; others: string }) => `与 ${p.others} 是同一机关、同一年度（${p.actual}）的报告，两份都没有生成。`,
    hint: "同一机关、同一年度只能有一份报告：请只保留正确的一份，再重新生成。",
  },
  // ---- the collection desk (nianbao serve): its list of agencies, and what an agency's link accepts ----
  "desk/agency-list-not-workbook": {
    rule: "input",
    severity: "error",
    message: (p: File) => `名单 ${p.file} 不是 Excel 工作簿（.xlsx）：请用 Excel 或 WPS 打开，另存为 .xlsx 后再用。`,
  },
  "desk/not-a-link-book": {
    rule: "input",
    severity: "error",
    message: (p: File) => `${p.file} 不是 nianbao serve 写出的链接表（第一行应为“机关名称 | 链接”），为免覆盖他人的文件，未启动。`,
    hint: "请把该文件移到别处或改名，再启动；链接表会重新生成（各单位的链接随之更换）。",
  },
  "desk/agency-list-header": {
    rule: "input",
    severity: "error",
    message: (p: File & Actual) => `名单 ${p.file} 的表头应为“机关名称”，实际为“${p.actual}”。`,
    hint: "名单的第一张工作表：A1 填“机关名称”，从第二行起在 A 列每行填写一个机关的全称。可用 nianbao serve --init-agencies 名单.xlsx 生成空白名单。",
  },
  "desk/agency-list-empty": {
    rule: "input",
    severity: "error",
    message: (p: File & { sheet: string }) => `名单 ${p.file} 的工作表「${p.sheet}」中没有机关：从第二行起在 A 列每行填写一个机关名称。`,
  },
  "desk/agency-duplicate": {
    rule: "input",
    severity: "error",
    message: (p: Actual & { other: string }) =>
      `“${p.actual}”与 ${p.other} 是同一个机关（名称相同，或只差全角半角、空格），每个机关只列一次。`,
  },
  "desk/agency-unusable": {
    rule: "input",
    severity: "error",
    message: (p: Actual) => `“${p.actual}”不能作为机关名称（去掉空格和文件名中不能用的字符后什么也不剩）。`,
  },
  "desk/other-agency": {
    rule: "input",
    severity: "error",
    message: (p: Actual & Expected) => `这份报告的机关名称是“${p.actual}”，本链接只收“${p.expected}”的报告。`,
    hint: "请确认选对了工作簿；机关名称填错的，在「一、基本信息」中改正后重新检查、提交。",
  },
  "desk/other-year": {
    rule: "input",
    severity: "error",
    message: (p: Actual & Expected) => `这份报告是 ${p.actual} 年度的，本次收集的是 ${p.expected} 年度的报告。`,
  },
  "desk/published": {
    rule: "input",
    severity: "error",
    message: (p: File) => `${p.file} 是已发布的报告（Word 文档或网页），不能提交：请提交填好的工作簿（.xlsx）或 JSON。`,
  },
  "input/unknown-field": {
    rule: "input",
    severity: "warning",
    message: (p: { field: string }) => `不认识的字段 ${p.field}，已忽略。请核对字段名（见 data-contract）。`,
  },

  // ---- a published report (.docx, .html) read back: its tables found by their labels ----
  "document/not-a-report": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `文件 ${p.file} 不是政府信息公开工作年度报告（${p.detail}）。check 读取的是本工具的工作簿或 JSON，或按官方格式发布的年度报告（Word 文档或网页）。`,
  },
  "document/template-not-report": {
    rule: "input",
    severity: "error",
    message: (p: File & { tag: string }) =>
      `文件 ${p.file} 是空白的 Word 模板（其中有 ${p.tag} 这样的标签），不是报告。要检查模板，请用 nianbao template check ${p.file}；要检查报告，请给出填好的工作簿，或已发布的报告。`,
  },
  "document/corrupt": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `文件 ${p.file} 已损坏或不完整，无法打开（${p.detail}）。请用 Word 或 WPS 打开，另存为 Word 文档（.docx）后重试；若打不开，请从网站重新下载。`,
  },
  "document/too-large": {
    rule: "input",
    severity: "error",
    message: (p: File & Detail) =>
      `文件 ${p.file} 超出了年度报告可能有的规模（${p.detail}），没有读取。请检查是否选错了文件，或从网站重新保存报告页面。`,
  },
  "document/table-missing": {
    rule: "input",
    severity: "error",
    message: (p: Labelled) => `没有找到表格“${p.label}”，其中的数值都无法核对。`,
    hint: "官方格式要求二、三、四部分各有一张表格；请检查报告是否漏印了表格，或表格被排成了图片、纯文字。",
  },
  "document/row-missing": {
    rule: "input",
    severity: "error",
    message: (p: Labelled) => `表中没有${p.label}，按 0 处理。`,
    hint: "官方格式的每一行都要印出，没有的数据填 0。",
  },
  "document/row-unknown": {
    rule: "input",
    severity: "warning",
    message: (p: Actual) => `“${p.actual}”不是官方格式中的行，其中的数值没有读取。`,
  },
  "document/label-deviates": {
    rule: "input",
    severity: "warning",
    message: (p: Actual & Expected) => `表中印作“${p.actual}”，官方格式为“${p.expected}”，已按官方格式的这一项读取。`,
    hint: "表格的行名、列名应与官方格式逐字一致：改动措辞本身就是报告的缺陷。",
  },
  "document/blank-cells": {
    rule: "V3",
    severity: "warning",
    message: (p: Actual & { examples: string }) => `表中有 ${p.actual} 个空白单元格（${p.examples}），均按 0 处理。`,
    hint: "官方格式的表格不留空：没有的数据应印 0。",
  },
  "document/cell-read": {
    rule: "V2",
    severity: "info",
    // Without `expected` the cell was not read: a figure printed under two column headers is never guessed.
    message: (p: Labelled & Actual & Partial<Expected> & { how: string }) =>
      `“${p.label}”印作“${p.actual}”，${p.how}，${p.expected === undefined ? "未读取，按空白处理" : `按 ${p.expected} 读取`}。`,
  },
  "document/date-missing": {
    rule: "V4",
    severity: "warning",
    message: (p: { pageDate?: string; pageLabel?: string }) =>
      `报告正文没有成文日期（落款中的日期）${p.pageDate ? `；网页上标注的${p.pageLabel}为 ${p.pageDate}，不能代替成文日期` : ""}。`,
    hint: "按官方格式，正文最后是署名和成文日期（如“2021年1月19日”），网站的发布日期不是报告的一部分。",
  },
  "document/other-handling-one-row": {
    rule: "input",
    severity: "warning",
    message: (p: { edition: string; rows: number; last: string }) =>
      `“（六）其他处理”只印了一行（较早版本的格式），${p.edition} 版应分 ${p.rows} 行；已按“${p.last}”读取。`,
  },

  // ---- an archive read back by `nianbao verify` ----
  "archive/missing": {
    rule: "archive",
    severity: "error",
    message: (p: File & { manifest: string }) => `存档清单 ${p.manifest} 记录的文件 ${p.file} 不见了。`,
    hint: "存档中的文件不能删除或改名：请从备份中找回原文件放回原处。",
  },
  "archive/changed": {
    rule: "archive",
    severity: "error",
    message: (p: File & { manifest: string } & Expected & Actual) =>
      `文件 ${p.file} 与存档清单 ${p.manifest} 记录的不一致（SHA-256 应为 ${p.expected}，实际为 ${p.actual}）：存档后被修改过。`,
    hint: "存档后的文件不能修改：请从备份中找回原文件；确需修改的，请改工作簿后重新生成，存为新的版本。",
  },
  "archive/unexpected": {
    rule: "archive",
    severity: "error",
    message: (p: File) => `文件 ${p.file} 不在任何存档清单中。`,
    hint: "存档文件夹中只应有 nianbao generate --archive 存入的文件：请把其他文件移到别处。",
  },
  "archive/link": {
    rule: "archive",
    severity: "error",
    message: (p: File) => `${p.file} 是一个链接（快捷方式），不是文件：存档中的链接不跟随、不核对。`,
    hint: "存档中只应有 nianbao 写出的文件：请删除链接，从备份中找回原文件放回原处。",
  },
  "archive/not-a-file": {
    rule: "archive",
    severity: "error",
    message: (p: File) => `${p.file} 不是普通文件（可能是管道或设备），未读取。`,
    hint: "存档中只应有 nianbao 写出的文件：请把它移走，从备份中找回原文件放回原处。",
  },
  "archive/record-outside": {
    rule: "archive",
    severity: "error",
    message: (p: File & { names: string }) =>
      `存档清单 ${p.file} 记录的文件“${p.names}”不在清单所在的版本文件夹内：nianbao 不会这样记录，清单已被改动，其中的文件未读取。`,
    hint: "请从备份中找回原来的存档清单。",
  },
  "archive/leftover": {
    rule: "archive",
    severity: "warning",
    message: (p: File) => `${p.file} 是一次中断的运行（被强行结束或断电）留下的临时文件，不是存档的一部分。`,
    hint: "下次在此存档运行 nianbao generate --archive 时会自动清除（留下超过 10 分钟的）；也可以直接删除。",
  },
  "archive/foreign-version": {
    rule: "archive",
    severity: "error",
    message: (p: File) => `文件夹 ${p.file} 的名称像版本文件夹，但版本号超出范围（最多六位数字），不是 nianbao 建的：不计为版本。`,
    hint: "请把它移到存档之外。",
  },
  "archive/manifest-unreadable": {
    rule: "archive",
    severity: "error",
    message: (p: File) => `存档清单 ${p.file} 无法读取（不是 nianbao 写出的存档清单，或已损坏），其中记录的文件无法核对。`,
  },

  // ---- values (rules.md V1–V7) ----
  "value/not-a-number": {
    rule: "V1",
    severity: "error",
    message: (p: Labelled & Actual) => `“${p.label}”应填数字，实际为“${p.actual}”。`,
    hint: "只填阿拉伯数字，不要写汉字数字、“约”“余”等字样；没有发生的事项填 0。",
  },
  "value/not-integer": { rule: "V1", severity: "error", message: (p: Labelled & Actual) => `“${p.label}”应为整数，实际为 ${p.actual}。` },
  "value/negative": { rule: "V1", severity: "error", message: (p: Labelled & Actual) => `“${p.label}”不能为负数，实际为 ${p.actual}。` },
  "value/too-many-decimals": {
    rule: "V1",
    severity: "error",
    message: (p: Labelled & Actual & Expected) => `“${p.label}”最多保留 ${p.expected} 位小数，实际为 ${p.actual}。`,
  },
  "value/formula-error": {
    rule: "V1",
    severity: "error",
    message: (p: Labelled & Actual) => `“${p.label}”的公式出错（${p.actual}），请改为数字。`,
  },
  "value/formula-no-result": {
    rule: "V1",
    severity: "error",
    message: (p: Labelled) => `“${p.label}”是公式，但文件中没有它的计算结果。`,
    hint: "请在 Excel 或 WPS 中打开工作簿并保存一次（会算出公式的结果），或直接填写数字。",
  },
  "value/wrong-type": {
    rule: "V1",
    severity: "error",
    message: (p: Labelled & Expected & { actual?: Value }) => `“${p.label}”应为${p.expected}，实际为 ${p.actual ?? "（空）"}。`,
  },
  "value/is-date": {
    rule: "V1",
    severity: "error",
    message: (p: Labelled & Actual) => `“${p.label}”应填数字，实际是日期（${p.actual}）。`,
    hint: "请把这些单元格的格式改为“常规”，再重新填写数字。",
  },
  "value/normalized": {
    rule: "V2",
    severity: "warning",
    message: (p: Labelled & Actual & Expected) => `“${p.label}”填写为“${p.actual}”，已按 ${p.expected} 读取，请确认。`,
  },
  "value/blank": {
    rule: "V3",
    severity: "warning",
    message: (p: Labelled) => `“${p.label}”未填写，按 0 处理。`,
    hint: "没有发生的事项请填 0，不要留空。",
  },
  "value/blank-cells": {
    rule: "V3",
    severity: "warning",
    message: (p: Actual & { examples: string }) => `表中有 ${p.actual} 个格子未填写（${p.examples}），均按 0 处理。`,
    hint: "没有发生的事项请填 0，不要留空。",
  },
  "value/missing": {
    rule: "V3",
    severity: "error",
    message: (p: Labelled) => `缺少“${p.label}”：JSON 中没有这一项。`,
    hint: "没有发生的事项请填 0，不要留空。",
  },
  "table/blank": {
    rule: "V3",
    severity: "error",
    message: () => `整张表格都没有填写。`,
    hint: "没有发生的事项请填 0，不要留空。",
  },
  "meta/required": { rule: "V4", severity: "error", message: (p: Labelled) => `必须填写“${p.label}”。` },
  "meta/agency-not-a-name": {
    rule: "V4",
    severity: "error",
    message: (p: Labelled & Actual) =>
      `“${p.label}”为“${p.actual}”，去掉空白和文件名中不能用的字符后只剩点号或什么都不剩，不能用作报告的文件名和存档文件夹名。`,
    hint: "请填写机关的全称，如“贺兰县交通运输局”。",
  },
  "meta/year-invalid": { rule: "V4", severity: "error", message: (p: Actual) => `“报告年度”应为四位年份，如 2026，实际为“${p.actual}”。` },
  "meta/year-implausible": {
    rule: "V4",
    severity: "error",
    message: (p: Actual & Expected) => `“报告年度”应在 ${p.expected} 之间，实际为 ${p.actual}。`,
    hint: editionsHint(),
  },
  "meta/edition-mismatch": {
    rule: "V4",
    severity: "error",
    message: (p: Actual & Expected & { edition: string }) =>
      `${p.actual} 年度的报告应使用 ${p.expected}，本工作簿是 ${p.edition} 版。请用 nianbao init --year ${p.actual} 重新生成工作簿并复制数据。`,
  },
  "meta/date-invalid": {
    rule: "V4",
    severity: "error",
    message: (p: Actual & { expected?: string }) =>
      `“成文日期”无法识别为日期，实际为“${p.actual}”。请按年月日填写${p.expected ? `，如 ${p.expected}` : ""}。`,
  },
  "meta/date-not-next-year": {
    rule: "V5",
    severity: "warning",
    message: (p: Actual & Expected) => `成文日期 ${p.actual} 不在报告年度的次年（应在 ${p.expected} 年），请确认。`,
  },
  "meta/date-after-deadline": {
    rule: "V5",
    severity: "warning",
    message: (p: Actual & Expected) => `成文日期 ${p.actual} 晚于 ${p.expected}（部门年度报告的法定发布期限，条例第四十九条），请确认。`,
  },
  "value/out-of-range": {
    rule: "V6",
    severity: "error",
    message: (p: Labelled & Actual & Expected) => `“${p.label}”为 ${p.actual}，超过 ${p.expected}，多半是输入错误。`,
  },
  "text/control-characters": {
    rule: "V7",
    severity: "warning",
    message: (p: Labelled & Actual) => `“${p.label}”含有 ${p.actual} 个不可见的控制字符，已删除。`,
  },
  "text/unknown-level": {
    rule: "V7",
    severity: "warning",
    message: (p: Actual & { expected: string }) => `层级“${p.actual}”无法识别，按“正文”处理。`,
    hint: `“层级”可选：${PARAGRAPH_LEVELS.map((l) => l.label).join("、")}；也可不填，按内容开头判断。`,
  },
  "text/lines-split": {
    rule: "V7",
    severity: "info",
    message: (p: Actual & { headings?: string }) =>
      `这一格有 ${p.actual} 行，已分为 ${p.actual} 段${p.headings ? `；${p.headings} 按开头的编号作为标题` : ""}。`,
  },
  "text/section-title-dropped": {
    rule: "V7",
    severity: "info",
    message: (p: Labelled) => `“${p.label}”是本节的标题，报告中已经印出，这里不再重复。`,
  },
  "text/draft-not-rewritten": {
    rule: "V7",
    severity: "error",
    message: (p: Labelled & { marker: string; actual: number }) =>
      `“${p.label}”有 ${p.actual} 段仍带有“${p.marker}”标记（从这一段起）：它们是从上年报告带过来的草稿。`,
    hint: "请按本年实际情况改写这一段，并删去标记；不需要的段落整行删除。",
  },
  "text/section-empty": {
    rule: "V3",
    severity: "error",
    message: (p: Labelled) => `“${p.label}”没有填写内容。报告格式要求写明这一部分，只有标题的报告不能发布。`,
  },

  // ---- Word templates (nianbao template check) ----
  "template/raw-xml": {
    rule: "template",
    severity: "error",
    message: (p: Actual) =>
      `${p.actual} 会把数据原样插入文档的标记中，填写的文字可能破坏文档或改变它的结构。报告模板不需要这种标签，请改为普通标签（去掉 @）。`,
  },
  "template/loop-too-deep": {
    rule: "template",
    severity: "error",
    message: (p: Actual & Expected) =>
      `${p.actual} 的循环嵌套 ${p.expected} 层以上（或在循环中再循环段落），生成时会成倍展开。请按标准模板的写法，每个段落列表只循环一次。`,
  },
  "template/broken-output": {
    rule: "template",
    severity: "error",
    message: (p: File & { part: string }) =>
      `用模板 ${p.file} 生成的文档中 ${p.part} 不是完整的 XML，Word 会要求修复，未生成报告。请用 nianbao template check 检查模板。`,
  },
  "template/syntax": {
    rule: "template",
    severity: "error",
    message: (p: Detail & { actual?: string }) => `标签写法有误：${p.detail}${p.actual ? `（${p.actual}）` : ""}。`,
  },
  "template/unknown-tag": {
    rule: "template",
    severity: "error",
    message: (p: { actual: string; expected?: string; edition: string }) =>
      `{${p.actual}} 不是 ${p.edition} 版的字段名${p.expected ? `，是否应为 {${p.expected}}？` : "。"}`,
  },
  "template/missing-required": {
    rule: "template",
    severity: "error",
    message: (p: Labelled & { actual: string }) => `模板中没有“${p.label}”（{${p.actual}}），报告必须印出此项。`,
  },
  "template/missing-optional": {
    rule: "template",
    severity: "warning",
    message: (p: Labelled & { actual: string }) => `模板中没有“${p.label}”（{${p.actual}}），报告将不印出此项。`,
  },
  "template/fullwidth-brace": {
    rule: "template",
    severity: "error",
    message: (p: { actual: string }) => `标签 ${p.actual} 用了全角括号“｛｝”，请改为半角“{}”。`,
  },
  "template/typographic-quote": {
    rule: "template",
    severity: "error",
    message: (p: { actual: string }) => `标签 ${p.actual} 中有中文引号或弯引号，标签内只能有字段名。`,
  },
  "template/space-in-tag": {
    rule: "template",
    severity: "error",
    message: (p: { actual: string }) => `标签 ${p.actual} 中有空格，请删除。`,
  },
  "template/no-east-asian-font": {
    rule: "template",
    severity: "warning",
    message: () => `这段文字没有设置中文字体（w:eastAsia），Word 和 WPS 可能用其他字体显示。`,
    hint: "请在 Word 中选中这些文字，在“字体”对话框的“中文字体”中选择字体（如仿宋_GB2312）。",
  },

  // ---- arithmetic (rules.md R1–R4) ----
  "rule/r1-balance": {
    rule: "R1",
    severity: "error",
    message: (p: { column: string; left: string; right: string; expected: number; actual: number }) =>
      `“${p.column}”列不平衡：第一项加第二项（${p.left}）应等于第三项加第四项（${p.right}）。`,
  },
  "rule/r2-result-total": {
    rule: "R2",
    severity: "error",
    message: (p: Labelled & Sum) => `“${p.label}”应为 ${p.expected}（${p.parts}），实际为 ${p.actual}。`,
  },
  "rule/r3-row-total": {
    rule: "R3",
    severity: "error",
    message: (p: Labelled & Sum) => `“总计”应为 ${p.expected}（${p.parts}），实际为 ${p.actual}。`,
  },
  "rule/r4-group-total": {
    rule: "R4",
    severity: "error",
    message: (p: Labelled & Sum) => `“${p.label}”应为 ${p.expected}（${p.parts}），实际为 ${p.actual}。`,
  },

  // ---- plausibility (rules.md P1–P4) ----
  "plausibility/rules-issued": {
    rule: "P1",
    severity: "info",
    message: (p: Labelled & Actual) =>
      `“${p.label}”为 ${p.actual}。只有国务院部门、省级政府和设区的市级政府可以制定规章，请确认本机关确有规章。`,
  },
  "plausibility/fees-in-yuan": {
    rule: "P2",
    // Whole cities and provinces do collect such sums (1.9亿、9.6亿元 in published reports): a hint, never a warning.
    severity: "info",
    message: (p: Labelled & Actual & Expected) =>
      `“${p.label}”为 ${p.actual} 万元，即 ${p.expected} 元。市级、省级政府可能有这样的数额；如果是按“元”填写的，请换算为万元。`,
  },
  "plausibility/fee-unpaid-without-notice": {
    rule: "P3",
    severity: "warning",
    message: (p: Actual & Expected) => `有 ${p.actual} 件申请因逾期未缴费而不再处理，但“收费通知件数”为 0，请核对。`,
  },
  "plausibility/columns-misread": {
    rule: "P4",
    severity: "info",
    message: () =>
      `第二十条第（五）（六）项每一行都满足“上一年项目数量 + 本年增/减 = 处理决定数量”。注意：前两列统计的是事项数，“处理决定数量”统计的是本年作出的决定数，三者一般不相加，请确认没有误填。`,
  },
  // ---- last year's report (X1–X4, --previous) ----
  "cross-year/carried-over": {
    rule: "X1",
    severity: "warning",
    message: (p: Labelled & { actual: number; expected: number } & PreviousSide) =>
      `“${p.label}”为 ${p.actual}，而上年报告 ${p.previousFile} ${p.previousPlace}“${p.previousLabel}”为 ${p.expected}：上年结转下来的申请，应是上年报告中结转下年度继续办理的。`,
    hint: "如两年数字确实不同（例如上年报告有误），请在报告中说明原因。",
  },
  "cross-year/in-force": {
    rule: "X2",
    severity: "warning",
    message: (p: Labelled & { actual: number; expected: number; before: number; issued: number; repealed: number } & PreviousSide) =>
      `“${p.label}”为 ${p.actual}，按上年报告 ${p.previousFile} ${p.previousPlace}的 ${p.before} 件 + 本年制发 ${p.issued} 件 − 本年废止 ${p.repealed} 件，应为 ${p.expected}。`,
    hint: "文件到期失效、集中清理等都会使两者不同：属于这种情况的，请在报告中说明。",
  },
  "cross-year/items": {
    rule: "X3",
    severity: "warning",
    message: (p: Labelled & { actual: number; expected: number; before: number; change: number } & PreviousSide) =>
      `“${p.label}”为 ${p.actual}，按上年报告 ${p.previousFile} ${p.previousPlace}的 ${p.before} 项、增减 ${p.change} 项，应为 ${p.expected}。`,
    hint: "本年的“上一年项目数量”应承接上年报告的项目数量及其增减；如有调整，请在报告中说明。",
  },
  "cross-year/not-consecutive": {
    rule: "X4",
    severity: "warning",
    message: (p: { actual: number; expected: number; previousFile: string }) =>
      `作为上年报告给出的 ${p.previousFile} 是 ${p.actual} 年度的，本报告的上一年度是 ${p.expected} 年。`,
  },
  "cross-year/other-agency": {
    rule: "X4",
    severity: "warning",
    message: (p: { actual: string; expected: string; previousFile: string }) =>
      `本报告的机关是“${p.actual}”，而上年报告 ${p.previousFile} 的机关是“${p.expected}”：请确认给出的是本机关的上年报告。`,
  },
  "cross-year/agency-name-variant": {
    rule: "X4",
    severity: "info",
    message: (p: { actual: string; expected: string; previousFile: string }) =>
      `机关名称“${p.actual}”与上年报告 ${p.previousFile} 中的“${p.expected}”写法不同，按同一机关比对。`,
  },
  "cross-year/narrative-repeated": {
    rule: "P5",
    severity: "warning",
    message: (p: Labelled & { actual: string; previousFile: string }) =>
      `“${p.label}”与上年报告 ${p.previousFile} 的同一部分${p.actual === "100%" ? "完全相同" : `有 ${p.actual} 相同`}。`,
    hint: "年度报告应反映本年度的工作：内容与上年雷同是评估中常被指出的问题，请按本年实际情况重写。",
  },
  // ---- narrative against the tables (P5) ----
  "narrative/contradicts-table": {
    rule: "P5",
    severity: "warning",
    message: (p: { sentence: string; stated: string; label: string; expected: number; actual: number }) =>
      `文字“${p.sentence}”写的是 ${p.stated}，而表格中“${p.label}”为 ${p.expected}。`,
    hint: "文字与表格说的是同一件事时，两处数字应当一致：请核对后改正有误的一处。",
  },
  "narrative/parts-do-not-add-up": {
    rule: "P5",
    severity: "warning",
    message: (p: { sentence: string; actual: number; expected: number; parts: string }) =>
      `文字“${p.sentence}”所称合计 ${p.actual}，与所列各项之和 ${p.expected}（${p.parts}）不符。`,
    hint: "请核对合计数与各分项数。",
  },
} as const satisfies Record<string, Entry>;

export type FindingCode = keyof typeof entries;

/** The parameters the message of `code` needs: none, or exactly the ones its message reads. */
export type MessageParams<C extends FindingCode> = Parameters<(typeof entries)[C]["message"]> extends [infer P] ? P : undefined;

export const CATALOGUE: { readonly [C in FindingCode]: (typeof entries)[C] } = entries;
export const FINDING_CODES = Object.keys(entries) as FindingCode[];
