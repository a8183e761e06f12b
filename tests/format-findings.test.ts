/**
 * What the command prints, written out by hand: findings one per line with each code's advice once, a check's,
 * a template check's and verify's verdicts, tables cut and aligned by display width, and a failed write's path.
 *
 * Covers: src/cli/format-findings.ts.
 */
import { describe, expect, it } from "vitest";
import {
  formatCheckResult,
  formatFindings,
  formatOutputError,
  formatTable,
  formatTemplateResult,
  formatVerifyResult,
} from "../src/cli/format-findings.js";
import { makeFinding } from "../src/findings/finding.js";
import { OutputError } from "../src/io/output-error.js";

const missingRow = (row: string) => makeFinding("document/row-missing", { section: "三", row }, { label: row });
const negative = makeFinding("value/negative", {}, { label: "收到申请数", actual: -3 });
const warning = makeFinding("text/control-characters", {}, { label: "正文", actual: 2 });
const NEGATIVE_LINE = "[错误] “收到申请数”不能为负数，实际为 -3。";

describe("findings as lines", () => {
  it("gives a code's advice once, after its first run of findings", () => {
    expect(formatFindings([missingRow("（二）"), missingRow("（三）"), negative, missingRow("（四）"), warning])).toBe(
      [
        "[错误] 「三」「（二）」行：表中没有（二），按 0 处理。",
        "[错误] 「三」「（三）」行：表中没有（三），按 0 处理。",
        "        → 官方格式的每一行都要印出，没有的数据填 0。",
        NEGATIVE_LINE,
        "[错误] 「三」「（四）」行：表中没有（四），按 0 处理。",
        "[警告] “正文”含有 2 个不可见的控制字符，已删除。",
      ].join("\n"),
    );
  });
});

describe("verdicts", () => {
  const failed = {
    valid: false,
    edition: "2021" as const,
    file: "a.xlsx",
    stats: { errors: 1, warnings: 0, infos: 0 },
    findings: [negative],
  };

  it("of a check", () => {
    expect(formatCheckResult(failed)).toBe(
      [
        "检查 a.xlsx（2021 版格式，国办公开办函〔2021〕30号）",
        "错误 1 项，警告 0 项，提示 0 项。",
        "",
        NEGATIVE_LINE,
        "",
        "有 1 项错误，请改正后再生成报告。",
      ].join("\n"),
    );
    expect(
      formatCheckResult(failed, (errors) => `未生成（${errors}）`)
        .split("\n")
        .at(-1),
    ).toBe("未生成（1）");
    const passed = { valid: true, edition: null, file: "a.json", stats: { errors: 0, warnings: 0, infos: 0 }, findings: [] };
    expect(formatCheckResult(passed)).toBe("错误 0 项，警告 0 项，提示 0 项。\n\n校验通过，可以生成报告。");
  });

  it("of a template check", () => {
    expect(formatTemplateResult("本局.docx", "2021", [])).toBe(
      "检查模板 本局.docx（按 2021 版字段）\n错误 0 项，警告 0 项，提示 0 项。\n\n模板可以使用。",
    );
    expect(formatTemplateResult("本局.docx", "2019", [negative, warning]).split("\n")).toEqual([
      "检查模板 本局.docx（按 2019 版字段）",
      "错误 1 项，警告 1 项，提示 0 项。",
      "",
      NEGATIVE_LINE,
      "[警告] “正文”含有 2 个不可见的控制字符，已删除。",
      "模板有 1 项错误，请改正后再使用。",
    ]);
  });

  it("of verify, counting its errors only", () => {
    const header = "核对存档 档案：存档清单 2 份，重新计算了 5 个文件的 SHA-256。";
    expect(formatVerifyResult({ dir: "档案", manifests: 2, files: 5, valid: true, findings: [] })).toBe(
      `${header}\n\n存档完整：每个文件都与存档清单一致，没有缺少或多余的文件。`,
    );
    expect(formatVerifyResult({ dir: "档案", manifests: 2, files: 5, valid: false, findings: [negative, warning] }).split("\n")).toEqual([
      header,
      "",
      NEGATIVE_LINE,
      "[警告] “正文”含有 2 个不可见的控制字符，已删除。",
      "",
      "存档有 1 项问题（见上）。",
    ]);
  });
});

describe("tables", () => {
  it("cut each cell to its column's width in terminal columns (a CJK character two), with …, and pad all but the last", () => {
    const rows = [
      ["文件", "机关"],
      ["一二三四五六七.xlsx", "局"],
      ["一二三四五", "很长的机关名称"],
      ["a", ""],
    ];
    expect(formatTable(rows, [10, 6]).split("\n")).toEqual(["文件       | 机关", "一二三四… | 局", "一二三四五 | 很长…", "a          | "]);
  });
});

describe("a write that failed", () => {
  it("names the path from the clerk's folder, or whole when outside it", () => {
    expect(formatOutputError(new OutputError("/home/a/出/x.docx", "ENOSPC"), "/home/a")).toBe("无法写入 出/x.docx：磁盘空间已满");
    expect(formatOutputError(new OutputError("/proc/x", "EROFS"), "/home/a")).toBe("无法写入 /proc/x：所在的磁盘或文件夹是只读的");
    expect(formatOutputError(new OutputError("/home/a", "EACCES"), "/home/a")).toBe("无法写入 /home/a：没有读写权限");
  });
});
