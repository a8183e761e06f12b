/** `nianbao page -o 文件夹`: a copy of the clerk's page for an office, never written over anything of the clerk's. *
 * Covers: src/cli/page-command.ts.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { nianbao } from "./helpers/cli.js";
import { tempDir } from "./helpers/fixtures.js";

describe("nianbao page", () => {
  it("writes dist/web/nianbao.html into the folder given, and says so once it is there", async () => {
    const dir = tempDir();
    const built = readFileSync("dist/web/nianbao.html");
    // A folder that does not exist yet is made, as a clerk typing -o 发给各单位 expects; an .html name is the file.
    const first = await nianbao(["page", "-o", "发给各单位"], dir);
    expect(first.code).toBe(0);
    expect(readFileSync(join(dir, "发给各单位", "nianbao.html")).equals(built)).toBe(true);
    expect((await nianbao(["page", "-o", "网页版.html"], dir)).code).toBe(0);
    expect(readFileSync(join(dir, "网页版.html")).equals(built)).toBe(true);

    const again = await nianbao(["page", "-o", "."], dir);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/^已写出网页版：nianbao\.html（\d+\.\d MB，单个文件，离线可用）。/);
    expect(readFileSync(join(dir, "nianbao.html")).equals(built)).toBe(true);

    const same = await nianbao(["page"], dir);
    expect(same).toMatchObject({ code: 0, stderr: "nianbao.html 已是当前版本的网页版，未改动。\n" });
  });

  it("never writes over another file of that name", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "nianbao.html"), "科里自己的网页");
    const run = await nianbao(["page", "-o", dir], dir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("已存在，为避免覆盖您的数据，本次没有写入。");
    expect(readFileSync(join(dir, "nianbao.html"), "utf8")).toBe("科里自己的网页");
  });
});
