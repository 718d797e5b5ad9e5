#!/usr/bin/env python3
"""Regenerate every test fixture of thidua: `python3 Fixtures/make_fixtures.py`.

The outputs are committed, so `swift test` never needs these programs. Needs: Python 3.11 with
openpyxl, xlsxwriter, xlwt, msoffcrypto-tool (and python-calamine for the cross-check only), LibreOffice
(`soffice`) and Gnumeric (`ssconvert`). Versions used are written to Fixtures/versions.json.

Expected values (NAME.expected.json, NAME.extra.json) are computed here from the data we asked each
program to store, plus explicit, documented rules for what LibreOffice/Gnumeric change on the way
(tools/office.py: lo_transform, gnumeric_transform). They are NOT read back from the files;
tools/crosscheck.py compares them with python-calamine afterwards and Fixtures/crosscheck.txt
records every difference (all explained in README.md).

Who made what (details and the trap each file covers: Fixtures/README.md)
  read/openpyxl-*.xlsx           openpyxl (zip timestamps and docProps dates fixed afterwards)
  read/xlsxwriter-*.xlsx         XlsxWriter (same normalisation)
  read/lo-features.ods           LibreOffice: soffice --convert-to ods  src/lo-features.fods (written here)
  read/lo-features-xlsx.xlsx     LibreOffice: soffice --convert-to xlsx src/lo-features.fods
  read/lo-resaved.ods, lo-resaved-xlsx.xlsx   LibreOffice re-saving read/openpyxl-basic.xlsx
  read/gnumeric-*.{xlsx,ods}     Gnumeric ssconvert of src/gnumeric-src.xlsx (openpyxl)
  read/hand-*.xlsx               derived from src/base.xlsx (XlsxWriter) by zipfile rewrites (tools/hand.py)
  read/hand-ods-text.ods         derived from read/lo-features.ods by a content.xml rewrite
  read/csv/*                     Python, byte by byte (tools/csvgen.py)
  read/*.xls, hostile/*.xls      tools/xlsgen.py (xlwt, LibreOffice, Gnumeric; tools/cfbtool.py patches
                                 and builds compound files for the hostile ones)
  hostile/*                      tools/hostile.py (LibreOffice for the PDF, msoffcrypto-tool
                                 for the encrypted file, zipfile/zlib for the rest)

Deterministic: everything Python writes (fixed zip timestamps 2018-01-26 08:30, fixed document
dates, seeded random bytes). Not byte-deterministic: files saved by LibreOffice and Gnumeric
(they stamp dates), the PDF, and encrypted.xlsx (random salt). Their values are stable.
"""
import json
import os
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "tools"))

import common  # noqa: E402
import libs  # noqa: E402
import office  # noqa: E402
import hand  # noqa: E402
import csvgen  # noqa: E402
import hostile  # noqa: E402
import xlsgen  # noqa: E402


def clean():
    for d in (common.READ, common.HOSTILE, common.SRC):
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)


def main():
    clean()
    print("openpyxl / XlsxWriter ...")
    basic = libs.openpyxl_basic()
    libs.openpyxl_1904()
    gsrc = libs.openpyxl_gnumeric_source()
    libs.xlsxwriter_features()
    libs.xlsxwriter_1904()
    libs.xlsxwriter_constant_memory()
    base, base_sheets = libs.xlsxwriter_base()
    # the untouched base package is itself a reader fixture: the control for every hand-* variant
    ctrl = os.path.join(common.READ, "xlsxwriter-base.xlsx")
    shutil.copy(base, ctrl)
    common.write_expected(ctrl, base_sheets)

    print("LibreOffice / Gnumeric ...")
    lo, _fods = office.lo_fixtures(basic)
    office.gnumeric_fixtures(gsrc)
    lo_ods = [x for x in lo if x[0].endswith("lo-features.ods")][0]

    print("hand-crafted variants ...")
    hand.make_all(base, base_sheets, lo_ods[0], lo_ods[1])

    print("CSV ...")
    csvgen.make_all()

    print("hostile ...")
    hostile.make_all(base, lo_ods[0], gsrc[0])

    print("legacy .xls (xlwt, LibreOffice, Gnumeric; hostile variants) ...")
    xlsgen.make_all(basic, gsrc)

    common.dump_json(os.path.join(HERE, "versions.json"), common.tool_versions())

    total = 0
    for root, _, files in os.walk(HERE):
        if "/tools" in root or "__pycache__" in root:
            continue
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    print("total fixture size: %.2f MiB" % (total / 2**20))
    assert total < 10 * 2**20

    print("cross-check with python-calamine ...")
    try:
        out = subprocess.run([sys.executable, os.path.join(HERE, "tools", "crosscheck.py")],
                             stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, check=True).stdout
        with open(os.path.join(HERE, "crosscheck.txt"), "w", encoding="utf-8") as f:
            f.write("# python-calamine vs expected JSON; every difference is explained in README.md\n" + out)
    except Exception as e:  # calamine is optional
        print("cross-check skipped:", e)
    print("done")


if __name__ == "__main__":
    main()
