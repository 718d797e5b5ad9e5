#!/usr/bin/env python3
"""The scale benchmark's anchors: read every cell of every sheet of every return in a folder,
in one Python loop, with python-calamine or openpyxl (read-only). Prints the number of files
and of non-empty cells. openpyxl cannot read ODS: it skips them and says how many.
usage: read_loop.py calamine|openpyxl FOLDER"""
import os, sys

def main():
    reader, folder = sys.argv[1], sys.argv[2]
    files = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith((".xlsx", ".ods")))
    cells = skipped = 0
    if reader == "calamine":
        from python_calamine import CalamineWorkbook
        for path in files:
            wb = CalamineWorkbook.from_path(path)
            for name in wb.sheet_names:
                for row in wb.get_sheet_by_name(name).to_python(skip_empty_area=False):
                    cells += sum(1 for v in row if v != "")
    else:
        import openpyxl
        for path in files:
            if path.endswith(".ods"):
                skipped += 1
                continue
            wb = openpyxl.load_workbook(path, read_only=True)
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    cells += sum(1 for v in row if v is not None)
            wb.close()
    print(f"{reader}: {len(files) - skipped} files, {cells} cells" + (f", {skipped} ODS skipped" if skipped else ""))

main()
