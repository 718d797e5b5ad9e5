#!/usr/bin/env python3
"""Values a writer cannot hold as they are (read fine, must never trap a writer).

- huge-duration.xlsx  openpyxl: A1 a duration of 1e300 seconds (1e300/86400 days, format
                      [h]:mm:ss), A2 one of 36 hours.
- huge-time.ods       hand-made (no program writes it): A1 office:time-value of 10^20 hours,
                      A2 PT36H.
- inline-stray-v.xlsx hand-made: inline-string cells with a stray <v> after (A1, "1." and
                      1.0, calamine's case) and before (A2) the <is>.
- covered.ods         hand-made: A1:B1 merged, "a3" kept in the covered B1 (as LibreOffice
                      keeps a merge's hidden contents), C1 after it.
- covered-return.ods  Fixtures/returns/2018/00157-bao-cao-2018.ods (LibreOffice) with a value
                      typed under the title's merge (B1 holds 1234).

Needs: openpyxl. Run from anywhere: python3 Fixtures/values/make.py
"""
import os, zipfile
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = (1980, 1, 1, 0, 0, 0)

wb = openpyxl.Workbook()
ws = wb.active
ws.title = "Durations"
ws["A1"] = 1e300 / 86400
ws["A1"].number_format = "[h]:mm:ss"
ws["A2"] = 1.5
ws["A2"].number_format = "[h]:mm:ss"
wb.properties.created = wb.properties.modified = __import__("datetime").datetime(2018, 1, 1)
wb.save(os.path.join(HERE, "huge-duration.xlsx"))

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')
CONTENT = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.3"><office:body><office:spreadsheet>
<table:table table:name="Times">
<table:table-row><table:table-cell office:value-type="time" office:time-value="PT100000000000000000000H"><text:p>?</text:p></table:table-cell></table:table-row>
<table:table-row><table:table-cell office:value-type="time" office:time-value="PT36H"><text:p>36:00:00</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>
'''
MANIFEST = '''<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
 <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
</manifest:manifest>
'''
with zipfile.ZipFile(os.path.join(HERE, "huge-time.ods"), "w") as z:
    for name, data, method in [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                               ("content.xml", CONTENT, zipfile.ZIP_DEFLATED),
                               ("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED)]:
        zi = zipfile.ZipInfo(name, FIXED)
        zi.compress_type = method
        z.writestr(zi, data)


def xlsx(path, sheet):
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' + sheet + '</sheetData></worksheet>',
    }
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)


xlsx(os.path.join(HERE, "inline-stray-v.xlsx"),
     '<row r="1"><c r="A1" t="inlineStr"><is><t>1.</t></is><v>1.0</v></c></row>'
     '<row r="2"><c r="A2" t="inlineStr"><v>2</v><is><t>hai</t></is></c></row>'
     '<row r="3"><c r="A3" t="inlineStr"><is><t>  ba  </t></is></c></row>')

COVERED = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document-content {NS} office:version="1.3"><office:body><office:spreadsheet>
<table:table table:name="Covered">
<table:table-row><table:table-cell office:value-type="string" table:number-columns-spanned="2" table:number-rows-spanned="1"><text:p>a1</text:p></table:table-cell><table:covered-table-cell office:value-type="string"><text:p>a3</text:p></table:covered-table-cell><table:table-cell office:value-type="float" office:value="7"><text:p>7</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>
'''


def ods(path, content, others=()):
    with zipfile.ZipFile(path, "w") as z:
        entries = [("mimetype", "application/vnd.oasis.opendocument.spreadsheet", zipfile.ZIP_STORED),
                   ("content.xml", content, zipfile.ZIP_DEFLATED)] + list(others)
        if not any(n == "META-INF/manifest.xml" for n, _, _ in entries):
            entries.append(("META-INF/manifest.xml", MANIFEST, zipfile.ZIP_DEFLATED))
        for name, data, method in entries:
            zi = zipfile.ZipInfo(name, FIXED)
            zi.compress_type = method
            z.writestr(zi, data)


ods(os.path.join(HERE, "covered.ods"), COVERED)

source = os.path.join(HERE, "..", "returns", "2018", "00157-bao-cao-2018.ods")
with zipfile.ZipFile(source) as z:
    entries = [(i.filename, z.read(i), i.compress_type) for i in z.infolist()]
content = dict((n, d) for n, d, _ in entries)["content.xml"].decode()
first = '<table:covered-table-cell table:number-columns-repeated="8"/>'
assert first in content
content = content.replace(first, '<table:covered-table-cell office:value-type="float" office:value="1234" calcext:value-type="float">'
                                 '<text:p>1234</text:p></table:covered-table-cell><table:covered-table-cell table:number-columns-repeated="7"/>', 1)
ods(os.path.join(HERE, "covered-return.ods"), content,
    [(n, d, c) for n, d, c in entries if n not in ("mimetype", "content.xml")])
