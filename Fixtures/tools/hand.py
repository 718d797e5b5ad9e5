"""Hand-crafted variants, each DERIVED from a real file by a documented rewrite (zipfile module).
Base packages: src/base.xlsx (XlsxWriter) and read/lo-features.ods (LibreOffice)."""
import copy
import io
import os
import re
import zipfile

from common import (D, DT, T, Dur, Err, Sheet, READ, SRC, write_expected, read_zip, write_zip, NonSeekable)

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_MAIN = "http://purl.oclc.org/ooxml/spreadsheetml/main"
STRICT_REL = "http://purl.oclc.org/ooxml/officeDocument/relationships"
SHEET = "xl/worksheets/sheet1.xml"
SST = "xl/sharedStrings.xml"


def rewrite(src, dst, replace=None, rename=None, transform=None, **zipopts):
    """Copy zip src to dst: replace[name] = new bytes, rename[name] = new name,
    transform(name, bytes) -> bytes for every entry. Entry order and methods are kept."""
    out = []
    for name, data, ct in read_zip(src):
        if replace and name in replace:
            data = replace[name]
        if transform:
            data = transform(name, data)
        if rename and name in rename:
            name = rename[name]
        out.append((name, data, ct))
    write_zip(dst, out, **zipopts)
    return dst


def sheet_xml(sheet_data, dimension="", extra_ns="", after=""):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="%s" xmlns:r="%s"%s>%s<sheetData>%s</sheetData>%s'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>'
            % (MAIN, REL, extra_ns, dimension, sheet_data, after)).encode("utf-8")


def sst_xml(items):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="%s" count="%d" uniqueCount="%d">%s</sst>'
            % (MAIN, len(items), len(items), "".join(items))).encode("utf-8")


def make_all(base, base_sheets, lo_ods, lo_ods_sheets):
    made = []

    def fx(name, sheets, extra=None, **kw):
        path = os.path.join(READ, name)
        rewrite(base, path, **kw)
        write_expected(path, sheets, extra)
        made.append((path, sheets))

    # 1. rows and cells without r (a missing r means "next row" / "next column")
    no_r = sheet_xml(
        '<row><c t="s"><v>0</v></c><c t="s"><v>1</v></c><c t="s"><v>2</v></c></row>'
        '<row r="3"><c t="s"><v>3</v></c><c r="C3"><v>95.5</v></c><c s="1"><v>43126</v></c></row>'
        '<row><c r="B4" t="s"><v>5</v></c><c><v>88</v></c></row>'
        '<row spans="1:2"><c t="b"><v>1</v></c></row>')
    e = Sheet("Sheet1")
    e.set("A1", "Mã").set("B1", "Phường").set("C1", "Điểm").set("A3", "00157").set("C3", 95.5)
    e.set("D3", D(2018, 1, 26)).set("B4", "00163").set("C4", 88).set("A5", True)
    fx("hand-no-r.xlsx", [e], replace={SHEET: no_r})

    # 2. prefixed SpreadsheetML elements (<x:c> with xmlns:x) in workbook, sheet, sst, styles
    def prefix(name, data):
        if name not in ("xl/workbook.xml", SHEET, SST, "xl/styles.xml"):
            return data
        s = data.decode("utf-8")
        s = s.replace('xmlns="%s"' % MAIN, 'xmlns:x="%s"' % MAIN)
        s = re.sub(r"<(/?)([A-Za-z][\w]*)(?=[\s/>])", r"<\1x:\2", s)
        return s.encode("utf-8")
    fx("hand-prefixed.xlsx", copy.deepcopy(base_sheets), transform=prefix)

    # 3. Strict OOXML namespaces (main, relationships incl. relationship types, drawingml in theme)
    def strict(name, data):
        s = data.decode("utf-8")
        s = s.replace(MAIN, STRICT_MAIN).replace(REL, STRICT_REL)
        s = s.replace("http://schemas.openxmlformats.org/drawingml/2006/main", "http://purl.oclc.org/ooxml/drawingml/main")
        if name == "xl/workbook.xml":
            s = s.replace("<workbook ", '<workbook conformance="strict" ', 1)
        return s.encode("utf-8")
    fx("hand-strict.xlsx", copy.deepcopy(base_sheets), transform=strict)

    # 4. absolute relationship targets
    def absolute(name, data):
        if name == "_rels/.rels":
            return data.replace(b'Target="xl/workbook.xml"', b'Target="/xl/workbook.xml"')
        if name == "xl/_rels/workbook.xml.rels":
            return re.sub(rb'Target="(?!/)', b'Target="/xl/', data)
        return data
    fx("hand-absolute-targets.xlsx", copy.deepcopy(base_sheets), transform=absolute)

    # 5. backslash and odd-case entry names (relationships still say worksheets/sheet1.xml, sharedStrings.xml)
    fx("hand-zip-names.xlsx", copy.deepcopy(base_sheets),
       rename={SHEET: "xl\\worksheets\\sheet1.xml", SST: "xl/SharedStrings.XML"})

    # 6. <dimension> that lies (WPS writes A1:A1)
    fx("hand-dimension-lie.xlsx", copy.deepcopy(base_sheets),
       transform=lambda n, d: d.replace(b'<dimension ref="A1:F3"/>', b'<dimension ref="A1:A1"/>') if n == SHEET else d)

    # 7. cell types and shared-string traps
    items = [
        "<si><t>Mã</t></si>",
        '<si><r><t xml:space="preserve">Phường </t></r><r><rPr><b/></rPr><t>Nghĩa Đô</t></r>'
        '<rPh sb="0" eb="1"><t>フリガナ</t></rPh><phoneticPr fontId="1"/></si>',
        "<si/>",
        "<si><t>Dòng 1_x000D__x000A_Dòng 2</t></si>",
        "<si><t>_x005F_x0041_ và _x0041_</t></si>",
        '<si><t xml:space="preserve">  hai đầu  </t></si>',
        '<si><t>Điểm</t><rPh sb="0" eb="2"><t>ディエム</t></rPh></si>',
        "<si><t/></si>",
    ]
    data = (
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
        '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c>'
        '<c r="G1" t="s"><v>6</v></c><c r="H1" t="s"><v>7</v></c><c r="I1"><v>9</v></c></row>'
        '<row r="2"><c r="A2" t="d"><v>2018-01-26</v></c><c r="B2" t="d"><v>2018-01-26T08:30:00</v></c></row>'
        '<row r="3"><c r="A3" t="inlineStr"><is><r><t xml:space="preserve">Yên </t></r><r><rPr><i/></rPr><t>Hòa</t></r></is></c>'
        '<c r="B3" t="inlineStr"><is><t>Quan Hoa</t></is></c></row>'
        '<row r="4"><c r="A4" t="str"><f>B3&amp;"!"</f><v>Quan Hoa!</v></c><c r="B4" t="e"><f>1/0</f><v>#DIV/0!</v></c>'
        '<c r="C4" t="e"><v>#N/A</v></c><c r="D4" t="b"><v>0</v></c><c r="E4" t="n"><v>-12.5</v></c></row>'
        '<row r="5"><c r="A5"><v>1</v></c><c r="B5"><f t="shared" ref="B5:B8" si="0">A5*2</f><v>2</v></c></row>'
        '<row r="6"><c r="A6"><v>2</v></c><c r="B6"><f t="shared" si="0"/><v>4</v></c></row>'
        '<row r="7"><c r="A7"><v>3</v></c><c r="B7"><f t="shared" si="0"/><v>6</v></c></row>'
        '<row r="8"><c r="A8"><v>4</v></c><c r="B8"><f t="shared" si="0"/><v>8</v></c></row>'
        '<row r="9"><c r="A9"><v>1E-3</v></c><c r="B9"><v>1.5E+2</v></c></row>'
        '<row r="10"><c r="A10" s="1"><v>43146</v></c><c r="B10" s="2"><v>0.75</v></c><c r="C10" s="3"><v>1.25</v></c></row>')
    e = Sheet("Sheet1")
    for ref, v in [("A1", "Mã"), ("B1", "Phường Nghĩa Đô"), ("C1", ""), ("D1", "Dòng 1\r\nDòng 2"),
                   ("E1", "_x0041_ và A"), ("F1", "  hai đầu  "), ("G1", "Điểm"), ("H1", ""), ("I1", 9),
                   ("A2", D(2018, 1, 26)), ("B2", DT(2018, 1, 26, 8, 30)),
                   ("A3", "Yên Hòa"), ("B3", "Quan Hoa"),
                   ("A4", "Quan Hoa!"), ("B4", Err("#DIV/0!")), ("C4", Err("#N/A")), ("D4", False), ("E4", -12.5),
                   ("A5", 1), ("B5", 2), ("A6", 2), ("B6", 4), ("A7", 3), ("B7", 6), ("A8", 4), ("B8", 8),
                   ("A9", 0.001), ("B9", 150),
                   ("A10", D(2018, 2, 15)), ("B10", T(18, 0)), ("C10", Dur(108000))]:
        e.set(ref, v)
    fx("hand-cell-types.xlsx", [e],
       {"formulas": {"Sheet1!A4": 'B3&"!"', "Sheet1!B4": "1/0", "Sheet1!B5": "A5*2", "Sheet1!B6": "A6*2",
                     "Sheet1!B7": "A7*2", "Sheet1!B8": "A8*2"}},
       replace={SHEET: sheet_xml(data, '<dimension ref="A1:I10"/>'), SST: sst_xml(items)})

    # 8. zip container variants of the same package
    path = os.path.join(READ, "hand-data-descriptor.xlsx")
    with open(path, "wb") as f:
        rewrite(base, None, stream=NonSeekable(f))
    write_expected(path, copy.deepcopy(base_sheets)); made.append((path, base_sheets))
    fx("hand-stored.xlsx", copy.deepcopy(base_sheets), compress=zipfile.ZIP_STORED)
    fx("hand-zip64.xlsx", copy.deepcopy(base_sheets), force_zip64=True)
    # ZIP64 everywhere: zipfile's limits lowered to 0 while writing, so every central-directory
    # record has 0xFFFFFFFF sizes (and offsets after the first) with a ZIP64 extra field, and the
    # archive has a ZIP64 end-of-central-directory record + locator before the ordinary EOCD
    saved = (zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT)
    zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 0, 0
    try:
        fx("hand-zip64-full.xlsx", copy.deepcopy(base_sheets), force_zip64=True)
    finally:
        zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = saved

    # 9. ODS: put back what LibreOffice's flat-ODS import dropped, collapsed or unwrapped
    def ods_text(name, data):
        if name != "content.xml":
            return data
        s = data.decode("utf-8")
        n0 = len(s)
        s = s.replace("<text:p>xy</text:p>", "<text:p>x<text:tab/>y</text:p>", 1)
        s = s.replace("<text:p>pq</text:p>", "<text:p>p<text:line-break/>q</text:p>", 1)
        # two identical rows "lặp" -> one row with number-rows-repeated="2"
        m = re.search(r'(<table:table-row table:style-name="(\w+)">(<table:table-cell office:value-type="string" '
                      r'calcext:value-type="string"><text:p>lặp</text:p></table:table-cell>.*?)</table:table-row>)\1', s)
        assert m, "lặp rows not found"
        s = s.replace(m.group(0), '<table:table-row table:style-name="%s" table:number-rows-repeated="2">%s</table:table-row>'
                      % (m.group(2), m.group(3)), 1)
        # empty rows to the sheet's end, the way LibreOffice writes styled sheets (15 rows used)
        first_end = s.index("</table:table>")
        s = (s[:first_end] + '<table:table-row table:number-rows-repeated="1048561">'
             '<table:table-cell table:number-columns-repeated="16384"/></table:table-row>' + s[first_end:])
        # sheet "Nhóm": wrap its columns in <table:table-columns> and its first row in <table:table-rows>
        # (LibreOffice drops these wrappers when it saves; other producers write them)
        i = s.index('table:name="Nhóm"')
        m = re.compile(r'(<table:table-column [^>]*/>)(<table:table-row [^>]*>.*?</table:table-row>)').search(s, i)
        s = s[:m.start()] + ("<table:table-columns>%s</table:table-columns><table:table-rows>%s</table:table-rows>"
                             % (m.group(1), m.group(2))) + s[m.end():]
        assert len(s) != n0
        return s.encode("utf-8")
    ods_sheets = copy.deepcopy(lo_ods_sheets)
    ods_sheets[0].set("C11", "x\ty").set("D11", "p\nq")
    path = os.path.join(READ, "hand-ods-text.ods")
    rewrite(lo_ods, path, transform=ods_text)
    write_expected(path, ods_sheets)
    made.append((path, ods_sheets))
    return made
