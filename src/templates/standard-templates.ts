// Written by scripts/build-templates.ts (npm run templates): the SHA-256 of each committed templates/<edition>.docx.
// A template with these bytes passes `nianbao template check` (tests/templates.test.ts), so generate need not
// lint it again: a cold run then loads no XML parser for it.
export const STANDARD_TEMPLATE_SHA256: Readonly<Record<string, string>> = {
  "2019": "eb73dcfa7bfbd613f9e0bb4159af63e272673c3104917e7747e98d1421940e2c",
  "2021": "f500bd6122b7261a9242cbc2e121674d2404f18c7fd8ac3ba58c7507656b01cb"
};
