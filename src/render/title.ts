/** The report's title as printed: the agency on one line, the year's report on the next (formats.md). */
export function titleLines(data: Readonly<Record<string, unknown>>): { agency: string; report: string } {
  return { agency: String(data["meta.agency"] ?? ""), report: `${String(data["meta.year"])}年政府信息公开工作年度报告` };
}

/** The title on one line: the web page's <title>, the .docx's and so the PDF's document title. */
export const documentTitle = (data: Readonly<Record<string, unknown>>): string => {
  const { agency, report } = titleLines(data);
  return agency + report;
};
