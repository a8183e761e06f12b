/**
 * The desk's pure parts, case by case: what an agency's link refuses of a report the check may pass, and the page it
 * serves (its policy opened to its own server only, its configuration inlined so that no text can end the element).
 *
 * Covers: src/desk/identity.ts, src/desk/served-page.ts.
 */
import { describe, expect, it } from "vitest";
import { refusedByDesk } from "../src/desk/identity.js";
import { servedPage, servedPolicy } from "../src/desk/served-page.js";

const expected = { agency: "贺兰县交通运输局", year: 2025 };
const prepared = (status: "ok" | "unreadable" | "published", report?: { agency?: string; year?: number }) =>
  ({ status, report }) as Parameters<typeof refusedByDesk>[1];
const codes = (...args: Parameters<typeof refusedByDesk>) => refusedByDesk(...args).map((finding) => [finding.code, finding.file]);

describe("what an agency's link refuses", () => {
  it("takes the agency's own report of the year, its name typed with other spaces", () => {
    expect(codes(expected, prepared("ok", { agency: " 贺兰县 交通运输局", year: 2025 }), "a.xlsx")).toEqual([]);
  });

  it("refuses another agency's report, another year's, or both, naming the file", () => {
    expect(codes(expected, prepared("ok", { agency: "贺兰县教育局", year: 2025 }), "a.xlsx")).toEqual([["desk/other-agency", "a.xlsx"]]);
    expect(codes(expected, prepared("ok", { agency: "贺兰县交通运输局", year: 2024 }), "a.xlsx")).toEqual([["desk/other-year", "a.xlsx"]]);
    expect(codes(expected, prepared("ok", { agency: "贺兰县教育局", year: 2024 }), "b.xlsx")).toEqual([
      ["desk/other-agency", "b.xlsx"],
      ["desk/other-year", "b.xlsx"],
    ]);
  });

  it("leaves to the check a report that names no agency or year, and one it cannot read", () => {
    expect(codes(expected, prepared("ok", {}), "a.xlsx")).toEqual([]);
    expect(codes(expected, prepared("ok"), "a.xlsx")).toEqual([]);
    expect(codes(expected, prepared("unreadable", { agency: "贺兰县教育局", year: 2024 }), "a.xlsx")).toEqual([]);
  });

  it("refuses a published report, whoever's it is", () => {
    expect(codes(expected, prepared("published", { agency: "贺兰县交通运输局", year: 2025 }), "报告.docx")).toEqual([
      ["desk/published", "报告.docx"],
    ]);
  });
});

describe("the page as the desk serves it", () => {
  const PAGE = [
    "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; connect-src 'none'; img-src data:\">",
    '<main id="app"></main>',
  ].join("\n");

  it("may talk to its own server only, and may not be framed", () => {
    expect(servedPolicy(PAGE)).toBe("default-src 'none'; connect-src 'self'; img-src data:; frame-ancestors 'none'");
  });

  it("is refused as not our page without a policy that forbids connections", () => {
    expect(() => servedPolicy("<main></main>")).toThrow("the page's Content-Security-Policy was not found");
    expect(() => servedPolicy('<meta http-equiv="Content-Security-Policy" content="default-src *">')).toThrow();
  });

  it("carries its configuration before the app, with < escaped so that no value ends the element", () => {
    const served = servedPage(PAGE, { role: "agency", agency: "</script><b>局", year: 2025 });
    expect(served).toContain("connect-src 'self'");
    expect(served).toContain(
      '<script type="application/json" id="nianbao-desk">{"role":"agency","agency":"\\u003c/script>\\u003cb>局","year":2025}</script>\n<main id="app">',
    );
    expect(served.match(/<\/script>/g)).toHaveLength(1);
  });
});
