import { describe, expect, it } from "vitest";
import { checkFile } from "../src/pipeline/check.js";
import { jsonDepth, MAX_JSON_DEPTH } from "../src/input/read-json.js";
import { buildWorkbook, tempDir, TODAY, YEAR } from "./helpers/fixtures.js";
import { validJson, writeJson } from "./helpers/json.js";
import { nianbao } from "./helpers/cli.js";
import { EDITION_IDS } from "../src/schema/editions.js";

describe.each([...EDITION_IDS])("the JSON form, edition %s", (edition) => {
  it("validates a complete report with no findings and reads the same values as the workbook", async () => {
    const fromJson = await checkFile(writeJson(validJson(edition)), { today: TODAY });
    const fromWorkbook = await checkFile(await buildWorkbook(edition), { today: TODAY });
    expect(fromJson.result.findings).toEqual([]);
    expect(fromJson.report).toEqual(fromWorkbook.report);
  });
});

describe("the JSON form", () => {
  it("names the field of every problem, all at once", async () => {
    const data = validJson("2021") as {
      requests: Record<string, Record<string, unknown>>;
      review: Record<string, unknown>;
      meta: Record<string, unknown>;
    };
    data.requests.granted.natural = "12";
    delete data.review.upheld;
    data.requests.newReceived.total = 999;
    (data as Record<string, unknown>).extra = 1;
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    expect(result.findings.map((f) => [f.code, f.field])).toEqual([
      ["value/wrong-type", "requests.granted.natural"],
      ["value/missing", "review.upheld"],
      ["rule/r1-balance", "requests.newReceived.total"],
      ["rule/r3-row-total", "requests.newReceived.total"],
      ["input/unknown-field", "extra"],
    ]);
    expect(result.findings[3].message).toMatch(
      /^「三、收到和处理政府信息公开申请情况」「一、本年新收政府信息公开申请数量」行「总计」列：“总计”应为 \d+（自然人 \d+ \+ /,
    );
  });

  it("takes the edition from the year when the JSON does not say", async () => {
    const data = validJson("2019") as { meta: Record<string, unknown> };
    delete data.meta.edition;
    const { result } = await checkFile(writeJson(data), { today: TODAY });
    expect(result.edition).toBe("2019");
    expect(result.findings).toEqual([]);
    expect(data.meta.year).toBe(YEAR["2019"]);
  });

  it("prints with --json exactly the object the library returns", async () => {
    const file = writeJson({ ...validJson("2021"), review: { upheld: 1, corrected: 0, other: 0, pending: 0, total: 5 } });
    const cli = await nianbao(["check", file, "--json"], tempDir());
    const library = await checkFile(file, { today: TODAY });
    expect(cli.code).toBe(1);
    expect(JSON.parse(cli.stdout)).toEqual(JSON.parse(JSON.stringify(library.result)));
    expect(library.result).toMatchObject({
      valid: false,
      edition: "2021",
      file: "report.json",
      stats: { errors: 1, warnings: 0, infos: 0 },
    });
  });
});

describe("how deep a JSON text nests, counted before it is parsed", () => {
  it.each([
    ["a number", "1", 0],
    ["one object", '{"a":1}', 1],
    ["siblings side by side", "[[],[],{}]", 2],
    ["values between brackets", '[1,[2,[3]],4,"x"]', 3],
    ["brackets inside strings", '{"a":"[[{{","b":[1]}', 2],
    ["an escaped quote inside a string", '{"a":"\\"[[[","b":[]}', 2],
    ["an escaped backslash ending a string", '["\\\\",[[1]]]', 3],
  ])("%s", (_, text, depth) => expect(jsonDepth(text)).toBe(depth));

  it("stops counting one past the limit", () => {
    expect(jsonDepth("[".repeat(MAX_JSON_DEPTH))).toBe(MAX_JSON_DEPTH);
    expect(jsonDepth("[".repeat(10_000))).toBe(MAX_JSON_DEPTH + 1);
    expect(jsonDepth("[[[[", 2)).toBe(3);
  });
});
