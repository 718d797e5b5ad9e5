#!/usr/bin/env python3
"""Opens the ODS writer's sample workbook with real programs and compares what they read
with what was written (EXPECTED.json from `WriterSample OUT.ods EXPECTED.json --format ods`).

usage: check_ods_writer.py SAMPLE.ods EXPECTED.json WORKDIR [SAMPLE.xlsx]
Prints one line per check and 'N passed, N failed' at the end; exits 1 on any failure.
"""
import datetime as dt
import json
import math
import os
import re
import struct
import subprocess
import sys
import zipfile

from realprograms import CSV_FILTER, check, soffice_convert, summary

sample, expected_path, workdir = sys.argv[1:4]
sample_xlsx = sys.argv[4] if len(sys.argv) > 4 else None
expected = json.load(open(expected_path, encoding="utf-8"))
SHEETS = ["Xếp hạng", "Danh mục", "Ẩn sâu", "Trống"]


def seconds_of(text):
    """Seconds of an ODF duration such as PT25H01M00S."""
    m = re.fullmatch(r"(-?)PT(\d+)H(\d+)M(\d+(?:\.\d+)?)S", text or "")
    if not m:
        return None
    s = int(m[2]) * 3600 + int(m[3]) * 60 + float(m[4])
    return -s if m[1] else s


def visible_text(s):
    """Text as the programs keep it: LibreOffice drops control characters (we drop them too)."""
    return "".join(c for c in s if ord(c) >= 32 or c in "\t\n")


def same(kind, want, got, tabs=True):
    """Whether a program's value is the written value, allowing each library's types."""
    if kind == "number":
        return isinstance(got, (int, float)) and not isinstance(got, bool) and math.isclose(got, want, rel_tol=1e-12, abs_tol=1e-15)
    if kind == "text":
        want = visible_text(want)
        return got == (want if tabs else want.replace("\t", ""))
    if kind == "boolean":
        return isinstance(got, bool) and got == want
    if kind == "date":
        d = dt.date.fromisoformat(want)
        if isinstance(got, dt.datetime):
            return got.date() == d and got.time() == dt.time(0)
        return isinstance(got, dt.date) and got == d
    if kind == "dateTime":
        return isinstance(got, dt.datetime) and abs(got - dt.datetime.fromisoformat(want)) < dt.timedelta(seconds=1)
    if kind == "time":
        t = dt.time.fromisoformat(want)
        if isinstance(got, str):
            return seconds_of(got) == t.hour * 3600 + t.minute * 60 + t.second
        return isinstance(got, dt.time) and got.replace(microsecond=0) == t.replace(microsecond=0)
    if kind == "duration":
        if isinstance(got, dt.timedelta):
            return abs(got.total_seconds() - want) < 1e-3
        return isinstance(got, str) and seconds_of(got) is not None and abs(seconds_of(got) - want) < 1e-3
    if kind == "error":
        # ODF has no error values: the writer stores the error's text.
        return got == want
    return False


def ref_position(ref):
    letters = "".join(c for c in ref if c.isalpha())
    n = 0
    for c in letters:
        n = n * 26 + ord(c) - 64
    return int("".join(c for c in ref if c.isdigit())) - 1, n - 1


# 1. The container: ODF wants `mimetype` first, stored, with no extra field.
with zipfile.ZipFile(sample) as z:
    check("zipfile: CRCs verify", z.testzip() is None)
    infos = z.infolist()
    names = [i.filename for i in infos]
    check("zipfile: mimetype is the first entry, stored", names[0] == "mimetype" and infos[0].compress_type == zipfile.ZIP_STORED, names[:2])
    check("zipfile: mimetype content", z.read("mimetype") == b"application/vnd.oasis.opendocument.spreadsheet")
    check("zipfile: no duplicate entries", len(names) == len(set(names)))
    manifest = z.read("META-INF/manifest.xml").decode()
    check("zipfile: manifest lists every part", all(f'full-path="{n}"' in manifest for n in names if n not in ("mimetype", "META-INF/manifest.xml")), manifest)
    parts = {n: z.read(n) for n in names if n.endswith(".xml")}
with open(sample, "rb") as f:
    head = f.read(30)
    check("zipfile: mimetype local header has no extra field", head[:4] == b"PK\x03\x04" and struct.unpack("<H", head[28:30])[0] == 0)
for name, data in parts.items():
    r = subprocess.run(["xmllint", "--noout", "-"], input=data, capture_output=True)
    check(f"xmllint: {name} is well-formed", r.returncode == 0, r.stderr[:300])

# 2. odfpy: walks the XML as ODF readers do (repeats, covered cells, typed attributes).
from odf.opendocument import load  # noqa: E402
from odf import table as odftable, text as odftext  # noqa: E402
from odf.namespaces import TABLENS, OFFICENS, STYLENS  # noqa: E402

doc = load(sample)


def attr(el, ns, name):
    return el.attributes.get((ns, name))


def cell_text(el):
    paragraphs = []
    for p in el.getElementsByType(odftext.P):
        out = []

        def walk(node):
            for child in node.childNodes:
                if child.nodeType == child.TEXT_NODE:
                    out.append(child.data)
                elif child.qname == (odftext.TEXTNS, "s"):
                    out.append(" " * int(child.attributes.get((odftext.TEXTNS, "c"), 1)))
                elif child.qname == (odftext.TEXTNS, "tab"):
                    out.append("\t")
                else:
                    walk(child)
        walk(p)
        paragraphs.append("".join(out))
    return "\n".join(paragraphs)


def odf_value(el):
    t = attr(el, OFFICENS, "value-type")
    if t in ("float", "percentage", "currency"):
        return float(attr(el, OFFICENS, "value"))
    if t == "boolean":
        return attr(el, OFFICENS, "boolean-value") == "true"
    if t == "date":
        v = attr(el, OFFICENS, "date-value")
        return dt.datetime.fromisoformat(v) if "T" in v else dt.date.fromisoformat(v)
    if t == "time":
        v = attr(el, OFFICENS, "time-value")
        return v
    if t == "string":
        return cell_text(el)
    return None


def odf_grid(tbl, max_rows=200):
    """{(row, col): (element, covered)} of the first rows, expanding repeats."""
    grid = {}
    r = 0
    for row in tbl.getElementsByType(odftable.TableRow):
        rep = int(attr(row, TABLENS, "number-rows-repeated") or 1)
        c = 0
        for cell in row.childNodes:
            crep = int(attr(cell, TABLENS, "number-columns-repeated") or 1)
            for k in range(crep):
                for rr in range(min(rep, max_rows)):
                    grid[(r + rr, c + k)] = (cell, cell.qname[1] == "covered-table-cell")
            c += crep
        r += rep
        if r > max_rows:
            break
    return grid


tables = doc.spreadsheet.getElementsByType(odftable.Table)
check("odfpy: sheet names in order", [attr(t, TABLENS, "name") for t in tables] == SHEETS, [attr(t, TABLENS, "name") for t in tables])
auto = {attr(s, STYLENS, "name"): s for s in doc.automaticstyles.childNodes}
displays = {}
for t in tables:
    st = auto.get(attr(t, TABLENS, "style-name"))
    props = [c for c in st.childNodes if c.qname[1] == "table-properties"] if st else []
    displays[attr(t, TABLENS, "name")] = attr(props[0], TABLENS, "display") if props else None
check("odfpy: hidden sheets say table:display=false", displays == {"Xếp hạng": "true", "Danh mục": "false", "Ẩn sâu": "false", "Trống": "true"}, displays)
grids = {attr(t, TABLENS, "name"): odf_grid(t) for t in tables}
bad = []
for e in expected:
    r, c = ref_position(e["ref"])
    el = grids[e["sheet"]].get((r, c), (None, False))[0]
    got = odf_value(el) if el is not None else None
    if not same(e["type"], e["value"], got):
        bad.append((e["sheet"], e["ref"], e["type"], e["value"], got))
    if "formula" in e:
        f = attr(el, TABLENS, "formula") if el is not None else None
        if not (f or "").startswith("of:="):
            bad.append((e["ref"], "formula", f))
check(f"odfpy: {len(expected)} cell values, types and formulas", not bad, bad[:5])
g = grids["Xếp hạng"]
a1 = g[(0, 0)][0]
check("odfpy: A1 spans 12 columns, B1:L1 covered",
      attr(a1, TABLENS, "number-columns-spanned") == "12" and all(g[(0, c)][1] for c in range(1, 12)))
check("odfpy: formula in OpenFormula syntax", attr(g[(3, 8)][0], TABLENS, "formula") == 'of:=IF([.C4]>=85;"Xuất sắc";"Tốt")', attr(g[(3, 8)][0], TABLENS, "formula"))
vals = {attr(g[(r, c)][0], TABLENS, "content-validation-name") for r in range(3, 11) for c in (0, 2, 6, 8)}
check("odfpy: every validated cell names its validation", vals == {"val1", "val2", "val3", "val4"}, vals)
check("odfpy: sheet protected", attr(tables[0], TABLENS, "protected") == "true")

# 3. python-calamine.
from python_calamine import CalamineWorkbook  # noqa: E402


def compare_calamine(path, label, lo=False):
    cw = CalamineWorkbook.from_path(path)
    bad = []
    for e in expected:
        rows = cw.get_sheet_by_name(e["sheet"]).to_python(skip_empty_area=False)
        r, c = ref_position(e["ref"])
        got = rows[r][c] if r < len(rows) and c < len(rows[r]) else None
        # calamine drops ODS tabs; LibreOffice keeps booleans as 1/0 numbers and errors as formulas.
        ok = same(e["type"], e["value"], got, tabs=False)
        if not ok and lo and e["type"] == "boolean":
            ok = got == (1.0 if e["value"] else 0.0) or got == e["value"]
        if not ok and lo and e["type"] == "error":
            ok = got in ("", e["value"])
        if not ok:
            bad.append((e["sheet"], e["ref"], e["type"], e["value"], got))
    check(f"{label}: {len(expected)} cell values and types", not bad, bad[:6])
    return cw


cw = compare_calamine(sample, "calamine")
check("calamine: sheet list", cw.sheet_names == SHEETS, cw.sheet_names)
vis = [str(m.visible).split(".")[-1] for m in cw.sheets_metadata]
check("calamine: hidden sheets", vis == ["Visible", "Hidden", "Hidden", "Visible"], vis)

# 4. LibreOffice: opens our file and re-saves the same values.
profile = "file:///tmp/lo-profile-odsw"
for target in ("xlsx", "csv", "ods"):
    out = os.path.join(workdir, "lo-" + target)
    r = soffice_convert(sample, target if target != "csv" else CSV_FILTER, out, profile)
    check(f"LibreOffice: converts to {target}", r.returncode == 0 and os.listdir(out), (r.returncode, r.stderr[-300:]))

import openpyxl  # noqa: E402

lo_xlsx = os.path.join(workdir, "lo-xlsx", "sample.xlsx")
if os.path.exists(lo_xlsx):
    lw = openpyxl.load_workbook(lo_xlsx)
    lv = openpyxl.load_workbook(lo_xlsx, data_only=True)
    bad = []
    for e in expected:
        got = lv[e["sheet"]][e["ref"]].value
        ok = same(e["type"], e["value"], got, tabs=False)
        if not ok and e["type"] == "time" and isinstance(got, dt.datetime):
            ok = same("time", e["value"], got.time())
        if not ok:
            bad.append((e["sheet"], e["ref"], e["type"], e["value"], got))
    check(f"LibreOffice → XLSX: {len(expected)} values as written", not bad, bad[:6])
    ws = lw["Xếp hạng"]
    formulas = [ws[r].value for r in ("H4", "I4", "C12")]
    check("LibreOffice → XLSX: formulas read back", formulas == ["=C4+10", '=IF(C4>=85,"Xuất sắc","Tốt")', "=SUM(C4:C11)"], formulas)
    states = {s.title: s.sheet_state for s in lw.worksheets}
    check("LibreOffice → XLSX: sheet states", states == {"Xếp hạng": "visible", "Danh mục": "hidden", "Ẩn sâu": "hidden", "Trống": "visible"}, states)
    check("LibreOffice → XLSX: merged A1:L1", [str(r) for r in ws.merged_cells.ranges] == ["A1:L1"], ws.merged_cells.ranges)
    check("LibreOffice → XLSX: autofilter A3:L12", ws.auto_filter.ref in ("A3:L12", "A3:L11"), ws.auto_filter.ref)
    dv = ws.data_validations.dataValidation
    kinds = sorted((v.type, str(v.sqref), v.formula1) for v in dv)
    check("LibreOffice → XLSX: four validations", kinds == sorted([("decimal", "C4:C11", "0"), ("whole", "A4:A11", "1"),
                                                                     ("list", "I4:I11", '"Xuất sắc,Tốt,Khá,Chưa đạt"'),
                                                                     ("list", "G4:G11", "'Danh mục'!$A$1:$A$3")]), kinds)
    check("LibreOffice → XLSX: every validation refuses bad input", all(v.showErrorMessage for v in dv), [v.showErrorMessage for v in dv])
    prompts = {str(v.sqref): (v.promptTitle, v.prompt, v.errorTitle, v.error) for v in dv}
    check("LibreOffice → XLSX: Vietnamese input and error messages",
          prompts.get("C4:C11") == ("Điểm", "Nhập điểm từ 0 đến 100.", "Sai điểm", "Điểm phải là số từ 0 đến 100."), prompts.get("C4:C11"))
    # LibreOffice never writes the password hash to XLSX (not for its own files either).
    check("LibreOffice → XLSX: sheet protected", ws.protection.sheet)
    check("LibreOffice → XLSX: labels locked, inputs unlocked", ws["B4"].protection.locked and not ws["C4"].protection.locked and not ws["E4"].protection.locked)
    check("LibreOffice → XLSX: print titles row 3", str(ws.print_title_rows) == "$3:$3", ws.print_title_rows)
    ps = ws.page_setup
    check("LibreOffice → XLSX: A4 landscape, fit to width", (ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight) == (9, "landscape", 1, 0),
          (ps.paperSize, ps.orientation, ps.fitToWidth, ps.fitToHeight))
    check("LibreOffice → XLSX: margins", (ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom) == (0.5, 0.5, 0.75, 0.75),
          (ws.page_margins.left, ws.page_margins.right, ws.page_margins.top, ws.page_margins.bottom))
    check("LibreOffice → XLSX: row heights", ws.row_dimensions[1].height == 24 and ws.row_dimensions[3].height == 32,
          (ws.row_dimensions[1].height, ws.row_dimensions[3].height))
    widths = [ws.column_dimensions[c].width for c in "ABC"]
    check("LibreOffice → XLSX: columns keep their relative widths", widths[0] < widths[2] < widths[1], widths)
    h = ws["A3"]
    check("LibreOffice → XLSX: header style (bold, fill, thin borders, centred, wrapped)",
          h.font.b and h.font.name == "Times New Roman" and h.fill.fgColor.rgb == "FFDDEBF7" and h.border.left.style == "thin"
          and h.alignment.horizontal == "center" and h.alignment.wrap_text, (h.font.b, h.font.name, h.fill.fgColor.rgb, h.border.left.style))
    t = ws["A1"]
    check("LibreOffice → XLSX: title font size and colour", t.font.sz == 14 and t.font.color is not None and t.font.color.rgb.endswith("1F4E78"), (t.font.sz, t.font.color))
    fmts = tuple(ws[c].number_format for c in ("C4", "D4", "E4", "J4", "K4", "L4"))
    check("LibreOffice → XLSX: number formats", fmts == ("0.00", "0.00%", "dd/mm/yyyy", "dd/mm/yyyy\\ hh:mm:ss", "hh:mm:ss", "[h]:mm:ss"), fmts)
    names = {n: lw.defined_names[n].attr_text for n in lw.defined_names}
    check("LibreOffice → XLSX: defined name", names.get("TinhTrangNop") == "'Danh mục'!$A$1:$A$3", names)
    check("LibreOffice → XLSX: document title", lw.properties.title == "Xếp hạng thi đua năm 2026", lw.properties.title)
if sample_xlsx:
    out = os.path.join(workdir, "lo-from-xlsx")
    soffice_convert(sample_xlsx, "ods", out, profile)
    theirs = zipfile.ZipFile(os.path.join(out, "sample.ods")).read("content.xml").decode()
    ours = parts["content.xml"].decode()
    key = re.compile(r'table:protection-key="([^"]+)" table:protection-key-digest-algorithm="([^"]+)"')
    check("protection key and algorithm as LibreOffice stores the same password", key.search(ours) and key.search(ours).groups() == key.search(theirs).groups(),
          (key.search(ours) and key.search(ours).groups(), key.search(theirs) and key.search(theirs).groups()))
lo_ods = os.path.join(workdir, "lo-ods", "sample.ods")
if os.path.exists(lo_ods):
    compare_calamine(lo_ods, "LibreOffice → ODS read by calamine", lo=True)
csv_dir = os.path.join(workdir, "lo-csv")
csvs = sorted(f for f in os.listdir(csv_dir) if "Xếp hạng" in f) if os.path.isdir(csv_dir) else []
if csvs:
    text = open(os.path.join(csv_dir, csvs[0]), encoding="utf-8").read()
    check("LibreOffice CSV shows dates as dd/mm/yyyy", "05/01/2026" in text, text[:400])
    check("LibreOffice CSV shows date-times, times and durations", "01/03/2026 08:30:00" in text and "25:00:00" in text and "14:15:00" in text, text[:600])
    check("LibreOffice CSV shows percentages, decimals and booleans", "70.00%" in text and "77.25" in text and ",70.00," in text and "FALSE" in text, text[:400])
    check("LibreOffice CSV keeps spaces and line breaks", ", Đầu dòng có khoảng trắng," in text and '"Hai dòng\nthứ hai"' in text and "Cuối có khoảng trắng ," in text, text[:800])

# 5. Gnumeric (ssconvert): another ODF reader, and one that applies settings.xml's frozen panes
# without a window (headless LibreOffice has no view to apply them to).
import shutil  # noqa: E402
import warnings  # noqa: E402

if shutil.which("ssconvert"):
    gnm = os.path.join(workdir, "gnumeric.xlsx")
    r = subprocess.run(["ssconvert", sample, gnm], capture_output=True, text=True, timeout=180)
    check("Gnumeric: converts to xlsx", r.returncode == 0 and os.path.exists(gnm), r.stderr[-300:])
    if os.path.exists(gnm):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            gw = openpyxl.load_workbook(gnm, data_only=True)
        bad = []
        for e in expected:
            got = gw[e["sheet"]][e["ref"]].value
            ok = same(e["type"], e["value"], got)
            if not ok and e["type"] == "time" and isinstance(got, dt.datetime):
                ok = same("time", e["value"], got.time())
            if not ok:
                bad.append((e["sheet"], e["ref"], e["type"], e["value"], got))
        check(f"Gnumeric → XLSX: {len(expected)} values as written", not bad, bad[:6])
        gws = gw["Xếp hạng"]
        check("Gnumeric → XLSX: frozen at C4 (settings.xml)", gws.freeze_panes == "C4", gws.freeze_panes)
        check("Gnumeric → XLSX: merged A1:L1", [str(r) for r in gws.merged_cells.ranges] == ["A1:L1"], gws.merged_cells.ranges)
else:
    print("skip Gnumeric: ssconvert not installed")

sys.exit(summary())
