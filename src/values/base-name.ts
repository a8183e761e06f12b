/**
 * The last part of a path, split at either separator: a path typed on Windows, a name a browser gives (no folder
 * at all). Pure, for the modules the page shares; Node's path.basename splits at "/" alone on Linux.
 */
export const baseName = (path: string): string => path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1);
