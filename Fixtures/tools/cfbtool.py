"""A small OLE2 compound-file (MS-CFB) and BIFF toolkit for the .xls fixtures: enough to find
a stream's sectors and records in a file a real program saved (so hostile variants can patch
them in place), and to write a version-3 or version-4 compound file around a hand-built BIFF stream."""
import struct

ENDOFCHAIN, FREESECT, FATSECT = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD


class CFB:
    """A parsed compound file: header fields, FAT, directory entries, stream chains."""
    def __init__(self, data):
        self.data = bytearray(data)
        h = self.data[:512]
        assert h[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
        self.shift = struct.unpack_from("<H", h, 30)[0]
        self.ssize = 1 << self.shift
        nfat = struct.unpack_from("<I", h, 44)[0]
        self.dir_start = struct.unpack_from("<I", h, 48)[0]
        difat = list(struct.unpack_from("<109I", h, 76))[:nfat]
        assert len(difat) == nfat, "DIFAT sectors not supported here"
        self.fat_sectors = difat
        self.fat = []
        for s in difat:
            self.fat += list(struct.unpack_from("<%dI" % (self.ssize // 4), self.data, self.offset(s)))
        self.entries = []
        for s in self.chain(self.dir_start):
            for i in range(self.ssize // 128):
                o = self.offset(s) + 128 * i
                nlen = struct.unpack_from("<H", self.data, o + 64)[0]
                name = self.data[o:o + max(0, nlen - 2)].decode("utf-16-le")
                start, size = struct.unpack_from("<II", self.data, o + 116)
                self.entries.append({"name": name, "type": self.data[o + 66], "start": start,
                                     "size": size, "offset": o})

    def offset(self, s):
        return (s + 1) << self.shift

    def chain(self, s):
        out = []
        while s != ENDOFCHAIN and len(out) <= len(self.fat):
            out.append(s)
            s = self.fat[s]
        return out

    def entry(self, name):
        return [e for e in self.entries if e["name"].lower() == name.lower()][0]

    def set_fat(self, index, value):
        """Patches FAT entry `index` in the file's bytes."""
        per = self.ssize // 4
        struct.pack_into("<I", self.data, self.offset(self.fat_sectors[index // per]) + 4 * (index % per), value)
        self.fat[index] = value

    def stream(self, name):
        e = self.entry(name)
        assert e["size"] >= 4096, "mini streams not supported here"
        b = b"".join(bytes(self.data[self.offset(s):self.offset(s) + self.ssize]) for s in self.chain(e["start"]))
        return b[:e["size"]]

    def stream_file_offset(self, name, pos):
        """Where byte `pos` of a (regular) stream lies in the file."""
        e = self.entry(name)
        sectors = self.chain(e["start"])
        return self.offset(sectors[pos >> self.shift]) + (pos & (self.ssize - 1))


def records(stream):
    """(offset, type, length) of each BIFF record of a stream."""
    out, pos = [], 0
    while pos + 4 <= len(stream):
        t, n = struct.unpack_from("<HH", stream, pos)
        out.append((pos, t, n))
        pos += 4 + n
    return out


def record(rtype, data):
    return struct.pack("<HH", rtype, len(data)) + data


def write_cfb(streams, version=3):
    """A compound file of version 3 (512-byte sectors) or 4 (4096-byte sectors) with the given
    root-level streams, each at least 4096 bytes (no mini stream). Sectors: streams, then the
    directory, then the FAT."""
    shift = 12 if version == 4 else 9
    ss = 1 << shift
    body, fat, entries = b"", [], []
    for name, data in streams:
        assert len(data) >= 4096
        start = len(fat)
        n = (len(data) + ss - 1) // ss
        fat += [start + i + 1 for i in range(n - 1)] + [ENDOFCHAIN]
        body += data + b"\0" * (n * ss - len(data))
        entries.append((name, 2, start, len(data)))
    dir_start = len(fat)
    ndir = (len(entries) + 1 + ss // 128 - 1) // (ss // 128)
    fat += [dir_start + i + 1 for i in range(ndir - 1)] + [ENDOFCHAIN]
    fat_start = len(fat)
    nfat = 1
    while (len(fat) + nfat) > nfat * (ss // 4):
        nfat += 1
    fat += [FATSECT] * nfat
    fat += [FREESECT] * (nfat * (ss // 4) - len(fat))

    def dirent(name, kind, child, left, right, start, size):
        n = name.encode("utf-16-le") + b"\0\0"
        return (n + b"\0" * (64 - len(n)) + struct.pack("<HBB3I", len(n), kind, 1, left, right, child)
                + b"\0" * 36 + struct.pack("<IIi", start, size, 0))
    # A degenerate tree: each stream is the right sibling of the one before.
    d = dirent("Root Entry", 5, 1 if entries else FREESECT, FREESECT, FREESECT, ENDOFCHAIN, 0)
    for i, (name, kind, start, size) in enumerate(entries):
        right = i + 2 if i + 1 < len(entries) else FREESECT
        d += dirent(name, kind, FREESECT, FREESECT, right, start, size)
    d += b"\0" * (ndir * ss - len(d))
    fatb = struct.pack("<%dI" % len(fat), *fat)
    difat = [fat_start + i for i in range(nfat)] + [FREESECT] * (109 - nfat)
    # Version 4 counts its directory sectors in the header (version 3 must leave 0 there)
    # and pads the 512-byte header to a whole 4096-byte sector.
    header = (bytes.fromhex("D0CF11E0A1B11AE1") + b"\0" * 16
              + struct.pack("<HHHHH", 0x3E, version, 0xFFFE, shift, 6) + b"\0" * 6
              + struct.pack("<IIIIIIIII", ndir if version == 4 else 0, nfat, dir_start, 0, 4096,
                            ENDOFCHAIN, 0, ENDOFCHAIN, 0)
              + struct.pack("<109I", *difat))
    assert len(header) == 512
    return header + b"\0" * (ss - 512) + body + d + fatb
