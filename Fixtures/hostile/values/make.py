#!/usr/bin/env python3
"""Values a writer cannot hold as they are (read fine, must never trap a writer).

- huge-duration.xlsx  openpyxl: A1 a duration of 1e300 seconds (1e300/86400 days, format
                      [h]:mm:ss), A2 one of 36 hours.
- huge-time.ods       hand-made (no program writes it): A1 office:time-value of 10^20 hours,
                      A2 PT36H.

Needs: openpyxl. Run from anywhere: python3 Fixtures/hostile/values/make.py
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
