#!/usr/bin/env python3
"""Builds the XLSX reader's fixtures.

Real programs write the first files: openpyxl, XlsxWriter (normal, constant-memory and
1904 modes), LibreOffice and Gnumeric (round trips of the openpyxl file). The traps that no
program writes on demand are small hand-made packages, written with zipfile.

Run from anywhere: python3 Fixtures/xlsx-reader/make.py  (needs openpyxl, xlsxwriter, soffice, ssconvert)
"""
import datetime as dt
import os
import shutil
import subprocess
import tempfile
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))


def out(name):
    return os.path.join(HERE, name)


# --------------------------------------------------------------------------------------------
# Real programs

def openpyxl_basic():
    import openpyxl
    from openpyxl.workbook.defined_name import DefinedName

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws["A1"] = "Phường"
    ws["B1"] = "Điểm"
    ws["C1"] = "Ngày"
    ws["A2"] = "Dịch Vọng"
    ws["B2"] = 95
    ws["C2"] = dt.date(2024, 3, 15)
    ws["C2"].number_format = "dd/mm/yyyy"
    ws["A3"] = "  Nghĩa Đô  "
    ws["B3"] = 87.25
    ws["C3"] = dt.datetime(2024, 3, 15, 14, 30, 0)
    ws["C3"].number_format = "dd/mm/yyyy hh:mm"
    ws["A4"] = "Tổng"
    ws["B4"] = "=SUM(B2:B3)"
    ws["C4"] = dt.time(8, 15, 30)
    ws["C4"].number_format = "hh:mm:ss"
    ws["A5"] = True
    ws["B5"] = 0.125
    ws["B5"].number_format = "0.00%"
    ws["C5"] = 1.5
    ws["C5"].number_format = "[h]:mm"
    ws["A6"] = -1234567.891
    ws["B6"] = 60
    ws["B6"].number_format = "yyyy-mm-dd"
    ws["D6"] = 1e-7
    ws.merge_cells("A8:C9")
    ws["A8"] = "Gộp ô"
    wb.defined_names["Diem"] = DefinedName("Diem", attr_text="'Tổng hợp'!$B$2:$B$3")
    local = DefinedName("Vung", attr_text="'Tổng hợp'!$A$1", localSheetId=0, hidden=True)
    ws.defined_names["Vung"] = local

    hidden = wb.create_sheet("R&D")
    hidden.sheet_state = "hidden"
    hidden["A1"] = "ẩn"
    very = wb.create_sheet("Bí mật")
    very.sheet_state = "veryHidden"
    very["B2"] = 7
    wb.create_sheet("Trống")
    wb.save(out("openpyxl-basic.xlsx"))


def xlsxwriter_basic():
    import xlsxwriter

    wb = xlsxwriter.Workbook(out("xlsxwriter-basic.xlsx"))
    ws = wb.add_worksheet("Dữ liệu")
    bold = wb.add_format({"bold": True})
    red = wb.add_format({"color": "red"})
    date = wb.add_format({"num_format": "[$-42A]dd/mm/yyyy"})
    ws.write_string(0, 0, "Tiêu đề", bold)
    ws.write_rich_string(0, 1, "Thi ", bold, "đua", red, " 2018")
    ws.write_number(1, 0, 42)
    ws.write_formula(1, 1, "=A2*2", None, 84)
    ws.write_formula(1, 2, '=IF(A2>40,"lớn","nhỏ")', None, "lớn")
    ws.write_formula(1, 3, "=1/0", None, "#DIV/0!")
    ws.write_formula(1, 4, "=A2>1", None, True)
    ws.write_array_formula(2, 0, 2, 0, "{=SUM(A2:B2*1)}", None, 126)
    ws.write_datetime(3, 0, dt.datetime(2018, 12, 31), date)
    ws.write_string(4, 0, "a_x0041_b\r\nc")
    ws.write_boolean(4, 1, False)
    ws.merge_range("B6:D7", "gộp", bold)
    ws.write_url(7, 0, "https://example.com/?a=1&b=2", string="liên kết")
    wb.define_name("Khoang", "='Dữ liệu'!$A$2:$B$2")
    wb.close()


def xlsxwriter_constant_memory():
    import xlsxwriter

    wb = xlsxwriter.Workbook(out("xlsxwriter-constant-memory.xlsx"), {"constant_memory": True})
    ws = wb.add_worksheet()
    for r in range(3):
        ws.write_string(r, 0, "dòng %d" % (r + 1))
        ws.write_number(r, 1, r * 1.5)
    ws.write_string(5, 2, "cuối")
    wb.close()


def xlsxwriter_1904():
    import xlsxwriter

    wb = xlsxwriter.Workbook(out("xlsxwriter-1904.xlsx"), {"date_1904": True})
    ws = wb.add_worksheet()
    ws.write_datetime(0, 0, dt.datetime(2024, 3, 15), wb.add_format({"num_format": "yyyy-mm-dd"}))
    ws.write_number(1, 0, 0, wb.add_format({"num_format": "yyyy-mm-dd"}))
    wb.close()


def libreoffice_roundtrip():
    """LibreOffice re-saves the openpyxl file: its own styles, its own part layout."""
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "libreoffice-basic.ods")
        shutil.copy(out("openpyxl-basic.xlsx"), os.path.join(tmp, "in.xlsx"))
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-profile-xlsx",
                        "--convert-to", "ods", "--outdir", tmp, os.path.join(tmp, "in.xlsx")],
                       check=True, capture_output=True)
        os.rename(os.path.join(tmp, "in.ods"), src)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file:///tmp/lo-profile-xlsx",
                        "--convert-to", "xlsx", "--outdir", tmp, src],
                       check=True, capture_output=True)
        shutil.copy(os.path.join(tmp, "libreoffice-basic.xlsx"), out("libreoffice-basic.xlsx"))


def gnumeric_roundtrip():
    """Gnumeric re-saves the openpyxl file: indented XML, 21-digit numbers, inline strings."""
    subprocess.run(["ssconvert", out("openpyxl-basic.xlsx"), out("gnumeric-basic.xlsx")],
                   check=True, capture_output=True)


# --------------------------------------------------------------------------------------------
# Hand-made packages

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
</Types>"""

STYLES = f"""<?xml version="1.0" encoding="UTF-8"?>
<styleSheet xmlns="{MAIN}">
<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[h]:mm:ss"/></numFmts>
<cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="22"/><xf numFmtId="20"/><xf numFmtId="165"/></cellXfs>
</styleSheet>"""


def rels(items, rel_ns=REL, pkg_ns=PKG_REL):
    body = "".join(f'<Relationship Id="{i}" Type="{rel_ns}/{t}" Target="{target}"/>' for i, t, target in items)
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<Relationships xmlns="{pkg_ns}">{body}</Relationships>'


def workbook(sheets=(("Sheet1", "rId1"),), extra="", ns=MAIN, rel_ns=REL):
    body = "".join(f'<sheet name="{n}" sheetId="{k + 1}" r:id="{rid}"/>' for k, (n, rid) in enumerate(sheets))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<workbook xmlns="{ns}" xmlns:r="{rel_ns}">{extra}<sheets>{body}</sheets></workbook>'


def sheet(data, ns=MAIN, after=""):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<worksheet xmlns="{ns}"><dimension ref="A1"/><sheetData>{data}</sheetData>{after}</worksheet>'


def sst(items, ns=MAIN):
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<sst xmlns="{ns}" count="{len(items)}" uniqueCount="{len(items)}">{"".join(items)}</sst>'


def package(name, parts):
    # A fixed timestamp keeps regenerated hand-made packages byte-identical.
    with zipfile.ZipFile(out(name), "w", zipfile.ZIP_DEFLATED) as z:
        for part, text in parts.items():
            z.writestr(zipfile.ZipInfo(part, date_time=(1980, 1, 1, 0, 0, 0)), text, zipfile.ZIP_DEFLATED)


def standard(name, sheet_xml, shared=None, styles=STYLES, workbook_xml=None):
    """The usual layout: xl/workbook.xml, xl/worksheets/sheet1.xml, optional sst and styles."""
    targets = [("rId1", "worksheet", "worksheets/sheet1.xml")]
    parts = {"[Content_Types].xml": CONTENT_TYPES,
             "_rels/.rels": rels([("rId1", "officeDocument", "xl/workbook.xml")]),
             "xl/workbook.xml": workbook_xml or workbook(),
             "xl/worksheets/sheet1.xml": sheet_xml}
    if shared is not None:
        targets.append(("rId2", "sharedStrings", "sharedStrings.xml"))
        parts["xl/sharedStrings.xml"] = shared
    if styles is not None:
        targets.append(("rId3", "styles", "styles.xml"))
        parts["xl/styles.xml"] = styles
    parts["xl/_rels/workbook.xml.rels"] = rels(targets)
    package(name, parts)


def hand_made():
    # Rows and cells without `r`: next row / next column; a row without `r` whose cells have one.
    standard("no-r-attributes.xlsx", sheet(
        '<row><c><v>1</v></c><c><v>2</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>'
        '<row><c t="inlineStr"><is><t>hai</t></is></c></row>'
        '<row r="5"><c><v>50</v></c></row>'
        '<row><c r="C8"><v>83</v></c><c><v>84</v></c></row>'
        '<row/>'
        '<row><c><v>10</v></c></row>'))

    # Every element prefixed `x:`, the default namespace unused.
    wb = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:workbook xmlns:x="{MAIN}" xmlns:r="{REL}">'
          '<x:workbookPr date1904="0"/><x:sheets><x:sheet name="Trang 1" sheetId="1" r:id="rId1"/></x:sheets>'
          '<x:definedNames><x:definedName name="Ten">\'Trang 1\'!$A$1</x:definedName></x:definedNames></x:workbook>')
    ws = (f'<?xml version="1.0" encoding="UTF-8"?>\n<x:worksheet xmlns:x="{MAIN}"><x:sheetData>'
          '<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s="1"><x:v>45366</x:v></x:c>'
          '<x:c r="C1"><x:f>B1+1</x:f><x:v>45367</x:v></x:c></x:row></x:sheetData>'
          '<x:mergeCells count="1"><x:mergeCell ref="A3:B4"/></x:mergeCells></x:worksheet>')
    shared = f'<?xml version="1.0"?>\n<x:sst xmlns:x="{MAIN}"><x:si><x:t>tiền tố</x:t></x:si></x:sst>'
    styles = STYLES.replace("<", "<x:").replace("<x:?", "<?").replace("<x:/", "</x:").replace(f'xmlns="{MAIN}"', f'xmlns:x="{MAIN}"')
    standard("prefixed.xlsx", ws, shared=shared, styles=styles, workbook_xml=wb)

    # Strict OOXML: other namespace URIs and relationship types, booleans as words.
    strict_styles = STYLES.replace(MAIN, STRICT_MAIN)
    package("strict.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels([("rId1", "officeDocument", "xl/workbook.xml")], rel_ns=STRICT_REL),
        "xl/workbook.xml": workbook((("Nghiêm ngặt", "rId1"),), extra='<workbookPr date1904="true"/>',
                                    ns=STRICT_MAIN, rel_ns=STRICT_REL),
        "xl/_rels/workbook.xml.rels": rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                            ("rId2", "sharedStrings", "sharedStrings.xml"),
                                            ("rId3", "styles", "styles.xml")], rel_ns=STRICT_REL),
        "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" s="1"><v>0</v></c>'
                                          '<c r="C1" t="b"><v>true</v></c></row>', ns=STRICT_MAIN),
        "xl/sharedStrings.xml": sst(["<si><t>strict</t></si>"], ns=STRICT_MAIN),
        "xl/styles.xml": strict_styles,
    })

    # Absolute targets, `..` and `.` segments, unconventional part names, other letter case,
    # and a backslash in a stored entry name.
    package("absolute-targets.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES.replace("/xl/workbook.xml", "/book/Main.xml"),
        "_rels/.rels": rels([("rId1", "officeDocument", "/book/Main.xml")]),
        "book/Main.xml": workbook((("Một", "rId7"), ("Hai", "rId8"))),
        "book/_rels/Main.xml.rels": rels([("rId7", "worksheet", "/data/Sheet%20One.xml"),
                                          ("rId8", "worksheet", "../data/./two/../Two.XML"),
                                          ("rId9", "sharedStrings", "strings/SST.xml")]),
        "data/Sheet One.xml": sheet('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'),
        "DATA\\two.xml": sheet('<row r="2"><c r="B2" t="s"><v>1</v></c></row>'),
        "book/strings/sst.xml": sst(["<si><t>một</t></si>", "<si><t>hai</t></si>"]),
    })

    # Shared-string traps: rich runs, phonetic runs, empty items, kept whitespace, escapes.
    standard("shared-strings.xlsx", sheet(
        '<row r="1">' + "".join(f'<c r="{chr(65 + k)}1" t="s"><v>{k}</v></c>' for k in range(9))
        + '<c r="J1" t="s"><v>\n  1\n</v></c></row>'),
        shared=sst([
            '<si><t>thường</t></si>',
            '<si><r><t>Thi </t></r><r><rPr><b/><sz val="11"/></rPr><t>đua</t></r></si>',
            '<si><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></si>',
            '<si/>',
            '<si><t xml:space="preserve">  cách  </t></si>',
            '<si><t>dòng_x000D_mới_x000A_x</t></si>',
            '<si><t>_x005F_x0041_ và _x0041_</t></si>',
            '<si><t>_xD83D__xDE00_ cười</t></si>',
            '<si><t>_xZZZZ_ _xD83D_ _x12_</t></si>',
        ]))

    # Inline strings: plain, rich runs with a phonetic run, escapes; no shared-string part.
    standard("inline-strings.xlsx", sheet(
        '<row r="1"><c r="A1" t="inlineStr"><is><t>nội tuyến</t></is></c>'
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>Cầu </t></r><r><t>Giấy</t></r>'
        '<rPh sb="0" eb="1"><t>phát âm</t></rPh></is></c>'
        '<c r="C1" t="inlineStr"><is><t>tab_x0009_x</t></is></c>'
        '<c r="D1" t="inlineStr"/></row>'), styles=None)

    # `t="d"`: ISO 8601 dates and date-times, and a date style at midnight.
    standard("iso-dates.xlsx", sheet(
        '<row r="1"><c r="A1" t="d"><v>2024-03-15</v></c><c r="B1" t="d"><v>2024-03-15T10:30:00</v></c>'
        '<c r="C1" t="d" s="1"><v>2024-03-15T00:00:00</v></c><c r="D1" t="d"><v>2024-03-15T10:30:15.5Z</v></c>'
        '<c r="E1" t="d"><v>08:45:00</v></c></row>'))

    # Numbers with date, date-time, time and elapsed styles; serials out of range stay numbers.
    standard("styled-numbers.xlsx", sheet(
        '<row r="1"><c r="A1" s="1"><v>45366</v></c><c r="B1" s="2"><v>45366.5</v></c>'
        '<c r="C1" s="3"><v>0.75</v></c><c r="D1" s="4"><v>1.5</v></c><c r="E1" s="1"><v>-5</v></c>'
        '<c r="F1" s="1"><v>3000000</v></c><c r="G1" s="3"><v>45366.25</v></c><c r="H1" s="1"><v>60</v></c>'
        '<c r="I1" s="1"><v>45366.5</v></c><c r="J1" s="9"><v>7</v></c></row>'))

    # Shared formulas: the master's text shifted for each follower; array formula kept.
    standard("shared-formulas.xlsx", sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:C3" si="0">A1+$A$1+A$1+$A1+SUM(A1:A2)&amp;"A1"+\'Tờ 2\'!A1+LOG10(A1)</f><v>3</v></c>'
        '<c r="C1"><f t="shared" si="0"/><v>4</v></c></row>'
        '<row r="2"><c r="B2"><f t="shared" si="0"/><v>5</v></c><c r="D2"><f t="array" ref="D2:D3">A1:A2*2</f><v>2</v></c></row>'
        '<row r="3"><c r="C3"><f t="shared" si="0"/><v>6</v></c><c r="E3"><f t="shared" ref="E3:E4" si="1">A1-1</f><v>0</v></c></row>'
        '<row r="4"><c r="E4"><f t="shared" si="1"/><v>1</v></c><c r="F4"><f t="shared" si="7"/><v>9</v></c></row>'))

    # Errors, each at a known place.
    standard("sst-index-out-of-range.xlsx", sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>5</v></c></row>'),
        shared=sst(["<si><t>một</t></si>", "<si><t>hai</t></si>"]))
    standard("bad-cell-reference.xlsx", sheet(
        '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>'))
    standard("bad-number.xlsx", sheet('<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="C2"><v>12,5</v></c></row>'))
    standard("doctype.xlsx", '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
             f'<worksheet xmlns="{MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>')
    package("xlsb-like.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES.replace(
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
            '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'),
        "_rels/.rels": rels([("rId1", "officeDocument", "xl/workbook.bin")]),
        "xl/workbook.bin": b"\x83\x01\x00\x80\x01\x00",
    })
    # A Word document renamed to .xlsx.
    package("word-document.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES.replace(
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'),
        "_rels/.rels": rels([("rId1", "officeDocument", "word/document.xml")]),
        "word/document.xml": '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
    })
    package("missing-sheet-part.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels([("rId1", "officeDocument", "xl/workbook.xml")]),
        "xl/workbook.xml": workbook((("Có", "rId1"), ("Mất", "rId2"))),
        "xl/_rels/workbook.xml.rels": rels([("rId1", "worksheet", "worksheets/sheet1.xml"),
                                            ("rId2", "worksheet", "worksheets/sheet2.xml")]),
        "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1"><v>1</v></c></row>'),
    })
    package("missing-workbook-part.xlsx", {
        "[Content_Types].xml": CONTENT_TYPES,
        "_rels/.rels": rels([("rId1", "officeDocument", "xl/workbook.xml")]),
    })
    # Mismatched tags on line 4: the row before them is still delivered.
    standard("malformed-xml.xlsx", f'<?xml version="1.0"?>\n<worksheet xmlns="{MAIN}"><sheetData>\n'
             '<row r="1"><c r="A1"><v>1</v></c></row>\n<row r="2"><c r="A2"><v>2</v></row></sheetData></worksheet>')
    # Only the root's first sheetData holds the cells: an element of another vocabulary named
    # sheetData inside a row is not the end of them, and rows in a second sheetData are refused
    # (a read that stops at the end of the cells must agree with a full one).
    standard("sheetdata-foreign-nested.xlsx", sheet(
        '<row r="1"><c r="A1"><v>1</v></c><x:sheetData xmlns:x="urn:example"/><c r="B1"><v>2</v></c></row>'
        '<row r="2"><c r="A2"><v>3</v></c></row>'))
    standard("sheetdata-twice.xlsx", sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
             after='<sheetData><row r="20"><c r="A20"><v>7</v></c></row></sheetData>'))
    # Another vocabulary's row in an extension after the cells is no row of the sheet.
    standard("row-in-extension.xlsx", sheet('<row r="1"><c r="A1"><v>1</v></c></row>',
             after='<extLst><ext uri="{00000000-0000-0000-0000-000000000000}"><x:row xmlns:x="urn:example" r="5"/></ext></extLst>'))
    # Rows out of order are refused rather than reordered.
    standard("rows-out-of-order.xlsx", sheet('<row r="3"><c r="A3"><v>3</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>'))


def main():
    openpyxl_basic()
    xlsxwriter_basic()
    xlsxwriter_constant_memory()
    xlsxwriter_1904()
    libreoffice_roundtrip()
    gnumeric_roundtrip()
    hand_made()


if __name__ == "__main__":
    main()
