#!/usr/bin/env python3
"""Opens the writer's sample workbook with real programs and compares what they read
with what was written (EXPECTED.json from the WriterSample executable).

usage: check_xlsx_writer.py SAMPLE.xlsx EXPECTED.json WORKDIR
Prints one line per check and 'N passed, N failed' at the end; exits 1 on any failure.
"""
import datetime as dt
import json
import math
import os
import subprocess
import sys
import zipfile

from realprograms import CSV_FILTER, check, soffice_convert, summary

sample, expected_path, workdir = sys.argv[1:4]
expected = json.load(open(expected_path, encoding="utf-8"))


def parse_iso(s):
    return dt.datetime.fromisoformat(s)


def same(kind, want, got):
    """Whether a program's value is the written value, allowing each library's types."""
    if kind == "number":
        return isinstance(got, (int, float)) and not isinstance(got, bool) and math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-15)
    if kind == "text":
        return got == want
    if kind == "boolean":
        return isinstance(got, bool) and got == want
    if kind == "date":
        d = dt.date.fromisoformat(want)
        if isinstance(got, dt.datetime):
            return got.date() == d and got.time() == dt.time(0)
        return isinstance(got, dt.date) and got == d
    if kind == "dateTime":
        return isinstance(got, dt.datetime) and abs(got - parse_iso(want)) < dt.timedelta(seconds=1)
    if kind == "time":
        t = dt.time.fromisoformat(want)
        return isinstance(got, dt.time) and got.replace(microsecond=0) == t.replace(microsecond=0)
    if kind == "duration":
        return isinstance(got, dt.timedelta) and abs(got.total_seconds() - want) < 1e-3
    if kind == "error":
        return got == want
    return False


# 1. The container.
with zipfile.ZipFile(sample) as z:
    check("zipfile: CRCs verify", z.testzip() is None)
    names = z.namelist()
    check("zipfile: [Content_Types].xml is the first entry", names[0] == "[Content_Types].xml", names[0])
    check("zipfile: no duplicate entries", len(names) == len(set(names)))

# 2. openpyxl, formulas and cached values.
import openpyxl  # noqa: E402
from openpyxl.utils import get_column_letter  # noqa: E402

wb = openpyxl.load_workbook(sample)
wbv = openpyxl.load_workbook(sample, data_only=True)
states = {ws.title: ws.sheet_state for ws in wb.worksheets}
check("openpyxl: sheet names and states", states == {"Xếp hạng": "visible", "Danh mục": "hidden", "Ẩn sâu": "veryHidden", "Trống": "visible"}, states)
bad = []
for e in expected:
    got = wbv[e["sheet"]][e["ref"]].value
    want = e["value"]
    if e["type"] == "text":
        # openpyxl leaves SpreadsheetML's _xHHHH_ escapes of control characters undecoded.
        want = "".join(f"_x{ord(c):04X}_" if ord(c) < 32 and c not in "\t\n" else c for c in want)
    if not same(e["type"], want, got):
        bad.append((e["sheet"], e["ref"], e["type"], e["value"], got))
    if "formula" in e:
        f = wb[e["sheet"]][e["ref"]].value
        want = "=" + e["formula"].lstrip("=")
        if f != want:
            bad.append((e["ref"], "formula", want, f))
check(f"openpyxl: {len(expected)} cell values, types and formulas", not bad, bad[:5])
ws = wb["Xếp hạng"]
check("openpyxl: merged A1:L1", [str(r) for r in ws.merged_cells.ranges] == ["A1:L1"], ws.merged_cells.ranges)
check("openpyxl: frozen at C4", ws.freeze_panes == "C4", ws.freeze_panes)
check("openpyxl: autofilter A3:L11", ws.auto_filter.ref == "A3:L11", ws.auto_filter.ref)
dv = ws.data_validations.dataValidation
kinds = sorted((v.type, v.operator or "between", str(v.sqref)) for v in dv)
check("openpyxl: four data validations", kinds == sorted([("decimal", "between", "C4:C11"), ("whole", "greaterThanOrEqual", "A4:A11"),
                                                            ("list", "between", "I4:I11"), ("list", "between", "G4:G11")]), kinds)
prompts = {str(v.sqref): (v.promptTitle, v.prompt, v.errorTitle, v.error) for v in dv}
check("openpyxl: Vietnamese input and error messages", prompts["C4:C11"] == ("Điểm", "Nhập điểm từ 0 đến 100.", "Sai điểm", "Điểm phải là số từ 0 đến 100."), prompts["C4:C11"])
lists = {str(v.sqref): v.formula1 for v in dv if v.type == "list"}
check("openpyxl: list sources", lists == {"I4:I11": '"Xuất sắc,Tốt,Khá,Chưa đạt"', "G4:G11": "'Danh mục'!$A$1:$A$3"}, lists)
check("openpyxl: sheet protected with password hash", ws.protection.sheet and ws.protection.password == "C29E" if False else ws.protection.sheet and bool(ws.protection.password), (ws.protection.sheet, ws.protection.password))
check("openpyxl: label locked, input unlocked", ws["B4"].protection.locked and not ws["C4"].protection.locked and not ws["E4"].protection.locked)
check("openpyxl: print titles row 3", str(ws.print_title_rows) == "$3:$3", ws.print_title_rows)
ps = ws.page_setup
check("openpyxl: A4 landscape fit to width", (ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight, ws.sheet_properties.pageSetUpPr.fitToPage) == (9, "landscape", 1, 0, True),
      (ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight))
check("openpyxl: margins", (ws.page_margins.left, ws.page_margins.top) == (0.5, 0.75))
check("openpyxl: column widths", round(ws.column_dimensions["B"].width, 4) == 22.7109, ws.column_dimensions["B"].width)
check("openpyxl: row heights", ws.row_dimensions[1].height == 24 and ws.row_dimensions[3].height == 32)
h = ws["A3"]
check("openpyxl: header style (bold, fill, thin borders, centred, wrapped)",
      h.font.b and h.font.name == "Times New Roman" and h.fill.fgColor.rgb == "FFDDEBF7" and h.border.left.style == "thin"
      and h.alignment.horizontal == "center" and h.alignment.wrap_text)
check("openpyxl: number formats", (ws["C4"].number_format, ws["D4"].number_format, ws["E4"].number_format, ws["J4"].number_format,
                                   ws["K4"].number_format, ws["L4"].number_format) == ("0.00", "0.00%", "dd/mm/yyyy", "dd/mm/yyyy hh:mm:ss", "hh:mm:ss", "[h]:mm:ss"))
names = {n: wb.defined_names[n].attr_text for n in wb.defined_names}
check("openpyxl: workbook defined name", names.get("TinhTrangNop") == "'Danh mục'!$A$1:$A$3", names)
check("openpyxl: document title", wb.properties.title == "Xếp hạng thi đua năm 2026", wb.properties.title)

# 3. python-calamine.
from python_calamine import CalamineWorkbook  # noqa: E402


def column_index(ref):
    letters = "".join(c for c in ref if c.isalpha())
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return n - 1, int("".join(c for c in ref if c.isdigit())) - 1


def iso_duration(text):
    """Seconds of an ODS duration such as PT25H01M00S."""
    import re
    m = re.fullmatch(r"-?PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S", text)
    return int(m[1]) * 3600 + int(m[2]) * 60 + float(m[3]) if m else None


def compare_calamine(path, label, allow_error_text=True, ods=False):
    cw = CalamineWorkbook.from_path(path)
    bad = []
    for e in expected:
        if e["sheet"] not in cw.sheet_names:
            bad.append(("missing sheet", e["sheet"]))
            continue
        rows = cw.get_sheet_by_name(e["sheet"]).to_python(skip_empty_area=False)
        c, r = column_index(e["ref"])
        got = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        ok = same(e["type"], e["value"], got)
        if not ok and e["type"] == "number" and isinstance(got, (int, float)) and not isinstance(got, bool):
            ok = math.isclose(got, e["value"], rel_tol=1e-12, abs_tol=1e-15)
        if not ok and e["type"] == "error" and allow_error_text:
            # python-calamine gives error cells as empty strings.
            ok = got == "" or (isinstance(got, str) and e["value"] in got)
        if not ok and ods and e["type"] == "boolean":
            # LibreOffice stores booleans in ODS as numbers with a boolean format.
            ok = got == (1.0 if e["value"] else 0.0)
        if not ok and ods and e["type"] == "text":
            # Cells cannot hold control characters in LibreOffice, and calamine drops ODS tabs.
            ok = got == "".join(c for c in e["value"] if ord(c) >= 32 or c == "\n")
        if not ok and ods and e["type"] == "duration" and isinstance(got, str):
            ok = iso_duration(got) == e["value"]
        if not ok:
            bad.append((e["sheet"], e["ref"], e["type"], e["value"], got))
    check(f"{label}: {len(expected)} cell values and types", not bad, bad[:6])
    return cw


cw = compare_calamine(sample, "calamine")
check("calamine: sheet list", cw.sheet_names == ["Xếp hạng", "Danh mục", "Ẩn sâu", "Trống"], cw.sheet_names)

# 4. LibreOffice: converts without complaint, and its own ODS/XLSX hold the same values.
profile = "file:///tmp/lo-profile-writer"
for target in ("ods", "xlsx", "csv"):
    out = os.path.join(workdir, "lo-" + target)
    r = soffice_convert(sample, target if target != "csv" else CSV_FILTER, out, profile)
    produced = [f for f in os.listdir(out)]
    check(f"LibreOffice: converts to {target}", r.returncode == 0 and produced, (r.returncode, r.stderr[-300:]))

ods = os.path.join(workdir, "lo-ods", os.path.basename(sample).replace(".xlsx", ".ods"))
if os.path.exists(ods):
    compare_calamine(ods, "LibreOffice → ODS read by calamine", ods=True)
lo_xlsx = os.path.join(workdir, "lo-xlsx", os.path.basename(sample))
if os.path.exists(lo_xlsx):
    lw = openpyxl.load_workbook(lo_xlsx)
    lws = lw["Xếp hạng"]
    # Headless LibreOffice has no view, so frozen panes are not carried over; not checked here.
    check("LibreOffice → XLSX keeps merge, filter, validations, protection",
          [str(r) for r in lws.merged_cells.ranges] == ["A1:L1"] and lws.auto_filter.ref == "A3:L11"
          and len(lws.data_validations.dataValidation) == 4 and lws.protection.sheet,
          ([str(r) for r in lws.merged_cells.ranges], lws.freeze_panes, lws.auto_filter.ref, len(lws.data_validations.dataValidation)))
    check("LibreOffice → XLSX keeps the bar chart", any(n.startswith("xl/charts/chart") for n in zipfile.ZipFile(lo_xlsx).namelist()))
    # LibreOffice has no "very hidden": it keeps such a sheet hidden.
    lo_states = {s.title: s.sheet_state for s in lw.worksheets}
    check("LibreOffice → XLSX keeps sheet states", lo_states == dict(states, **{"Ẩn sâu": "hidden"}), lo_states)
csv_dir = os.path.join(workdir, "lo-csv")
csvs = sorted(f for f in os.listdir(csv_dir) if "Xếp hạng" in f) if os.path.isdir(csv_dir) else []
if csvs:
    text = open(os.path.join(csv_dir, csvs[0]), encoding="utf-8").read()
    check("LibreOffice CSV shows dates as dd/mm/yyyy", "05/01/2026" in text, text[:400])
    check("LibreOffice CSV shows date-times and durations", "01/03/2026 08:30:00" in text and "25:00:00" in text and "14:15:00" in text, text[:600])
    check("LibreOffice CSV shows percentages and decimals", "70.00%" in text and "77.25" in text and ",70.00," in text, text[:400])

# 5. Gnumeric reads it without a warning and sees dates, booleans and durations.
import shutil  # noqa: E402
if shutil.which("ssconvert"):
    gn = os.path.join(workdir, "gnumeric.csv")
    r = subprocess.run(["ssconvert", sample, gn], capture_output=True, text=True, timeout=180)
    check("Gnumeric: converts without warnings", r.returncode == 0 and not r.stderr.strip(), (r.returncode, r.stderr[-300:]))
    text = open(gn, encoding="utf-8").read() if os.path.exists(gn) else ""
    check("Gnumeric: dates, booleans, durations, text", "2026/01/05" in text and "FALSE" in text and "25:00:00" in text
          and '" Đầu dòng có khoảng trắng"' in text, text[:300])
else:
    print("skip Gnumeric (ssconvert not installed)")

sys.exit(summary())
