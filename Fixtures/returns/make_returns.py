#!/usr/bin/env python3
"""Makes the wards' filled 2018 returns used by the validation and consolidation tests.

How each file is made, as a ward would: `thidua template` writes the district's form (our
XLSX writer); openpyxl fills it in (a script standing in for the officer typing); most files
are then opened and saved by LibreOffice (headless), as XLSX or ODS, so the readers see what
a real spreadsheet program saved. Every deliberate mistake is listed in `expected.json` with
the finding (code, cell, criterion, severity) validation must report; the clean returns must
raise no finding at all. Scores are computed here independently of the Swift code, so the
consolidation tests can compare totals.

Usage: python3 Fixtures/returns/make_returns.py [--thidua .build/debug/thidua]
Needs: openpyxl, LibreOffice (soffice). Output: Fixtures/returns/{validation,2018}/
"""
import argparse, copy, datetime, json, os, shutil, subprocess, sys, tempfile, unicodedata
import openpyxl

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PROFILE = "file://" + os.path.join(tempfile.gettempdir(), "lo-profile-returns")
FIXED = datetime.datetime(2018, 12, 10, 8, 0, 0)

# Columns of the form as written (1-based for openpyxl): G result, H self points, I notes.
RESULT, POINTS, NOTES = 7, 8, 9

# The 2018 results of each ward: realistic, consistent with the schema's rules.
def base_results(seed):
    s = seed
    estimate = 52000 + 3000 * s
    revenue = round(estimate * (1.02 + 0.01 * s), 1)
    groups, cultured = 40 + 2 * s, 34 + s
    poor_start, poor_end = 6 + s % 3, 2 + s % 2
    crimes, solved = 30 + s, 24 + s
    dossiers, on_time = 4200 + 100 * s, 4150 + 100 * s
    return {
        "KT01": estimate, "KT02": revenue, "KT03": round(revenue / estimate * 100, 2), "KT04": 3.5 + 0.2 * s,
        "KT05": 35 + s, "KT06": 12, "KT07": 10 - s % 3, "KT08": ["Xuất sắc", "Tốt", "Khá"][s % 3],
        "VH01": 91.5 - s * 0.4, "VH02": groups, "VH03": cultured, "VH04": 3 + s % 3, "VH05": 86 + s * 0.5,
        "VH06": poor_start, "VH07": poor_end, "VH08": ["Tốt", "Xuất sắc", "Khá"][s % 3], "VH09": 4.2 - s * 0.1,
        "VH10": datetime.date(2018, 11, 10 + s),
        "AN01": True, "AN02": crimes, "AN03": round(solved / crimes * 100, 1), "AN04": solved, "AN05": s % 2,
        "AN06": s % 3, "AN07": 100 - s % 4, "AN08": ["Tốt", "Khá", "Xuất sắc"][s % 3],
        "CC01": True, "CC02": dossiers, "CC03": on_time, "CC04": round(on_time / dossiers * 100, 2),
        "CC05": 28 + s, "CC06": 82 + s * 0.5, "CC07": 92 - s * 0.5, "CC08": True,
        "CC09": "Mô hình \"Một cửa điện tử\" liên thông phường - quận",
    }


def load_schema():
    import csv
    d = os.path.join(ROOT, "Templates", "schema-2018.csvdir")
    rows = list(csv.DictReader(open(os.path.join(d, "criteria.csv"), encoding="utf-8")))[1:]
    return {r["code"]: r for r in rows}


def points(c, value, manual):
    """The scoring rule of Templates/README.md, written again here as an independent check."""
    cap = float(c["max_points"] or 0)
    method = c["scoring"]
    higher = c["higher_is_better"] in ("có", "yes", "true", "1")
    target = float(c["target"]) if c["target"] else (1.0 if c["type"] == "yes_no" else None)
    if method == "manual":
        return manual
    v = (1.0 if value else 0.0) if isinstance(value, bool) else float(value)
    if method == "full_if_target_met":
        return cap if (v >= target if higher else v <= target) else 0.0
    if method == "proportional":
        ratio = v / target if higher else (1.0 if v <= target else target / v)
        return max(0.0, min(cap, cap * min(ratio, 1.0)))
    each = float(c["points_per_unit"])
    if method == "per_unit":
        return max(0.0, min(cap, v * each))
    if method == "penalty":
        return max(0.0, min(cap, cap - max(v, 0) * each))
    raise ValueError(method)


MANUAL_POINTS = {"Xuất sắc": 1.0, "Tốt": 0.85, "Khá": 0.7, "Trung bình": 0.5}


def self_points(schema, results):
    out = {}
    for code, c in schema.items():
        v = results.get(code)
        cap = float(c["max_points"] or 0)
        if c["scoring"] == "manual":
            if cap == 0:
                continue
            share = MANUAL_POINTS.get(v, 1.0) if isinstance(v, str) else 1.0
            out[code] = round(cap * share, 2)
        else:
            out[code] = round(points(c, v, None), 6)
    return out


def make_forms(thidua, out):
    subprocess.run([thidua, "template", "--all", "--schema", os.path.join(ROOT, "Templates", "schema-2018.xlsx"),
                    "-o", out], check=True, stderr=subprocess.DEVNULL)
    return {f.split("-")[3]: os.path.join(out, f) for f in os.listdir(out)}


def rows_by_code(ws):
    return {ws.cell(row=r, column=2).value: r for r in range(1, ws.max_row + 1)
            if isinstance(ws.cell(row=r, column=2).value, str)}


def fill(form, results, points_by_code, report_date, bonus=None, penalty=None, notes=None):
    wb = openpyxl.load_workbook(form)
    wb.properties.created = wb.properties.modified = FIXED
    ws = wb["Biểu mẫu"]
    rows = rows_by_code(ws)
    ws.cell(row=5, column=3).value = report_date
    for code, value in results.items():
        r = rows[code]
        ws.cell(row=r, column=RESULT).value = ("Có" if value else "Không") if isinstance(value, bool) else value
        if code in points_by_code:
            ws.cell(row=r, column=POINTS).value = points_by_code[code]
    if bonus is not None:
        ws.cell(row=rows["THUONG"], column=POINTS).value = bonus
        ws.cell(row=rows["THUONG"], column=NOTES).value = "Cờ thi đua của UBND Thành phố"
    if penalty is not None:
        ws.cell(row=rows["TRU"], column=POINTS).value = penalty
    for code, text in (notes or {}).items():
        ws.cell(row=rows[code], column=NOTES).value = text
    return wb, ws, rows


def save(wb, path, via=None):
    """Saves with openpyxl, then (via='xlsx'|'ods') through LibreOffice as a ward's program would."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if via is None:
        path += ".xlsx"
        wb.save(path)
        return path
    tmp = tempfile.mkdtemp()
    src = os.path.join(tmp, os.path.splitext(os.path.basename(path))[0] + ".xlsx")
    wb.save(src)
    outdir = tempfile.mkdtemp()
    subprocess.run(["soffice", f"-env:UserInstallation={PROFILE}", "--headless", "--convert-to",
                    "xlsx:Calc MS Excel 2007 XML" if via == "xlsx" else "ods", "--outdir", outdir, src],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    produced = os.path.join(outdir, os.path.splitext(os.path.basename(src))[0] + "." + via)
    final = os.path.splitext(path)[0] + "." + via
    shutil.move(produced, final)
    shutil.rmtree(tmp)
    shutil.rmtree(outdir)
    return final


def cell(col, row):
    return openpyxl.utils.get_column_letter(col) + str(row)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thidua", default=os.path.join(ROOT, ".build", "debug", "thidua"))
    args = ap.parse_args()
    schema = load_schema()
    forms_dir = tempfile.mkdtemp()
    forms = make_forms(args.thidua, forms_dir)  # keyed by ward code
    wards = sorted(forms)
    val_dir, main_dir = os.path.join(HERE, "validation"), os.path.join(HERE, "2018")
    for d in (val_dir, main_dir):
        shutil.rmtree(d, ignore_errors=True)
        os.makedirs(d)
    expected = {"validation": {}, "2018": {}}
    on_time = datetime.date(2018, 12, 10)

    def clean(code, seed, directory, name, via, date=on_time, bonus=None, penalty=None):
        results = base_results(seed)
        pts = self_points(schema, results)
        wb, ws, rows = fill(forms[code], results, pts, date, bonus, penalty)
        path = save(wb, os.path.join(directory, name), via)
        total = sum(pts.values()) + (bonus or 0) - (penalty or 0)
        return path, {"ward": code, "findings": [], "total": round(total, 6), "reportDate": date.isoformat()}

    # --- The main job's set: all 8 wards, one late, one faulty, one sent twice. ---
    vias = ["ods", "xlsx", "ods", "xlsx", None, "ods", "xlsx", "ods"]
    for i, code in enumerate(wards):
        date = datetime.date(2018, 12, 20) if i == 5 else on_time          # Quan Hoa is late
        bonus = 10 if i == 2 else None                                       # Mai Dịch has a city flag
        path, exp = clean(code, i, main_dir, f"{code}-bao-cao-2018", vias[i], date=date, bonus=bonus)
        exp["late"] = i == 5
        expected["2018"][os.path.basename(path)] = exp
    # Trung Hòa's first return, superseded by the one above (an older report date).
    early = datetime.date(2018, 12, 1)
    path, exp = clean(wards[7], 3, main_dir, f"{wards[7]}-bao-cao-2018-ban-dau", "xlsx", date=early)
    exp["superseded"] = True
    expected["2018"][os.path.basename(path)] = exp
    # Dịch Vọng's return has an error (organised crime cases exceed all cases): rejected.
    faulty = [k for k, v in expected["2018"].items() if v["ward"] == wards[3]][0]
    wb = openpyxl.load_workbook(os.path.join(main_dir, faulty))
    ws = wb[wb.sheetnames[0]]
    r = rows_by_code(ws)["AN05"]
    ws.cell(row=r, column=RESULT).value = 99
    wb.save(os.path.join(main_dir, faulty))
    expected["2018"][faulty]["findings"] = [
        {"code": "rule.failed", "cell": cell(RESULT, r), "criterion": "AN05", "severity": "error"},
        {"code": "points.mismatch", "cell": cell(POINTS, r), "criterion": "AN05", "severity": "warning"},
    ]
    expected["2018"][faulty]["rejected"] = True

    # --- Validation set: one file per kind of mistake, plus clean ones. ---
    v = expected["validation"]
    p, e = clean(wards[0], 0, val_dir, "clean-openpyxl", None); v[os.path.basename(p)] = e
    p, e = clean(wards[1], 1, val_dir, "clean-libreoffice", "ods"); v[os.path.basename(p)] = e

    # What people type: numbers as text, units, percent text, spaces, dates as text, NFD, TCVN3.
    results = base_results(2)
    pts = self_points(schema, results)
    wb, ws, rows = fill(forms[wards[2]], results, pts, on_time)
    typed = {
        "KT01": ("58.000", "input.number-as-text"), "KT05": ("37 lượt", "input.unit-in-cell"),
        "VH05": ("87,5%", "input.number-as-text"), "VH02": ("44\u00a0", "input.number-as-text"),
        "VH10": ("12/11/2018", "input.date-as-text"),
    }
    results["KT01"], results["KT05"], results["VH05"], results["VH02"], results["VH10"] = 58000, 37, 87.5, 44, datetime.date(2018, 11, 12)
    findings = []
    for code, (text, finding) in typed.items():
        ws.cell(row=rows[code], column=RESULT).value = text
        findings.append({"code": finding, "cell": cell(RESULT, rows[code]), "criterion": code, "severity": "warning"})
    # KT01 changed: KT03 no longer matches KT02 / KT01 within 1 point: keep the rule satisfied.
    ws.cell(row=rows["KT03"], column=RESULT).value = round(results["KT02"] / 58000 * 100, 2)
    ws.cell(row=rows["KT03"], column=POINTS).value = round(points(schema["KT03"], results["KT02"] / 58000 * 100, None), 6)
    ws.cell(row=rows["KT05"], column=POINTS).value = round(points(schema["KT05"], 37, None), 6)
    ws.cell(row=rows["VH05"], column=POINTS).value = round(points(schema["VH05"], 87.5, None), 6)
    ws.cell(row=rows["CC09"], column=NOTES).value = unicodedata.normalize("NFD", "Đã triển khai tại bộ phận một cửa")
    findings.append({"code": "input.decomposed", "cell": cell(NOTES, rows["CC09"]), "criterion": "CC09", "severity": "warning"})
    # "Phường Mai Dịch" typed with the .VnTime font (TCVN3): bytes shown as Latin-1.
    tcvn3 = "Ph\u00adêng Mai DÞch ®· hoµn thµnh"
    ws.cell(row=rows["CC08"], column=NOTES).value = tcvn3
    findings.append({"code": "input.legacy-encoding", "cell": cell(NOTES, rows["CC08"]), "criterion": "CC08", "severity": "warning"})
    p = save(wb, os.path.join(val_dir, "typed-input"), "xlsx")
    v[os.path.basename(p)] = {"ward": wards[2], "findings": findings}

    # Errors of every kind.
    results = base_results(3)
    pts = self_points(schema, results)
    wb, ws, rows = fill(forms[wards[3]], results, pts, on_time)
    f = []
    ws.cell(row=rows["VH01"], column=RESULT).value = None
    f.append({"code": "value.required", "cell": cell(RESULT, rows["VH01"]), "criterion": "VH01", "severity": "error"})
    ws.cell(row=rows["VH05"], column=RESULT).value = 120
    f.append({"code": "value.range", "cell": cell(RESULT, rows["VH05"]), "criterion": "VH05", "severity": "error"})
    ws.cell(row=rows["KT08"], column=RESULT).value = "Rất tốt"
    f.append({"code": "value.choice", "cell": cell(RESULT, rows["KT08"]), "criterion": "KT08", "severity": "error"})
    ws.cell(row=rows["VH04"], column=RESULT).value = 4.5
    f.append({"code": "value.integer", "cell": cell(RESULT, rows["VH04"]), "criterion": "VH04", "severity": "error"})
    f.append({"code": "points.mismatch", "cell": cell(POINTS, rows["VH04"]), "criterion": "VH04", "severity": "warning"})
    ws.cell(row=rows["AN01"], column=RESULT).value = "Chưa rõ"
    f.append({"code": "value.choice", "cell": cell(RESULT, rows["AN01"]), "criterion": "AN01", "severity": "error"})
    ws.cell(row=rows["CC06"], column=POINTS).value = 9
    f.append({"code": "points.range", "cell": cell(POINTS, rows["CC06"]), "criterion": "CC06", "severity": "error"})
    f.append({"code": "points.mismatch", "cell": cell(POINTS, rows["CC06"]), "criterion": "CC06", "severity": "warning"})
    ws.cell(row=rows["KT07"], column=RESULT).value = 15
    f.append({"code": "rule.failed", "cell": cell(RESULT, rows["KT07"]), "criterion": "KT07", "severity": "error"})
    # 15 obstacles at 0.5 each is capped at 5 points, what the ward claimed: no mismatch.
    ws.cell(row=rows["KT04"], column=5).value = 10      # the district's target, locked, changed
    f.append({"code": "return.locked-cell-changed", "cell": cell(5, rows["KT04"]), "criterion": "KT04", "severity": "warning"})
    ws.cell(row=3, column=11).value = 12345              # a figure typed beside the form
    f.append({"code": "return.unexpected-value", "cell": "K3", "criterion": None, "severity": "warning"})
    ws.cell(row=rows["THUONG"], column=POINTS).value = 25
    f.append({"code": "points.bonus-cap", "cell": cell(POINTS, rows["THUONG"]), "criterion": "THUONG", "severity": "error"})
    p = save(wb, os.path.join(val_dir, "errors"), "xlsx")
    v[os.path.basename(p)] = {"ward": wards[3], "findings": f}

    # Wrong ward identity and year; a criterion row deleted; one duplicated.
    results = base_results(4)
    pts = self_points(schema, results)
    wb, ws, rows = fill(forms[wards[7]], results, pts, on_time)
    ws.cell(row=4, column=3).value = 2017
    f = [{"code": "identity.year", "cell": "C4", "criterion": None, "severity": "error"}]
    ws.delete_rows(rows["CC05"])
    f.append({"code": "return.missing-criterion", "cell": None, "criterion": "CC05", "severity": "error"})
    rows = rows_by_code(ws)
    dup = rows["AN06"]
    ws.cell(row=rows["AN07"], column=2).value = "AN06"   # AN07's row relabelled AN06 by mistake
    f.append({"code": "return.duplicate-criterion", "cell": cell(2, rows["AN07"]), "criterion": "AN06", "severity": "error"})
    f.append({"code": "return.missing-criterion", "cell": None, "criterion": "AN07", "severity": "error"})
    for col in (RESULT, POINTS):  # the duplicate row's own values are reported, not dropped
        f.append({"code": "return.unexpected-value", "cell": cell(col, rows["AN07"]), "criterion": None, "severity": "warning"})
    p = save(wb, os.path.join(val_dir, "identity-and-rows"), "ods")
    v[os.path.basename(p)] = {"ward": wards[7], "findings": f, "partial": True}

    # Rearranged by the ward: rows reordered, a column and blank rows inserted, sheet renamed,
    # ward typed with the other tone-mark placement. Still valid, no findings.
    results = base_results(6)
    pts = self_points(schema, results)
    wb, ws, rows = fill(forms[wards[6]], results, pts, on_time)
    a, b = rows["KT01"], rows["KT05"]
    for col in range(1, 10):
        ca, cb = ws.cell(row=a, column=col), ws.cell(row=b, column=col)
        ca.value, cb.value = cb.value, ca.value
    ws.insert_rows(rows["VH01"], 2)
    ws.insert_cols(4)  # an empty column between the name and the unit
    ws.cell(row=3, column=3).value = "P. Yên Hoà"
    ws.title = "Bao cao phuong"
    p = save(wb, os.path.join(val_dir, "rearranged"), "ods")
    v[os.path.basename(p)] = {"ward": wards[6], "findings": [
        {"code": "identity.ward-approximate", "cell": "C3", "criterion": None, "severity": "warning", "optional": True}]}

    json.dump(expected, open(os.path.join(HERE, "expected.json"), "w"), ensure_ascii=False, indent=1, default=str)
    print("wrote", len(v), "validation returns and", len(expected["2018"]), "returns of the 2018 set")


if __name__ == "__main__":
    main()
