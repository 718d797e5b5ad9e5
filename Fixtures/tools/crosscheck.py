"""Cross-check expected JSON against python-calamine (and openpyxl for sheet states).
Prints differences; it never writes expected values. Run: python3 Fixtures/tools/crosscheck.py"""
import datetime as dt
import glob
import json
import os
import sys

from python_calamine import CalamineWorkbook

HERE = os.path.dirname(os.path.abspath(__file__))
READ = os.path.join(os.path.dirname(HERE), "read")


def conv(v):
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, (int, float)):
        return int(v) if float(v).is_integer() and abs(v) < 2**53 else v
    if isinstance(v, dt.datetime):
        s = v.strftime("%Y-%m-%dT%H:%M:%S")
        if v.microsecond:
            s += ("%.3f" % (v.microsecond / 1e6))[1:].rstrip("0").rstrip(".")
        return {"datetime": s}
    if isinstance(v, dt.date):
        return {"date": v.isoformat()}
    if isinstance(v, dt.time):
        return {"time": v.strftime("%H:%M:%S")}
    if isinstance(v, dt.timedelta):
        s = v.total_seconds()
        return {"duration": "PT%sS" % (int(s) if s.is_integer() else s)}
    return v


def trim(rows):
    out = [list(r) for r in rows]
    for r in out:
        while r and r[-1] is None:
            r.pop()
    while out and not out[-1]:
        out.pop()
    return out


def check(path):
    exp = json.load(open(os.path.splitext(path)[0] + ".expected.json", encoding="utf-8"))
    diffs = []
    try:
        wb = CalamineWorkbook.from_path(path)
    except Exception as e:
        return ["calamine cannot open: %s" % e]
    meta = {m.name: m for m in wb.sheets_metadata}
    for s in exp["sheets"]:
        if s["name"] not in meta:
            diffs.append("sheet %r missing in calamine (has %s)" % (s["name"], list(meta)))
            continue
        vis = str(meta[s["name"]].visible).split(".")[-1].lower()
        want = {"visible": "visible", "hidden": "hidden", "veryhidden": "veryhidden"}[s["state"].lower()]
        if vis != want:
            diffs.append("%s: state calamine=%s expected=%s" % (s["name"], vis, s["state"]))
        sh = wb.get_sheet_by_name(s["name"])
        # calamine starts at the first used cell; pad to A1
        rows = [[conv(c) for c in r] for r in sh.to_python(skip_empty_area=False)]
        got = trim(rows)
        want_rows = s["rows"]
        for r in range(max(len(got), len(want_rows))):
            g = got[r] if r < len(got) else []
            w = want_rows[r] if r < len(want_rows) else []
            for c in range(max(len(g), len(w))):
                gv = g[c] if c < len(g) else None
                wv = w[c] if c < len(w) else None
                if (isinstance(gv, bool) != isinstance(wv, bool)) or gv != wv and not (isinstance(gv, float) and isinstance(wv, (int, float)) and abs(gv - wv) < 1e-9):
                    diffs.append("%s!R%dC%d calamine=%r expected=%r" % (s["name"], r + 1, c + 1, gv, wv))
    return diffs


def check_extra(path):
    """extra.json (formulas, merged, definedNames) against openpyxl."""
    import openpyxl
    ep = os.path.splitext(path)[0] + ".extra.json"
    if not path.endswith(".xlsx") or not os.path.exists(ep):
        return []
    ex = json.load(open(ep, encoding="utf-8"))
    wb = openpyxl.load_workbook(path)
    diffs = []
    for sheet, ranges in ex.get("merged", {}).items():
        got = sorted(str(r) for r in wb[sheet].merged_cells.ranges)
        if got != sorted(ranges):
            diffs.append("merged %s openpyxl=%s expected=%s" % (sheet, got, ranges))
    for key, f in ex.get("formulas", {}).items():
        sheet, ref = key.rsplit("!", 1)
        v = wb[sheet][ref].value
        v = getattr(v, "text", v)
        if v != "=" + f:
            diffs.append("formula %s openpyxl=%r expected=%r" % (key, v, f))
    if "definedNames" in ex:
        got = sorted((n, d.attr_text) for n, d in wb.defined_names.items())
        want = sorted((d["name"], d["formula"]) for d in ex["definedNames"])
        if got != want:
            diffs.append("definedNames openpyxl=%s expected=%s" % (got, want))
    return diffs


def ods_rows(path):
    """A tiny independent ODS reader (xml.etree) following README's ODS rules; for cross-checking."""
    import re
    import zipfile
    import xml.etree.ElementTree as ET
    O = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
    TB = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
    TX = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
    root = ET.fromstring(zipfile.ZipFile(path).read("content.xml"))

    def text(el):
        out = [el.text or ""]
        for ch in el:
            tag = ch.tag
            if tag == TX + "s":
                out.append(" " * int(ch.get(TX + "c", "1")))
            elif tag == TX + "tab":
                out.append("\t")
            elif tag == TX + "line-break":
                out.append("\n")
            elif tag == O + "annotation":
                pass
            else:
                out.append(text(ch))
            out.append(ch.tail or "")
        return "".join(out)

    def value(c):
        vt = c.get(O + "value-type")
        if vt in ("float", "percentage", "currency"):
            return conv(float(c.get(O + "value")))
        if vt == "date":
            v = c.get(O + "date-value")
            return {"datetime": v} if "T" in v else {"date": v}
        if vt == "time":
            m = re.fullmatch(r"-?PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", c.get(O + "time-value"))
            secs = int(m.group(1) or 0) * 3600 + int(m.group(2) or 0) * 60 + float(m.group(3) or 0)
            return {"duration": "PT%sS" % (int(secs) if secs == int(secs) else secs)}
        if vt == "boolean":
            return c.get(O + "boolean-value") == "true"
        if vt == "string":
            return "\n".join(text(p) for p in c.findall(TX + "p"))
        return None

    sheets = {}
    for t in root.iter(TB + "table"):
        rows = []
        def walk(el):
            for ch in el:
                if ch.tag == TB + "table-row":
                    cells = []
                    for c in ch:
                        if c.tag not in (TB + "table-cell", TB + "covered-table-cell"):
                            continue
                        v = value(c) if c.tag == TB + "table-cell" else None
                        n = int(c.get(TB + "number-columns-repeated", "1"))
                        cells.extend([v] * (n if v is not None else min(n, 1000)))
                    while cells and cells[-1] is None:
                        cells.pop()
                    n = int(ch.get(TB + "number-rows-repeated", "1"))
                    rows.extend([cells] * (n if cells else min(n, 1000)))
                elif ch.tag in (TB + "table-header-rows", TB + "table-rows", TB + "table-row-group"):
                    walk(ch)
        walk(t)
        sheets[t.get(TB + "name")] = trim(rows)
    return sheets


def check_ods(path):
    if not path.endswith(".ods"):
        return []
    exp = json.load(open(os.path.splitext(path)[0] + ".expected.json", encoding="utf-8"))
    got = ods_rows(path)
    diffs = []
    for s in exp["sheets"]:
        g = got.get(s["name"])
        if g != s["rows"]:
            diffs.append("etree-ods %s differs:\n      got  %s\n      want %s" % (s["name"], g, s["rows"]))
    return diffs


def main(paths):
    paths = [p for p in paths if p.endswith((".xlsx", ".ods", ".xls"))] or sorted(
        glob.glob(os.path.join(READ, "*.xlsx")) + glob.glob(os.path.join(READ, "*.ods")) + glob.glob(os.path.join(READ, "*.xls")))
    for p in paths:
        d = check(p) + check_extra(p) + check_ods(p)
        print("==", os.path.basename(p), "OK" if not d else "%d differences" % len(d))
        for x in d:
            print("   ", x)


if __name__ == "__main__":
    main(sys.argv[1:])
