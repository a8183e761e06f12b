// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: ["dist/", "node_modules/", "reports/", "coverage/", ".stryker-tmp/", "outputs/", "tests/ooxml-schemas/", "build/", "release/"],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-control-regex": "off", // the validator's job is to find control characters (rules.md V7)
    },
  },
  {
    // The command line is the only place that may print; everything else returns data.
    files: ["src/**/*.ts"],
    ignores: ["src/cli/main.ts"],
    rules: { "no-console": "error" },
  },
);
