/** Everything the tool shows a clerk outside findings: CLI lines, the workbook's guide, prompts and checks. */
import type { Severity } from "./finding-messages.js";
import { MAX_DECIMALS } from "../schema/kinds.js";
import type { Equation, FieldType } from "../schema/types.js";

export const SEVERITY_NAME: Record<Severity, string> = { error: "错误", warning: "警告", info: "提示" };

export const CLI_TEXT = {
  checkHeader: (file: string, edition: string, circular: string) => `检查 ${file}（${edition} 版格式，${circular}）`,
  checkStats: (s: { errors: number; warnings: number; infos: number }) =>
    `错误 ${s.errors} 项，警告 ${s.warnings} 项，提示 ${s.infos} 项。`,
  checkPassed: "校验通过，可以生成报告。",
  hint: (advice: string) => `        → ${advice}`,
  checkFailed: (errors: number) => `有 ${errors} 项错误，请改正后再生成报告。`,
  initWritten: (file: string, edition: string, circular: string, invocation: string, prefilled = false) =>
    `${prefilled ? "已生成工作簿（已按上年报告预填）" : "已生成空白工作簿"}：${file}\n格式版本：${edition} 版（${circular}）。请用 Excel 或 WPS 填写，然后运行：${invocation} check "${file}"`,
  initFrom: (file: string, count: number) => `已根据上年报告 ${file} 预填 ${count} 项：`,
  initCarried: (label: string, value: string) => `  ${label}：${value}`,
  initDropped: (label: string, value: string, why: string) =>
    `  ${label}：上年为 ${value}，未结转，已留空（${why.replace(/。$/, "")}），请核实后填写。`,
  initCarriedNarrative: (label: string, paragraphs: number) =>
    `  ${label}：上年的 ${paragraphs} 段，均标有“【上年内容，请改写】”，请改写后删去标记`,
  initInForce: "现行有效件数填的是上年年底的件数，请按本年制发、废止的件数更新。",
  initNeeds: (missing: string[]) => `缺少必须的选项：${missing.join("、")}（或用 --from 指定上年报告，工作簿或 JSON 均可）`,
  pageWritten: (file: string, mb: string) =>
    `已写出网页版：${file}（${mb} MB，单个文件，离线可用）。可以发给各单位，或放到内网上；用 Edge、360、QQ 等浏览器打开即可新建、检查工作簿和生成 Word 文档。`,
  pageUnchanged: (file: string) => `${file} 已是当前版本的网页版，未改动。`,
  pageNotBuilt: "找不到网页版（dist/web/nianbao.html）：请先运行 npm run build。",
  refuseOverwrite: (file: string) =>
    `文件 ${file} 已存在，为避免覆盖您的数据，本次没有写入。请换一个文件名（-o 新文件名），或先移走原文件。`,
  editionYearMismatch: (edition: string, year: number, expected: string) =>
    `${year} 年度的报告应使用 ${expected} 版格式，不能用 ${edition} 版。去掉 --edition 即可自动选择。`,
  agencyExample: "请在 --agency 后写机关全称，如 --agency 贺兰县交通运输局。",
  initNeedsXlsx: (typed: string, suggestion: string) =>
    `init 生成的是 Excel 工作簿，文件名应以 .xlsx 结尾，“${typed}”不行。可以写 -o ${suggestion}。`,
  exportIncomplete: (errors: number, omitted: string) =>
    `注意：读取时有 ${errors} 项错误，有误的数值未导出${omitted ? `（${omitted}）` : ""}。可先用 check 查看并改正。`,
  emptyPath: (option: string) => `${option} 后面应写文件夹或文件名，不能为空。`,
  previousWithBatch: "--previous 只能与一份报告一起使用：每个机关的上年报告不同。",
  serveNeeds: (missing: string[]) => `缺少必须的选项：${missing.join("、")}（或用 --init-agencies 名单.xlsx 先写出一份空白名单）`,
  badPort: (value: string) => `--port 应为 0 到 65535 之间的整数，如 --port 8080；“${value}”不行。`,
  badServeYear: (value: string, first: number, latest: number) =>
    `--year 应为 ${first} 到 ${latest} 之间的年度，如 --year ${latest}；“${value}”不行。`,
  badUrl: (value: string) => `--url 应为以 http:// 或 https:// 开头的地址，如 https://gongkai.example.gov.cn/nianbao/；“${value}”不行。`,
  agencyListWritten: (file: string) => `已写出空白名单：${file}。请在 A 列从第二行起每行填写一个机关的全称，保存后用 --agencies 指定。`,
  agencyListInvalid: (file: string, errors: number) => `名单 ${file} 有 ${errors} 处问题，收件台未启动。请改正后再启动。`,
  portInUse: (port: number) => `端口 ${port} 已被占用：可能收件台已在运行，或用 --port 换一个端口。`,
  hostUnavailable: (host: string) => `无法在地址 ${host} 上监听：请检查 --host（本机的地址，或 0.0.0.0 表示所有网卡）。`,
  deskStarted: (url: string, year: number, agencies: number, archive: string) =>
    `政务公开办收件台已启动：${url}（${year} 年度，${agencies} 个机关，存档在 ${archive}）`,
  deskLinks: (file: string) =>
    `各单位和政务公开办的链接在 ${file}（政务公开办的在第 2 行）：请把每个单位的链接只发给该单位，链接即凭证，不要转发或公开。`,
  deskLinksNotWritten: (file: string) => `${file} 未能写出（可能正在被 Excel 或 WPS 打开）：链接仍然有效，关闭该文件后重启收件台即可更新。`,
  deskLocalOnly: "目前只接受本机的访问：要让各单位访问，请按 README 放在单位的 HTTPS 反向代理之后，或用 --host 指定监听的地址。",
  deskStop: "按 Ctrl+C 停止；停止后再启动，已提交的报告和各单位的链接都不变。",
  deskStopped: "收件台已停止。",
  badJobs: (value: string) => `--jobs 应为正整数（同时处理的线程数），如 --jobs 2；“${value}”不行。`,
  badYear: (value: string) => `年度“${value}”无效，请填写四位年份，如 --year 2026。`,
  badCreated: (value: string) => `创建时间“${value}”无效，请按 ISO 8601 填写，如 --created 2027-01-05T09:00:00Z。`,
  writeFailed: (file: string, reason: string) => `无法写入 ${file}：${reason}`,
  generateExists: (file: string) =>
    `文件 ${file} 已存在。为避免覆盖已有的报告，本次没有生成任何文件。如确需重新生成，请加 --force，或用 -o 指定其他文件夹。`,
  generated: (file: string) => `已生成：${file}`,
  dropHint: (mode: "check" | "generate") =>
    mode === "check"
      ? "请把要检查的工作簿或已发布的年报（Word、网页、PDF）拖到“检查.bat”上。"
      : "请把填好的工作簿拖到本程序（或“生成报告.bat”）上：先检查，没有错误就在工作簿旁边生成 Word 文档和网页。也可以用浏览器打开 nianbao.html，在网页上完成。",
  dropFile: (file: string, folder: string) => `—— ${file}（在 ${folder}）——`,
  dropNotGenerated: (folder: string) =>
    `没有生成报告。请按上面的提示改正后，再把工作簿拖过来；如果 ${folder} 里已有同名报告，请先移走或改名。`,
  pressEnter: "按回车键关闭本窗口。",
  pdfUnavailable: "本机没有安装 LibreOffice，未生成 PDF（Word 文档已生成）。如需 PDF，请安装 LibreOffice，或用 Word/WPS 打开后另存为 PDF。",
  pdfFonts: (fonts: readonly { official: string; substitute: string | null; bold?: boolean; installed: boolean }[]) =>
    `PDF 中的字体：本机没有的公文字体已用相近的开源字体代替（Word 文档仍使用公文字体）：${fonts
      .map(
        (f) =>
          `${f.official} → ${f.installed ? "本机已安装" : f.substitute ? `${f.substitute}${f.bold ? "（粗体）" : ""}` : "没有可替代的字体，由 LibreOffice 自选"}`,
      )
      .join("；")}。`,
  pdfFailed: "PDF 转换失败（Word 文档已生成）：LibreOffice 没能转换这份文档。可以用 Word 或 WPS 打开 Word 文档，另存为 PDF。",
  publishedNotGenerated: "这是已发布的报告：已按官方格式检查，不重新生成。要生成报告，请给出工作簿或 JSON。",
  generateRefused: (errors: number) => `有 ${errors} 项错误，未生成报告。请改正后再生成。`,
  batchStatus: {
    generated: "已生成",
    unchanged: "未变化",
    invalid: "有错误",
    unreadable: "无法读取",
    duplicate: "重复",
    exists: "已存在",
    "template-invalid": "模板有误",
    published: "已发布，不生成",
    "other-year": "其他年度，未生成",
    "write-failed": "写入失败",
  },
  /** Progress, once an input is read, checked and rendered (its file is written after every input is). */
  batchPrepared: {
    rendered: "检查通过",
    invalid: "有错误",
    unreadable: "无法读取",
    "template-invalid": "模板有误",
    published: "已检查（已发布的报告，不生成）",
    checked: "已检查",
  } as Record<string, string>,
  /** Files a batch folder holds that are never reports: told once per kind. */
  batchSkipped: {
    annotated: (count: number, names: string) => `跳过了 ${count} 份带批注的副本（check --annotate 写出的，不是报告本身）：${names}`,
    lock: (count: number, names: string) => `跳过了 ${count} 个 Excel/WPS 的临时文件（工作簿打开时生成）：${names}`,
    system: (count: number, names: string) => `跳过了 ${count} 个系统文件：${names}`,
  },
  batchHeader: ["文件", "机关", "年度", "状态", "错误", "警告"],
  noPdf: "（无 PDF）",
  batchPdfProgress: (done: number, total: number) => `转换 PDF ${done}/${total}`,
  batchPdfFailed: (count: number) => `有 ${count} 份报告的 PDF 未能生成（Word 文档已生成），见上方的说明。`,
  batchSummary: (total: number, generated: number, unchanged: number, failed: number, summary?: string) =>
    `共 ${total} 份：已生成 ${generated} 份，${unchanged > 0 ? `未变化 ${unchanged} 份，` : ""}未生成 ${failed} 份。` +
    (summary ? `输出文件和每份的全部问题见 ${summary}（“问题清单”表）。` : failed > 0 ? "请逐份运行 check 查看错误，改正后重新生成。" : ""),
  unchanged: (folder: string, version: number) => `未变化：与存档中的第 ${version} 版（${folder}）相同，没有写入新的版本。`,
  archived: (folder: string, version: number) => `已存档为第 ${version} 版：${folder}`,
  pdfA: "存档的 PDF 为 PDF/A-2b 格式（字体已嵌入），符合电子文件长期保存的要求。",
  batchProgressLine: (settled: number, total: number, file: string, status: string) => `[${settled}/${total}] ${file}：${status}`,
  /** cli-progress's format: its {bar}, {value}, {total}, {duration_formatted}, {eta_formatted} and our {file}. */
  batchProgressBar: "{bar} {value}/{total} 份 | {file} | 已用 {duration_formatted} | 预计还需 {eta_formatted}",
  batchPdfProgressBar: "{bar} 转换 PDF {value}/{total} | 已用 {duration_formatted} | 预计还需 {eta_formatted}",
  batchEmpty: (paths: string) => `${paths} 中没有工作簿（.xlsx）或 JSON 文件。`,
  verifyHeader: (dir: string, manifests: number, files: number) =>
    `核对存档 ${dir}：存档清单 ${manifests} 份，重新计算了 ${files} 个文件的 SHA-256。`,
  verifyPassed: "存档完整：每个文件都与存档清单一致，没有缺少或多余的文件。",
  verifyFailed: (problems: number) => `存档有 ${problems} 项问题（见上）。`,
  templateHeader: (file: string, edition: string) => `检查模板 ${file}（按 ${edition} 版字段）`,
  templatePassed: "模板可以使用。",
  templateFailed: (errors: number) => `模板有 ${errors} 项错误，请改正后再使用。`,
  templateRefused: (file: string) => `模板 ${file} 有错误，未生成报告。请按上面的提示在 Word 中改正模板，或去掉 --template 使用标准模板。`,
  usageError: (detail: string, invocation: string) => `命令用法有误：${detail}\n运行 ${invocation} --help 查看用法。`,
  quotePath: (line: string) => `文件名或文件夹名中有空格时，请用英文引号把整个路径括起来：${line}`,
  unknownCommand: (typed: string, suggestion: string, commands: string) =>
    `没有“${typed}”这个命令。您要用的是不是：${suggestion}？可用的命令：${commands}。`,
  unexpected: (detail: string) => `程序内部出错，请把以下信息告诉维护人员：${detail}`,
} as const;

/** yargs' own zh_CN wording where a clerk would not follow it (it says "non-option 参数"). */
/** What each command takes, as a line to type: the example a usage message gives. */
export const COMMAND_EXAMPLE: Record<string, string> = {
  init: "init --year 2026 --agency 某某局",
  check: "check inputs/2026-某某局.xlsx",
  generate: "generate inputs/2026-某某局.xlsx",
  export: "export inputs/2026-某某局.xlsx --json > 报告.json",
  verify: "verify 档案",
  template: "template check 我局模板.docx",
};

export function yargsStrings(invocation: string, command: string | undefined) {
  const example = COMMAND_EXAMPLE[command ?? ""] ?? COMMAND_EXAMPLE.check;
  const missingFile = `缺少要处理的文件（写了 %s 个，需要 %s 个）：请在命令后写上文件名，如 ${invocation} ${example}`;
  const tooMany = "多写了参数（写了 %s 个，最多 %s 个）。文件名中有空格时，请用引号把文件名括起来";
  return {
    "Not enough non-option arguments: got %s, need at least %s": { one: missingFile, other: missingFile },
    "Too many non-option arguments: got %s, maximum of %s": { one: tooMany, other: tooMany },
  };
}

/** Command and option descriptions shown by --help. */
const madeAtText = (at: Date) =>
  `${at.getFullYear()}年${at.getMonth() + 1}月${at.getDate()}日 ${String(at.getHours()).padStart(2, "0")}:${String(at.getMinutes()).padStart(2, "0")}`;

/** What the options asking for each output format say (src/outputs/formats.ts). */
export const OUTPUT_TEXT = {
  pdf: "同时生成 PDF（需要安装 LibreOffice）",
  html: "同时生成网页版（.html，可直接粘贴到网站的编辑器中发布）",
} as const;

/** The county summary workbook of a batch (workbook/summary.ts). */
export const SUMMARY_TEXT = {
  fileName: (year: number) => `${year}年政府信息公开工作年度报告汇总.xlsx`,
  /** The archive's folder for the summaries of a year, beside the agencies' folders. */
  archiveFolder: "汇总表",
  overviewSheet: "汇总",
  findingsSheet: "问题清单",
  title: (year: number, madeAt: Date) => `${year} 年度政府信息公开工作年度报告汇总（${madeAtText(madeAt)}生成）`,
  findingsTitle: (year: number, madeAt: Date) => `${year} 年度政府信息公开工作年度报告问题清单（${madeAtText(madeAt)}生成）`,
  countedColumn: "计入合计",
  columns: ["文件", "机关", "年度", "版本", "状态", "计入合计", "错误", "警告"],
  total: (year: number) => `合计（已生成和未变化的 ${year} 年度报告）`,
  findingColumns: ["文件", "机关", "级别", "规则", "代码", "位置", "说明"],
  written: (file: string) => `已生成汇总表：${file}`,
  archived: (folder: string, version: number) => `汇总表已存档为第 ${version} 版：${folder}`,
  unchanged: (folder: string, version: number) => `汇总表未变化：与存档中的第 ${version} 版（${folder}）相同。`,
  exists: (file: string) => `汇总表 ${file} 已存在，未覆盖。如需重新生成，请加 --force，或用 -o 指定其他文件夹。`,
} as const;

const FINDING_GROUP_NAME = { tables: "表格勾稽", narrative: "文字与表格", format: "格式与标签", crossYear: "跨年" } as const;

/** The assessor's batch (check 文件夹/) and its 评估汇总.xlsx. */
export const ASSESS_TEXT = {
  fileName: (n: number) => (n > 1 ? `评估汇总-${n}.xlsx` : "评估汇总.xlsx"),
  overviewSheet: "评估汇总",
  findingsSheet: "问题清单",
  title: (madeAt: Date) => `政府信息公开工作年度报告评估汇总（${madeAtText(madeAt)}生成）`,
  findingsTitle: (madeAt: Date) => `政府信息公开工作年度报告问题清单（${madeAtText(madeAt)}生成）`,
  columns: ["文件", "机关", "年度", "版本", "结论", "对照的上年报告", "错误", "警告"],
  groups: FINDING_GROUP_NAME,
  groupColumn: (group: keyof typeof FINDING_GROUP_NAME, severity: "error" | "warning") =>
    `${FINDING_GROUP_NAME[group]}${severity === "error" ? "错误" : "警告"}`,
  findingColumns: ["文件", "机关", "级别", "分组", "规则", "代码", "部分", "行", "列", "页", "说明"],
  unreadable: "无法读取",
  hasErrors: "有错误",
  passed: "通过",
  tableHeader: ["文件", "机关", "年度", "错误", "警告", "上年报告"],
  written: (file: string) => `已写出评估汇总：${file}`,
  closing: (total: number, withErrors: number, unreadable: number) =>
    `共检查 ${total} 份报告：${withErrors} 份有错误，${unreadable} 份无法读取。`,
  previousUnmatched: (count: number, names: string) => `${count} 份报告在上年文件夹中没有找到同一机关的报告，未做跨年度核对：${names}`,
} as const;

/** The annotated copy of a clerk's workbook (check --annotate). */
export const ANNOTATE_TEXT = {
  fileName: (stem: string, n: number) => `${stem}.批注${n > 1 ? `-${n}` : ""}.xlsx`,
  sheet: "校验结果",
  columns: ["序号", "级别", "位置", "说明", "处理建议"],
  noPlace: "（整个文件）",
  title: (file: string, counts: string) =>
    `${file} 的校验结果：${counts}。点“位置”可跳到对应单元格；有问题的单元格已标色（红色为错误，黄色为警告），并附批注。`,
  written: (file: string) => `已写出带批注的副本：${file}（原文件未改动）`,
  nothing: "没有发现问题，未写批注副本。",
  onlyWorkbooks: "批注副本只适用于 Excel 工作簿（.xlsx）；JSON 文件、Word 文档和网页的问题见上方列表。",
} as const;

/** The clerk's page (dist/web/nianbao.html): every word it shows besides the findings and the command line's lines. */
export const WEB_TEXT = {
  title: "政府信息公开工作年度报告：检查与生成",
  intro: "在本机浏览器中新建标准化工作簿、检查、生成 Word 文档。文件只在这台电脑上处理，不上传，也不需要联网。",
  newHeading: "一、新建工作簿",
  newHelp: "填写年度和机关名称；有上年的报告（工作簿、JSON、Word 文档或网页）时可一并选择，预填上年结转等数据。",
  yearLabel: "年度",
  agencyLabel: "机关名称",
  lastYearLabel: "用于预填的上年文件（可选）",
  newButton: "新建工作簿",
  checkHeading: "二、检查",
  checkHelp: "选择填好的工作簿（.xlsx），也可以是 JSON，或已发布的 Word 文档（.docx）、网页（.html）；也可以把文件拖到这里。",
  fileLabel: "选择要检查的文件",
  previousLabel: "上年报告",
  previousHelp: "可选：上年的报告，用于跨年度核对（结转数等）。",
  resultsHeading: "检查结果",
  nothingYet: "尚未检查文件。",
  outputHeading: "三、生成",
  generate: "生成 Word 文档",
  html: "下载网页版",
  annotate: "下载带批注的副本",
  export: "导出 JSON",
  pdfHowTo: "需要 PDF 时：用 WPS 或 Word 打开生成的 .docx，选择“另存为”PDF；或在命令行运行 generate 时加 --pdf。",
  generateBlocked: "有错误时不能生成，请先改正。",
  working: (file: string) => `正在处理 ${file}……`,
  timedOut: (seconds: number) => `处理超过 ${seconds} 秒，已停止。文件可能已损坏或过大，请检查后重试。`,
  unexpected: (detail: string) => `内部错误（${detail}），已停止。请把该文件发给维护人员。`,
  wholeFile: "整个文件",
  showCell: "在表中查看",
  cellCaption: (sheet: string, cell: string) => `「${sheet}」${cell}`,
  valueFound: (value: string) => `单元格中的值：${value === "" ? "（空）" : value}`,
  comparison: (actual: string, expected: string) => `核对：实际 ${actual === "" ? "（空）" : actual}，应为 ${expected}`,
  chooseFile: "选择文件",
  noFileChosen: "未选择文件",
  legend: "红框：所指单元格；黄色：相关的单元格。",
  closeGrid: "关闭表格",
  editionChosen: (edition: string, circular: string) =>
    `格式版本：${edition} 版（${circular}）。请用 Excel 或 WPS 填写，然后回到本页检查。`,
  downloaded: (names: string) => `已下载：${names}`,
  publishedNotGenerated: "这是已发布的报告，只做检查；生成文档请使用标准化工作簿。",
  noFile: "请先选择要检查的文件。",
  badYear: (value: string) => `年度“${value}”无效，请在“年度”中填写四位年份，如 2026。`,
  agencyExample: "请在“机关名称”中填写机关全称，如 贺兰县交通运输局。",
  offline: "本页离线可用：可以保存到本机或单位内网，用 Edge、360、QQ 等浏览器打开。",
} as const;

/** The collection desk (nianbao serve): its files, the office's overview and what the page adds for an agency. */
export const DESK_TEXT = {
  agencyColumn: "机关名称",
  linkColumn: "链接",
  officeRow: "政务公开办",
  listSheet: "名单",
  linkSheet: "链接",
  listHelp: "从第二行起，在 A 列每行填写一个机关的全称（与工作簿「一、基本信息」中的机关名称一致），每个机关一行。",
  linkFile: "链接.xlsx",
  auditFile: "提交记录.jsonl",
  unnamedUpload: "工作簿.xlsx",
  stateNone: "未提交",
  stateErrors: "有错误",
  stateSubmitted: (version: number) => `已提交 v${version}`,
  documentsZip: (year: number) => `${year}年政府信息公开工作年度报告.zip`,
  serverError: "服务器内部错误，本次操作没有完成。请稍后重试；如仍不行，请联系政务公开办。",
  tooMany: (seconds: number) => `操作过于频繁，请 ${seconds} 秒后再试。`,
  uploadTooLarge: (mib: number) => `文件超过 ${mib} MB，未接收。标准化工作簿不到 1 MB：请检查是否选错了文件。`,
  emptyUpload: "没有收到文件内容，请重新选择工作簿后提交。",
  // ---- an agency's link: the page with 提交 ----
  agencyTitle: (agency: string, year: number) => `${agency} ${year} 年度政府信息公开工作年度报告：填报与提交`,
  agencyIntro: "这是本单位专用的链接，请勿转发。新建、检查和生成都在本机浏览器中进行；检查没有错误后点“提交”，工作簿才发送给政务公开办。",
  submitHeading: "四、提交给政务公开办",
  submitHelp: (agency: string, year: number) =>
    `本链接只收「${agency}」${year} 年度的报告。提交后服务器会再检查一遍，通过后存档，并生成 Word 文档和网页版；PDF/A 稍后生成。`,
  submit: "提交",
  submitAfterCheck: "请先在“二、检查”中选择填好的工作簿，检查没有错误后即可提交。",
  readyToSubmit: "检查没有错误，可以提交。",
  fixFirst: "有错误，不能提交：请改正后重新检查。",
  onlyWorkbooks: "只能提交填好的工作簿（.xlsx）或 JSON，已发布的报告不能提交。",
  otherAgency: (actual: string, expected: string) => `这份工作簿的机关名称是“${actual}”，本链接只收“${expected}”的报告，不能提交。`,
  otherYear: (actual: number, expected: number) => `这份工作簿是 ${actual} 年度的，本次收集的是 ${expected} 年度的报告，不能提交。`,
  submitting: (file: string) => `正在提交 ${file}……`,
  archived: (version: number) => `已提交并存档为第 ${version} 版。下面可以下载存档的文件。`,
  unchanged: (version: number) => `与已存档的第 ${version} 版相同，没有新建版本。`,
  refused: (errors: number) => `服务器检查发现 ${errors} 项错误，未存档。请改正后重新检查、提交：`,
  serverSaidNothing: (status: number) => `服务器没有给出说明（状态 ${status}），请稍后重试。`,
  offline: "连接不上收件台（服务器已停止或网络中断），请稍后再试。",
  submissionsHeading: "已提交的版本",
  noSubmissions: "尚未提交。",
  pdfState: {
    pending: "PDF/A 生成中……",
    ready: "PDF/A 已生成",
    failed: "PDF/A 未能生成",
    unavailable: "PDF/A 未生成（服务器上没有 LibreOffice）",
    off: "不生成 PDF/A",
  },
  // ---- the office's link ----
  officeTitle: (year: number) => `政务公开办收件台：${year} 年度政府信息公开工作年度报告`,
  officeIntro: "名单上各单位的提交情况，每 5 秒自动更新。这是政务公开办专用的链接，请勿转发。",
  overviewHeading: "各单位提交情况",
  overviewColumns: ["机关", "状态", "错误", "警告", "PDF/A"],
  overviewCounts: (total: number, submitted: number, errors: number, none: number, pdfs: number) =>
    `共 ${total} 个机关：已提交 ${submitted}，有错误 ${errors}，未提交 ${none}；PDF/A 已生成 ${pdfs}。`,
  lastAttempt: (at: string, errors: number) => `最近一次提交（${at}）有 ${errors} 项错误，未存档`,
  updatedAt: (at: string) => `更新于 ${at}`,
  downloadsHeading: "汇总与存档",
  summaryLink: "下载汇总表（.xlsx）",
  documentsLink: "下载全部现行文档（.zip）",
  verifyButton: "核对存档",
  verifying: "正在核对存档……",
  verifyPassed: (manifests: number, files: number) => `存档完好：${manifests} 份存档清单，${files} 个文件的 SHA-256 都一致。`,
  verifyFailed: (errors: number) => `存档有 ${errors} 处问题：`,
} as const;

/** The release's own files (scripts/release.mjs): 使用说明.txt and, on Windows, the two .bat files. */
export const RELEASE_TEXT = {
  instructions: (version: string, program: string, example: string, windows: boolean) =>
    [
      `政府信息公开工作年度报告工具 nianbao ${version}`,
      "",
      "本文件夹里有：",
      `  ${program}      命令行程序（不需要安装 Node.js，也不需要联网）`,
      "  nianbao.html    网页版：用浏览器打开即可填写检查、生成报告，完全离线",
      `  ${example}    示例工作簿`,
      ...(windows ? ["  检查.bat、生成报告.bat    把工作簿拖到上面即可使用"] : []),
      "",
      "一、最简单的用法",
      windows
        ? `  把填好的工作簿（.xlsx）拖到 ${program} 或“生成报告.bat”上：先检查，没有错误就在工作簿旁边生成 Word 文档和网页。只想检查，拖到“检查.bat”上。`
        : `  ./${program} 工作簿.xlsx：先检查，没有错误就在工作簿旁边生成 Word 文档和网页。`,
      "  有错误时会逐条写明是哪张表、哪个单元格，改正后再拖一次即可。",
      "",
      "二、在命令行中使用",
      `  ${program} init 2026-某单位.xlsx                 生成空白工作簿`,
      `  ${program} check 2026-某单位.xlsx                检查工作簿（也可检查已发布的年报：Word、网页、PDF）`,
      `  ${program} generate 2026-某单位.xlsx --html      生成 Word 文档和网页（放在 outputs 文件夹）`,
      `  ${program} generate 文件夹/                       批量生成`,
      `  ${program} serve --archive 档案 --agencies 名单.xlsx   政务公开办收件台`,
      `  ${program} --help                                 查看全部用法`,
      "",
      "三、PDF",
      "  生成 PDF 需要本机安装 LibreOffice（Windows 上装在默认位置即可找到）；没有时仍生成 Word 文档，可用 Word 或 WPS 另存为 PDF。",
      "",
      ...(windows ? ["注：本程序没有数字签名，首次运行时 Windows 可能提示“未知发布者”，选择“仍要运行”即可。", ""] : []),
    ].join("\n"),
  /** A .bat file: ASCII only, so that cmd reads it the same under any code page; the program says the rest. */
  batchFile: (mode: "check" | "generate") => `@echo off\nset NIANBAO_DROP=${mode}\n"%~dp0nianbao.exe" %*\n`,
};

export const CLI_HELP = {
  serve: "政务公开办收件台：在单位内网上提供网页，各单位用自己的链接检查、提交工作簿，政务公开办查看汇总",
  serveArchive: "存档文件夹：提交的报告按 档案/年度/机关/v版本号/ 存放（与 generate --archive 相同，可用 verify 核对）",
  serveAgencies: "机关名单（.xlsx）：第一张工作表 A1 为“机关名称”，从第二行起每行一个机关",
  serveYear: "收集的报告年度（默认：上半年为上一年，下半年为今年）",
  servePort: "端口",
  serveHost: "监听的地址（默认只接受本机访问；放在单位的 HTTPS 反向代理之后时保持默认）",
  serveUrl: "链接的前缀，即各单位访问的地址（如 https://gongkai.example.gov.cn/nianbao/），默认为本服务的地址",
  servePdf: "提交后在后台生成 PDF/A（需要 LibreOffice；--no-pdf 不生成）",
  initAgencies: "写出一份空白的机关名单（.xlsx），填好后用 --agencies 指定",
  init: "生成空白的标准化工作簿（.xlsx）",
  page: "写出网页版（nianbao.html）：在浏览器中新建、检查工作簿并生成 Word 文档，无需安装，离线可用",
  pageOutput: "写到哪个文件夹（或 .html 文件），默认为当前文件夹",
  check: "检查工作簿或 JSON，列出全部问题",
  year: "报告年度，如 2026",
  agency: "机关名称，如 贺兰县交通运输局",
  from: "上年的报告（工作簿、JSON、已发布的 Word 文档、网页或 PDF）：预填机关信息、上年结转、现行有效件数等，上年的文字作为待改写的草稿",
  created:
    "工作簿的创建时间（ISO 8601，如 2027-01-05T09:00:00Z），默认为当前时间；固定后同样的输入生成完全相同的文件，与网页版“新建工作簿”一致",
  edition: "格式版本（不填时按年度自动选择）",
  output: "输出文件名（默认 inputs/年度-机关名称.xlsx）",
  file: "要检查的工作簿（.xlsx）或 JSON 文件，或已发布的报告（Word 文档 .docx、网页 .html、PDF）；给出文件夹时检查其中的每一份，写出 评估汇总.xlsx（--previous 可给上年报告的文件夹，按机关逐份对应）",
  exportFile: "要导出的工作簿（.xlsx）或 JSON 文件，或已发布的报告（Word 文档 .docx、网页 .html、PDF）",
  generateFiles:
    "要生成报告的工作簿（.xlsx）或 JSON 文件，或存放它们的文件夹（可给多个）；已发布的报告（.docx、.html）会按官方格式重新排版",
  json: "以 JSON 输出检查结果",
  annotate: "另存一份带批注的工作簿副本（文件名.批注.xlsx）：有问题的单元格标色并附说明，首页列出全部问题",
  needCommand: "请指定一个命令，如 init、check 或 generate",
  exitCodes:
    "退出码：0 没有错误（generate：每份报告都已生成或未变化）；1 有错误，或有报告没有生成（同名报告已存在、重复、其他年度等）；2 文件无法使用或命令写错；3 结果无法写出（磁盘已满、没有权限、PDF 未能生成等）。",
  needTemplateCommand: (invocation: string) => `请写出要做的事，如 ${invocation} ${COMMAND_EXAMPLE.template}`,
  generate: "检查通过后生成 Word 报告（可选 PDF）和存档清单；可给多个文件或一个文件夹",
  generateJson: "以 JSON 输出每份报告的结果",
  outDir: "输出文件夹（默认 outputs）",
  template: "使用本机关修改过的模板（.docx）",
  force: "覆盖已有的同名报告",
  archive: "把报告存入存档文件夹：档案/年度/机关/v版本号/，含 Word、PDF/A（加 --pdf）、原工作簿和存档清单",
  summary: "给出的是几个文件（不是文件夹）时也写出汇总表（给出文件夹时总会写出）",
  jobs: "同时处理的线程数（默认为本机 CPU 核数；份数少时只用一个）",
  previous:
    "本机关上一年度的报告（工作簿、JSON、已发布的 Word 文档、网页或 PDF），用于跨年度核对（上年结转、现行有效件数等）；检查文件夹时可给上年报告的文件夹",
  export:
    "导出报告的数据：以 JSON 形式（字段见 data-contract）输出工作簿、JSON 或已发布报告中的数值和文字，供其他系统使用或作为 init --from 的上年报告。读取时有错误的数值不导出（JSON 中没有该字段），屏幕上列出是哪几项",
  exportJson: "以 JSON 输出（目前唯一的格式）",
  verify: "核对存档文件夹：重新计算每份存档清单中文件的 SHA-256，列出缺少、被修改和多余的文件",
  verifyDir: "存档文件夹（generate --archive 指定的文件夹）",
  template_: "Word 模板工具",
  templateCheck: "检查本机关修改过的 Word 模板",
  templateFile: "要检查的模板（.docx）",
  templateEdition: "按哪一版字段检查（不填时按模板中的标签判断）",
} as const;

/** The input prompt and error of a workbook cell, by kind; null for kinds typed freely. */
const PROMPT_BY_TYPE: Record<FieldType, { prompt: string; error: string } | null> = {
  count: { prompt: "请填写 0 或正整数；没有发生请填 0。", error: "这里只能填 0 或正整数。" },
  signed: { prompt: "请填写整数：增加填正数，减少填负数（如 -7），没有变化填 0。", error: "这里只能填整数（减少填负数）。" },
  amount: {
    prompt: `单位：万元，最多 ${MAX_DECIMALS.amount} 位小数（精确到分）；没有请填 0。`,
    error: `这里只能填不小于 0 的数字，单位万元，最多 ${MAX_DECIMALS.amount} 位小数。`,
  },
  yuan: {
    prompt: `单位：元，最多 ${MAX_DECIMALS.yuan} 位小数；没有请填 0。`,
    error: `这里只能填不小于 0 的数字，单位元，最多 ${MAX_DECIMALS.yuan} 位小数。`,
  },
  year: { prompt: "四位年份，如 2026。", error: "请填写四位年份。" },
  date: null,
  text: null,
  edition: null,
  paragraphs: null,
};

export const WORKBOOK_TEXT = {
  promptTitle: "填写提示",
  errorTitle: "输入有误",
  prompt: (type: FieldType) => PROMPT_BY_TYPE[type],
  levelPrompt: "选择本段的层级：标题（一）、标题 1. 或 正文。不选时按内容开头判断。",
  checksTitle: "校验（勾稽关系，随填写自动更新）",
  checksHeader: ["规则", "检查内容", "结果"] as const,
  passed: "通过",
  failed: "不通过",
  allPassed: "全部通过",
  someFailed: (countFormula: string) => `"有 "&${countFormula}&" 项不通过"`,
  summaryLabel: "总体结果",
  describeEquation: (equation: Equation): string => {
    switch (equation.rule) {
      case "R1":
        return `表三“${equation.subject}”列：一 + 二 = 三（七）总计 + 四`;
      case "R2":
        return `表三“${equation.subject}”列：（七）总计 = （一）至（六）各项之和`;
      case "R3":
        return `表三“${equation.subject}”行：总计 = 各类申请人之和`;
      case "R4":
        return `表四“${equation.subject}”：总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结`;
    }
  },
  guide: (p: { agency: string; year: number; edition: string; circular: string }) => [
    `${p.agency}${p.year}年政府信息公开工作年度报告 · 填写说明`,
    `格式版本：${p.edition} 版（${p.circular}）。本工作簿由 nianbao init 生成，请勿删除或重命名工作表。`,
    "1. 依次填写各工作表：“基本信息”，正文“一、总体情况”“五、存在的主要问题及改进情况”“六、其他需要报告的事项”，表格“二”“三”“四”。表格的行列与印发的报告完全一致。",
    "2. 颜色：浅黄色单元格需要填写；浅蓝色单元格是自动合计（公式），不用填写；白色单元格是表头和说明，已锁定。",
    `3. 数字只填阿拉伯数字，不要写“件”“约”“余”；没有发生的事项填 0，不要留空。金额单位为万元，最多 ${MAX_DECIMALS.amount} 位小数。`,
    "4. 正文每行一段：在“层级”列选择 标题（一）、标题 1. 或 正文，在“内容”列填写文字。标题请写上编号，如“（一）主动公开情况”。",
    "5. “校验”工作表随填写自动显示各项勾稽关系是否“通过”。全部通过后，运行 nianbao check 做完整检查，再运行 nianbao generate 生成 Word 报告。",
    "6. 工作表已保护（无密码），防止误改表头和公式；可以调整行高列宽、插入说明行。",
  ],
};

/** Sentences the tool writes into the report itself. */
export const REPORT_TEXT = {
  nothingElse: "无其他需要报告的事项。",
  noFees: (year: number) => `本机关${year}年度未收取政府信息公开信息处理费。`,
  fees: (year: number, notices: number, noticed: string, collected: string) =>
    `${year}年度，本机关依据《政府信息公开信息处理费管理办法》发出收费通知${notices}件，通知金额${noticed}元，实际收取信息处理费${collected}元。`,
} as const;

/** docxtemplater's compile error ids, explained to a clerk who edited a template in Word. */
export const TEMPLATE_ERROR_TEXT: Record<string, string> = {
  unclosed_tag: "标签缺少右括号“}”",
  unopened_tag: "多了一个右括号“}”，或缺少左括号“{”",
  duplicate_open_tag: "标签里又出现了左括号“{”",
  duplicate_close_tag: "标签里又出现了右括号“}”",
  unclosed_loop: "循环开始标签 {#…} 没有对应的结束标签 {/…}",
  unopened_loop: "循环结束标签 {/…} 没有对应的开始标签 {#…}",
  closing_tag_does_not_match_opening_tag: "循环的开始和结束标签名称不一致",
  raw_tag_outerxml_invalid: "原样插入标签 {@…} 必须单独占一段",
  unbalanced_loop_tags: "循环的开始和结束标签没有成对出现",
};

/** Pieces that findings' messages are built from. */
export const FRAGMENT = {
  duplicatePart: (part: string) => `其中有两个同名的部分 ${part}，无法确定该读哪一个`,
  documentLimit: {
    depth: (n: number) => `标记嵌套超过 ${n} 层`,
    elements: (n: number) => `标记元素超过 ${n} 个`,
    attributesPerElement: (n: number) => `一个元素的属性超过 ${n} 个`,
    paragraphs: (n: number) => `段落超过 ${n} 个`,
    tableRows: (n: number) => `一张表格超过 ${n} 行`,
    tableSlots: (n: number) => `一张表格的单元格超过 ${n} 格`,
    span: (n: number) => `单元格跨行或跨列超过 ${n}`,
    characters: (n: number) => `文字超过 ${n} 个字符`,
    pages: (n: number) => `超过 ${n} 页`,
    runs: (n: number) => `文字片段超过 ${n} 个`,
    operations: (n: number) => `绘图指令超过 ${n} 条`,
  } as Record<string, (limit: number) => string>,
  pdfPassword: "PDF 设有打开密码",
  pdfUnparsable: "不是能读取的 PDF",
  checkName: "请检查文件名和所在的文件夹是否正确。",
  foundInInputs: (path: string) => `inputs 文件夹中有这个文件，请写作 ${path}。`,
  allPartsZero: "各项均为 0",
  namesBroken: "这些格子的名称都已失效（#REF!），通常是复制了这张工作表后删除了原表",
  sheetRenamedTo: (old: string, now: string) => `工作表“${old}”似乎被改名为“${now}”，格子的名称仍指向原来的名字`,
  sheetMissing: (old: string) => `格子的名称指向工作表“${old}”，但工作簿中已没有这张表（被改名或删除）`,
  sideWithCells: (total: number, cells: string) => `${total}，见 ${cells}`,
  edition: (id: string, circular: string) => `${id} 版格式（${circular}）`,
  notXlsx: "文件内容不是 xlsx 格式",
  zipBroken: "压缩结构已损坏",
  unparsable: "工作簿的内容无法解析",
  documentUnparsable: "文档的内容无法解析",
  noReportStructure: "其中没有官方格式的表格，也没有“一、总体情况”等部分标题",
  noWordDocument: "其中没有 Word 文档的正文",
  invalidNumber: "无效的数字",
  tooManyRows: (part: string, limit: number) => `其中 ${part} 有 ${limit} 行以上`,
  badNumber: (part: string, cell: string, value: string) => `其中 ${part} 的单元格 ${cell} 存有无效数值“${value.slice(0, 20)}”`,
  jsonAt: (line: number, column: number) => `第 ${line} 行第 ${column} 个字符附近格式有误`,
  jsonIncomplete: "文件不完整或格式有误",
  /** What a file-system error means, by its code: never the system's English text. */
  ioError: (code: string | undefined): string =>
    (
      ({
        ENOENT: "这里不能建立文件夹或文件",
        EACCES: "没有读写权限",
        EPERM: "没有读写权限",
        EROFS: "所在的磁盘或文件夹是只读的",
        ENOSPC: "磁盘空间已满",
        EDQUOT: "磁盘配额已用完",
        ELOOP: "链接指向自身，或链接层数过多",
        EIO: "读写磁盘时出错",
        ENAMETOOLONG: "文件名过长",
        EISDIR: "这是一个文件夹",
        ENOTDIR: "路径中有一段不是文件夹",
        EEXIST: "已有同名的文件",
        EMFILE: "同时打开的文件过多",
        EBUSY: "文件正被其他程序使用",
      }) as Record<string, string>
    )[code ?? ""] ?? `无法读写文件（${code ?? "未知原因"}）`,
  checksum: (part: string) => `其中 ${part} 的校验和不符，内容已被改动或损坏`,
  fileSize: (mib: string) => `${mib} MB`,
  tooManyParts: (count: number) => `含 ${count} 个部件`,
  partTooLarge: (part: string, mib: string) => `其中 ${part} 解压后有 ${mib} MB`,
  unpackedTooLarge: (mib: string) => `解压后超过 ${mib} MB`,
  namedRange: (name: string, reference: string) => `名称“${name}”指向 ${reference}`,
  mergedRange: (reference: string) => `合并单元格 ${reference}`,
  jsonType: { number: "数字", string: "文字", array: "段落列表", object: "对象" } as Record<string, string>,
} as const;
