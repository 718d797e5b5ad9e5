#!/usr/bin/env python3
"""Makes a return filled in the old form (form version 1: the self-assessed points typed by the
officer, no formulas) whose points are typed rounded to two decimals, as an officer reads them
off a calculator or Excel's ROUND, half up.

Starts from the 2018 set's return of Nghĩa Tân (Fixtures/returns/2018/00160-bao-cao-2018.xlsx,
itself an old-form return made by make_returns.py), retypes with openpyxl:
- CC05 (proportional, 3 points for 30 %): result 28.15, points 2.82. The exact points are 2.815,
  which binary arithmetic computes as 2.8149999999999995: 0.0050000000000003 from what the
  officer typed, just past half a hundredth;
- every other computed criterion's points rounded half up to two decimals;
- AN03's points 0.3 below the computed ones: a real mismatch, still a warning;
then LibreOffice (headless) saves it as XLSX, as the ward's program would.

Usage: python3 Fixtures/returns/rounding/make_rounding.py
Needs: openpyxl, LibreOffice (soffice). Output: Fixtures/returns/rounding/old-form-rounded-points.xlsx
"""
import decimal, os, shutil, subprocess, sys, tempfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
from make_returns import FIXED, POINTS, RESULT, load_schema, points, rows_by_code  # noqa: E402

SOURCE = os.path.join(HERE, "..", "2018", "00160-bao-cao-2018.xlsx")
NAME = "old-form-rounded-points"


def typed(v):
    """Two decimals, half up, from the decimal the officer sees (2.815, not 2.8149999999999995)."""
    return float(decimal.Decimal(repr(round(v, 9))).quantize(decimal.Decimal("0.01"), rounding=decimal.ROUND_HALF_UP))


def main():
    schema = load_schema()
    wb = openpyxl.load_workbook(SOURCE)
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb["Biểu mẫu"]
    marker = wb["_thidua"]
    assert marker["B7"].value == "1", "the source must be an old-form return (form_version 1)"
    rows = rows_by_code(ws)
    ws.cell(row=rows["CC05"], column=RESULT).value = 28.15
    for code, c in schema.items():
        if c["scoring"] == "manual" or float(c["max_points"] or 0) == 0:
            continue
        value = ws.cell(row=rows[code], column=RESULT).value
        if isinstance(value, str):
            value = value == "Có"
        ws.cell(row=rows[code], column=POINTS).value = typed(points(c, value, None))
    assert ws.cell(row=rows["CC05"], column=POINTS).value == 2.82
    an03 = ws.cell(row=rows["AN03"], column=POINTS)
    an03.value = round(an03.value - 0.3, 2)
    work = tempfile.mkdtemp()
    try:
        src = os.path.join(work, NAME + ".xlsx")
        wb.save(src)
        out = os.path.join(work, "out")
        subprocess.run(["soffice", "-env:UserInstallation=file://" + os.path.join(work, "profile"), "--headless",
                        "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.move(os.path.join(out, NAME + ".xlsx"), os.path.join(HERE, NAME + ".xlsx"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("wrote", os.path.join(HERE, NAME + ".xlsx"), "- AN03 points", an03.value, "(row", rows["AN03"], ")")


if __name__ == "__main__":
    main()
