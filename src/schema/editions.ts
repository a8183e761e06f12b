import { ACTIVE_2019, ACTIVE_2021, buildActiveSheet } from "./active.js";
import { buildMetaSheet } from "./meta.js";
import { buildNarrativeSheets } from "./narrative.js";
import { buildRequestsSheet, requestHeaderCells, requestLabelCells } from "./requests.js";
import { buildReviewSheet, reviewHeaderCells } from "./review.js";
import type { ActiveBlockDef, EditionDef, EditionId, FieldDef } from "./types.js";

/** What differs between the two official formats (formats.md), as data; the rest is built the same way. */
interface EditionData {
  circular: string;
  years: EditionDef["years"];
  /** The sub-tables of section 二. */
  active: readonly ActiveBlockDef[];
  /** Section 六 states the 信息处理费 position (国办公开办函〔2021〕30号), from three facts the clerk gives. */
  feeStatement: boolean;
}

const EDITION_DATA: Record<EditionId, EditionData> = {
  "2019": { circular: "国办公开办函〔2019〕60号", years: { from: 2019, to: 2020 }, active: ACTIVE_2019, feeStatement: false },
  "2021": { circular: "国办公开办函〔2021〕30号", years: { from: 2021 }, active: ACTIVE_2021, feeStatement: true },
};

function buildEdition(id: EditionId, { circular, years, active, feeStatement }: EditionData): EditionDef {
  const meta = buildMetaSheet();
  const activeSheet = buildActiveSheet(active);
  const requests = buildRequestsSheet(id);
  const review = buildReviewSheet();
  const narrative = buildNarrativeSheets(feeStatement);
  const [overview, problems, other] = narrative.layouts;
  return {
    id,
    circular,
    years,
    feeStatement,
    fields: [...meta.fields, ...activeSheet.fields, ...requests.fields, ...review.fields, ...narrative.fields],
    equations: [...requests.equations, ...review.equations],
    // Sheet order follows the printed report: 一 … 六.
    sheets: [meta.layout, overview, activeSheet.layout, requests.layout, review.layout, problems, other],
    tables: {
      active,
      requestRows: requests.rows,
      requestHeader: requestHeaderCells(),
      requestLabels: requestLabelCells(requests.rows),
      reviewHeader: reviewHeaderCells(),
    },
  };
}

export const EDITIONS: Readonly<Record<EditionId, EditionDef>> = {
  "2019": buildEdition("2019", EDITION_DATA["2019"]),
  "2021": buildEdition("2021", EDITION_DATA["2021"]),
};

export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

export const isEditionId = (value: unknown): value is EditionId => typeof value === "string" && value in EDITIONS;

/** The first report year of the earliest edition: this tool's reports start there. */
export const FIRST_REPORT_YEAR = Math.min(...EDITION_IDS.map((id) => EDITIONS[id].years.from));

/** The edition a report for `year` must use (formats.md); undefined before 2019. */
export function editionForYear(year: number): EditionId | undefined {
  return EDITION_IDS.find((id) => {
    const { from, to } = EDITIONS[id].years;
    return year >= from && (to === undefined || year <= to);
  });
}

export function fieldIndex(edition: EditionDef): ReadonlyMap<string, FieldDef> {
  return new Map(edition.fields.map((field) => [field.id, field]));
}
