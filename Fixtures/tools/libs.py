"""Fixtures written by openpyxl and XlsxWriter (Fixtures/read/*.xlsx)."""
import datetime as dt
import os

import openpyxl
from openpyxl.utils.datetime import CALENDAR_MAC_1904
from openpyxl.workbook.defined_name import DefinedName
import xlsxwriter

from common import (D, DT, T, Dur, Err, Sheet, READ, SRC, write_expected, normalize_zip, dump_json)

WARDS = [("00157", "Nghĩa Đô"), ("00160", "Nghĩa Tân"), ("00163", "Mai Dịch"), ("00166", "Dịch Vọng"),
         ("00167", "Dịch Vọng Hậu"), ("00169", "Quan Hoa"), ("00172", "Yên Hòa"), ("00175", "Trung Hòa")]


def _fix_props(wb):
    wb.properties.creator = "thidua fixtures"
    wb.properties.created = dt.datetime(2018, 1, 26, 8, 30)
    wb.properties.modified = dt.datetime(2018, 1, 26, 8, 30)


# ------------------------------------------------------------------ openpyxl

def openpyxl_basic():
    """openpyxl-basic.xlsx: value types, date formats, sheet states, merges, defined names."""
    path = os.path.join(READ, "openpyxl-basic.xlsx")
    wb = openpyxl.Workbook()
    _fix_props(wb)
    ws = wb.active
    ws.title = "Số liệu"
    e = Sheet("Số liệu")

    def put(ref, value, fmt=None, expect="same"):
        c = ws[ref]
        c.value = value
        if fmt:
            c.number_format = fmt
        e.set(ref, value if expect == "same" else expect)

    # Row 1: headers; rows 2-9 the wards (code kept as TEXT) with points
    for i, h in enumerate(["STT", "Mã", "Phường", "Điểm", "Ghi chú"]):
        put("ABCDE"[i] + "1", h)
    for i, (code, name) in enumerate(WARDS):
        r = i + 2
        put("A%d" % r, i + 1)
        put("B%d" % r, code)
        put("C%d" % r, name)
        put("D%d" % r, [95.5, 88, 90.25, 79, 100, 65.75, 91, 87.5][i])
    # Row 11: numbers
    nums = [0, -7, 3.5, -0.25, 0.1 + 0.2, 1e15, 123456789012, 1.5e-10, 2 ** 53, -1e-300]
    for i, v in enumerate(nums):
        # openpyxl 3.1 writes floats with 16 significant digits ("%.16g"): 0.1+0.2 is stored
        # as 0.3, which is what the file holds and so what a reader must give.
        put("%s11" % "ABCDEFGHIJ"[i], v, expect=float("%.16g" % v) if isinstance(v, float) else v)
    # Row 12: text traps
    put("A12", "  Mai Dịch  ")                 # leading/trailing spaces
    put("B12", "Dòng 1\nDòng 2")               # newline in a cell
    put("C12", "", expect=None)                # openpyxl omits empty strings: the cell is absent
    put("D12", "Tab\tở giữa")
    put("E12", "Chữ Việt: ắ ẳ ẵ ặ ỳ ỷ ỹ ỵ đ Đ")
    # Row 13: booleans
    put("A13", True)
    put("B13", False)
    # Row 14: dates
    put("A14", dt.date(2018, 1, 26), "dd/mm/yyyy", D(2018, 1, 26))        # custom date-only
    put("B14", dt.date(2018, 12, 31), "mm-dd-yy", D(2018, 12, 31))        # built-in numFmtId 14
    put("C14", dt.date(2018, 6, 1), None, D(2018, 6, 1))                  # openpyxl default yyyy-mm-dd
    put("D14", dt.date(1900, 1, 1), "dd/mm/yyyy", D(1900, 1, 1))          # serial 1
    put("E14", dt.date(1900, 3, 1), "dd/mm/yyyy", D(1900, 3, 1))          # serial 61: after fictitious 29 Feb
    put("F14", dt.date(1900, 2, 28), "dd/mm/yyyy", D(1900, 2, 28))        # serial 59
    # Row 15: datetimes
    put("A15", dt.datetime(2018, 1, 26, 8, 30), None, DT(2018, 1, 26, 8, 30))   # default yyyy-mm-dd h:mm:ss
    put("B15", dt.datetime(2018, 12, 31, 23, 59, 59), "dd/mm/yyyy hh:mm:ss", DT(2018, 12, 31, 23, 59, 59))
    put("C15", dt.datetime(2018, 1, 26, 10, 30, 0, 500000), "yyyy-mm-dd hh:mm:ss.0",
        DT(2018, 1, 26, 10, 30, 0, frac=".5"))
    # Row 16: times of day
    put("A16", dt.time(10, 30), None, T(10, 30))                  # openpyxl default h:mm:ss
    put("B16", dt.time(18, 0), "h:mm AM/PM", T(18, 0))
    put("C16", dt.time(0, 0, 1), "hh:mm:ss", T(0, 0, 1))
    # Row 17: durations
    put("A17", dt.timedelta(hours=26, minutes=30), None, Dur(95400))       # openpyxl default [hh]:mm:ss
    put("B17", dt.timedelta(hours=37, minutes=30), "[h]:mm:ss", Dur(135000))
    put("C17", dt.timedelta(minutes=90), "[mm]:ss", Dur(5400))
    put("D17", dt.timedelta(hours=3), "[h]:mm", Dur(10800))               # serial 0.125 but elapsed format
    # Row 18: numbers with non-date formats
    put("A18", 0.125, "0.00%")
    put("B18", 15000000, "#,##0")
    put("C18", 1234.5, '#,##0.00" đ"')
    # Row 20: merged title A20:E20 (only the top-left cell has the value)
    put("A20", "Bảng tổng hợp kết quả thi đua năm 2018")
    ws.merge_cells("A20:E20")
    ws.merge_cells("B22:C23")
    put("B22", "Ô gộp 2x2")

    hidden = wb.create_sheet("Ẩn")
    hidden.sheet_state = "hidden"
    eh = Sheet("Ẩn", "hidden")
    hidden["C3"] = "bắt đầu ở C3"        # leading empty rows and cells -> nulls
    eh.set("C3", "bắt đầu ở C3")
    hidden["D4"] = 42
    eh.set("D4", 42)

    vh = wb.create_sheet("Cấu hình")
    vh.sheet_state = "veryHidden"
    ev = Sheet("Cấu hình", "veryHidden")
    vh["A1"] = "phiên bản"
    vh["B1"] = 3
    ev.set("A1", "phiên bản").set("B1", 3)

    names = [("DanhSachPhuong", "'Số liệu'!$C$2:$C$9"), ("DiemToiDa", "100"),
             ("MaPhuong", "'Số liệu'!$B$2:$B$9")]
    for n, f in names:
        wb.defined_names[n] = DefinedName(n, attr_text=f)
    wb.save(path)
    normalize_zip(path)
    write_expected(path, [e, eh, ev], {
        "merged": {"Số liệu": ["A20:E20", "B22:C23"]},
        "definedNames": [{"name": n, "formula": f} for n, f in names],
    })
    return path, [e, eh, ev]


def openpyxl_1904():
    """openpyxl-1904.xlsx: workbookPr date1904=1."""
    path = os.path.join(READ, "openpyxl-1904.xlsx")
    wb = openpyxl.Workbook()
    _fix_props(wb)
    wb.epoch = CALENDAR_MAC_1904
    ws = wb.active
    ws.title = "Ngày 1904"
    e = Sheet("Ngày 1904")
    rows = [
        ("A1", "Ngày", None, "Ngày"),
        ("B1", dt.date(2018, 1, 26), "dd/mm/yyyy", D(2018, 1, 26)),
        ("A2", "Mốc 1904", None, "Mốc 1904"),
        ("B2", dt.date(1904, 1, 1), "dd/mm/yyyy", D(1904, 1, 1)),         # serial 0 in 1904 system
        ("A3", "Ngày giờ", None, "Ngày giờ"),
        ("B3", dt.datetime(2018, 1, 26, 8, 30), "dd/mm/yyyy hh:mm", DT(2018, 1, 26, 8, 30)),
        ("A4", "Giờ", None, "Giờ"),
        ("B4", dt.time(14, 45), "hh:mm", T(14, 45)),
        ("A5", "Số", None, "Số"),
        ("B5", 1234, None, 1234),
        ("A6", "Thời lượng", None, "Thời lượng"),
        ("B6", dt.timedelta(hours=50), "[h]:mm:ss", Dur(180000)),
    ]
    for ref, v, fmt, exp in rows:
        ws[ref] = v
        if fmt:
            ws[ref].number_format = fmt
        e.set(ref, exp)
    wb.save(path)
    normalize_zip(path)
    write_expected(path, [e])
    return path, [e]


def openpyxl_gnumeric_source():
    """src/gnumeric-src.xlsx: small openpyxl workbook fed to ssconvert (not itself a reader fixture)."""
    path = os.path.join(SRC, "gnumeric-src.xlsx")
    wb = openpyxl.Workbook()
    _fix_props(wb)
    ws = wb.active
    ws.title = "Gnumeric"
    e = Sheet("Gnumeric")
    data = [
        ("A1", "Mã", None, "Mã"), ("B1", "Phường", None, "Phường"), ("C1", "Điểm", None, "Điểm"),
        ("D1", "Ngày nộp", None, "Ngày nộp"), ("E1", "Đạt", None, "Đạt"),
        ("A2", "00157", None, "00157"), ("B2", "Nghĩa Đô", None, "Nghĩa Đô"), ("C2", 95.5, None, 95.5),
        ("D2", dt.date(2018, 1, 26), "dd/mm/yyyy", D(2018, 1, 26)), ("E2", True, None, True),
        ("A3", "00172", None, "00172"), ("B3", "Yên Hòa", None, "Yên Hòa"), ("C3", -3.25, None, -3.25),
        ("D3", dt.date(2018, 2, 15), "dd/mm/yyyy", D(2018, 2, 15)), ("E3", False, None, False),
        ("A5", "Ngày giờ", None, "Ngày giờ"),
        ("B5", dt.datetime(2018, 1, 26, 8, 30), "dd/mm/yyyy hh:mm:ss", DT(2018, 1, 26, 8, 30)),
        ("C5", 0.1 + 0.2, None, 0.1 + 0.2),
        ("A7", "Tổng hợp", None, "Tổng hợp"),
    ]
    for ref, v, fmt, exp in data:
        ws[ref] = v
        if fmt:
            ws[ref].number_format = fmt
        e.set(ref, exp)
    ws.merge_cells("A7:C7")
    h = wb.create_sheet("Ẩn")
    h.sheet_state = "hidden"
    h["A1"] = "ẩn"
    eh = Sheet("Ẩn", "hidden").set("A1", "ẩn")
    wb.save(path)
    normalize_zip(path)
    return path, [e, eh]


# ------------------------------------------------------------------ XlsxWriter

def _xw_props(wb):
    wb.set_properties({"author": "thidua fixtures", "created": dt.datetime(2018, 1, 26, 8, 30)})


def xlsxwriter_features():
    """xlsxwriter-features.xlsx: cached formula values, errors, rich strings, _xHHHH_ escapes, formats."""
    path = os.path.join(READ, "xlsxwriter-features.xlsx")
    wb = xlsxwriter.Workbook(path)
    _xw_props(wb)
    ws = wb.add_worksheet("Tổng hợp")
    e = Sheet("Tổng hợp")
    formulas = {}
    bold = wb.add_format({"bold": True})
    ital = wb.add_format({"italic": True, "font_color": "red"})

    ws.write_string("A1", "Phường", bold); e.set("A1", "Phường")
    ws.write_string("B1", "Tự chấm", bold); e.set("B1", "Tự chấm")
    ws.write_string("C1", "Thẩm định", bold); e.set("C1", "Thẩm định")
    pts = [("Nghĩa Đô", 95, 93.5), ("Mai Dịch", 88.5, 90), ("Yên Hòa", 91, 89.25)]
    for i, (n, a, b) in enumerate(pts):
        r = i + 2
        ws.write_string("A%d" % r, n); e.set("A%d" % r, n)
        ws.write_number("B%d" % r, a); e.set("B%d" % r, a)
        ws.write_number("C%d" % r, b); e.set("C%d" % r, b)
    tot_b = sum(p[1] for p in pts); tot_c = sum(p[2] for p in pts)

    def fml(ref, text, value, expect=None):
        ws.write_formula(ref, "=" + text, None, value)
        formulas["Tổng hợp!" + ref] = text
        e.set(ref, value if expect is None else expect)

    ws.write_string("A5", "Tổng"); e.set("A5", "Tổng")
    fml("B5", "SUM(B2:B4)", tot_b)
    fml("C5", "SUM(C2:C4)", tot_c)
    fml("D2", 'A2&" - "&B2', "Nghĩa Đô - 95")            # t="str"
    fml("D3", "B3>90", False)                              # t="b"
    fml("D4", "B4>90", True)
    fml("D5", "B5/0", "#DIV/0!", Err("#DIV/0!"))           # t="e"
    fml("E2", "VLOOKUP(\"x\",A2:B4,2,FALSE)", "#N/A", Err("#N/A"))
    fml("E3", "B2-B2", 0)

    # Row 7: rich string (runs are joined)
    ws.write_rich_string("A7", "Điểm ", bold, "thưởng", ital, " (+10)")
    e.set("A7", "Điểm thưởng (+10)")
    # Row 8: _xHHHH_ escapes written by XlsxWriter
    ws.write_string("A8", "a\x01b"); e.set("A8", "a\x01b")                 # control char -> _x0001_
    ws.write_string("B8", "_x0041_"); e.set("B8", "_x0041_")               # literal -> _x005F_x0041_
    ws.write_string("C8", "Dòng 1\r\nDòng 2"); e.set("C8", "Dòng 1\r\nDòng 2")  # CR -> _x000D_
    ws.write_string("D8", " khoảng trắng "); e.set("D8", " khoảng trắng ")  # xml:space="preserve"
    ws.write_string("E8", "x\x1fy"); e.set("E8", "x\x1fy")
    # Row 10: merged range
    mf = wb.add_format({"align": "center", "bold": True})
    ws.merge_range("A10:C10", "Kết quả thi đua", mf); e.set("A10", "Kết quả thi đua")
    ws.merge_range("E10:E12", 7, mf); e.set("E10", 7)

    # Sheet 2: number formats
    f = wb.add_worksheet("Định dạng")
    ef = Sheet("Định dạng")
    cases = [
        # (label, value, num_format, expected)
        ("#,##0", 1234.5, "#,##0", 1234.5),
        ("[Red] negative", -5, "0.00;[Red]-0.00", -5),
        ("percent", 0.875, "0.00%", 0.875),
        ("quoted literal date", dt.date(2018, 1, 26), '"Ngày "dd" tháng "mm" năm "yyyy', D(2018, 1, 26)),
        ("[Red] date", dt.date(2018, 3, 8), "[Red]dd/mm/yyyy", D(2018, 3, 8)),
        ("AM/PM", 0.75, "h:mm AM/PM", T(18, 0)),
        ("[h]:mm", 1.5, "[h]:mm", Dur(129600)),
        ("quoted m in number", 7.5, '0.00" điểm"', 7.5),
        ("escaped km", 12, "#,##0\\ \\k\\m", 12),
        ("datetime", dt.datetime(2018, 1, 26, 8, 30, 15), "yyyy-mm-dd hh:mm:ss", DT(2018, 1, 26, 8, 30, 15)),
        ("mm:ss minutes", 90 / 86400, "mm:ss", T(0, 1, 30)),
        ("text format @", 42, "@", 42),
        ("General", 3.14159, None, 3.14159),
        ("built-in 22", dt.datetime(2018, 5, 19, 7, 5), 22, DT(2018, 5, 19, 7, 5)),
        ("built-in 46 [h]:mm:ss", 2.25, 46, Dur(194400)),
        ("built-in 45 mm:ss", 150 / 86400, 45, T(0, 2, 30)),
        ("currency VND", 15000000, '#,##0 "₫"', 15000000),
        ("locale date [$-42A]", dt.date(2018, 9, 2), "[$-42A]dd/mm/yyyy;@", D(2018, 9, 2)),
        ("built-in 14", dt.date(2019, 1, 1), 14, D(2019, 1, 1)),
        ("elapsed [ss]", 0.5, "[ss]", Dur(43200)),
    ]
    for i, (label, v, nf, exp) in enumerate(cases):
        r = i
        f.write_string(r, 0, label); ef.set((r, 0), label)
        fmt = wb.add_format({"num_format": nf}) if nf is not None else None
        if isinstance(v, (dt.date, dt.datetime)):
            f.write_datetime(r, 1, v, fmt)
        else:
            f.write_number(r, 1, v, fmt)
        ef.set((r, 1), exp)

    hs = wb.add_worksheet("Ẩn")
    hs.hide()
    eh = Sheet("Ẩn", "hidden")
    hs.write_string("A1", "dữ liệu ẩn"); eh.set("A1", "dữ liệu ẩn")
    vs = wb.add_worksheet("Rất ẩn")
    vs.very_hidden()
    evh = Sheet("Rất ẩn", "veryHidden")
    vs.write_number("B2", 1); evh.set("B2", 1)

    names = [("TongTuCham", "='Tổng hợp'!$B$5"), ("Tyle", "=0.9")]
    for n, fx in names:
        wb.define_name(n, fx)
    wb.close()
    normalize_zip(path)
    # "e10:e12" merge writes blanks formatted in E11/E12 (null)
    write_expected(path, [e, ef, eh, evh], {
        "formulas": formulas,
        "merged": {"Tổng hợp": ["A10:C10", "E10:E12"]},
        "definedNames": [{"name": n, "formula": fx.lstrip("=")} for n, fx in names],
    })
    return path, [e, ef, eh, evh]


def xlsxwriter_1904():
    path = os.path.join(READ, "xlsxwriter-1904.xlsx")
    wb = xlsxwriter.Workbook(path, {"date_1904": True})
    _xw_props(wb)
    ws = wb.add_worksheet("Lịch 1904")
    e = Sheet("Lịch 1904")
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    tfmt = wb.add_format({"num_format": "dd/mm/yyyy hh:mm:ss"})
    ws.write_datetime("A1", dt.datetime(2018, 1, 26), dfmt); e.set("A1", D(2018, 1, 26))
    ws.write_datetime("A2", dt.datetime(1904, 1, 2), dfmt); e.set("A2", D(1904, 1, 2))   # serial 1
    ws.write_datetime("A3", dt.datetime(2018, 1, 26, 16, 45, 30), tfmt); e.set("A3", DT(2018, 1, 26, 16, 45, 30))
    ws.write_number("A4", 1462); e.set("A4", 1462)         # no date format: stays a number
    ws.write_number("A5", 1462, dfmt); e.set("A5", D(1908, 1, 2))  # 1904-01-01 + 1462 days
    wb.close()
    normalize_zip(path)
    write_expected(path, [e])
    return path, [e]


def xlsxwriter_constant_memory():
    """constant_memory mode writes inline strings (t="inlineStr"), rich ones with <r> runs."""
    path = os.path.join(READ, "xlsxwriter-inline.xlsx")
    wb = xlsxwriter.Workbook(path, {"constant_memory": True})
    _xw_props(wb)
    ws = wb.add_worksheet("Chuỗi nội dòng")
    e = Sheet("Chuỗi nội dòng")
    bold = wb.add_format({"bold": True})
    dfmt = wb.add_format({"num_format": "dd/mm/yyyy"})
    for i, (code, name) in enumerate(WARDS):
        r = i
        ws.write_string(r, 0, code); e.set((r, 0), code)
        ws.write_string(r, 1, name); e.set((r, 1), name)
        ws.write_number(r, 2, 80 + i * 2.5); e.set((r, 2), 80 + i * 2.5)
    ws.write_rich_string(9, 0, "Phường ", bold, "Quan Hoa"); e.set((9, 0), "Phường Quan Hoa")
    ws.write_string(9, 1, "  cách  "); e.set((9, 1), "  cách  ")
    ws.write_string(9, 2, "a\x02b_x0041_"); e.set((9, 2), "a\x02b_x0041_")
    ws.write_datetime(10, 0, dt.datetime(2018, 1, 26), dfmt); e.set((10, 0), D(2018, 1, 26))
    ws.write_boolean(10, 1, True); e.set((10, 1), True)
    wb.close()
    normalize_zip(path)
    write_expected(path, [e])
    return path, [e]


def xlsxwriter_base():
    """src/base.xlsx: the real XlsxWriter package the hand-crafted variants are derived from.
    Styles: xf 0 General, xf 1 dd/mm/yyyy, xf 2 hh:mm:ss, xf 3 [h]:mm (checked in hand.py)."""
    path = os.path.join(SRC, "base.xlsx")
    wb = xlsxwriter.Workbook(path)
    _xw_props(wb)
    ws = wb.add_worksheet("Sheet1")
    f1 = wb.add_format({"num_format": "dd/mm/yyyy"})
    f2 = wb.add_format({"num_format": "hh:mm:ss"})
    f3 = wb.add_format({"num_format": "[h]:mm"})
    ws.write_string("A1", "Mã")
    ws.write_string("B1", "Phường")
    ws.write_string("C1", "Điểm")
    ws.write_string("A2", "00157")
    ws.write_string("B2", "Nghĩa Đô")
    ws.write_number("C2", 95.5)
    ws.write_datetime("D2", dt.datetime(2018, 1, 26), f1)
    ws.write_number("E2", 0.5, f2)
    ws.write_number("F2", 1.25, f3)
    ws.write_string("A3", "00163")
    ws.write_string("B3", "Mai Dịch")
    ws.write_number("C3", 88)
    wb.close()
    normalize_zip(path)
    e = Sheet("Sheet1")
    for ref, v in [("A1", "Mã"), ("B1", "Phường"), ("C1", "Điểm"), ("A2", "00157"), ("B2", "Nghĩa Đô"),
                   ("C2", 95.5), ("D2", D(2018, 1, 26)), ("E2", T(12, 0)), ("F2", Dur(108000)),
                   ("A3", "00163"), ("B3", "Mai Dịch"), ("C3", 88)]:
        e.set(ref, v)
    return path, [e]
