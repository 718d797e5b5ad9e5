#!/usr/bin/env python3
"""Makes the ZIP container fixtures with CPython's zipfile (fixed timestamps, deterministic).

Each file shows one container trait real producers use; the Swift tests read them back.
Run: python3 Fixtures/zip/make_zips.py
"""
import io, os, zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
T = (2018, 1, 26, 8, 0, 0)
TEXT = ("Giao ước thi đua năm 2018 – Cầu Giấy\n" * 2000).encode("utf-8")


def info(name, method):
    zi = zipfile.ZipInfo(name, date_time=T)
    zi.compress_type = method
    return zi


def write(path, entries, force_zip64=False):
    with zipfile.ZipFile(os.path.join(HERE, path), "w") as z:
        for name, data, method in entries:
            with z.open(info(name, method), "w", force_zip64=force_zip64) as f:
                f.write(data)


write("stored-and-deflated.zip", [
    ("a/stored.txt", TEXT, zipfile.ZIP_STORED),
    ("a/deflated.txt", TEXT, zipfile.ZIP_DEFLATED),
    ("empty.txt", b"", zipfile.ZIP_DEFLATED),
])
# Real ZIP64 needs > 4 GiB; lowering zipfile's own thresholds makes it take its ZIP64
# code paths (extra fields in the central directory, ZIP64 end records) on small data.
_limits = (zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT)
zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = 1000, 1
write("zip64.zip", [("first.txt", TEXT, zipfile.ZIP_DEFLATED), ("big.txt", TEXT, zipfile.ZIP_STORED)], force_zip64=True)
zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT = _limits
write("backslash-names.zip", [("XL\\Worksheets\\Sheet1.XML", b"<x/>", zipfile.ZIP_DEFLATED)])

# Data descriptors (flag bit 3, zero sizes in the local header) come from writing to a
# stream that cannot seek, as web servers and some producers do.
class Unseekable(io.RawIOBase):
    def __init__(self):
        self.buf = bytearray()
    def writable(self):
        return True
    def write(self, b):
        self.buf += b
        return len(b)

u = Unseekable()
with zipfile.ZipFile(u, "w") as z:
    with z.open(info("descriptor.txt", zipfile.ZIP_DEFLATED), "w") as f:
        f.write(TEXT)
open(os.path.join(HERE, "data-descriptor.zip"), "wb").write(bytes(u.buf))

# A flipped byte inside a stored entry's data: the CRC no longer matches.
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(info("data.txt", zipfile.ZIP_STORED), TEXT)
raw = bytearray(buf.getvalue())
raw[30 + len("data.txt") + 100] ^= 0x20
open(os.path.join(HERE, "bad-crc.zip"), "wb").write(bytes(raw))

# Cut in half: no end-of-central-directory record.
open(os.path.join(HERE, "truncated.zip"), "wb").write(open(os.path.join(HERE, "stored-and-deflated.zip"), "rb").read()[:3000])

# A 1.2 MB XML part, inflated on a second thread while parsed (the tests lower the threshold).
BIG = b"<root>" + b"".join(b'<c r="A%d"><v>%d</v></c>' % (i, i) for i in range(50_000)) + b"</root>"
write("big-xml.zip", [("big.xml", BIG, zipfile.ZIP_DEFLATED)])
buf = io.BytesIO()
with zipfile.ZipFile(buf, "w") as z:
    z.writestr(info("big.xml", zipfile.ZIP_STORED), BIG)
raw = bytearray(buf.getvalue())
pos = BIG.index(b"<v>", 600_000) + 3  # a digit: flipping its low bit keeps the XML well-formed
raw[30 + len("big.xml") + pos] ^= 0x01
open(os.path.join(HERE, "big-xml-bad-crc.zip"), "wb").write(bytes(raw))
