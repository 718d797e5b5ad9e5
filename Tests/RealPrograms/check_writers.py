#!/usr/bin/env python3
"""Proof with real programs that what thidua writes opens cleanly and keeps its values.

For every source workbook given (default: the reader fixtures), it runs
`thidua convert` to XLSX, ODS and CSV and checks:
  1. our own reader reads the written XLSX/ODS back with exactly the source's values;
  2. openpyxl (XLSX) and python-calamine (XLSX, ODS) read the same values;
  3. LibreOffice (headless) opens each written XLSX/ODS and re-saves it with the same values;
  4. a second run writes byte-identical files.
Exit status 0 when every check passes; prints one line per check and a closing
'N passed, N failed' line.

Usage: python3 Tests/RealPrograms/check_writers.py [--thidua PATH] [SOURCE...]
Needs: LibreOffice (soffice), python packages openpyxl and python-calamine.
"""
import argparse, datetime, glob, json, math, os, re, shutil, subprocess, sys, tempfile

from realprograms import check, soffice_convert, summary

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


def inspect(thidua, path):
    r = subprocess.run([thidua, "inspect", path, "--format", "json"], capture_output=True, text=True)
    if r.returncode != 0:
        raise RuntimeError(f"inspect {path}: {r.stderr.strip()}")
    return json.loads(r.stdout)


def grid(sheet_json):
    """{(row, col): value} of the non-null cells of one sheet's JSON rows."""
    out = {}
    for r, row in enumerate(sheet_json["rows"]):
        for c, v in enumerate(row or []):
            if v is not None:
                out[(r, c)] = v
    return out


def seconds(td):
    return td.days * 86400 + td.seconds + td.microseconds / 1e6


def from_python(v):
    """A value from openpyxl/calamine in the JSON cell model."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, datetime.datetime):
        if v.time() == datetime.time(0):
            return {"datetime_or_date": v.date().isoformat()}
        return {"datetime": v.isoformat()}
    if isinstance(v, datetime.date):
        return {"date": v.isoformat()}
    if isinstance(v, datetime.time):
        return {"time": v.isoformat()}
    if isinstance(v, datetime.timedelta):
        return {"duration": seconds(v)}
    return str(v)


UNESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


def tolerant(expected, actual, reader):
    """Known, documented behaviours of the other programs and limits of the formats, not
    faults of the file:
    openpyxl leaves OOXML `_xHHHH_` escapes encoded; LibreOffice drops control characters
    and CR; every program reads an empty text cell as no cell; LibreOffice counts serials
    before 1900-03-01 without Excel's fictitious 1900-02-29 (one day earlier)."""
    if expected == "" and actual is None:
        return True
    # XLSX's dates start in 1900: `thidua convert` writes earlier ones as ISO text, and says so.
    if isinstance(expected, dict) and expected.get("date", "9999") < "1900-01-01" and actual == expected["date"]:
        return True
    if isinstance(expected, str) and isinstance(actual, str):
        if reader in ("thidua-ods", "calamine-ods"):
            # ODF text is paragraphs: a CR LF or lone CR becomes a paragraph break (\n).
            kept = "".join(ch for ch in expected.replace("\r\n", "\n").replace("\r", "\n") if ch >= " " or ch in "\t\n")
            if actual == kept or (reader == "calamine-ods" and actual == kept.replace("\t", "")):
                return True
        if reader == "openpyxl":
            control = lambda m: chr(int(m.group(1), 16)) if int(m.group(1), 16) < 0x20 else m.group(0)
            return UNESCAPE.sub(control, actual) == expected
        if reader == "libreoffice":
            # Calc keeps no tab in a cell's text and no C0 control character.
            return actual in ("".join(ch for ch in expected if ch >= " " or ch in "\n\t"),
                              "".join(ch for ch in expected.replace("\r\n", "\n") if ch >= " " or ch == "\n"))
    # ODF has no error value outside a formula: the ODS writer keeps the error's text.
    if reader in ("thidua-ods", "calamine-ods", "libreoffice") and isinstance(expected, dict) \
            and "error" in expected and actual == expected["error"]:
        return True
    # LibreOffice turns a 1/0 number shown with a boolean style into a boolean.
    if reader == "libreoffice" and isinstance(actual, bool) and expected in (0, 1) and not isinstance(expected, bool):
        return actual == bool(expected)
    # calamine gives ODS durations as their ISO text (PT26H30M00S).
    if reader == "calamine-ods" and isinstance(expected, dict) and "duration" in expected and isinstance(actual, str):
        m = re.fullmatch(r"-?PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", actual)
        if m:
            secs = int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3) or 0)
            return math.isclose(secs * (-1 if actual.startswith("-") else 1), iso_seconds(expected["duration"]), abs_tol=1e-3)
    if reader == "libreoffice" and isinstance(expected, dict) and isinstance(actual, dict):
        ev = expected.get("date") or expected.get("datetime", "")[:10]
        av = actual.get("date") or actual.get("datetime", "")[:10]
        if ev and av and ev < "1900-03-01":
            d = datetime.date.fromisoformat(ev) - datetime.date.fromisoformat(av)
            return d.days == 1
    return False


def same(expected, actual):
    """Whether a value read by another program matches ours (types as that program sees them)."""
    if isinstance(expected, dict) and "error" in expected:
        return actual is None or actual == expected["error"] or (isinstance(actual, dict) and actual.get("error") == expected["error"]) or str(actual).startswith("#")
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return isinstance(actual, (int, float)) and not isinstance(actual, bool) and math.isclose(expected, actual, rel_tol=1e-9, abs_tol=1e-9)
    if isinstance(expected, dict) and isinstance(actual, dict):
        (ek, ev), = expected.items()
        (ak, av), = actual.items()
        if ek == "duration":
            es = iso_seconds(ev)
            if ak == "duration":
                return math.isclose(es, iso_seconds(av) if isinstance(av, str) else av, abs_tol=1e-3)
            return ak == "time" and math.isclose(es % 86400, seconds_of(av), abs_tol=1e-3)
        if ak == "datetime_or_date":
            return (ek == "date" and ev == av) or (ek == "datetime" and ev.startswith(av) and ev[11:].strip("0:.") == "")
        if ek == "datetime" and ak == "datetime":
            return abs((datetime.datetime.fromisoformat(ev) - datetime.datetime.fromisoformat(av)).total_seconds()) < 1e-3
        if ek == "time" and ak == "time":
            return math.isclose(seconds_of(ev), seconds_of(av), abs_tol=1e-3)
        return ek == ak and ev == av
    return expected == actual


def iso_seconds(text):
    """Seconds of our ISO form `PT95400S` / `-PT1.5S`."""
    return float(text[text.index("T") + 1:-1]) * (-1 if text.startswith("-") else 1)


def seconds_of(hms):
    h, m, s = hms.split(":")
    return int(h) * 3600 + int(m) * 60 + float(s)


def compare(name, expected_sheets, actual_sheets, reader):
    """expected: our JSON sheets; actual: {sheet name: {(r,c): value}}."""
    problems = []
    for sheet in expected_sheets:
        exp = grid(sheet)
        act = actual_sheets.get(sheet["name"])
        if act is None:
            problems.append(f"sheet {sheet['name']!r} missing")
            continue
        for key in sorted(set(exp) | set(act)):
            e, a = exp.get(key), act.get(key)
            if e is None and a is None:
                continue
            if e is None or not (same(e, a) or tolerant(e, a, reader)):
                problems.append(f"{sheet['name']}!R{key[0]+1}C{key[1]+1}: expected {e!r}, got {a!r}")
    check(name, not problems, "; ".join(problems[:5]) + (f" (+{len(problems)-5} more)" if len(problems) > 5 else ""))


def lossless(expected, ours, fmt="xlsx"):
    """(ok, detail): same sheet names, states and cell values, exactly. ODF has no
    'veryHidden' (it becomes 'hidden') and XML 1.0 cannot hold C0 control characters other
    than tab and line breaks (the ODS writer drops them): those are the format's limits."""
    def state(s):
        return "hidden" if fmt == "ods" and s == "veryHidden" else s
    if [(s["name"], state(s["state"])) for s in ours] != [(s["name"], state(s["state"])) for s in expected]:
        return False, f"sheets {[(s['name'], s['state']) for s in ours]}"
    for e, o in zip(expected, ours):
        ge, go = grid(e), grid(o)
        for key in sorted(set(ge) | set(go)):
            if ge.get(key) != go.get(key) and not tolerant(ge.get(key), go.get(key), "thidua-" + fmt):
                return False, f"{e['name']}!R{key[0]+1}C{key[1]+1}: {ge.get(key)!r} became {go.get(key)!r}"
    return True, ""


def read_openpyxl(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, data_only=True)
    return {ws.title: {(c.row - 1, c.column - 1): from_python(c.value)
                       for row in ws.iter_rows() for c in row if from_python(c.value) is not None}
            for ws in wb.worksheets}


def read_calamine(path):
    import python_calamine
    wb = python_calamine.CalamineWorkbook.from_path(path)
    out = {}
    for name in wb.sheet_names:
        sheet = wb.get_sheet_by_name(name)
        cells = {}
        # skip_empty_area=False keeps the leading empty rows and columns: positions are from A1.
        for r, row in enumerate(sheet.to_python(skip_empty_area=False)):
            for c, v in enumerate(row):
                pv = from_python(v)
                if pv is not None:
                    cells[(r, c)] = pv
        out[name] = cells
    return out


def soffice_resave(path, fmt, outdir):
    profile = "file://" + os.path.join(tempfile.gettempdir(), "thidua-lo-profile")
    r = soffice_convert(path, fmt, outdir, profile, timeout=300)
    base = os.path.splitext(os.path.basename(path))[0]
    out = os.path.join(outdir, base + "." + fmt)
    if r.returncode != 0 or not os.path.exists(out):
        raise RuntimeError(f"LibreOffice could not convert {path}: {r.stderr.strip()}")
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--thidua", default=os.path.join(ROOT, ".build", "debug", "thidua"))
    ap.add_argument("--formats", default="xlsx,ods", help="output formats to check, comma-separated")
    ap.add_argument("sources", nargs="*")
    args = ap.parse_args()
    sources = args.sources or sorted(glob.glob(os.path.join(ROOT, "Fixtures", "read", "*.xlsx")) +
                                     glob.glob(os.path.join(ROOT, "Fixtures", "read", "*.ods")))
    work = tempfile.mkdtemp(prefix="thidua-real-")
    try:
        for src in sources:
            base = os.path.splitext(os.path.basename(src))[0]
            try:
                expected = inspect(args.thidua, src)["sheets"]
            except Exception as e:  # a source we cannot read is not a writer problem
                print(f"skip {base}: {e}")
                continue
            for fmt in args.formats.split(","):
                out1 = os.path.join(work, f"{base}.1.{fmt}")
                out2 = os.path.join(work, f"{base}.2.{fmt}")
                r1 = subprocess.run([args.thidua, "convert", src, out1], capture_output=True, text=True)
                r2 = subprocess.run([args.thidua, "convert", src, out2], capture_output=True, text=True)
                if r1.returncode != 0 or r2.returncode != 0:
                    check(f"{base} -> {fmt}: convert", False, r1.stderr.strip() or r2.stderr.strip())
                    continue
                check(f"{base} -> {fmt}: byte-identical on a second run",
                      open(out1, "rb").read() == open(out2, "rb").read())
                ours = inspect(args.thidua, out1)["sheets"]
                check(f"{base} -> {fmt}: our reader round-trips losslessly", *lossless(expected, ours, fmt))
                if fmt == "xlsx":
                    compare(f"{base} -> {fmt}: openpyxl reads the same values", expected, read_openpyxl(out1), "openpyxl")
                compare(f"{base} -> {fmt}: calamine reads the same values", expected, read_calamine(out1), "calamine-" + fmt)
                resaved_dir = os.path.join(work, f"lo-{base}-{fmt}")
                os.makedirs(resaved_dir, exist_ok=True)
                try:
                    # Re-saved in the same format: what a ward's LibreOffice would send back.
                    resaved = soffice_resave(out1, fmt, resaved_dir)
                    lo = inspect(args.thidua, resaved)["sheets"]
                    compare(f"{base} -> {fmt}: LibreOffice opens and re-saves the same values", expected,
                            {s["name"]: grid(s) for s in lo}, "libreoffice")
                except Exception as e:
                    check(f"{base} -> {fmt}: LibreOffice opens and re-saves", False, str(e))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return summary()


if __name__ == "__main__":
    sys.exit(main())
