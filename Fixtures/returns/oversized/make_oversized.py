#!/usr/bin/env python3
"""Writes returns far larger than any form, to check that validate and consolidate stay
within bounded memory: `python3 make_oversized.py OUTDIR [--big]`.

Python's zipfile and zlib only. The two tiny ODS files are committed beside this script
(tests use them); `--big` also writes the large ones, which the memory check
(scripts/memory-check) makes on the fly rather than committing:
  numbers-1m.xlsx     one sheet of 1,000 x 1,000 numbers (about 2 MB)
  one-field-600mb.csv one CSV field of 600 MB
"""
import os
import sys
import zipfile

STAMP = (2018, 1, 26, 8, 30, 0)
NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"')
MANIFEST = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '</manifest:manifest>')


def entry(z, name, data, compress=True):
    info = zipfile.ZipInfo(name, STAMP)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    z.writestr(info, data)


def ods(path, tables):
    with zipfile.ZipFile(path, "w") as z:
        entry(z, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", compress=False)
        entry(z, "META-INF/manifest.xml", MANIFEST)
        body = "".join(tables)
        entry(z, "content.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {NS}>'
              f'<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>')


def repeated_table(name, rows, columns):
    cell = f'<table:table-cell office:value-type="float" office:value="1" table:number-columns-repeated="{columns}"><text:p>1</text:p></table:table-cell>'
    return (f'<table:table table:name="{name}"><table:table-row table:number-rows-repeated="{rows}">{cell}'
            '</table:table-row></table:table>')


def xlsx_numbers(path, rows, columns):
    ct = ('<?xml version="1.0" encoding="UTF-8"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          '<sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
    for r in range(1, rows + 1):
        parts.append(f'<row r="{r}">' + "".join(f'<c><v>{(r * 7919 + c * 104729) % 1000003}</v></c>' for c in range(columns)) + '</row>')
    parts.append('</sheetData></worksheet>')
    with zipfile.ZipFile(path, "w") as z:
        entry(z, "[Content_Types].xml", ct)
        entry(z, "_rels/.rels", rels)
        entry(z, "xl/workbook.xml", wb)
        entry(z, "xl/_rels/workbook.xml.rels", wbrels)
        entry(z, "xl/worksheets/sheet1.xml", "".join(parts))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    os.makedirs(out, exist_ok=True)
    # One row of 16,384 numbers repeated 64 times: 1,048,576 cells in about 1 KB.
    ods(os.path.join(out, "repeated-row.ods"), [repeated_table("Biểu mẫu", 64, 16384)])
    # 60 sheets, each 600 rows of 16,384 numbers (just under the 10,000,000 repeat limit per sheet).
    ods(os.path.join(out, "sixty-sheets.ods"), [repeated_table(f"Trang {i + 1}", 600, 16384) for i in range(60)])
    if "--big" in sys.argv:
        xlsx_numbers(os.path.join(out, "numbers-1m.xlsx"), 1000, 1000)
        with open(os.path.join(out, "one-field-600mb.csv"), "wb") as f:
            block = b"a" * (1 << 20)
            for _ in range(600):
                f.write(block)
            f.write(b"\n")


if __name__ == "__main__":
    main()
