"""
The Python peer of `npm run bench`: what a team would write with docxtpl and openpyxl (Debian: python3-docxtpl,
python3-openpyxl). It reads every defined name of each workbook with openpyxl and renders the template (our template
with its tags converted to Jinja by bench/peer-template.ts) with docxtpl. No checks: only the floor of the same job.

    python3 peer.py TEMPLATE OUT_DIR WORKBOOK...

Prints one line per workbook: the milliseconds it took.
"""
import os
import sys
import time

from docxtpl import DocxTemplate
from openpyxl import load_workbook


def values_of(path):
    workbook = load_workbook(path, data_only=True)
    values = {}
    for name in workbook.defined_names.definedName:
        for sheet, ref in name.destinations:
            if sheet in workbook.sheetnames:
                cell = workbook[sheet][ref.replace("$", "").split(":")[0]]
                values[name.name] = "" if cell.value is None else cell.value
    return values


def main():
    template, out_dir, inputs = sys.argv[1], sys.argv[2], sys.argv[3:]
    os.makedirs(out_dir, exist_ok=True)
    for index, path in enumerate(inputs):
        start = time.perf_counter()
        document = DocxTemplate(template)
        document.render({"v": values_of(path)})
        document.save(os.path.join(out_dir, f"{index}.docx"))
        print(f"{(time.perf_counter() - start) * 1000:.2f}")


main()
