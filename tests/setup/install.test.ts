import { readFileSync } from "node:fs";
import semver from "semver";
import { describe, expect, it } from "vitest";

const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { engines: { node: string } };
const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as {
  packages: Record<string, { engines?: { node?: string } | string[]; dev?: boolean }>;
};

describe("a fresh install", () => {
  it("locks no package whose engines exclude the oldest Node the README promises (npm ci would warn)", () => {
    const oldest = semver.minVersion(pkg.engines.node)!.version;
    const excluded = Object.entries(lock.packages)
      .filter(([path, entry]) => path !== "" && entry.engines && !Array.isArray(entry.engines) && entry.engines.node)
      .filter(([, entry]) => !semver.satisfies(oldest, (entry.engines as { node: string }).node))
      .map(([path, entry]) => `${path} (${(entry.engines as { node: string }).node})`);
    expect(excluded).toEqual([]);
  });

  it("reads nothing outside the repository: the render tests take the schemas from tests/ooxml-schemas", () => {
    // The OOXML schemas the render tests need are kept in tests/ooxml-schemas (see its README).
    expect(readFileSync("tests/helpers/docx.ts", "utf8")).not.toContain("shared/");
    expect(readFileSync("tests/ooxml-schemas/microsoft/wml-2010.xsd", "utf8")).toContain("wordprocessingml");
  });
});
