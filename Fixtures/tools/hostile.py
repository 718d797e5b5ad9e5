"""Hostile fixtures (Fixtures/hostile/) and cases.json. Most are derived from src/base.xlsx
(XlsxWriter) or read/lo-features.ods (LibreOffice) by a documented rewrite."""
import os
import random
import re
import shutil
import struct
import warnings
import zipfile
import zlib

from common import HOSTILE, SRC, dump_json, read_zip, write_zip, zinfo, lo_convert, FIXED_ZIP_TIME
from hand import rewrite, sheet_xml, sst_xml, SHEET, SST

CASES = []


def case(file, code, accept=None, note="", **loc):
    c = {"file": file, "code": code}
    if accept:
        c["accept"] = accept
    c.update(loc)
    if note:
        c["note"] = note
    CASES.append(c)


def p(name):
    return os.path.join(HOSTILE, name)


def stream_zip(path, entries):
    """entries: [(name, chunks-iterable or bytes, method)]; streams big entries without holding them."""
    with zipfile.ZipFile(path, "w", compresslevel=9) as z:
        for name, data, method in entries:
            zi = zinfo(name, method)
            if isinstance(data, bytes):
                z.writestr(zi, data, compress_type=method, compresslevel=9)
            else:
                with z.open(zi, "w") as w:
                    for chunk in data:
                        w.write(chunk)


def to_cp1258(text):
    """Windows-1258 keeps vowels with shape marks precomposed (â, ơ, ư, đ) and writes the five
    tone marks as combining characters after them."""
    import unicodedata
    tones = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}
    out = []
    for ch in text:
        d = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(x for x in d if x not in tones))
        out.append(base + "".join(x for x in d if x in tones))
    return "".join(out).encode("cp1258")


def make_overlap(base_entries):
    """The base package plus a second central-directory entry for sheet1.xml's local header
    (another name, the same bytes): entries sharing compressed data, the construction of
    overlapping zip bombs, which must be refused from the central directory alone."""
    import io
    buf = io.BytesIO()
    write_zip(None, base_entries, stream=buf)
    data = buf.getvalue()
    end = data.rindex(b"PK\x05\x06")
    count, cd_size, cd_offset = struct.unpack("<HII", data[end + 10:end + 20])
    cd = data[cd_offset:cd_offset + cd_size]
    i = 0
    extra = None
    while i < len(cd):
        n, e, c = struct.unpack("<HHH", cd[i + 28:i + 34])
        name = cd[i + 46:i + 46 + n]
        if name == SHEET.encode():
            header = bytearray(cd[i:i + 46 + n + e + c])
            new = b"xl/worksheets/sheet9.xml"
            struct.pack_into("<H", header, 28, len(new))
            extra = bytes(header[:46]) + new + bytes(header[46 + n:])
        i += 46 + n + e + c
    assert extra is not None
    cd = cd + extra
    tail = bytearray(data[end:])
    struct.pack_into("<HHII", tail, 8, count + 1, count + 1, len(cd), cd_offset)
    open(p("overlap.xlsx"), "wb").write(data[:cd_offset] + cd + bytes(tail))
    case("overlap.xlsx", "zip.overlap", note="a second central-directory entry (sheet9.xml) for sheet1.xml's local header: shared bytes")


def make_utf32():
    """UTF-32 with a BOM, which no spreadsheet program writes: refused, not read as UTF-16."""
    text = "Mã,Phường,Điểm\r\n00157,Nghĩa Đô,95\r\n"
    open(p("utf32le.csv"), "wb").write(b"\xff\xfe\x00\x00" + text.encode("utf-32-le"))
    case("utf32le.csv", "csv.encoding", note="UTF-32 little-endian with its BOM (FF FE 00 00)")
    open(p("utf32be.csv"), "wb").write(b"\x00\x00\xfe\xff" + text.encode("utf-32-be"))
    case("utf32be.csv", "csv.encoding", note="UTF-32 big-endian with its BOM (00 00 FE FF)")


def make_all(base, lo_ods, pdf_source):
    os.makedirs(HOSTILE, exist_ok=True)
    CASES.clear()
    base_entries = read_zip(base)

    # -- the file itself
    open(p("empty.xlsx"), "wb").close()
    case("empty.xlsx", "file.empty")

    rnd = random.Random(20180126)
    data = bytearray(rnd.getrandbits(8) for _ in range(4096))
    data[0:4] = b"\x00\x9c\x13\xfe"      # not PK, not OLE2, not %PDF, not a BOM; NULs make it binary
    open(p("random.xlsx"), "wb").write(bytes(data))
    case("random.xlsx", "file.unknown-format")

    tmp = p("_tmp")
    os.makedirs(tmp, exist_ok=True)
    lo_convert(pdf_source, "pdf", tmp)
    shutil.move(os.path.join(tmp, os.path.splitext(os.path.basename(pdf_source))[0] + ".pdf"), p("pdf-renamed.xlsx"))
    case("pdf-renamed.xlsx", "file.pdf", note="a real PDF (LibreOffice export) renamed .xlsx")

    shutil.rmtree(tmp)
    # .xls files are read now; the damaged and unsupported ones are made by xlsgen.py

    from msoffcrypto.format.ooxml import OOXMLFile
    with open(base, "rb") as f, open(p("encrypted.xlsx"), "wb") as out:
        OOXMLFile(f).encrypt("thidua2018", out)
    case("encrypted.xlsx", "file.encrypted", note="msoffcrypto-tool agile encryption, password thidua2018 (OLE2 with EncryptionInfo/EncryptedPackage)")

    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="bin" ContentType="application/vnd.ms-excel.sheetBinary"/>'
          '<Override PartName="/xl/workbook.bin" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
          '</Types>').encode()
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.bin"/>'
            '</Relationships>').encode()
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.bin"/>'
             '</Relationships>').encode()
    # BIFF12 record stubs: BrtBeginBook (0x0183) / BrtEndBook (0x0184), BrtBeginSheet (0x0181) / BrtEndSheet (0x0182)
    wb_bin = b"\x83\x01\x00" + b"\x84\x01\x00"
    sh_bin = b"\x81\x01\x00" + b"\x82\x01\x00"
    xlsb = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.bin", wb_bin),
            ("xl/_rels/workbook.bin.rels", wrels), ("xl/worksheets/sheet1.bin", sh_bin)]
    write_zip(p("xlsb.xlsb"), xlsb)
    write_zip(p("xlsb-renamed.xlsx"), xlsb)
    case("xlsb.xlsb", "file.xlsb", part="xl/workbook.bin")
    case("xlsb-renamed.xlsx", "file.xlsb", part="xl/workbook.bin")

    # -- zip container
    raw = open(base, "rb").read()
    open(p("truncated-half.xlsx"), "wb").write(raw[: len(raw) // 2])
    case("truncated-half.xlsx", "zip.truncated", accept=["zip.truncated", "zip.corrupt"],
         note="src/base.xlsx cut at half its size: no end-of-central-directory record")
    eocd = raw.rindex(b"PK\x05\x06")
    cd_off = struct.unpack("<I", raw[eocd + 16: eocd + 20])[0]
    open(p("truncated-cd.xlsx"), "wb").write(raw[: cd_off + 60])
    case("truncated-cd.xlsx", "zip.truncated", accept=["zip.truncated", "zip.corrupt"],
         note="src/base.xlsx cut 60 bytes into its central directory")

    stored = [(n, d, zipfile.ZIP_STORED if n == SHEET else c) for n, d, c in base_entries]
    write_zip(p("bad-crc.xlsx"), stored)
    b = bytearray(open(p("bad-crc.xlsx"), "rb").read())
    i = b.index(b"<v>95.5</v>")
    b[i + 3] = ord("8")                 # 95.5 -> 85.5: still well-formed XML, CRC-32 no longer matches
    open(p("bad-crc.xlsx"), "wb").write(bytes(b))
    case("bad-crc.xlsx", "zip.crc", part="xl/worksheets/sheet1.xml",
         note="sheet1.xml stored (method 0); one byte of its data changed after writing")

    bz = [(n, d, zipfile.ZIP_BZIP2 if n == SHEET else c) for n, d, c in base_entries]
    write_zip(p("bzip2-method.xlsx"), bz)
    case("bzip2-method.xlsx", "zip.unsupported-method", part="xl/worksheets/sheet1.xml",
         note="sheet1.xml compressed with method 12 (bzip2)")

    head = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/'
            'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>').encode()
    tail = b"</worksheet>"

    def spaces(total, chunk=1 << 24):
        yield head
        blk = b" " * chunk
        left = total
        while left > 0:
            n = min(left, chunk)
            yield blk if n == chunk else b" " * n
            left -= n
        yield tail
    big = 2_000_000_000      # ~1.86 GiB: declared size stays under 2^31, so no ZIP64 needed
    stream_zip(p("bomb-2gib.xlsx"), [(n, d if n != SHEET else spaces(big), zipfile.ZIP_DEFLATED)
                                      for n, d, c in base_entries])
    case("bomb-2gib.xlsx", "zip.entry-too-large", accept=["zip.entry-too-large", "zip.ratio", "zip.total-too-large"],
         part="xl/worksheets/sheet1.xml",
         note="sheet1.xml inflates to %d bytes (whitespace after </sheetData>) from ~2 MB" % (big + len(head) + len(tail)))
    stream_zip(p("bomb-ratio.xlsx"), [(n, d if n != SHEET else spaces(50 << 20), zipfile.ZIP_DEFLATED)
                                       for n, d, c in base_entries])
    case("bomb-ratio.xlsx", "zip.ratio", accept=["zip.ratio"], part="xl/worksheets/sheet1.xml",
         note="sheet1.xml inflates to 50 MiB (under the 1 GiB entry limit) at a ratio near 1000:1")

    make_overlap(base_entries)

    many = list(base_entries) + [("x/%05d" % i, b"", zipfile.ZIP_STORED) for i in range(20000)]
    write_zip(p("many-entries.xlsx"), many)
    case("many-entries.xlsx", "zip.too-many-entries", note="the base package plus 20,000 empty stored entries")

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        dup = list(base_entries) + [(SHEET, sheet_xml('<row r="1"><c r="A1"><v>666</v></c></row>'), zipfile.ZIP_DEFLATED)]
        write_zip(p("duplicate-entry.xlsx"), dup)
    case("duplicate-entry.xlsx", "zip.duplicate-entry", part="xl/worksheets/sheet1.xml",
         note="two entries named xl/worksheets/sheet1.xml with different contents")

    # -- XML parts
    xxe_sst = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
               '<!DOCTYPE sst [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
               '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="7" uniqueCount="7">'
               '<si><t>&xxe;</t></si><si><t>Phường</t></si><si><t>Điểm</t></si><si><t>00157</t></si>'
               '<si><t>Nghĩa Đô</t></si><si><t>00163</t></si><si><t>Mai Dịch</t></si></sst>').encode()
    rewrite(base, p("xxe-sst.xlsx"), replace={SST: xxe_sst})
    case("xxe-sst.xlsx", "xml.dtd", part="xl/sharedStrings.xml", note="DOCTYPE with SYSTEM entity to /etc/passwd")
    xxe_sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
                 '<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                 '<row r="1"><c r="A1" t="inlineStr"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>').encode()
    rewrite(base, p("xxe-sheet.xlsx"), replace={SHEET: xxe_sheet})
    case("xxe-sheet.xlsx", "xml.dtd", part="xl/worksheets/sheet1.xml", note="DOCTYPE with SYSTEM entity to /etc/passwd")
    lol = ['<!ENTITY lol "lol">'] + ['<!ENTITY lol%d "%s">' % (i, ("&lol%s;" % ("" if i == 1 else i - 1)) * 10)
                                     for i in range(1, 10)]
    laughs = ('<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE worksheet [%s]>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
              '<row r="1"><c r="A1" t="inlineStr"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>'
              % "".join(lol)).encode()
    rewrite(base, p("billion-laughs.xlsx"), replace={SHEET: laughs})
    case("billion-laughs.xlsx", "xml.dtd", part="xl/worksheets/sheet1.xml", note="10^9 'lol' via nested internal entities")
    malformed = sheet_xml('<row r="1"><c r="A1"><v>1</v></row>')        # <c> never closed
    rewrite(base, p("malformed.xlsx"), replace={SHEET: malformed})
    case("malformed.xlsx", "xml.malformed", part="xl/worksheets/sheet1.xml", note="<c> not closed before </row>")
    deep = sheet_xml('<row r="1"><c r="A1"><v>1</v></c></row>', after="<x>" * 100000 + "</x>" * 100000)
    rewrite(base, p("deep-nesting.xlsx"), replace={SHEET: deep})
    case("deep-nesting.xlsx", "xml.too-deep", accept=["xml.too-deep", "xml.malformed"], part="xl/worksheets/sheet1.xml",
         note="100,000 nested <x> elements after </sheetData>")
    # The same depth inside a cell: a return's check, which reads a worksheet up to the end of
    # its cells only, meets this one too.
    deep_cells = sheet_xml('<row r="1"><c r="A1" t="inlineStr"><is>' + "<r>" * 100000 + "</r>" * 100000
                           + '</is></c></row>')
    rewrite(base, p("deep-nesting-cells.xlsx"), replace={SHEET: deep_cells})
    case("deep-nesting-cells.xlsx", "xml.too-deep", accept=["xml.too-deep", "xml.malformed"],
         part="xl/worksheets/sheet1.xml", note="100,000 nested <r> elements inside a cell's <is>, before </sheetData>")

    # -- workbook structure
    rewrite(base, p("sst-index.xlsx"), replace={SHEET: sheet_xml(
        '<row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2" t="s"><v>7</v></c></row>')})
    case("sst-index.xlsx", "xlsx.shared-string-index", part="xl/worksheets/sheet1.xml", sheet="Sheet1", cell="B2",
         note="index 7 in a table of 7 strings (0-6)")
    rewrite(base, p("bad-ref-column.xlsx"), replace={SHEET: sheet_xml(
        '<row r="1"><c r="A1"><v>1</v></c><c r="XFE1"><v>2</v></c></row>')})
    case("bad-ref-column.xlsx", "cell.bad-reference", part="xl/worksheets/sheet1.xml", sheet="Sheet1", cell="XFE1",
         note="column XFE is one past XFD (16,384)")
    rewrite(base, p("bad-ref-row.xlsx"), replace={SHEET: sheet_xml(
        '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048577"><c r="A1048577"><v>2</v></c></row>')})
    case("bad-ref-row.xlsx", "cell.bad-reference", part="xl/worksheets/sheet1.xml", sheet="Sheet1", cell="A1048577",
         note="row 1,048,577 is one past the last row")

    write_zip(p("missing-workbook.xlsx"), [e for e in base_entries if e[0] != "xl/workbook.xml"])
    case("missing-workbook.xlsx", "package.missing-part", part="xl/workbook.xml",
         note="_rels/.rels points to xl/workbook.xml, which is absent")
    write_zip(p("missing-sheet.xlsx"), [e for e in base_entries if e[0] != SHEET])
    case("missing-sheet.xlsx", "package.missing-part", part="xl/worksheets/sheet1.xml", sheet="Sheet1",
         note="the workbook's relationship targets worksheets/sheet1.xml, which is absent")

    # -- ODS, derived from read/lo-features.ods
    def ods_repeat(kind):
        def t(name, data):
            if name != "content.xml":
                return data
            s = data.decode("utf-8")
            if kind == "rows":
                m = re.search(r'<table:table-row table:style-name="(\w+)">(<table:table-cell office:value-type="string" '
                              r'calcext:value-type="string"><text:p>lặp</text:p></table:table-cell>.*?)</table:table-row>', s)
                s = s.replace(m.group(0), '<table:table-row table:style-name="%s" table:number-rows-repeated="2000000000">%s'
                              '</table:table-row>' % (m.group(1), m.group(2)), 1)
            else:
                old = 'table:number-columns-repeated="2" office:value-type="float" office:value="7"'
                if old not in s:
                    m = re.search(r'<table:table-cell[^>]*office:value="7"[^>]*>', s)
                    tag = m.group(0)
                    new = re.sub(r' table:number-columns-repeated="\d+"', "", tag).replace(
                        "<table:table-cell", '<table:table-cell table:number-columns-repeated="1000000000"', 1)
                    s = s.replace(tag, new, 1)
                else:
                    s = s.replace(old, old.replace('"2"', '"1000000000"'), 1)
            return s.encode("utf-8")
        return t
    rewrite(lo_ods, p("ods-repeat-rows.ods"), transform=ods_repeat("rows"))
    case("ods-repeat-rows.ods", "ods.repeat-too-large", part="content.xml", sheet="Bảng điểm",
         note="a non-empty row (A9 'lặp') with table:number-rows-repeated=2000000000")
    rewrite(lo_ods, p("ods-repeat-columns.ods"), transform=ods_repeat("cols"))
    case("ods-repeat-columns.ods", "ods.repeat-too-large", part="content.xml", sheet="Bảng điểm",
         note="a non-empty cell (D8 = 7) with table:number-columns-repeated=1000000000")
    rewrite(lo_ods, p("ods-mimetype.ods"),
            replace={"mimetype": b"application/vnd.oasis.opendocument.text"})
    case("ods-mimetype.ods", "ods.mimetype", part="mimetype",
         note="mimetype says application/vnd.oasis.opendocument.text")

    # -- CSV
    text = "Mã;Phường;Điểm\r\n00157;Phường Nghĩa Đô;95,5\r\n00172;Yên Hòa;90\r\n00163;Mai Dịch;88\r\n"
    data = to_cp1258(text)
    try:
        data.decode("utf-8")
        raise AssertionError("cp1258 bytes unexpectedly valid UTF-8")
    except UnicodeDecodeError:
        pass
    open(p("cp1258.csv"), "wb").write(data)
    case("cp1258.csv", "csv.encoding", note="Vietnamese in Windows-1258 (8-bit), not valid UTF-8, no BOM")

    make_utf32()

    for c in CASES:
        size = os.path.getsize(p(c["file"]))
        assert size < 3 << 20, (c["file"], size)
    dump_json(os.path.join(HOSTILE, "cases.json"), {"cases": CASES})
    return CASES
