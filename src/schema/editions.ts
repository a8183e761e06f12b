import { ACTIVE_2019, ACTIVE_2021, buildActiveSheet } from "./active.js";
import { buildMetaSheet } from "./meta.js";
import { buildNarrativeSheets } from "./narrative.js";
import { buildRequestsSheet, requestHeaderCells, requestLabelCells } from "./requests.js";
import { buildReviewSheet, reviewHeaderCells } from "./review.js";
import type { ActiveBlockDef, EditionDef, EditionId, FieldDef } from "./types.js";

function buildEdition(id: EditionId, circular: string, years: EditionDef["years"], active: readonly ActiveBlockDef[]): EditionDef {
  const meta = buildMetaSheet();
  const activeSheet = buildActiveSheet(active);
  const requests = buildRequestsSheet(id);
  const review = buildReviewSheet();
  const narrative = buildNarrativeSheets(id);
  const [overview, problems, other] = narrative.layouts;
  return {
    id,
    circular,
    years,
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
  "2019": buildEdition("2019", "国办公开办函〔2019〕60号", { from: 2019, to: 2020 }, ACTIVE_2019),
  "2021": buildEdition("2021", "国办公开办函〔2021〕30号", { from: 2021 }, ACTIVE_2021),
};

export const EDITION_IDS = Object.keys(EDITIONS) as EditionId[];

export const isEditionId = (value: unknown): value is EditionId => typeof value === "string" && value in EDITIONS;

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
