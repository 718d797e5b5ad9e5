"""Shared helpers for make_fixtures.py: expected-value model, JSON writers, deterministic zips."""
import io
import json
import math
import os
import re
import subprocess
import zipfile
import datetime as _dt

FIXED_ZIP_TIME = (2018, 1, 26, 8, 30, 0)          # date the emulation pact was signed
FIXED_CORE_TIME = "2018-01-26T08:30:00Z"

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)
READ = os.path.join(FIXTURES, "read")
HOSTILE = os.path.join(FIXTURES, "hostile")
SRC = os.path.join(FIXTURES, "src")
LO_PROFILE = "file:///tmp/lo-profile-fixtures"

# ---------------------------------------------------------------- expected values

class D:
    """A calendar date -> {"date": "YYYY-MM-DD"}"""
    def __init__(self, y, m, d): self.v = _dt.date(y, m, d)
    def json(self): return {"date": self.v.isoformat()}

class DT:
    """A date and time -> {"datetime": "YYYY-MM-DDTHH:MM:SS[.f]"}"""
    def __init__(self, y, mo, d, h=0, mi=0, s=0, frac=None):
        self.v = _dt.datetime(y, mo, d, h, mi, s); self.frac = frac
    def json(self):
        t = self.v.strftime("%Y-%m-%dT%H:%M:%S")
        if self.frac: t += self.frac            # e.g. ".5"
        return {"datetime": t}

class T:
    """A time of day -> {"time": "HH:MM:SS"}"""
    def __init__(self, h, m, s=0): self.v = _dt.time(h, m, s)
    def json(self): return {"time": self.v.strftime("%H:%M:%S")}

class Dur:
    """Elapsed time -> {"duration": "PT<seconds>S"}"""
    def __init__(self, seconds): self.s = seconds
    def json(self): return {"duration": "PT%sS" % num_text(self.s)}

class Err:
    def __init__(self, code): self.code = code
    def json(self): return {"error": self.code}

def num_text(x):
    if isinstance(x, int) or (isinstance(x, float) and x.is_integer() and abs(x) < 2**53):
        return str(int(x))
    return repr(float(x))

def enc(v):
    """Python value -> expected JSON value."""
    if v is None:
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        if v.is_integer() and abs(v) < 2**53:
            return int(v)          # integral doubles are written without ".0"
        return v
    if isinstance(v, str):
        return v
    return v.json()

def is_empty(v):
    return v is None

class Sheet:
    """A sparse grid of expected values, addressed by (row, col) from 0 or by 'B3'."""
    def __init__(self, name, state="visible"):
        self.name, self.state, self.cells = name, state, {}
    def set(self, ref, value):
        r, c = parse_ref(ref) if isinstance(ref, str) else ref
        self.cells[(r, c)] = value
        return self
    def rows(self):
        nonempty = [(r, c) for (r, c), v in self.cells.items() if not is_empty(v)]
        if not nonempty:
            return []
        nrows = max(r for r, _ in nonempty) + 1
        out = []
        for r in range(nrows):
            cols = [c for (rr, c) in nonempty if rr == r]
            if not cols:
                out.append([])
                continue
            out.append([enc(self.cells.get((r, c))) for c in range(max(cols) + 1)])
        return out
    def json(self):
        return {"name": self.name, "state": self.state, "rows": self.rows()}

def col_letters(c):
    s = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        s = chr(65 + rem) + s
    return s

def parse_ref(ref):
    m = re.fullmatch(r"([A-Z]+)([0-9]+)", ref)
    col = 0
    for ch in m.group(1):
        col = col * 26 + (ord(ch) - 64)
    return int(m.group(2)) - 1, col - 1

def ref_of(r, c):
    return "%s%d" % (col_letters(c), r + 1)

def dump_json(path, obj):
    """Readable and stable: one row (or one list item) per line, UTF-8, LF."""
    def j(x):
        return json.dumps(x, ensure_ascii=False)
    if "sheets" in obj:
        parts = []
        for s in obj["sheets"]:
            rows = ",\n    ".join(j(r) for r in s["rows"])
            parts.append('  {"name": %s, "state": %s, "rows": [%s]}'
                         % (j(s["name"]), j(s["state"]), ("\n    " + rows + "\n  ") if rows else ""))
        text = '{"sheets": [\n' + ",\n".join(parts) + "\n]}\n"
    else:
        text = json.dumps(obj, ensure_ascii=False, indent=1) + "\n"
    assert json.loads(text) == json.loads(json.dumps(obj))
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)

def write_expected(path, sheets, extra=None):
    """path is the fixture; writes NAME.expected.json (and NAME.extra.json when given)."""
    base = strip_ext(path)
    dump_json(base + ".expected.json", {"sheets": [s.json() for s in sheets]})
    if extra:
        dump_json(base + ".extra.json", extra)

def strip_ext(path):
    return os.path.splitext(path)[0]

# ---------------------------------------------------------------- zips

def zinfo(name, compress=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
    zi.compress_type = compress
    zi.external_attr = 0o644 << 16
    zi.create_system = 0
    return zi

def read_zip(path):
    """[(name, bytes, compress_type)] in stored order."""
    with zipfile.ZipFile(path) as z:
        return [(i.filename, z.read(i), i.compress_type) for i in z.infolist()]

def write_zip(path, entries, compress=None, stream=None, force_zip64=False):
    """entries: [(name, bytes[, compress_type])]; fixed timestamps, level 6 deflate."""
    target = stream if stream is not None else open(path, "wb")
    try:
        with zipfile.ZipFile(target, "w") as z:
            for e in entries:
                name, data = e[0], e[1]
                ct = compress if compress is not None else (e[2] if len(e) > 2 else zipfile.ZIP_DEFLATED)
                zi = zinfo(name, ct)
                if force_zip64:
                    with z.open(zi, "w", force_zip64=True) as w:
                        w.write(data)
                else:
                    z.writestr(zi, data, compress_type=ct, compresslevel=6 if ct == zipfile.ZIP_DEFLATED else None)
    finally:
        if stream is None:
            target.close()

def normalize_zip(path):
    """Rewrite a zip written by openpyxl/XlsxWriter with fixed timestamps and a fixed
    docProps/core.xml modified/created time, keeping entry order and methods."""
    entries = []
    for name, data, ct in read_zip(path):
        if name == "docProps/core.xml":
            data = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(<)",
                          lambda m: m.group(1) + FIXED_CORE_TIME.encode() + m.group(2), data)
        entries.append((name, data, ct))
    write_zip(path, entries)

class NonSeekable(io.RawIOBase):
    """A write-only stream without seek: makes zipfile set bit 3 and write data descriptors."""
    def __init__(self, f): self.f = f
    def writable(self): return True
    def write(self, b): return self.f.write(b)
    def flush(self): self.f.flush()
    def seekable(self): return False
    def tell(self): raise OSError("not seekable")
    def seek(self, *a): raise OSError("not seekable")

def soffice(args, cwd):
    cmd = ["soffice", "-env:UserInstallation=" + LO_PROFILE, "--headless"] + args
    subprocess.run(cmd, cwd=cwd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=300)

def lo_convert(src, fmt, outdir):
    """soffice --convert-to fmt; returns output path."""
    soffice(["--convert-to", fmt, "--outdir", outdir, src], cwd=outdir)

def tool_versions():
    v = {}
    try:
        out = subprocess.run(["soffice", "--version"], stdout=subprocess.PIPE, text=True).stdout.strip()
        v["libreoffice"] = out
    except Exception as e:
        v["libreoffice"] = "unavailable (%s)" % e
    try:
        out = subprocess.run(["ssconvert", "--version"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True).stdout
        v["gnumeric"] = out.splitlines()[0].strip()
    except Exception as e:
        v["gnumeric"] = "unavailable (%s)" % e
    import openpyxl, xlsxwriter, sys
    v["openpyxl"] = openpyxl.__version__
    v["xlsxwriter"] = xlsxwriter.__version__
    try:
        import xlwt
        v["xlwt"] = xlwt.__VERSION__
    except ImportError:
        pass
    v["python"] = sys.version.split()[0]
    try:
        import importlib.metadata as md
        v["msoffcrypto-tool"] = md.version("msoffcrypto-tool")
        v["python-calamine"] = md.version("python-calamine")
    except Exception:
        pass
    return v
