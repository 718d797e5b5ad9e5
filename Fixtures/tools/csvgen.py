"""CSV fixtures (Fixtures/read/csv/), written byte by byte by Python so every quote and line break
is exactly the one intended. Expected values follow the reader's CSV typing rule (see type_field)."""
import os
import re

from common import D, DT, Sheet, READ, write_expected

CSV_DIR = os.path.join(READ, "csv")
NUM = re.compile(r"-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")
DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
DATETIME = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]+)?")


def type_field(s):
    """The reader's CSV typing rule, applied to the field text after unquoting."""
    if s == "":
        return None
    if NUM.fullmatch(s):
        v = float(s)
        return int(v) if v.is_integer() and abs(v) < 2**53 else v
    m = DATE.fullmatch(s)
    if m:
        try:
            return D(*map(int, m.groups()))
        except ValueError:          # 2018-02-30 has the shape but is no date: it stays text
            return s
    m = DATETIME.fullmatch(s)
    if m:
        frac = m.group(7)
        if frac:
            frac = frac.rstrip("0")
            frac = None if frac == "." else frac
        try:
            return DT(*map(int, m.groups()[:6]), frac=frac)
        except ValueError:
            return s
    if s == "TRUE":
        return True
    if s == "FALSE":
        return False
    return s


def encode_rows(rows, delim, eol, quote_all=False):
    """rows: list of list of (field, force_quote?) or plain strings."""
    out = []
    for row in rows:
        cells = []
        for f in row:
            force = False
            if isinstance(f, tuple):
                f, force = f
            need = quote_all or force or any(ch in f for ch in (delim, '"', "\r", "\n"))
            cells.append('"' + f.replace('"', '""') + '"' if need else f)
        out.append(delim.join(cells))
    return eol.join(out)


def plain(rows):
    return [[f[0] if isinstance(f, tuple) else f for f in row] for row in rows]


def sheet_for(name, rows):
    s = Sheet(name)
    for r, row in enumerate(plain(rows)):
        for c, f in enumerate(row):
            s.set((r, c), type_field(f))
    return s


def write(fname, rows, delim, eol, encoding, bom, final_eol=True, quote_all=False):
    text = encode_rows(rows, delim, eol, quote_all) + (eol if final_eol else "")
    data = text.encode(encoding)
    if bom:
        data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe"}[encoding] + data
    path = os.path.join(CSV_DIR, fname)
    with open(path, "wb") as f:
        f.write(data)
    s = sheet_for(os.path.splitext(fname)[0], rows)
    write_expected(path, [s])
    return path, [s]


def make_all():
    os.makedirs(CSV_DIR, exist_ok=True)
    made = []
    # 1. UTF-8 with BOM, comma, CRLF (what Excel "CSV UTF-8" writes)
    rows = [
        ["Mã", "Phường", "Điểm", "Ngày nộp", "Ghi chú", "Đạt"],
        ["00157", "Nghĩa Đô", "95.5", "2018-01-26", "Đã nộp, đủ minh chứng", "TRUE"],
        ["00160", "Nghĩa Tân", "-3", "2018-01-26T08:30:00", 'Nói "tốt"', "FALSE"],
        ["00163", "Mai Dịch", "1e3", "", "Dòng 1\r\nDòng 2", ""],
        ["00166", "Dịch Vọng", "007", "26/01/2018", "Dòng A\nDòng B", "true"],
        ["00167", "Dịch Vọng Hậu", "+5", " 12", "1.50", ".5"],
        ["00169", "Quan Hoa", "0.1", "2018-01-26T10:30:00.5", "=1+1", "-0"],
        ["00172", "Yên Hòa", "1,5", "2018-02-30", "@SUM(A1)", "1E-3"],
        ["00175", "Trung Hòa", "12345678901234567890", "TRUE ", "N/A", "#DIV/0!"],
    ]
    made.append(write("utf8-bom-comma.csv", rows, ",", "\r\n", "utf-8", True))
    # 2. UTF-8 without BOM, semicolon, LF, no final line break (Excel in a Vietnamese locale, then edited)
    rows = [
        ["STT", "Phường", "Điểm tự chấm", "Tỷ lệ"],
        ["1", "Nghĩa Đô", "95,5", "0.955"],
        ["2", "Mai Dịch", "88", "88%"],
        ["3", "Yên Hoà", "90;25", "1 234"],
        ["4", "Phường Quan Hoa", "", "0"],
    ]
    made.append(write("utf8-semicolon.csv", rows, ";", "\n", "utf-8", False, final_eol=False))
    # 3. UTF-16 LE with BOM, tab, CRLF (Excel "Unicode Text", saved as .txt)
    rows = [
        ["Mã", "Phường", "Điểm", "Ghi chú"],
        ["00157", "Nghĩa Đô", "95.5", "có\ttab"],
        ["00175", "Trung Hòa", "-12.25", "hai\r\ndòng"],
        ["00160", "Nghĩa Tân", "100", 'trích "dẫn"'],
    ]
    made.append(write("utf16le-tab.txt", rows, "\t", "\r\n", "utf-16-le", True))
    # 4. quoting traps: every field quoted, quoted empty, quoted number, mixed CRLF / LF records
    rows = [
        ["a,b", '""', "x\r\ny", "p\nq"],
        [("42", True), ("", True), ("00157", True), ('He said ""hi""', True)],
        ["", "", "cuối", ""],
        [",", '"', "\r\n", " "],
    ]
    made.append(write("quoted.csv", rows, ",", "\n", "utf-8", False, quote_all=False))
    return made
