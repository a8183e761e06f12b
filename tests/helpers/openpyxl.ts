/**
 * Workbooks as Python scripts write them: openpyxl (Debian's python3-openpyxl; pandas' Excel writer uses it too)
 * loads a workbook and saves it again, optionally writing values into cells found through their defined names. It
 * keeps formulas but drops their cached results, writing each as <f>…</f><v></v>.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

/** Debian's interpreter, which has the Debian package; a python3 earlier on PATH (pyenv) may not. */
const PYTHON = existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";

/** A value to write: a number or text, a date (ISO day), or paragraphs (one row each: level column, text column). */
export type ScriptValue = number | string | { date: string } | { level?: string; text: string }[];

const SCRIPT = String.raw`
import datetime, json, sys
import openpyxl
source, target, values = sys.argv[1], sys.argv[2], json.loads(sys.stdin.read())
workbook = openpyxl.load_workbook(source)
for name, value in values.items():
    sheet, ref = next(workbook.defined_names[name].destinations)
    cells = workbook[sheet][ref.replace("$", "")]
    rows = cells if isinstance(cells, tuple) else ((cells,),)
    if isinstance(value, list):
        for row, paragraph in zip(rows, value):
            row[0].value = paragraph.get("level")
            row[-1].value = paragraph["text"]
    elif isinstance(value, dict):
        rows[0][0].value = datetime.datetime.fromisoformat(value["date"])
    else:
        rows[0][0].value = value
workbook.save(target)
`;

/** Loads `source` in openpyxl, writes `values` (by field defined name) and saves it as `target`. */
export function saveWithOpenpyxl(source: string, target: string, values: Record<string, ScriptValue> = {}): void {
  const run = spawnSync(PYTHON, ["-c", SCRIPT, source, target], { input: JSON.stringify(values), encoding: "utf8" });
  if (run.status !== 0) throw new Error(`openpyxl failed: ${run.stderr}`);
}
