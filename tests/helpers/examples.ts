/**
 * The bundled examples, the golden inputs: a fixed list, since clerks are told to put their own workbooks in inputs/.
 */
export const EXAMPLE_WORKBOOKS = ["inputs/2020-贺兰县交通运输局.xlsx", "inputs/2025-示范市自然资源局.xlsx"] as const;
