/**
 * The report as one self-contained web page for a government portal: the same text and tables as the Word
 * document, in plain HTML5 that a CMS editor keeps when the page is pasted into it. Only table markup and inline
 * styles, no script, no class, no external resource. Wide tables scroll inside their own box on a phone; the text
 * reflows. The same report always gives the same bytes.
 */
import type { Report } from "../report/report.js";
import type { EditionDef, FieldId } from "../schema/types.js";
import { openingText } from "./opening.js";
import { tableLayouts, type LayoutCell, type TableLayout } from "./table-layout.js";
import { setOutline } from "./outline.js";
import { signatureIndents } from "./signature.js";
import { documentTitle, titleLines } from "./title.js";
import { buildTemplateData, type TemplateParagraph } from "./template-data.js";

const escape = (text: string): string => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

// The official typography's faces first (formats.md), then what a phone or a PC without them has.
const SERIF = "FangSong,仿宋,STFangsong,'Noto Serif CJK SC','Source Han Serif SC',SimSun,serif";
const STYLE = {
  body: `margin:0 auto;max-width:46em;padding:1em;font-family:${SERIF};font-size:16px;line-height:1.8;color:#000;background:#fff;overflow-wrap:anywhere`,
  title: "margin:0.5em 0;text-align:center;font-size:1.6em;font-weight:bold;line-height:1.4",
  // The title's second line wrapped into balanced lines: a narrow screen never leaves 报告 alone on the last one.
  titleLine: "display:inline-block;text-wrap:balance",
  heading: "margin:1.2em 0 0.4em;font-size:1.1em;font-weight:bold;font-family:SimHei,黑体,'Noto Sans CJK SC',sans-serif",
  level1: "margin:0.6em 0 0.2em;text-indent:2em;font-size:1em;font-weight:normal;font-family:KaiTi,楷体,STKaiti,serif",
  level2: "margin:0.4em 0 0.2em;text-indent:2em;font-size:1em;font-weight:bold",
  text: "margin:0.4em 0;text-indent:2em;text-align:justify",
  signature: "margin:0.2em 0;text-align:right",
  // A table wider than the screen shows a shadow at the edge it scrolls towards (the background stays with the box's
  // edges, the white covers scroll with the content): the cue that it scrolls sideways, with no script.
  scroll:
    "overflow-x:auto;max-width:100%;margin:0.5em 0 1em;" +
    "background:linear-gradient(to right,#fff 30%,rgba(255,255,255,0)),linear-gradient(to left,#fff 30%,rgba(255,255,255,0)) 100% 0," +
    "radial-gradient(farthest-side at 0 50%,rgba(0,0,0,.25),rgba(0,0,0,0)),radial-gradient(farthest-side at 100% 50%,rgba(0,0,0,.25),rgba(0,0,0,0)) 100% 0;" +
    "background-repeat:no-repeat;background-size:40px 100%,40px 100%,14px 100%,14px 100%;background-attachment:local,local,scroll,scroll",
  table: "border-collapse:collapse;margin:0 auto;font-size:14px;line-height:1.4",
  // Read by screen readers, not shown: the section heading above says it already.
  caption: "position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap",
  header: "border:1px solid #000;padding:4px 6px;text-align:center;vertical-align:middle;font-weight:bold",
  // A short column header (自然人, 其他, 总计) on one line: squeezed, it read vertically a character a line.
  shortHeader: "border:1px solid #000;padding:4px 6px;text-align:center;vertical-align:middle;font-weight:bold;white-space:nowrap",
  label: "border:1px solid #000;padding:4px 6px;text-align:left;vertical-align:middle;font-weight:normal;min-width:4em",
  value: "border:1px solid #000;padding:4px 6px;text-align:center;vertical-align:middle;white-space:nowrap;min-width:2em",
} as const;

/**
 * A table wide enough to need scrolling on a phone keeps a width its labels can be read at, and no more: on a phone
 * the row labels wrap into a column narrow enough that the first figures show without a swipe.
 */
const MIN_WIDTH: Record<TableLayout["id"], string> = { active: "22em", requests: "30em", review: "40em" };
/** Column headers of this many characters or fewer stay on one line. */
const SHORT_HEADER = 3;

const spans = (cell: LayoutCell): string =>
  (cell.columns > 1 ? ` colspan="${cell.columns}"` : "") + (cell.rows > 1 ? ` rowspan="${cell.rows}"` : "");

/** Headers and labels are th, with the scope a screen reader needs; values are td. */
function cellHtml(cell: LayoutCell, data: Readonly<Record<string, unknown>>): string {
  if (cell.kind === "value")
    return `<td${spans(cell)} style="${STYLE.value}">${escape(`${String(data[cell.field!] ?? "")}${cell.suffix ?? ""}`)}</td>`;
  const scope = cell.kind === "header" ? (cell.columns > 1 ? "colgroup" : "col") : cell.rows > 1 ? "rowgroup" : "row";
  const style = cell.kind === "header" ? ([...cell.text!].length <= SHORT_HEADER ? STYLE.shortHeader : STYLE.header) : STYLE.label;
  return `<th scope="${scope}"${spans(cell)} style="${style}">${escape(cell.text!)}</th>`;
}

function tableHtml(layout: TableLayout, data: Readonly<Record<string, unknown>>): string {
  const rows = layout.rows.map((row) => `<tr>${row.cells.map((cell) => cellHtml(cell, data)).join("")}</tr>`);
  const head = layout.rows.filter((row) => row.repeats).length;
  const body =
    head > 0
      ? `<thead>\n${rows.slice(0, head).join("\n")}\n</thead>\n<tbody>\n${rows.slice(head).join("\n")}\n</tbody>`
      : `<tbody>\n${rows.join("\n")}\n</tbody>`;
  return [
    `<div style="${STYLE.scroll}">`,
    `<table style="${STYLE.table};min-width:${MIN_WIDTH[layout.id]}">`,
    `<caption style="${STYLE.caption}">${escape(layout.title)}</caption>`,
    body,
    "</table>",
    "</div>",
  ].join("\n");
}

function paragraphHtml(paragraph: TemplateParagraph): string {
  const text = escape(paragraph.text);
  if (paragraph.h1) return `<h3 style="${STYLE.level1}">${text}</h3>`;
  if (paragraph.h2) return `<h4 style="${STYLE.level2}">${text}</h4>`;
  return `<p style="${STYLE.text}">${text}</p>`;
}

const heading = (text: string) => `<h2 style="${STYLE.heading}">${escape(text)}</h2>`;
const narrative = (data: Readonly<Record<string, unknown>>, id: FieldId) => (data[id] as TemplateParagraph[]).map(paragraphHtml);

/** 署名 and 成文日期 as the printed report sets them (GB/T 9704-2012 7.3.5.2): each stands in from the right by characters. */
function signatureLines(data: Readonly<Record<string, unknown>>): string[] {
  const [signer, date] = [String(data["meta.signer"] ?? ""), String(data["meta.date"] ?? "")];
  const indents = signatureIndents(signer, date);
  return [
    `<p style="${STYLE.signature};padding-right:${indents.signer}em">${escape(signer)}</p>`,
    `<p style="${STYLE.signature};padding-right:${indents.date}em">${escape(date)}</p>`,
  ];
}

/** The whole report as an HTML5 page. */
export function renderHtml(report: Report, edition: EditionDef): string {
  const data = buildTemplateData(report, edition);
  const tables = tableLayouts(edition);
  const { agency, report: title } = titleLines(data);
  const lines = [
    "<!DOCTYPE html>",
    '<html lang="zh-CN">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(documentTitle(data))}</title>`,
    "</head>",
    `<body style="${STYLE.body}">`,
    ...setOutline<string>({
      title: () => [`<h1 style="${STYLE.title}">${escape(agency)}<br><span style="${STYLE.titleLine}">${escape(title)}</span></h1>`],
      opening: () => [`<p style="${STYLE.text}">${escape(openingText(data))}</p>`],
      heading: (block) => [heading(block.text)],
      narrative: (block) => narrative(data, block.field),
      table: (block) => [tableHtml(tables[block.table], data)],
      signature: () => signatureLines(data),
      publicity: () => (data["meta.publicity"] ? [`<p style="${STYLE.text}">${escape(String(data["meta.publicity"]))}</p>`] : []),
    }),
    "</body>",
    "</html>",
    "",
  ];
  return lines.join("\n");
}
