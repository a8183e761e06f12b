/**
 * The workbook as exceljs is given it: the parts the zip guard has already inflated and checked, stored rather than
 * compressed again, so that a part is inflated once and not a second time by exceljs's JSZip. The parts of sheets no
 * reading needs (the 校验 and 数值 sheets nianbao writes for Excel's own checks: 160 KB of formulas in a 330 KB
 * workbook) are given as empty sheets, so that exceljs does not parse them; the sheets stay, with their names.
 * exceljs's load of the 2025 example in a cold process on Node 24, 4 runs each: 115–141 ms from the workbook as it
 * was saved, 109–123 ms from its parts stored with those two sheets empty.
 */
import { DOMParser, type Element } from "@xmldom/xmldom";
import { zipSync } from "fflate";

const EMPTY_SHEET = Buffer.from(
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>',
);

const WORKBOOK = "xl/workbook.xml";
const WORKBOOK_RELATIONS = "xl/_rels/workbook.xml.rels";

/** The elements of that local name, whatever their prefix, in a part; none when it is not well-formed. */
function elementsOf(xml: string, localName: string): Element[] {
  try {
    const document = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml");
    return Array.from(document.getElementsByTagNameNS("*", localName));
  } catch {
    return [];
  }
}

const ROOT_START = /<(?![?!])([\w.-]+:)?[\w.-]+[^>]*>/;
const SHEETS = /<([\w.-]+:)?sheets[\s>][^]*?<\/([\w.-]+:)?sheets>/;

/**
 * workbook.xml's root with its <sheets> alone: the namespaces the root declares, without the defined names that
 * make most of the part (48 of 49 KB in the blank workbook).
 */
function sheetsOnly(workbookXml: Buffer): string {
  const xml = workbookXml.toString("utf8");
  const root = ROOT_START.exec(xml);
  const sheets = SHEETS.exec(xml);
  if (!root || !sheets) return "";
  const name = /^<([\w.:-]+)/.exec(root[0])![1];
  return `${root[0].replace(/\/>$/, ">")}${sheets[0]}</${name}>`;
}

/** The relationship id of a <sheet>: its attribute `id` in the relationships namespace, whatever its prefix. */
const relationOf = (sheet: Element): string | undefined =>
  Array.from(sheet.attributes).find((attribute) => attribute.name !== "id" && attribute.name.endsWith(":id"))?.value;

/** A relationship's target as a part name: relative to xl/, or from the zip's root when it starts with a slash. */
const partOf = (target: string): string => (target.startsWith("/") ? target.slice(1) : `xl/${target}`);

/** The parts of the sheets of these names, as the workbook and its relationships say; none where they do not. */
export function sheetParts(parts: ReadonlyMap<string, Buffer>, sheetNames: readonly string[]): string[] {
  const workbook = parts.get(WORKBOOK);
  const relations = parts.get(WORKBOOK_RELATIONS);
  if (!workbook || !relations) return [];
  const targets = new Map(
    elementsOf(relations.toString("utf8"), "Relationship").map((relation) => [
      relation.getAttribute("Id"),
      relation.getAttribute("Target"),
    ]),
  );
  return elementsOf(sheetsOnly(workbook), "sheet")
    .filter((sheet) => sheetNames.includes(sheet.getAttribute("name") ?? ""))
    .map((sheet) => targets.get(relationOf(sheet) ?? ""))
    .filter((target): target is string => !!target)
    .map(partOf)
    .filter((part) => parts.has(part));
}

/** A stored zip of the parts, in their order, those of the sheets named in `unread` as empty sheets. */
export function storedWorkbook(parts: ReadonlyMap<string, Buffer>, unread: readonly string[]): Uint8Array {
  const emptied = new Set(sheetParts(parts, unread));
  return zipSync(Object.fromEntries([...parts].map(([name, bytes]) => [name, emptied.has(name) ? EMPTY_SHEET : bytes])), {
    level: 0,
  });
}
