/** Writes the example workbooks in inputs/ through the same blank workbook `nianbao init` writes. */
import { writeFileSync } from "node:fs";
import { EDITIONS } from "../src/schema/index.js";
import { fillWorkbook } from "../src/workbook/fill-workbook.js";
import { buildBlankWorkbook } from "../src/workbook/write-blank.js";
import { DEMO_CITY_2025 } from "./examples/demo-city-2025.js";
import { HELAN_2020 } from "./examples/helan-2020.js";

for (const example of [HELAN_2020, DEMO_CITY_2025]) {
  const workbook = buildBlankWorkbook(EDITIONS[example.edition], {
    agency: example.values["meta.agency"],
    year: example.values["meta.year"],
  });
  fillWorkbook(workbook, example.values);
  writeFileSync(new URL(`../${example.file}`, import.meta.url), new Uint8Array(await workbook.xlsx.writeBuffer()));
  console.log(example.file);
}
