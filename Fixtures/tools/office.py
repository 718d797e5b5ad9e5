"""Fixtures saved by LibreOffice (soffice) and Gnumeric (ssconvert)."""
import copy
import os
import shutil
import subprocess
import tempfile

from common import (D, DT, T, Dur, Err, Sheet, READ, SRC, write_expected, lo_convert, strip_ext)

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" ')


def _s(text):
    return '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % text


def _f(v, style=None, vt="float", extra=""):
    st = ' table:style-name="%s"' % style if style else ""
    return ('<table:table-cell%s office:value-type="%s" office:value="%s"%s><text:p>%s</text:p></table:table-cell>'
            % (st, vt, v, extra, v))


def _date(v, style, shown):
    return ('<table:table-cell table:style-name="%s" office:value-type="date" office:date-value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, v, shown))


def _time(v, style, shown):
    return ('<table:table-cell table:style-name="%s" office:value-type="time" office:time-value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % (style, v, shown))


def _bool(v):
    return ('<table:table-cell table:style-name="ceB" office:value-type="boolean" office:boolean-value="%s">'
            '<text:p>%s</text:p></table:table-cell>' % ("true" if v else "false", "TRUE" if v else "FALSE"))


def _row(*cells, attrs=""):
    return "<table:table-row%s>%s</table:table-row>" % (attrs, "".join(cells))


def lo_features_fods():
    """src/lo-features.fods: flat ODS written here with exactly the ODS constructs to cover.
    Returns (path, ods_expected, xlsx_expected, xlsx_extra)."""
    path = os.path.join(SRC, "lo-features.fods")
    styles = """
 <number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <number:date-style style:name="N2"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/><number:text> </number:text><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:date-style>
 <number:time-style style:name="N3" number:truncate-on-overflow="false"><number:hours/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>
 <number:time-style style:name="N4"><number:hours number:style="long"/><number:text>:</number:text><number:minutes number:style="long"/><number:text>:</number:text><number:seconds number:style="long"/></number:time-style>
 <number:percentage-style style:name="N5"><number:number number:decimal-places="2" number:min-decimal-places="2" number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>
 <number:currency-style style:name="N6"><number:number number:decimal-places="0" number:min-decimal-places="0" number:min-integer-digits="1" number:grouping="true"/><number:text> </number:text><number:currency-symbol number:language="vi" number:country="VN">₫</number:currency-symbol></number:currency-style>
 <number:boolean-style style:name="N7"><number:boolean/></number:boolean-style>
 <style:style style:name="ceD" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N1"/>
 <style:style style:name="ceDT" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N2"/>
 <style:style style:name="ceDur" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N3"/>
 <style:style style:name="ceT" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N4"/>
 <style:style style:name="ceP" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N5"/>
 <style:style style:name="ceC" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N6"/>
 <style:style style:name="ceB" style:family="table-cell" style:parent-style-name="Default" style:data-style-name="N7"/>
 <style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties table:display="true" style:writing-mode="lr-tb"/></style:style>
 <style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties table:display="false" style:writing-mode="lr-tb"/></style:style>
"""
    e = Sheet("Bảng điểm")          # expected when read as ODS
    x = Sheet("Bảng điểm")          # expected when LibreOffice saved it as XLSX
    rows = []
    header = ["STT", "Phường", "Điểm", "Tỷ lệ", "Kinh phí", "Ngày nộp", "Lúc nộp", "Thời gian", "Đạt"]
    for c, h in enumerate(header):
        e.set((0, c), h); x.set((0, c), h)
    rows.append("<table:table-header-rows>" + _row(*[_s(h) for h in header]) + "</table:table-header-rows>")
    data = [
        (1, "Nghĩa Đô", 95.5, 0.955, 15000000, "2018-01-26", (2018, 1, 26), "2018-01-26T08:30:00",
         (2018, 1, 26, 8, 30, 0), "PT26H30M00S", 95400, True),
        (2, "Mai Dịch", 88, 0.88, 12500000, "2018-02-15", (2018, 2, 15), "2018-02-15T14:05:30",
         (2018, 2, 15, 14, 5, 30), "PT37H30M00S", 135000, False),
        (3, "Yên Hòa", 90.25, 0.9025, 9800000, "2018-12-31", (2018, 12, 31), "2018-12-31T23:59:59",
         (2018, 12, 31, 23, 59, 59), "PT0H45M00S", 2700, True),
    ]
    grp = []
    for i, (n, ward, pts, pct, money, dv, dtuple, dtv, dttuple, tv, secs, ok) in enumerate(data):
        r = i + 1
        grp.append(_row(_f(n), _s(ward), _f(pts), _f(pct, "ceP", "percentage"),
                        _f(money, "ceC", "currency", ' office:currency="VND"'),
                        _date(dv, "ceD", dv), _date(dtv, "ceDT", dtv), _time(tv, "ceDur", tv), _bool(ok)))
        for tgt in (e, x):
            tgt.set((r, 0), n).set((r, 1), ward).set((r, 2), pts).set((r, 3), pct).set((r, 4), money)
            tgt.set((r, 5), D(*dtuple)).set((r, 6), DT(*dttuple)).set((r, 7), Dur(secs)).set((r, 8), ok)
    # nested row groups (outline): group(rows 2-4, group(rows 3-4))
    rows.append("<table:table-row-group>" + grp[0] + "<table:table-row-group>" + grp[1] + grp[2]
                + "</table:table-row-group></table:table-row-group>")
    # rows 5-7: empty, repeated
    rows.append(_row('<table:table-cell table:number-columns-repeated="9"/>', attrs=' table:number-rows-repeated="3"'))
    # row 8: merge A8:C8 (spanned + covered cells), a repeated non-empty cell D8:E8
    rows.append(_row('<table:table-cell office:value-type="string" table:number-columns-spanned="3" '
                     'table:number-rows-spanned="1"><text:p>Tổng hợp kết quả</text:p></table:table-cell>',
                     '<table:covered-table-cell table:number-columns-repeated="2"/>',
                     '<table:table-cell office:value-type="float" office:value="7" table:number-columns-repeated="2">'
                     '<text:p>7</text:p></table:table-cell>'))
    for tgt in (e, x):
        tgt.set("A8", "Tổng hợp kết quả").set("D8", 7).set("E8", 7)
    # rows 9-10: a non-empty row repeated twice
    rows.append(_row(_s("lặp"), attrs=' table:number-rows-repeated="2"'))
    for tgt in (e, x):
        tgt.set("A9", "lặp").set("A10", "lặp")
    # row 11: text constructs
    rows.append(_row(
        '<table:table-cell office:value-type="string"><text:p>Dòng 1</text:p><text:p>Dòng 2</text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><text:p>a<text:s text:c="3"/>b<text:s/>c</text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><text:p>x<text:tab/>y</text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><text:p>p<text:line-break/>q</text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><office:annotation><dc:creator>Phòng thi đua</dc:creator>'
        '<dc:date>2018-01-26T08:30:00</dc:date><text:p>Ghi chú: cần minh chứng</text:p></office:annotation>'
        '<text:p>Có ghi chú</text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><text:p>Điểm <text:span>thưởng</text:span></text:p></table:table-cell>',
        '<table:table-cell office:value-type="string"><text:p><text:s text:c="2"/>đầu</text:p></table:table-cell>',
    ))
    texts = ["Dòng 1\nDòng 2", "a   b c", "x\ty", "p\nq", "Có ghi chú", "Điểm thưởng", "  đầu"]
    # LibreOffice 7.4 drops <text:tab/> and <text:line-break/> when it imports this flat ODS:
    # the saved files hold "xy" and "pq" (hand-ods-text.ods puts them back, see hand.py).
    saved = ["Dòng 1\nDòng 2", "a   b c", "xy", "pq", "Có ghi chú", "Điểm thưởng", "  đầu"]
    for c, t in enumerate(saved):
        e.set((10, c), t); x.set((10, c), t)
    # row 12: time of day (time-value under 24h, HH:MM:SS style); a float whose text:p is locale text
    rows.append(_row(_time("PT10H30M00S", "ceT", "10:30:00"),
                     '<table:table-cell office:value-type="float" office:value="1234.5"><text:p>1.234,5</text:p></table:table-cell>',
                     '<table:table-cell table:formula="of:=[.C2]+[.C3]" office:value-type="float" office:value="183.5">'
                     '<text:p>183.5</text:p></table:table-cell>'))
    e.set("A12", T(10, 30)); x.set("A12", T(10, 30))   # ODS time-value with a time-of-day style (N4); XLSX serial 0.4375 + time format
    e.set("B12", 1234.5); x.set("B12", 1234.5)
    e.set("C12", 183.5); x.set("C12", 183.5)
    # row 13: leading empty cells
    rows.append(_row('<table:table-cell table:number-columns-repeated="3"/>', _s("sau ô trống")))
    e.set("D13", "sau ô trống"); x.set("D13", "sau ô trống")
    # rows 14-15: a 2x2 merge A14:B15, value in C15
    rows.append(_row('<table:table-cell office:value-type="string" table:number-columns-spanned="2" '
                     'table:number-rows-spanned="2"><text:p>Gộp 2x2</text:p></table:table-cell>',
                     '<table:covered-table-cell/>'))
    rows.append(_row('<table:covered-table-cell table:number-columns-repeated="2"/>', _f(-0.5)))
    for tgt in (e, x):
        tgt.set("A14", "Gộp 2x2").set("C15", -0.5)
    # to the sheet end, the way LibreOffice writes it
    rows.append(_row('<table:table-cell table:number-columns-repeated="16384"/>',
                     attrs=' table:number-rows-repeated="1048561"'))
    sheet1 = ('<table:table table:name="Bảng điểm" table:style-name="ta1">'
              '<table:table-column table:number-columns-repeated="16384"/>' + "".join(rows) + "</table:table>")

    h = Sheet("Ẩn", "hidden")
    sheet2 = ('<table:table table:name="Ẩn" table:style-name="ta2"><table:table-column table:number-columns-repeated="2"/>'
              + _row(_s("bí mật"), _f(42)) + "</table:table>")
    h.set("A1", "bí mật").set("B1", 42)
    g = Sheet("Nhóm")
    sheet3 = ('<table:table table:name="Nhóm" table:style-name="ta1"><table:table-columns>'
              '<table:table-column table:number-columns-repeated="2"/></table:table-columns>'
              '<table:table-rows>' + _row(_s("trong table-rows"), _f(1)) + '</table:table-rows>'
              '<table:table-row-group table:display="false">' + _row(_s("nhóm ẩn"), _f(2)) + '</table:table-row-group>'
              + _row(_s("cuối"), _date("2018-01-26", "ceD", "26/01/2018")) + "</table:table>")
    g.set("A1", "trong table-rows").set("B1", 1).set("A2", "nhóm ẩn").set("B2", 2)
    g.set("A3", "cuối").set("B3", D(2018, 1, 26))

    doc = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.2" '
           'office:mimetype="application/vnd.oasis.opendocument.spreadsheet">'
           '<office:automatic-styles>%s</office:automatic-styles>'
           '<office:body><office:spreadsheet>%s%s%s</office:spreadsheet></office:body></office:document>\n'
           % (NS, styles, sheet1, sheet2, sheet3))
    with open(path, "w", encoding="utf-8") as f:
        f.write(doc)
    xs = [x, copy.deepcopy(h), copy.deepcopy(g)]
    extra = {"formulas": {"Bảng điểm!C12": "C2+C3"}, "merged": {"Bảng điểm": ["A8:C8", "A14:B15"]}}
    return path, [e, h, g], xs, extra


def convert(src, fmt, dest):
    """LibreOffice-convert src to dest (format name from dest's extension or fmt)."""
    tmp = tempfile.mkdtemp(prefix="fx-lo-")
    try:
        lo_convert(src, fmt, tmp)
        outs = os.listdir(tmp)
        assert len(outs) == 1, outs
        shutil.move(os.path.join(tmp, outs[0]), dest)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return dest


def lo_fixtures(openpyxl_basic):
    """Returns list of (path, sheets, extra) produced via LibreOffice."""
    out = []
    fods, e_ods, e_xlsx, extra = lo_features_fods()
    ods = convert(fods, "ods", os.path.join(READ, "lo-features.ods"))
    write_expected(ods, e_ods)
    out.append((ods, e_ods))
    xl = convert(fods, "xlsx:Calc MS Excel 2007 XML", os.path.join(READ, "lo-features-xlsx.xlsx"))
    write_expected(xl, e_xlsx, extra)
    out.append((xl, e_xlsx))

    # openpyxl-basic.xlsx opened and re-saved by LibreOffice
    src, sheets = openpyxl_basic
    ods2 = convert(src, "ods", os.path.join(READ, "lo-resaved.ods"))
    s_ods = lo_transform(sheets, "ods")
    write_expected(ods2, s_ods)
    out.append((ods2, s_ods))
    xl2 = convert(src, "xlsx:Calc MS Excel 2007 XML", os.path.join(READ, "lo-resaved-xlsx.xlsx"))
    s_xl = lo_transform(sheets, "xlsx")
    write_expected(xl2, s_xl, {"formulas": {"Số liệu!A13": "TRUE()", "Số liệu!B13": "FALSE()"},
                               "merged": {"Số liệu": ["A20:E20", "B22:C23"]},
                               "definedNames": [{"name": "DanhSachPhuong", "formula": "'Số liệu'!$C$2:$C$9"},
                                                {"name": "DiemToiDa", "formula": "100"},
                                                {"name": "MaPhuong", "formula": "'Số liệu'!$B$2:$B$9"}]})
    out.append((xl2, s_xl))
    return out, fods


def lo_transform(sheets, target):
    """What LibreOffice 7.4 does to openpyxl-basic's values, as rules (checked against calamine
    and by reading content.xml / sheet1.xml):
    - it has no 'veryHidden': such a sheet becomes 'hidden';
    - it writes numbers with 15 significant digits: 0.1+0.2 -> 0.3, 2**53 -> 9007199254740990;
    - ODS only: a time-of-day cell becomes office:time-value with a time-of-day style, which the
      reader reports as a time (an elapsed [h] style, or 24 h and more, would be a duration);
    - ODS only: LibreOffice does not keep Excel's fictitious 1900-02-29, so serials 1..59 become the
      day before (serial 1 = 1900-01-01 in Excel is written as date-value 1899-12-31);
    - ODS only: XLSX booleans become formulas =TRUE()/=FALSE() whose ODS cells are
      office:value-type="float" 1/0 (with a boolean number style); value-type decides: numbers 1/0;
    - everything else keeps its value."""
    import datetime as _dt
    out = []
    for s in sheets:
        n = copy.deepcopy(s)
        if n.state == "veryHidden":
            n.state = "hidden"
        for k, v in list(n.cells.items()):
            if target == "ods" and isinstance(v, bool):
                n.cells[k] = 1 if v else 0
                continue
            if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
                n.cells[k] = float("%.15g" % v)
            if target == "ods" and isinstance(v, D) and v.v < _dt.date(1900, 3, 1):
                d = v.v - _dt.timedelta(days=1)
                n.cells[k] = D(d.year, d.month, d.day)
        out.append(n)
    return out


def gnumeric_fixtures(src_sheets):
    src, sheets = src_sheets
    out = []
    for ext, fmt in (("xlsx", "Gnumeric_Excel:xlsx2"), ("ods", "Gnumeric_OpenCalc:odf")):
        dest = os.path.join(READ, "gnumeric-%s.%s" % (ext, ext))
        subprocess.run(["ssconvert", "--export-type=" + fmt, src, dest], check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        exp = gnumeric_transform(sheets, ext)
        write_expected(dest, exp, {"merged": {"Gnumeric": ["A7:C7"]}} if ext == "xlsx" else None)
        out.append((dest, exp))
    return out


def gnumeric_transform(sheets, ext):
    """What ssconvert 1.12.55 does to src/gnumeric-src.xlsx (checked by reading the output XML):
    - 0.30000000000000004 is written as 0.300000000000000000011, which parses to 0.3;
    - XLSX only: the hidden sheet's state is not written, so it is 'visible'."""
    out = []
    for s in sheets:
        n = copy.deepcopy(s)
        for k, v in list(n.cells.items()):
            if isinstance(v, float) and v == 0.1 + 0.2:
                n.cells[k] = float("0.300000000000000000011")
        if ext == "xlsx":
            n.state = "visible"
        out.append(n)
    return out
