/// One stream of a compound file, read at any offset: a small stream is held in memory,
/// a large one is read from its sectors, contiguous runs of sectors in one read.
/// A class because it shares the compound file's open source.
final class CFBStream {
    let name: String
    let size: Int
    private let file: CompoundFile?
    private let sectors: [UInt32]
    private let bytes: [UInt8]

    init(name: String, bytes: [UInt8]) {
        self.name = name
        self.bytes = bytes
        size = bytes.count
        file = nil
        sectors = []
    }

    init(name: String, file: CompoundFile, sectors: [UInt32], size: Int) {
        self.name = name
        self.file = file
        self.sectors = sectors
        self.size = size
        bytes = []
    }

    /// Fills `buffer` from `position` up to the stream's end; returns the bytes read.
    func read(at position: Int, into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let want = min(buffer.count, size - position)
        guard want > 0, position >= 0 else { return 0 }
        guard let file else {
            bytes.withUnsafeBytes { src in
                buffer.baseAddress!.copyMemory(from: src.baseAddress! + position, byteCount: want)
            }
            return want
        }
        let shift = file.sectorShift
        let mask = file.sectorSize - 1
        var done = 0
        while done < want {
            let at = position + done
            var index = at >> shift
            let first = sectors[index]
            // Extend over sectors that follow each other in the file.
            var run = file.sectorSize - (at & mask)
            while run < want - done, index + 1 < sectors.count, sectors[index + 1] == sectors[index] + 1 {
                index += 1
                run += file.sectorSize
            }
            let take = min(run, want - done)
            let fileOffset = file.offset(ofSector: first) + (at & mask)
            var got = 0
            while got < take {
                let n = try file.source.read(at: fileOffset + got,
                                             into: UnsafeMutableRawBufferPointer(rebasing: buffer[(done + got)..<(done + take)]))
                if n == 0 {
                    throw CFBErrors.truncated(name, detail: "stream byte \(at + got) (file byte \(fileOffset + got)) lies past the file's end")
                }
                got += n
            }
            done += take
        }
        return done
    }
}
