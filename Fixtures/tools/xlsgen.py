"""Legacy .xls fixtures (Fixtures/read/*.xls, Fixtures/hostile/{cfb,xls}-*.xls).

Run by make_fixtures.py, or alone (`python3 Fixtures/tools/xlsgen.py`) to remake only these.
Who made what:
  read/xlwt-basic.xls        xlwt (BIFF8): every cell record xlwt writes (LABELSST, RK, MULRK,
                             NUMBER, BOOLERR, BLANK/MULBLANK, FORMULA), XF/FORMAT dates, times,
                             durations, merges, hidden and very hidden sheets
  read/hand-dimension-lie-xls.xls  xlwt-basic.xls with its first DIMENSIONS record patched to A1:A1
  read/xlwt-1904.xls         xlwt with dates_1904 (DATEMODE 1)
  read/xlwt-long-sst.xls     xlwt with its SST splitter made to re-choose 8- or 16-bit characters
                             for each CONTINUE piece, as Excel does: strings split across CONTINUE
                             records with the high-byte flag changing at the split
  read/lo-features-xls.xls   LibreOffice from src/lo-features.fods (the same source as lo-features*)
  read/lo-resaved-xls.xls    LibreOffice re-saving read/openpyxl-basic.xlsx
  read/lo-formulas-xls.xls   LibreOffice from src/lo-formulas.fods: cached formula results
                             (number, boolean, error, empty string, date; strings become 0)
  read/lo-shared-formulas-xls.xls  LibreOffice from src/shared-formulas-src.xlsx (openpyxl): SHRFMLA
                             shared formulas, their members' text from relative references
  read/gnumeric-formulas.xls Gnumeric from src/formulas-src.xlsx (openpyxl): the same formulas,
                             string results in STRING records, one continued past 8224 bytes
  read/gnumeric-biff8.xls    Gnumeric ssconvert excel_biff8 of src/gnumeric-src.xlsx (its workbook
                             stream is small, so it sits in the mini stream)
  read/gnumeric-biff5.xls    Gnumeric ssconvert excel_biff7 (BIFF5, code page 1252) of the same
  read/hand-biff5-cp1258.xls Gnumeric BIFF5 of src/cp1258-src.xlsx (text given as the cp1258 bytes
                             of Vietnamese, which Gnumeric stores as cp1252), CODEPAGE patched to 1258
  returns/2018-xls/*.xls      LibreOffice re-saving each of returns/2018/*
  hostile/cfb-*.xls, xls-*.xls  patched copies of read/lo-resaved-xls.xls and
                             read/gnumeric-biff8.xls, or BIFF streams built here (cfbtool.write_cfb)
"""
import copy
import datetime as dt
import json
import os
import shutil
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import openpyxl  # noqa: E402
import xlwt  # noqa: E402
import xlwt.BIFFRecords  # noqa: E402

import cfbtool  # noqa: E402
import office  # noqa: E402
from common import (D, DT, T, Dur, Err, Sheet, READ, SRC, HOSTILE, write_expected, dump_json,  # noqa: E402
                    normalize_zip)


def rp(name):
    return os.path.join(READ, name)


def hp(name):
    return os.path.join(HOSTILE, name)


# ---------------------------------------------------------------- xlwt

def xlwt_basic():
    path = rp("xlwt-basic.xls")
    wb = xlwt.Workbook(encoding="utf-8")
    ws = wb.add_sheet("Số liệu")
    e = Sheet("Số liệu")
    styles = {}

    def style(fmt):
        if fmt not in styles:
            styles[fmt] = xlwt.easyxf(num_format_str=fmt)
        return styles[fmt]

    def put(r, c, value, fmt=None, expect="same"):
        if fmt:
            ws.write(r, c, value, style(fmt))
        else:
            ws.write(r, c, value)
        e.set((r, c), value if expect == "same" else expect)

    # Row 1: text (LABELSST): codes kept as text, Vietnamese, spaces, newline, tab
    for c, v in enumerate(["00157", "Phường Yên Hoà", "  Mai Dịch  ", "Dòng 1\nDòng 2", "Tab\tở giữa",
                           "Chữ Việt: ắ ẳ ẵ ặ ỳ ỷ ỹ ỵ đ Đ"]):
        put(0, c, v)
    # Row 2: numbers: RK integers and x100 decimals, and NUMBER for what RK cannot hold
    # (0.1 + 0.2 is left out: Foundation's JSON parser on Linux reads 0.30000000000000004 as
    # 0.3000000000000001, so the test could not state it)
    for c, v in enumerate([42, -7, 95.5, 0.25, 3.14159, 1e15, 123456789012, 1.5e-10, 2 ** 53, -1e-300]):
        put(1, c, v)
    # Row 3: consecutive RK numbers (MULRK), then styled blanks (MULBLANK), then a LABELSST
    for c in range(4):
        put(2, c, c + 1)
    for c in range(4, 7):
        ws.write(2, c, None, style("0.00"))
    put(2, 7, "sau ô trống")
    # Row 4: booleans and errors (BOOLERR)
    put(3, 0, True)
    put(3, 1, False)
    # by code: xlwt's own table maps "#VALUE!" to 36 (#NUM!) and lacks "#N/A"
    for c, (code, text) in enumerate([(0x07, "#DIV/0!"), (0x2A, "#N/A"), (0x0F, "#VALUE!"), (0x17, "#REF!")]):
        ws.row(3).set_cell_error(2 + c, code)
        e.set((3, 2 + c), Err(text))
    # Row 5: dates, date-times, times, durations through XF and FORMAT (built-in and custom codes)
    put(4, 0, dt.date(2018, 1, 26), "dd/mm/yyyy", D(2018, 1, 26))
    put(4, 1, dt.date(2018, 1, 26), "M/D/YY", D(2018, 1, 26))          # built-in 14
    put(4, 2, dt.datetime(2018, 1, 26, 8, 30), "dd/mm/yyyy hh:mm:ss", DT(2018, 1, 26, 8, 30))
    put(4, 3, dt.time(10, 30), "hh:mm:ss", T(10, 30))
    put(4, 4, dt.time(14, 5), "h:mm AM/PM", T(14, 5))
    put(4, 5, 26.5 / 24, "[h]:mm:ss", Dur(95400))
    put(4, 6, 0.125, "[h]:mm", Dur(10800))
    put(4, 7, dt.date(1900, 1, 1), "dd/mm/yyyy", D(1900, 1, 1))
    put(4, 8, dt.date(1900, 3, 1), "dd/mm/yyyy", D(1900, 3, 1))
    # Row 6: number formats that are not dates
    put(5, 0, 0.885, "0.00%", 0.885)
    put(5, 1, 1234567, "#,##0", 1234567)
    put(5, 2, 15000.5, '#,##0.00" đ"', 15000.5)
    put(5, 3, 7.5, '0.00" điểm"', 7.5)
    put(5, 4, 43126, '"Ngày "dd" tháng "mm" năm "yyyy', D(2018, 1, 26))
    # Row 7: formulas: xlwt stores no computed result, only "empty string" (FORMULA type 3)
    ws.write(6, 0, xlwt.Formula("B2*2"))
    e.set((6, 0), "")
    # Row 9: a merged range
    ws.write_merge(8, 8, 0, 3, "Tổng hợp")
    e.set((8, 0), "Tổng hợp")
    # Row 11 starts at column C (leading empty cells)
    put(10, 2, "cột C")

    h = wb.add_sheet("Ẩn")
    h.visibility = 1
    h.write(2, 2, "ẩn ở C3")
    eh = Sheet("Ẩn", "hidden").set("C3", "ẩn ở C3")
    v = wb.add_sheet("Rất ẩn")
    v.visibility = 2
    v.write(0, 0, 1)
    ev = Sheet("Rất ẩn", "veryHidden").set("A1", 1)
    wb.save(path)
    write_expected(path, [e, eh, ev], {"merged": {"Số liệu": ["A9:D9"]}, "formulas": {"Số liệu!A7": "B2*2"}})

    # the same file with the first sheet's DIMENSIONS record saying A1:A1 (as WPS-style writers
    # leave it): the reader must not trust it
    c = cfbtool.CFB(open(path, "rb").read())
    stream = c.stream("Workbook")
    dims = [o for o, t, n in cfbtool.records(stream) if t == 0x0200]
    _patch_stream(c, "Workbook", dims[0] + 4, struct.pack("<IIHH", 0, 1, 0, 1))
    lie = rp("hand-dimension-lie-xls.xls")
    open(lie, "wb").write(c.data)
    write_expected(lie, [e, eh, ev])


def xlwt_1904():
    path = rp("xlwt-1904.xls")
    wb = xlwt.Workbook(encoding="utf-8")
    wb.dates_1904 = True
    ws = wb.add_sheet("1904")
    e = Sheet("1904")
    f = xlwt.easyxf(num_format_str="dd/mm/yyyy")
    ws.write(0, 0, 0, f)                    # serial 0 = 1904-01-01
    e.set("A1", D(1904, 1, 1))
    ws.write(0, 1, dt.date(2018, 1, 26), f)  # xlwt converts to the 1904 serial
    e.set("B1", D(2018, 1, 26))
    ws.write(0, 2, dt.datetime(2018, 1, 26, 8, 30), xlwt.easyxf(num_format_str="dd/mm/yyyy hh:mm"))
    e.set("C1", DT(2018, 1, 26, 8, 30))
    ws.write(0, 3, 50 / 24, xlwt.easyxf(num_format_str="[h]:mm"))
    e.set("D1", Dur(180000))
    ws.write(0, 4, 1462)
    e.set("E1", 1462)
    wb.save(path)
    write_expected(path, [e])


def _split_like_excel(self, s, is_unicode_str):
    """xlwt's SST splitter, changed to choose 8- or 16-bit characters for each CONTINUE piece
    (Excel does; xlwt keeps the string's first choice)."""
    if not is_unicode_str:
        return _original_split(self, s, is_unicode_str)
    chars = s.decode("utf-16-le")
    i, wide = 0, True
    while i < len(chars):
        free = 0x2020 - len(self._current_piece)
        width = 2 if wide else 1
        n = min(len(chars) - i, free // width)
        self._current_piece += chars[i:i + n].encode("utf-16-le" if wide else "latin-1")
        i += n
        if i < len(chars):
            self._new_piece()
            wide = any(ord(ch) > 0xFF for ch in chars[i:i + 0x2020 - 1])
            self._current_piece += b"\x01" if wide else b"\x00"


_original_split = xlwt.BIFFRecords.SharedStringTable._save_splitted


def xlwt_long_sst():
    path = rp("xlwt-long-sst.xls")
    xlwt.BIFFRecords.SharedStringTable._save_splitted = _split_like_excel
    try:
        wb = xlwt.Workbook(encoding="utf-8")
        ws = wb.add_sheet("SST")
        e = Sheet("SST")
        texts = ["Phường số %d: Nghĩa Đô, Yên Hoà, Dịch Vọng" % i for i in range(400)]
        # 16-bit, then a piece of 8-bit characters, then 16-bit again
        texts.append("ư" + "a" * 20000 + "ư" * 300)
        # 8-bit throughout, longer than a record
        texts.append("b" * 12000)
        texts += ["Sau chuỗi dài %d" % i for i in range(50)]
        for r, t in enumerate(texts):
            ws.write(r, 0, t)
            e.set((r, 0), t)
            ws.write(r, 1, r)
            e.set((r, 1), r)
        wb.save(path)
    finally:
        xlwt.BIFFRecords.SharedStringTable._save_splitted = _original_split
    # The file must hold what it is meant to test: a flag change at a CONTINUE boundary.
    stream = cfbtool.CFB(open(path, "rb").read()).stream("Workbook")
    flags = [stream[o + 4] for o, t, n in cfbtool.records(stream) if t == 0x3C]
    assert 0 in flags and 1 in flags, flags
    write_expected(path, [e])


# ---------------------------------------------------------------- LibreOffice

LO_FORMULAS = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
 <number:date-style style:name="N1"><number:day number:style="long"/><number:text>/</number:text><number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/></number:date-style>
 <style:style style:name="ceD" style:family="table-cell" style:data-style-name="N1"/>
</office:automatic-styles>
<office:body><office:spreadsheet>
<table:table table:name="Công thức">
 <table:table-row>
  <table:table-cell office:value-type="float" office:value="40"><text:p>40</text:p></table:table-cell>
  <table:table-cell table:formula="of:=[.A1]*2+3" office:value-type="float" office:value="83"><text:p>83</text:p></table:table-cell>
  <table:table-cell table:formula="of:=&quot;Phường &quot;&amp;&quot;Yên Hoà&quot;" office:value-type="string" office:string-value="Phường Yên Hoà"><text:p>Phường Yên Hoà</text:p></table:table-cell>
  <table:table-cell table:formula="of:=[.A1]&gt;10" office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell>
  <table:table-cell table:formula="of:=[.A1]&lt;10" office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell>
  <table:table-cell table:formula="of:=[.A1]/0" office:value-type="string" office:string-value=""><text:p>#DIV/0!</text:p></table:table-cell>
  <table:table-cell table:formula="of:=NA()" office:value-type="string" office:string-value=""><text:p>#N/A</text:p></table:table-cell>
  <table:table-cell table:formula="of:=&quot;&quot;" office:value-type="string" office:string-value=""><text:p></text:p></table:table-cell>
  <table:table-cell table:style-name="ceD" table:formula="of:=DATE(2018;1;26)" office:value-type="date" office:date-value="2018-01-26"><text:p>26/01/2018</text:p></table:table-cell>
 </table:table-row>
 <table:table-row>
  <table:table-cell table:formula="of:=REPT(&quot;ư&quot;;6000)&amp;&quot;x&quot;" office:value-type="string" office:string-value="%s"><text:p>%s</text:p></table:table-cell>
 </table:table-row>
</table:table>
</office:spreadsheet></office:body></office:document>
""" % ("ư" * 6000 + "x", "ư" * 6000 + "x")


def lo_fixtures(basic):
    out = []
    # the flat ODS of lo-features*: written again (same bytes) for its expected values
    fods, _e_ods, e_xlsx, extra = office.lo_features_fods()
    x = office.convert(fods, "xls:MS Excel 97", rp("lo-features-xls.xls"))
    write_expected(x, e_xlsx, {"merged": extra["merged"], "formulas": extra["formulas"]})
    out.append(x)

    src, sheets = basic
    x = office.convert(src, "xls:MS Excel 97", rp("lo-resaved-xls.xls"))
    # As in LibreOffice's XLSX (lo_transform) but for numbers: BIFF stores the double itself, so
    # nothing is rounded to 15 digits (2**53 stays 9007199254740992).
    s_xls = office.lo_transform(sheets, "xlsx")
    for n, orig in zip(s_xls, sheets):
        for k, v in orig.cells.items():
            if isinstance(v, float) or (isinstance(v, int) and not isinstance(v, bool)):
                n.cells[k] = v
    write_expected(x, s_xls, {"merged": {"Số liệu": ["A20:E20", "B22:C23"]}})
    out.append(x)

    fods2 = os.path.join(SRC, "lo-formulas.fods")
    with open(fods2, "w", encoding="utf-8") as f:
        f.write(LO_FORMULAS)
    x = office.convert(fods2, "xls:MS Excel 97", rp("lo-formulas-xls.xls"))
    # shared formulas: LibreOffice writes SHRFMLA for runs of formulas that differ only by
    # their relative references (checked in the file below)
    ssrc = os.path.join(SRC, "shared-formulas-src.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Chia sẻ"
    es = Sheet("Chia sẻ")
    formulas = {}
    for r in range(1, 21):
        ws.cell(r, 1, r * 10)
        ws.cell(r, 2, "=A%d*2+$A$1" % r)
        ws.cell(r, 3, "=SUM(A$1:A%d)" % r)
        es.set((r - 1, 0), r * 10)
        es.set((r - 1, 1), r * 20 + 10)
        es.set((r - 1, 2), 5 * r * (r + 1))
        formulas["Chia sẻ!B%d" % r] = "A%d*2+$A$1" % r
        formulas["Chia sẻ!C%d" % r] = "SUM(A$1:A%d)" % r
    wb.save(ssrc)
    normalize_zip(ssrc)
    xs = office.convert(ssrc, "xls:MS Excel 97", rp("lo-shared-formulas-xls.xls"))
    write_expected(xs, [es], {"formulas": formulas})
    kinds = [t for _, t, _ in cfbtool.records(_small_stream(cfbtool.CFB(open(xs, "rb").read()), "Workbook"))]
    assert 0x04BC in kinds, "no SHRFMLA"

    # LibreOffice 7.4 (headless, with or without recalculation on load) writes the string
    # results of formulas as the number 0 and no STRING record (read in its FORMULA records):
    # C1 and A2 are 0 because that is what the file holds. gnumeric-formulas.xls has them.
    e = Sheet("Công thức")
    for c, v in enumerate([40, 83, 0, True, False, Err("#DIV/0!"), Err("#N/A"), "", D(2018, 1, 26)]):
        e.set((0, c), v)
    e.set((1, 0), 0)
    write_expected(x, [e])
    return out


# ---------------------------------------------------------------- Gnumeric

def gnumeric_fixtures(gsrc):
    src, sheets = gsrc
    for name, fmt in (("gnumeric-biff8.xls", "excel_biff8"), ("gnumeric-biff5.xls", "excel_biff7")):
        dest = rp(name)
        subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:" + fmt, src, dest], check=True,
                       stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        exp = office.gnumeric_transform(sheets, "ods")
        if fmt == "excel_biff7":
            exp = biff5_cp1252(exp)
        write_expected(dest, exp, {"merged": {"Gnumeric": ["A7:C7"]}})

    # cached formula results of each type; Gnumeric recalculates on load and writes the STRING
    # record of a 6001-character result cut at 8224 bytes, inside a character, into a CONTINUE
    # record without a flags byte (Excel would repeat the flags byte)
    fsrc = os.path.join(SRC, "formulas-src.xlsx")
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Công thức"
    for ref, f in (("A1", 40), ("B1", "=A1*2+3"), ("C1", '="Phường "&"Yên Hoà"'), ("D1", "=A1>10"),
                   ("E1", "=A1<10"), ("F1", "=A1/0"), ("G1", "=NA()"), ("H1", '=""'),
                   ("I1", "=DATE(2018,1,26)"), ("A2", '=REPT("ư",6000)&"x"')):
        ws[ref] = f
    ws["I1"].number_format = "dd/mm/yyyy"
    wb.save(fsrc)
    normalize_zip(fsrc)
    dest = rp("gnumeric-formulas.xls")
    subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:excel_biff8", fsrc, dest], check=True,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    e = Sheet("Công thức")
    for c, v in enumerate([40, 83, "Phường Yên Hoà", True, False, Err("#DIV/0!"), Err("#N/A"), "",
                           D(2018, 1, 26)]):
        e.set((0, c), v)
    e.set((1, 0), "ư" * 6000 + "x")
    write_expected(dest, [e], {"formulas": {"Công thức!B1": "A1*2+3", "Công thức!C1": '"Phường "&"Yên Hoà"',
                                            "Công thức!D1": "A1>10", "Công thức!F1": "A1/0", "Công thức!G1": "NA()",
                                            "Công thức!I1": "DATE(2018,1,26)", "Công thức!A2": 'REPT("ư",6000)&"x"'}})
    c = cfbtool.CFB(open(dest, "rb").read())
    kinds = [t for _, t, _ in cfbtool.records(_small_stream(c, "Workbook"))]
    assert any(a == 0x0207 and b == 0x3C for a, b in zip(kinds, kinds[1:])), "no STRING + CONTINUE"

    # BIFF5 in code page 1258: the source holds each Vietnamese text as the cp1252 reading of
    # its cp1258 bytes, so Gnumeric stores exactly those bytes; CODEPAGE is then set to 1258.
    cp_src = os.path.join(SRC, "cp1258-src.xlsx")
    words = ["Phường Yên Hoà", "Nghĩa Đô", "Dịch Vọng Hậu", "Điểm thi đua"]
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bang ma"
    e = Sheet("Bang ma")
    for r, w in enumerate(words):
        stored = to_cp1258(w).decode("cp1252")
        ws.cell(row=r + 1, column=1, value=stored)
        ws.cell(row=r + 1, column=2, value=r + 1)
        e.set((r, 0), w)
        e.set((r, 1), r + 1)
    wb.save(cp_src)
    normalize_zip(cp_src)
    dest = rp("hand-biff5-cp1258.xls")
    subprocess.run(["ssconvert", "--export-type=Gnumeric_Excel:excel_biff7", cp_src, dest], check=True,
                   stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    c = cfbtool.CFB(open(dest, "rb").read())
    name = [x["name"] for x in c.entries if x["name"].lower() in ("book", "workbook")][0]
    stream = _small_stream(c, name)
    cp = [(o, n) for o, t, n in cfbtool.records(stream) if t == 0x42]
    assert len(cp) == 1 and struct.unpack_from("<H", stream, cp[0][0] + 4)[0] == 1252
    _patch_stream(c, name, cp[0][0] + 4, struct.pack("<H", 1258))
    open(dest, "wb").write(c.data)
    write_expected(dest, [e])


def to_cp1258(text):
    """Windows-1258 bytes: tone marks as combining characters after the base letter, which keeps
    its other marks precomposed (ơ, ư, â, ê, ô, ă, đ are single bytes)."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = ""
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        out += unicodedata.normalize("NFC", "".join(c for c in d if c not in tones))
        out += "".join(c for c in d if c in tones)
    return out.encode("cp1258")


def biff5_cp1252(sheets):
    """Gnumeric's BIFF5 export writes code page 1252: characters outside it become '?'."""
    out = []
    for s in sheets:
        n = copy.deepcopy(s)
        n.name = s.name.encode("cp1252", "replace").decode("cp1252")
        for k, v in list(n.cells.items()):
            if isinstance(v, str):
                n.cells[k] = v.encode("cp1252", "replace").decode("cp1252")
        out.append(n)
    return out


def _small_stream(c, name):
    """A stream in the mini stream (under 4096 bytes), or a regular one."""
    e = c.entry(name)
    if e["size"] >= 4096:
        return c.stream(name)
    root = c.entries[0]
    container = b"".join(bytes(c.data[c.offset(s):c.offset(s) + c.ssize]) for s in c.chain(root["start"]))
    minifat = _minifat(c)
    out, s = b"", e["start"]
    while len(out) < e["size"]:
        out += container[64 * s:64 * s + 64]
        s = minifat[s]
    return out[:e["size"]]


def _minifat(c):
    start, count = struct.unpack_from("<II", c.data, 60)
    out = []
    for s in c.chain(start)[:count]:
        out += list(struct.unpack_from("<%dI" % (c.ssize // 4), c.data, c.offset(s)))
    return out


def _file_offset(c, name, pos):
    e = c.entry(name)
    if e["size"] >= 4096:
        return c.stream_file_offset(name, pos)
    root = c.entries[0]
    minifat = _minifat(c)
    s = e["start"]
    for _ in range(pos // 64):
        s = minifat[s]
    at = 64 * s + pos % 64
    sectors = c.chain(root["start"])
    return c.offset(sectors[at >> c.shift]) + (at & (c.ssize - 1))


def _patch_stream(c, name, pos, data):
    for i, b in enumerate(data):
        c.data[_file_offset(c, name, pos + i)] = b


# ---------------------------------------------------------------- hostile

CASES = []


def case(file, code, note, **loc):
    c = {"file": file, "code": code}
    c.update(loc)
    c["note"] = note
    CASES.append(c)


def biff8_stream(globals_extra=b"", sst=None, cells=b""):
    """A minimal BIFF8 workbook stream: globals (one XF, one sheet, an SST) and one sheet,
    padded after its last EOF to 4096 bytes so that it is a regular (not mini) stream."""
    bof_g = cfbtool.record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0005, 0, 0, 0, 0))
    xf = cfbtool.record(0x00E0, struct.pack("<HHHBBBBIIH", 0, 0, 0xFFF5, 0x20, 0, 0, 0, 0, 0, 0x20C0))
    if sst is None:
        sst = cfbtool.record(0x00FC, struct.pack("<II", 1, 1) + struct.pack("<HB", 2, 0) + b"ok")
    name = "Sheet1".encode("latin-1")
    bs_len = 4 + 8 + len(name)
    head = bof_g + globals_extra + xf
    sheet_offset = len(head) + bs_len + len(sst) + 4
    bs = cfbtool.record(0x0085, struct.pack("<IBBBB", sheet_offset, 0, 0, len(name), 0) + name)
    g = head + bs + sst + cfbtool.record(0x000A, b"")
    assert len(g) == sheet_offset
    s = (cfbtool.record(0x0809, struct.pack("<HHHHII", 0x0600, 0x0010, 0, 0, 0, 0)) + cells
         + cfbtool.record(0x000A, b""))
    data = g + s
    return data + b"\0" * max(0, 4096 - len(data))


def labelsst(row, col, index):
    return cfbtool.record(0x00FD, struct.pack("<HHHI", row, col, 0, index))


def make_hostile():
    lo = open(rp("lo-resaved-xls.xls"), "rb").read()

    def lo_cfb():
        return cfbtool.CFB(lo)

    # FAT loop in the workbook stream's chain
    c = lo_cfb()
    chain = c.chain(c.entry("Workbook")["start"])
    c.set_fat(chain[2], chain[0])
    open(hp("cfb-fat-loop.xls"), "wb").write(c.data)
    case("cfb-fat-loop.xls", "cfb.corrupt", "lo-resaved-xls.xls with the Workbook chain's third sector pointing back to its first", part="Workbook")

    # a sector number past the FAT
    c = lo_cfb()
    c.set_fat(chain[1], 0x00FFFFF0)
    open(hp("cfb-sector-range.xls"), "wb").write(c.data)
    case("cfb-sector-range.xls", "cfb.corrupt", "lo-resaved-xls.xls with the Workbook chain's second link set to sector 0xFFFFF0", part="Workbook")

    # a chain that ends early (the stream claims more sectors than it has)
    c = lo_cfb()
    c.set_fat(chain[1], cfbtool.ENDOFCHAIN)
    open(hp("cfb-chain-short.xls"), "wb").write(c.data)
    case("cfb-chain-short.xls", "cfb.truncated", "lo-resaved-xls.xls with the Workbook chain ended after two sectors", part="Workbook")

    # absurd FAT sector count in the header
    c = lo_cfb()
    struct.pack_into("<I", c.data, 44, 0x7FFFFFFF)
    open(hp("cfb-fat-count.xls"), "wb").write(c.data)
    case("cfb-fat-count.xls", "cfb.corrupt", "header declares 2^31-1 FAT sectors", part="FAT")

    # a directory chain that loops onto itself
    c = lo_cfb()
    c.set_fat(c.dir_start, c.dir_start)
    open(hp("cfb-directory-loop.xls"), "wb").write(c.data)
    case("cfb-directory-loop.xls", "cfb.corrupt", "the directory's sector chain points to itself", part="directory")

    # cut in half
    open(hp("cfb-truncated.xls"), "wb").write(lo[:len(lo) // 2])
    case("cfb-truncated.xls", "cfb.truncated", "lo-resaved-xls.xls cut at half its size")

    # mini stream past its end: the root entry (mini stream container) shrunk under the Workbook
    g = cfbtool.CFB(open(rp("gnumeric-biff8.xls"), "rb").read())
    struct.pack_into("<I", g.data, g.entries[0]["offset"] + 120, 1024)
    open(hp("cfb-mini-past-end.xls"), "wb").write(g.data)
    case("cfb-mini-past-end.xls", "cfb.corrupt", "gnumeric-biff8.xls (workbook in the mini stream) with the mini stream cut to 1024 bytes", part="Workbook")

    # SST whose count lies: declares a million strings, holds one
    sst = cfbtool.record(0x00FC, struct.pack("<II", 1000000, 1000000) + struct.pack("<HB", 2, 0) + b"ok")
    open(hp("xls-sst-count.xls"), "wb").write(cfbtool.write_cfb([("Workbook", biff8_stream(sst=sst, cells=labelsst(0, 0, 0)))]))
    case("xls-sst-count.xls", "xls.corrupt", "SST declares 1,000,000 strings and holds 1", part="Workbook")

    # a cell refers past the SST
    open(hp("xls-sst-index.xls"), "wb").write(cfbtool.write_cfb([("Workbook", biff8_stream(cells=labelsst(4, 1, 7)))]))
    case("xls-sst-index.xls", "xls.shared-string-index", "LABELSST at B5 refers to string 7 of 1", part="Workbook", sheet="Sheet1", cell="B5")

    # CONTINUE storm: a 60,000-character string whose characters never come, over 20,000 empty CONTINUEs
    sst = (cfbtool.record(0x00FC, struct.pack("<II", 1, 1) + struct.pack("<HB", 60000, 0))
           + cfbtool.record(0x003C, b"") * 20000)
    open(hp("xls-continue-storm.xls"), "wb").write(cfbtool.write_cfb([("Workbook", biff8_stream(sst=sst))]))
    case("xls-continue-storm.xls", "xls.corrupt", "an SST string continued by 20,000 empty CONTINUE records, then nothing", part="Workbook")

    # a record whose length runs past the stream's end
    data = bytearray(biff8_stream(cells=labelsst(0, 0, 0)))
    recs = cfbtool.records(bytes(data))
    last_label = [o for o, t, n in recs if t == 0x00FD][-1]
    struct.pack_into("<H", data, last_label + 2, 0xFFFF)
    open(hp("xls-record-length.xls"), "wb").write(cfbtool.write_cfb([("Workbook", bytes(data))]))
    case("xls-record-length.xls", "xls.corrupt", "a LABELSST record claiming 65,535 bytes", part="Workbook")

    # FILEPASS: a password-protected .xls
    filepass = cfbtool.record(0x002F, struct.pack("<HHH", 1, 1, 1) + b"\0" * 48)
    open(hp("xls-filepass.xls"), "wb").write(cfbtool.write_cfb([("Workbook", biff8_stream(globals_extra=filepass))]))
    case("xls-filepass.xls", "file.encrypted", "a FILEPASS record in the globals (RC4 encryption header)", part="Workbook")

    # BIFF4: a bare BIFF stream, not a compound file (Excel 4.0)
    biff4 = cfbtool.record(0x0409, struct.pack("<HHH", 0, 0x0010, 0)) + cfbtool.record(0x000A, b"")
    open(hp("xls-biff4.xls"), "wb").write(biff4)
    case("xls-biff4.xls", "xls.version", "an Excel 4.0 (BIFF4) worksheet: a bare BIFF stream")

    # a version-4 file whose Workbook entry gives a size with the high bit of its upper 32 bits
    # set: read as a signed 64-bit number it is negative, which once read as an empty stream
    c = cfbtool.CFB(cfbtool.write_cfb([("Workbook", biff8_stream(cells=labelsst(0, 0, 0)))], version=4))
    struct.pack_into("<I", c.data, c.entry("Workbook")["offset"] + 124, 0x80000000)
    open(hp("cfb-size-high-bit.xls"), "wb").write(c.data)
    case("cfb-size-high-bit.xls", "cfb.corrupt", "a version-4 file whose Workbook stream size has its top bit set (2^63 + 4096 bytes)", part="Workbook")

    # an OLE2 file without a workbook stream (a Word document's container, say)
    open(hp("cfb-no-workbook.xls"), "wb").write(cfbtool.write_cfb([("WordDocument", b"\0" * 4096)]))
    case("cfb-no-workbook.xls", "file.unknown-format", "OLE2 file whose only stream is WordDocument")


def merge_cases():
    """Adds the .xls cases to hostile/cases.json (replacing earlier ones of the same files)."""
    path = os.path.join(HOSTILE, "cases.json")
    cases = json.load(open(path, encoding="utf-8"))["cases"] if os.path.exists(path) else []
    mine = {c["file"] for c in CASES}
    cases = [c for c in cases if c["file"] not in mine] + CASES
    dump_json(path, {"cases": cases})


def returns_xls():
    """Fixtures/returns/2018-xls: each 2018 return re-saved as .xls by LibreOffice, to check that
    an .xls return validates and consolidates exactly as the file it came from."""
    src = os.path.join(os.path.dirname(READ), "returns", "2018")
    dest = os.path.join(os.path.dirname(READ), "returns", "2018-xls")
    if os.path.isdir(dest):
        shutil.rmtree(dest)
    os.makedirs(dest)
    for name in sorted(os.listdir(src)):
        office.convert(os.path.join(src, name), "xls:MS Excel 97",
                       os.path.join(dest, os.path.splitext(name)[0] + ".xls"))


def make_all(basic, gsrc):
    xlwt_basic()
    xlwt_1904()
    xlwt_long_sst()
    lo_fixtures(basic)
    gnumeric_fixtures(gsrc)
    CASES.clear()
    make_hostile()
    merge_cases()
    returns_xls()


if __name__ == "__main__":
    import libs
    make_all(libs.openpyxl_basic(), libs.openpyxl_gnumeric_source())
    print("xls fixtures written")
