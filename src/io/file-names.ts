/** Characters Windows forbids in file names (and white space): an agency name should hold none, but a typo might. */
export const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\s]+/g, "");
