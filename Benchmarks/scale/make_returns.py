#!/usr/bin/env python3
"""National-scale returns for the scale benchmark, made without thidua's own writers.

Writes OUT/schema.xlsx (the 2018 schema with N wards, saved by openpyxl) and OUT/returns/,
one return per ward, from the shipped 2018 returns (Fixtures/returns/2018, saved by
LibreOffice): every tenth return is one of the LibreOffice ODS returns with its ward's name
and code edited in content.xml (zipped again by Python); the others are the LibreOffice XLSX
returns opened and saved by openpyxl with the ward's name and code. About 6 % carry a mistake
a ward officer makes (a number typed with its unit or as words, a name without diacritics, an
edited criterion name, a value outside the input cells, a missing result), so the findings,
not only the happy path, are exercised.

Ward i (0-based) is named after one of the 8 Cầu Giấy wards plus its number ("Yên Hòa 17"),
code 20000 + i. Deterministic: the same N gives the same files.

usage: python3 Benchmarks/scale/make_returns.py OUT N   (needs openpyxl)
"""
import multiprocessing, os, re, shutil, sys, zipfile
import openpyxl

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
SAMPLES = os.path.join(ROOT, "Fixtures", "returns", "2018")
BASES = ["Nghĩa Đô", "Nghĩa Tân", "Mai Dịch", "Dịch Vọng", "Dịch Vọng Hậu", "Quan Hoa", "Yên Hòa", "Trung Hòa"]
RESULT_COLUMN = "G"


def ward(i):
    return f"{BASES[i % len(BASES)]} {i + 1}", str(20000 + i)


def write_schema(out, n):
    wb = openpyxl.load_workbook(os.path.join(ROOT, "Templates", "schema-2018.xlsx"))
    ws = wb["wards"]
    ws.delete_rows(3, ws.max_row)
    for i in range(n):
        name, code = ward(i)
        ws.append([name, code, f"P. {name}"])
        ws.cell(row=ws.max_row, column=2).number_format = "@"
    wb.save(os.path.join(out, "schema.xlsx"))


def samples():
    names = sorted(os.listdir(SAMPLES))
    xlsx = [n for n in names if n.endswith(".xlsx") and "ban-dau" not in n]
    ods = [n for n in names if n.endswith(".ods")]
    return xlsx, ods


def sample_identity(path):
    """The ward name and code a shipped return carries (from its hidden marker sheet)."""
    wb = openpyxl.load_workbook(path, read_only=True)
    marker = {r[0]: r[1] for r in wb["_thidua"].iter_rows(values_only=True) if r and r[0]}
    return marker["ward_name"], marker["ward_code"]


def mistake(i):
    """Which mistake return i carries, if any (about 6 % of the XLSX returns)."""
    return {3: "unit", 11: "words", 19: "no-diacritics", 27: "locked", 33: "stray", 41: "missing"}.get(i % 50)


def rows_by_code(ws):
    return {ws[f"B{r}"].value: r for r in range(1, ws.max_row + 1) if isinstance(ws[f"B{r}"].value, str)}


def make_xlsx(args):
    out, start, stop, sample = args
    xlsx, _ = samples()
    books = {}
    for i in range(start, stop):
        if i % 10 == 9:
            continue
        s = xlsx[i % len(xlsx)] if sample is None else sample
        if s not in books:
            books[s] = os.path.join(SAMPLES, s)
        wb = openpyxl.load_workbook(books[s])
        form, marker = wb.worksheets[0], wb["_thidua"]
        name, code = ward(i)
        rows = rows_by_code(form)
        kind = mistake(i)
        form["C3"] = name if kind != "no-diacritics" else strip_marks(name)
        form["E3"] = code
        for r in marker.iter_rows():
            if r[0].value == "ward_code": r[1].value = code
            if r[0].value == "ward_name": r[1].value = name
        if kind == "unit":
            cell = form[f"{RESULT_COLUMN}{rows['KT05']}"]
            cell.value = f"{cell.value:g} lượt"
        elif kind == "words":
            form[f"{RESULT_COLUMN}{rows['VH02']}"] = "khoảng bốn mươi"
        elif kind == "locked":
            form[f"C{rows['VH03']}"] = "Số tổ dân phố văn hoá"
        elif kind == "stray":
            form[f"K{rows['CC02']}"] = 4321
        elif kind == "missing":
            form[f"{RESULT_COLUMN}{rows['AN02']}"] = None
        wb.save(os.path.join(out, "returns", f"{code}-bao-cao-2018.xlsx"))
    return stop - start


def strip_marks(text):
    import unicodedata
    text = text.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def make_ods(out, n):
    _, ods = samples()
    parts = []
    for s in ods:
        with zipfile.ZipFile(os.path.join(SAMPLES, s)) as z:
            name, code = sample_identity_ods(z)
            parts.append((z.namelist(), {e: z.read(e) for e in z.namelist()}, name, code))
    for i in range(9, n, 10):
        entries, data, old_name, old_code = parts[(i // 10) % len(parts)]
        name, code = ward(i)
        content = data["content.xml"].decode("utf-8")
        content = content.replace(f"<text:p>{old_name}</text:p>", f"<text:p>{xml_escape(name)}</text:p>")
        content = content.replace(f"<text:p>{old_code}</text:p>", f"<text:p>{code}</text:p>")
        with zipfile.ZipFile(os.path.join(out, "returns", f"{code}-bao-cao-2018.ods"), "w") as z:
            for e in entries:   # mimetype first and stored, as ODF requires
                method = zipfile.ZIP_STORED if e == "mimetype" else zipfile.ZIP_DEFLATED
                z.writestr(zipfile.ZipInfo(e, date_time=(2018, 12, 10, 8, 0, 0)), content.encode() if e == "content.xml" else data[e],
                           compress_type=method)


def sample_identity_ods(z):
    content = z.read("content.xml").decode("utf-8")
    name = re.search(r"<text:p>ward_name</text:p></table:table-cell><table:table-cell[^>]*><text:p>([^<]*)</text:p>", content).group(1)
    code = re.search(r"<text:p>ward_code</text:p></table:table-cell><table:table-cell[^>]*><text:p>([^<]*)</text:p>", content).group(1)
    return name, code


def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    shutil.rmtree(out, ignore_errors=True)
    os.makedirs(os.path.join(out, "returns"))
    write_schema(out, n)
    make_ods(out, n)
    chunk = 250
    jobs = [(out, a, min(n, a + chunk), None) for a in range(0, n, chunk)]
    with multiprocessing.Pool(os.cpu_count()) as pool:
        pool.map(make_xlsx, jobs)
    print(f"{n} returns in {out}/returns, schema {out}/schema.xlsx")


if __name__ == "__main__":
    main()
