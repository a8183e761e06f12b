/**
 * What the collection desk (nianbao serve) tells the page it serves: whose link it is. The page carries it as a JSON
 * script element; opened from disk, the page has none and is the clerk's own.
 */
export type DeskConfig = { role: "agency"; agency: string; year: number } | { role: "office"; year: number };

export const DESK_CONFIG_ID = "nianbao-desk";

/** The desk's routes, relative to a link (…/<token>/): the page and the server name them from here. */
export const DESK_ROUTES = {
  submit: "api/submit",
  submissions: "api/submissions",
  overview: "api/overview",
  verify: "api/verify",
  summary: "summary.xlsx",
  documents: "documents.zip",
  /** files/<version>/<name> */
  files: "files",
} as const;

/** The header an upload's file name comes in, URI-encoded (a header is Latin-1). */
export const FILE_NAME_HEADER = "x-file-name";
