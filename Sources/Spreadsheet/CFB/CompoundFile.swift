/// Reads an OLE2 compound file (MS-CFB): the container of `.xls` workbooks and of
/// password-protected OOXML.
///
/// Opening reads the header, the FAT (through the DIFAT), the directory and the mini FAT;
/// streams are then read on demand. Every sector chain is followed with a visited set and
/// a known length, so loops, sectors past the file's end and absurd counts end in located
/// errors. A class because it shares the open file with its stream readers.
final class CompoundFile {
    let source: any ByteSource
    let limits: ReadLimits
    let sectorShift: Int
    var sectorSize: Int { 1 << sectorShift }
    /// The next sector of each sector.
    private(set) var fat: [UInt32] = []
    private var miniFAT: [UInt32] = []
    private(set) var entries: [CFBDirectoryEntry] = []
    /// Indexes of the streams directly under the root storage.
    private var rootStreams: [Int] = []
    /// Sectors of the mini stream container (the root entry's stream), loaded on first use.
    private var miniContainer: [UInt32]?
    /// Sectors the file really has room for (a last partial sector counts).
    private let sectorsInFile: Int

    static let miniSectorSize = 64
    static let miniStreamCutoff = 4096

    init(source: any ByteSource, limits: ReadLimits) throws {
        self.source = source
        self.limits = limits
        let header = try CFBHeader(source.bytes(at: 0, count: CFBHeader.size))
        sectorShift = header.sectorShift
        sectorsInFile = max(0, (source.size - 1) >> header.sectorShift)
        try loadFAT(header)
        try loadDirectory(header)
        try loadMiniFAT(header)
    }

    /// The directory entry of a stream under the root, by name, case-insensitively.
    func stream(named name: String) -> CFBDirectoryEntry? {
        let key = name.lowercased()
        return rootStreams.lazy.map { self.entries[$0] }.first { $0.name.lowercased() == key }
    }

    /// The names of the streams under the root, for messages.
    var streamNames: [String] { rootStreams.map { entries[$0].name } }

    /// Opens a stream for reading at any offset.
    func open(_ entry: CFBDirectoryEntry) throws -> CFBStream {
        try CompoundFile.checkSize(entry)
        guard entry.size <= limits.maxCompoundStreamSize else {
            throw CFBErrors.tooLarge(entry.name, what: "stream of \(entry.size) bytes", limit: limits.maxCompoundStreamSize)
        }
        if entry.size < CompoundFile.miniStreamCutoff {
            return CFBStream(name: entry.name, bytes: try readMiniStream(entry))
        }
        let count = (entry.size + sectorSize - 1) >> sectorShift
        let sectors = try chain(from: entry.startSector, count: count, part: entry.name)
        return CFBStream(name: entry.name, file: self, sectors: sectors, size: entry.size)
    }

    /// A version-4 size is 64 bits: one past `Int.max` reads as negative, which would make the
    /// stream look empty rather than absurd.
    private static func checkSize(_ entry: CFBDirectoryEntry) throws {
        guard entry.size >= 0 else {
            throw CFBErrors.corrupt(entry.name, detail: "its directory entry gives a size of 0x\(String(UInt64(bitPattern: Int64(entry.size)), radix: 16)) bytes, more than any file holds")
        }
    }

    /// Byte offset of a regular sector.
    @inline(__always)
    func offset(ofSector s: UInt32) -> Int { (Int(s) + 1) << sectorShift }

    // MARK: - Chains

    /// Follows a FAT chain. With `count`, exactly that many sectors are needed (the rest of
    /// the chain is not read); without it, the chain runs to its end mark.
    func chain(from start: UInt32, count: Int?, part: String) throws -> [UInt32] {
        if let count, count > fat.count {
            throw CFBErrors.corrupt(part, detail: "needs \(count) sectors, the FAT describes only \(fat.count)")
        }
        var sectors: [UInt32] = []
        sectors.reserveCapacity(count ?? 8)
        var visited = [Bool](repeating: false, count: fat.count)
        var s = start
        while count.map({ sectors.count < $0 }) ?? true {
            if s == CFBSector.endOfChain {
                if let count {
                    throw CFBErrors.truncated(part, detail: "the sector chain ends after \(sectors.count) of \(count) sectors")
                }
                break
            }
            try checkRegular(s, part: part, after: sectors.last)
            guard !visited[Int(s)] else {
                throw CFBErrors.corrupt(part, detail: "the sector chain loops back to sector \(s) (byte \(offset(ofSector: s))) after \(sectors.count) sectors")
            }
            visited[Int(s)] = true
            sectors.append(s)
            s = fat[Int(s)]
        }
        return sectors
    }

    private func checkRegular(_ s: UInt32, part: String, after previous: UInt32?) throws {
        let from = previous.map { " after sector \($0)" } ?? " at the start of the chain"
        guard s <= CFBSector.maxRegular, Int(s) < fat.count else {
            throw CFBErrors.corrupt(part, detail: "sector number 0x\(String(s, radix: 16))\(from) is not a data sector of the FAT (\(fat.count) sectors)")
        }
        guard Int(s) < sectorsInFile else {
            throw CFBErrors.truncated(part, detail: "sector \(s)\(from) starts at byte \(offset(ofSector: s)), past the file's end (\(source.size) bytes)")
        }
    }

    /// Reads whole sectors (the last one may be cut short by the file's end).
    private func readSector(_ s: UInt32, part: String) throws -> [UInt8] {
        let bytes = try source.bytes(at: offset(ofSector: s), count: sectorSize)
        guard bytes.count == sectorSize else {
            throw CFBErrors.truncated(part, detail: "sector \(s) at byte \(offset(ofSector: s)) has \(bytes.count) of \(sectorSize) bytes")
        }
        return bytes
    }

    // MARK: - Structures

    private func loadFAT(_ header: CFBHeader) throws {
        // Each FAT sector must be a distinct sector of the file: more than the file holds is absurd.
        guard header.fatSectorCount <= sectorsInFile + 1 else {
            throw CFBErrors.corrupt("FAT", detail: "the header declares \(header.fatSectorCount) FAT sectors in a file of \(sectorsInFile) sectors")
        }
        var fatSectors = Array(header.headerDIFAT.prefix(min(109, header.fatSectorCount)))
        var difat = header.firstDIFATSector
        var seen = Set<UInt32>()
        let perSector = sectorSize / 4 - 1
        while fatSectors.count < header.fatSectorCount {
            guard difat <= CFBSector.maxRegular, Int(difat) < sectorsInFile else {
                throw CFBErrors.corrupt("DIFAT", detail: "DIFAT sector 0x\(String(difat, radix: 16)) is missing or past the file's end, with \(fatSectors.count) of \(header.fatSectorCount) FAT sectors found")
            }
            guard seen.insert(difat).inserted, seen.count <= header.difatSectorCount + 1 else {
                throw CFBErrors.corrupt("DIFAT", detail: "the DIFAT chain loops or exceeds its declared \(header.difatSectorCount) sectors at sector \(difat)")
            }
            let b = try readSector(difat, part: "DIFAT")
            for i in 0..<perSector where fatSectors.count < header.fatSectorCount {
                fatSectors.append(LittleEndian.u32(b, 4 * i))
            }
            difat = LittleEndian.u32(b, 4 * perSector)
        }
        fat.reserveCapacity(fatSectors.count * sectorSize / 4)
        for (n, s) in fatSectors.enumerated() {
            guard s <= CFBSector.maxRegular, Int(s) < sectorsInFile else {
                throw CFBErrors.corrupt("FAT", detail: "FAT sector \(n) is at sector 0x\(String(s, radix: 16)), past the file's end")
            }
            let b = try readSector(s, part: "FAT")
            for i in 0..<(sectorSize / 4) { fat.append(LittleEndian.u32(b, 4 * i)) }
        }
        // Writers pad the file to whole sectors: a file that ends inside or before its last
        // used sector was cut short, even where that sector belongs to a stream never read.
        if let last = fat.lastIndex(where: { $0 != CFBSector.free }),
           offset(ofSector: UInt32(last)) + sectorSize > source.size {
            throw CFBErrors.truncated("FAT", detail: "the file (\(source.size) bytes) ends before the end of its last used sector \(last) (byte \(offset(ofSector: UInt32(last)) + sectorSize))")
        }
    }

    private func loadDirectory(_ header: CFBHeader) throws {
        let perSector = sectorSize / CFBDirectoryEntry.size
        let maxSectors = (limits.maxCompoundEntries + perSector - 1) / perSector
        let sectors = try chain(from: header.firstDirectorySector, count: nil, part: "directory")
        guard sectors.count <= maxSectors else {
            throw CFBErrors.tooLarge("directory", what: "directory of \(sectors.count * perSector) entries", limit: limits.maxCompoundEntries)
        }
        for s in sectors {
            let b = try readSector(s, part: "directory")
            for i in 0..<perSector {
                entries.append(CFBDirectoryEntry(b, at: i * CFBDirectoryEntry.size, version4: sectorShift == 12))
            }
        }
        guard let root = entries.first, root.kind == .root else {
            throw CFBErrors.corrupt("directory", detail: "the first directory entry is not the root storage")
        }
        // The root's children form a tree through left and right siblings; walk it once.
        var stack = [root.child]
        var visited = [Bool](repeating: false, count: entries.count)
        while let id = stack.popLast() {
            guard id != CFBDirectoryEntry.none else { continue }
            guard Int(id) < entries.count, !visited[Int(id)] else {
                throw CFBErrors.corrupt("directory", detail: "directory entry \(id) is out of range or reached twice")
            }
            visited[Int(id)] = true
            let entry = entries[Int(id)]
            if entry.kind == .stream { rootStreams.append(Int(id)) }
            stack.append(entry.left)
            stack.append(entry.right)
        }
    }

    private func loadMiniFAT(_ header: CFBHeader) throws {
        guard header.miniFATSectorCount > 0, header.firstMiniFATSector != CFBSector.endOfChain else { return }
        let sectors = try chain(from: header.firstMiniFATSector, count: header.miniFATSectorCount, part: "mini FAT")
        miniFAT.reserveCapacity(sectors.count * sectorSize / 4)
        for s in sectors {
            let b = try readSector(s, part: "mini FAT")
            for i in 0..<(sectorSize / 4) { miniFAT.append(LittleEndian.u32(b, 4 * i)) }
        }
    }

    /// A small stream, read whole from 64-byte sectors of the mini stream.
    private func readMiniStream(_ entry: CFBDirectoryEntry) throws -> [UInt8] {
        let part = entry.name
        guard entry.size > 0 else { return [] }
        let root = entries[0]
        if miniContainer == nil {
            try CompoundFile.checkSize(root)
            let count = (root.size + sectorSize - 1) >> sectorShift
            miniContainer = try chain(from: root.startSector, count: count, part: "mini stream")
        }
        let container = miniContainer ?? []
        let count = (entry.size + CompoundFile.miniSectorSize - 1) / CompoundFile.miniSectorSize
        var out: [UInt8] = []
        out.reserveCapacity(entry.size)
        var visited = Set<UInt32>()
        var s = entry.startSector
        for n in 0..<count {
            guard Int(s) < miniFAT.count else {
                throw CFBErrors.corrupt(part, detail: "mini sector 0x\(String(s, radix: 16)) (number \(n) of the stream) is outside the mini FAT of \(miniFAT.count) sectors")
            }
            guard visited.insert(s).inserted else {
                throw CFBErrors.corrupt(part, detail: "the mini sector chain loops back to mini sector \(s) after \(n) sectors")
            }
            let position = Int(s) * CompoundFile.miniSectorSize
            guard position + CompoundFile.miniSectorSize <= root.size || position + (entry.size - out.count) <= root.size else {
                throw CFBErrors.corrupt(part, detail: "mini sector \(s) lies at byte \(position) of the mini stream, past its end (\(root.size) bytes)")
            }
            let take = min(CompoundFile.miniSectorSize, entry.size - out.count)
            let sector = container[position >> sectorShift]
            let at = offset(ofSector: sector) + (position & (sectorSize - 1))
            let bytes = try source.bytes(at: at, count: take)
            guard bytes.count == take else {
                throw CFBErrors.truncated(part, detail: "mini sector \(s) at byte \(at) is cut short by the file's end")
            }
            out.append(contentsOf: bytes)
            s = miniFAT[Int(s)]
        }
        return out
    }
}
