#!/usr/bin/env python3
"""Makes the criteria workbooks of the portal's schema-version tests, as district staff would
edit `Templates/schema-2018.xlsx` (openpyxl stands in for Excel; LibreOffice saves the ODS and
XLS copies, as an office with LibreOffice would):

- `schema-2018-v2.xlsx`: version 2018.2, one rule added (R10: KT04, the tax-arrears rate, at
  most 4 %; an error). Yên Hòa's return (KT04 = 4.7) passes version 2018.1 and fails 2018.2.
- `schema-2018-v2.ods`, `schema-2018-v2.xls`: the same workbook saved by LibreOffice.
- `schema-2018-v2-same-number.xlsx`: the 2018.2 criteria left at version 2018.1 (the district
  forgot to change the version cell, settings!B4).
- `schema-2018-broken.xlsx`: three mistakes, each found by the loader at its cell: KT05's area
  `KX` (criteria!B7, no such area), Yên Hòa's code made 00166 (wards!B9, a duplicate of Dịch
  Vọng), the deadline typed as text `15/12/2018` (settings!B8, text dates must be ISO).
- `schema-2019.xlsx`: the next year's schema (id caugiay-2019, version 2019.1, year 2019,
  deadline 2019-12-15), as `Templates/README.md` says to start a year.
- `00172-form-version-2018.9.xlsx`: Yên Hòa's clean return
  (`Fixtures/returns/2018/00172-bao-cao-2018.xlsx`) whose marker sheet names version 2018.9,
  a version the portal never had.

Usage: python3 Fixtures/schema-versions/make_schema_versions.py
Needs: openpyxl, LibreOffice (soffice).
"""
import datetime, os, shutil, subprocess, tempfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
TEMPLATE = os.path.join(ROOT, "Templates", "schema-2018.xlsx")
FIXED = datetime.datetime(2018, 1, 26, 8, 30)


def row_of(ws, column, value):
    for row in ws.iter_rows(min_row=1):
        if row[column - 1].value == value:
            return row[0].row
    raise SystemExit("%s: no %r in column %d" % (ws.title, value, column))


def save(wb, name):
    wb.properties.created = wb.properties.modified = FIXED
    path = os.path.join(HERE, name)
    wb.save(path)
    return path


def version_two(version):
    wb = openpyxl.load_workbook(TEMPLATE)
    settings = wb["settings"]
    settings.cell(row_of(settings, 1, "version"), 2).value = version
    rules = wb["rules"]
    r = rules.max_row + 1
    for c, v in enumerate(["R10", "KT04", "<=", "4", "error",
                           "Tỷ lệ nợ đọng thuế (KT04) năm nay không được quá 4%.",
                           "The tax arrears rate (KT04) may not exceed 4% this year."], start=1):
        rules.cell(r, c).value = v
    return wb


def broken():
    wb = openpyxl.load_workbook(TEMPLATE)
    criteria = wb["criteria"]
    criteria.cell(row_of(criteria, 1, "KT05"), 2).value = "KX"
    wards = wb["wards"]
    wards.cell(row_of(wards, 1, "Yên Hòa"), 2).value = "00166"
    settings = wb["settings"]
    settings.cell(row_of(settings, 1, "deadline"), 2).value = "15/12/2018"
    return wb


def next_year():
    wb = openpyxl.load_workbook(TEMPLATE)
    settings = wb["settings"]
    for key, value in [("id", "caugiay-2019"), ("version", "2019.1"), ("year", 2019),
                       ("title", "Giao ước thi đua năm 2019 các phường quận Cầu Giấy"),
                       ("reporting_period", "01/01/2019 - 30/11/2019"), ("deadline", datetime.datetime(2019, 12, 15))]:
        settings.cell(row_of(settings, 1, key), 2).value = value
    return wb


def unknown_version():
    wb = openpyxl.load_workbook(os.path.join(ROOT, "Fixtures", "returns", "2018", "00172-bao-cao-2018.xlsx"))
    marker = wb["_thidua"]
    marker.cell(row_of(marker, 1, "schema_version"), 2).value = "2018.9"
    return wb


def libreoffice(path, fmt):
    profile = "file://" + os.path.join(tempfile.gettempdir(), "lo-profile-schema-versions")
    subprocess.run([shutil.which("soffice") or "soffice", "-env:UserInstallation=" + profile, "--headless",
                    "--convert-to", fmt, "--outdir", HERE, path], check=True, stdout=subprocess.DEVNULL)


def main():
    v2 = save(version_two("2018.2"), "schema-2018-v2.xlsx")
    libreoffice(v2, "ods")
    libreoffice(v2, "xls")
    save(version_two("2018.1"), "schema-2018-v2-same-number.xlsx")
    save(broken(), "schema-2018-broken.xlsx")
    save(unknown_version(), "00172-form-version-2018.9.xlsx")
    save(next_year(), "schema-2019.xlsx")


if __name__ == "__main__":
    main()
