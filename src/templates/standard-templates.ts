// Written by scripts/build-templates.ts (npm run templates): the SHA-256 of each committed templates/<edition>.docx.
// A template with these bytes passes `nianbao template check` (tests/templates.test.ts), so generate need not
// lint it again: a cold run then loads no XML parser for it.
export const STANDARD_TEMPLATE_SHA256: Readonly<Record<string, string>> = {
  "2019": "9f7139fd3d6881681b60e718f77276233b4f0d74c9b333d971f9bf32d0185374",
  "2021": "1c6d91040174214464ff36cc2470997663b2fd6b7ca28ce8ec8e0029d1a152f9"
};
