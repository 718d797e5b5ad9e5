#!/usr/bin/env python3
"""Build the district's schema workbook (XLSX, then ODS) from its CSV source of truth.

The CSV directory (one UTF-8 file per sheet) is what gets reviewed and diffed; the workbook
is what district staff open and edit. Usage:

    python3 Templates/make_schema_workbook.py                      # 2018 schema, XLSX + ODS
    python3 Templates/make_schema_workbook.py --csv-dir X.csvdir --out X.xlsx --no-ods

Requires openpyxl; the ODS copy needs LibreOffice (`soffice`).
"""
import argparse
import csv
import datetime
import os
import shutil
import subprocess
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

HERE = os.path.dirname(os.path.abspath(__file__))

# Sheet order in the workbook: the overview first, the long criteria list in the middle.
SHEETS = ["settings", "grades", "areas", "key_tasks", "criteria", "wards", "rules"]

# Columns whose cells are numbers; everything else stays text (codes keep leading zeros).
NUMERIC_COLUMNS = {
    "grades": {"min_points"},
    "criteria": {"min", "max", "target", "max_points", "points_per_unit"},
}
NUMERIC_SETTINGS = {"year", "max_total_points", "bonus_cap", "penalty_cap"}
DATE_SETTINGS = {"deadline"}

# Dropdowns: sheet -> column -> allowed values (staff may still type the Vietnamese synonyms
# the loader accepts, so the dropdowns warn rather than stop).
VALUE_TYPES = ["number", "integer", "percent", "money", "yes_no", "choice", "text", "date"]
SCORING = ["full_if_target_met", "proportional", "per_unit", "penalty", "manual"]
YES_NO = ["có", "không"]
DROPDOWNS = {
    "criteria": {"type": VALUE_TYPES, "scoring": SCORING, "required": YES_NO, "higher_is_better": YES_NO},
    "rules": {"operator": ["<=", "<", ">=", ">", "==", "!="], "severity": ["error", "warning"]},
}
# Columns checked against another sheet's codes.
REFERENCES = {("criteria", "area"): "areas"}

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
LABEL_FILL = PatternFill("solid", fgColor="DDEBF7")
HEADER_FONT = Font(bold=True, color="FFFFFF")
LABEL_FONT = Font(italic=True, color="1F4E79")
WIDE_COLUMNS = {"name", "notes", "title", "label", "message_vi", "message_en", "name_en", "aliases", "choices", "value"}
DATA_ROWS = 300  # validations reach this far so that new rows get them too


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def typed(sheet, column, key, text):
    """The cell value for a CSV field: number, date or text."""
    if text == "":
        return None
    numeric = column in NUMERIC_COLUMNS.get(sheet, set()) or (
        sheet == "settings" and column == "value" and key in NUMERIC_SETTINGS)
    if numeric:
        number = float(text)
        return int(number) if number.is_integer() else number
    if sheet == "settings" and column == "value" and key in DATE_SETTINGS:
        return datetime.date.fromisoformat(text)
    return text


def fill_sheet(ws, name, rows):
    header, labels, data = rows[0], rows[1], rows[2:]
    for col, (machine, label) in enumerate(zip(header, labels), start=1):
        top = ws.cell(row=1, column=col, value=machine)
        top.font, top.fill = HEADER_FONT, HEADER_FILL
        second = ws.cell(row=2, column=col, value=label)
        second.font, second.fill = LABEL_FONT, LABEL_FILL
        second.alignment = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(data, start=3):
        key = row[0]
        for c, text in enumerate(row, start=1):
            column = header[c - 1]
            cell = ws.cell(row=r, column=c, value=typed(name, column, key, text))
            if isinstance(cell.value, datetime.date):
                cell.number_format = "dd/mm/yyyy"
            elif isinstance(cell.value, str):
                cell.number_format = "@"  # keeps 00157 and 2018.1 as typed
                if cell.value.startswith("="):
                    cell.data_type = "s"  # text, never a formula
            if column in WIDE_COLUMNS:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
    ws.freeze_panes = "B3"
    for c, column in enumerate(header, start=1):
        longest = max(len(str(row[c - 1])) for row in rows if len(row) >= c)
        limit = 60 if column in WIDE_COLUMNS else 22
        ws.column_dimensions[get_column_letter(c)].width = max(10, min(limit, longest + 2))
    ws.auto_filter.ref = f"A2:{get_column_letter(len(header))}{len(rows)}"


def add_validations(ws, name, header, sheet_rows):
    for column, values in DROPDOWNS.get(name, {}).items():
        if column not in header:
            continue
        letter = get_column_letter(header.index(column) + 1)
        dv = DataValidation(type="list", formula1='"' + ",".join(values) + '"', allow_blank=True,
                            errorStyle="warning", showErrorMessage=True,
                            errorTitle="Giá trị không có trong danh sách",
                            error="Chọn một giá trị trong danh sách (xem README). / Pick a value from the list.")
        dv.add(f"{letter}3:{letter}{DATA_ROWS}")
        ws.add_data_validation(dv)
    for (sheet, column), target in REFERENCES.items():
        if sheet != name or column not in header:
            continue
        letter = get_column_letter(header.index(column) + 1)
        count = len(sheet_rows[target])
        dv = DataValidation(type="list", formula1=f"{target}!$A$3:$A${count + 20}", allow_blank=True,
                            errorStyle="warning", showErrorMessage=True,
                            errorTitle="Mã không có trong trang " + target,
                            error=f"Dùng một mã của trang {target}. / Use a code from the {target} sheet.")
        dv.add(f"{letter}3:{letter}{DATA_ROWS}")
        ws.add_data_validation(dv)


def build(csv_dir, out):
    sheet_rows = {name: read_csv(os.path.join(csv_dir, name + ".csv")) for name in SHEETS}
    wb = Workbook()
    wb.remove(wb.active)
    # Fixed metadata so that rebuilding unchanged CSVs gives the same workbook content.
    wb.properties.creator = "thidua make_schema_workbook.py"
    wb.properties.created = wb.properties.modified = datetime.datetime(2018, 1, 26)
    for name in SHEETS:
        ws = wb.create_sheet(name)
        fill_sheet(ws, name, sheet_rows[name])
        add_validations(ws, name, sheet_rows[name][0], sheet_rows)
    wb.save(out)


def convert_to_ods(xlsx):
    soffice = shutil.which("soffice")
    if soffice is None:
        sys.exit("soffice (LibreOffice) not found: install it or pass --no-ods")
    profile = "file:///tmp/lo-profile-schema"
    subprocess.run([soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "ods",
                    "--outdir", os.path.dirname(os.path.abspath(xlsx)), xlsx],
                   check=True, stdout=subprocess.DEVNULL)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv-dir", default=os.path.join(HERE, "schema-2018.csvdir"))
    parser.add_argument("--out", default=os.path.join(HERE, "schema-2018.xlsx"))
    parser.add_argument("--no-ods", action="store_true", help="skip the LibreOffice ODS copy")
    args = parser.parse_args()
    build(args.csv_dir, args.out)
    if not args.no_ods:
        convert_to_ods(args.out)
    print("wrote", args.out, "" if args.no_ods else "and its .ods copy")


if __name__ == "__main__":
    main()
