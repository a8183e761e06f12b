import { sheetGrids } from "../src/web/sheet-grid.js";
import { EDITIONS } from "../src/schema/index.js";
const g = sheetGrids(EDITIONS["2021"], { "requests.newReceived.total": 12 } as any, new Map());
const a = g[3]; console.log(a.sheet, a.rows, a.columns); for (const c of a.cells.filter(c=>c.row<=3)) console.log(JSON.stringify(c));
const b = g[4]; console.log(b.sheet, b.rows, b.columns); for (const c of b.cells.filter(c=>c.row<=1)) console.log(JSON.stringify(c));
console.log(g[0].cells.find(c=>c.field==="meta.year"));
