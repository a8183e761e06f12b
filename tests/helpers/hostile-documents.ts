/**
 * Published documents built to exhaust a reader (issue 24): spans of 2^53, nesting thousands deep, tables of tens of
 * thousands of rows. Each is checked in a process of its own, measured: its wall time and peak memory are printed
 * (never asserted: a loaded machine is slower), its outcome asserted.
 */
import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import PizZip from "pizzip";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx of one body: as small a Word document as the reader takes. */
export function docxOf(body: string): Buffer {
  const zip = new PizZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/></Types>',
  );
  zip.file("word/document.xml", `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`);
  return zip.generate({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

export const wordCell = (text: string, properties = "") =>
  `<w:tc><w:tcPr>${properties}</w:tcPr><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:tc>`;
const heading = "<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>";
const page = (body: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><p>一、总体情况</p>${body}</body></html>`;

/** Each hostile document of the issue, by its class, with the words its refusal must contain. */
export const HOSTILE_DOCUMENTS: { name: string; file: string; bytes: () => Buffer | string; says: string }[] = [
  {
    name: "w:gridSpan of 2^53 + 1, followed by two cells",
    file: "跨列.docx",
    bytes: () =>
      docxOf(
        `${heading}<w:tbl><w:tr>${wordCell("自然人", '<w:gridSpan w:val="9007199254740993"/>')}${wordCell("1")}${wordCell("2")}</w:tr></w:tbl>`,
      ),
    says: "单元格跨行或跨列超过 1000",
  },
  {
    name: "w:gridSpan of 1e400",
    file: "跨列e.docx",
    bytes: () =>
      docxOf(`${heading}<w:tbl><w:tr>${wordCell("自然人", '<w:gridSpan w:val="1e400"/>')}${wordCell("1")}${wordCell("2")}</w:tr></w:tbl>`),
    says: "单元格跨行或跨列超过 1000",
  },
  {
    name: "w:gridBefore of 2^53 + 1",
    file: "前空.docx",
    bytes: () =>
      docxOf(
        `${heading}<w:tbl><w:tr><w:trPr><w:gridBefore w:val="9007199254740993"/></w:trPr>${wordCell("a")}${wordCell("1")}${wordCell("2")}</w:tr></w:tbl>`,
      ),
    says: "单元格跨行或跨列超过 1000",
  },
  {
    name: "400,000 paragraphs (40 KB zipped)",
    file: "段落.docx",
    bytes: () => docxOf(heading + "<w:p><w:r><w:t>一</w:t></w:r></w:p>".repeat(400_000)),
    says: "标记元素超过 200000 个",
  },
  {
    name: "a w:vMerge chain of 100,000 rows",
    file: "合并.docx",
    bytes: () =>
      docxOf(
        `${heading}<w:tbl><w:tr>${wordCell("自然人", '<w:vMerge w:val="restart"/>')}${wordCell("x")}</w:tr>${`<w:tr>${wordCell("", "<w:vMerge/>")}${wordCell("1")}</w:tr>`.repeat(100_000)}</w:tbl>`,
      ),
    says: "标记元素超过 200000 个",
  },
  {
    name: "rowspan × colspan multiplied over a 125 KB page",
    file: "跨格.html",
    bytes: () => page(`<table>${'<tr><td rowspan="900" colspan="900">1</td></tr>'.repeat(2500)}</table>`),
    says: "一张表格的单元格超过 100000 格",
  },
  {
    name: "5,000 nested <span>",
    file: "嵌套.html",
    bytes: () => page("<span>".repeat(5000) + "一" + "</span>".repeat(5000)),
    says: "标记嵌套超过 200 层",
  },
  {
    name: "100,000 nested <div>",
    file: "层层.html",
    bytes: () => page("<div>".repeat(100_000) + "一" + "</div>".repeat(100_000)),
    says: "标记嵌套超过 200 层",
  },
  {
    name: "a 3 MB table of 50,000 rows",
    file: "长表.html",
    bytes: () => page(`<table>${"<tr><td>自然人</td><td>1</td><td>2</td><td>3</td></tr>".repeat(50_000)}</table>`),
    says: "标记元素超过 200000 个",
  },
  {
    name: "300,000 attributes on one element",
    file: "属性.html",
    bytes: () => page(`<p ${Array.from({ length: 300_000 }, (_, i) => `a${i}="x"`).join(" ")}>一</p>`),
    says: "一个元素的属性超过 200 个",
  },
];

const CLI = resolve("dist/cli/main.js");

/** `nianbao check FILE` in a process of its own: exit code, stderr, and its peak memory where /usr/bin/time tells it. */
export function measuredCheck(dir: string, file: string, bytes: Buffer | string) {
  const path = join(dir, file);
  writeFileSync(path, bytes);
  return measuredCli(["check", path]);
}

/** `nianbao ARGS` in a process of its own: exit code, stderr, wall time, and peak memory where /usr/bin/time tells it. */
export function measuredCli(args: string[]) {
  const start = performance.now();
  const timed = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, CLI, ...args], { encoding: "utf8" });
  if (timed.error === undefined) {
    const lines = timed.stderr.trimEnd().split("\n");
    const seconds = (performance.now() - start) / 1000;
    return {
      code: timed.status,
      stdout: timed.stdout,
      stderr: lines.slice(0, -1).join("\n"),
      peakMb: Number(lines.at(-1)) / 1024,
      seconds,
    };
  }
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: "utf8" });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr, peakMb: Number.NaN, seconds: (performance.now() - start) / 1000 };
}
