/// Buffered standard output: one write per 64 KiB rather than per cell. A failed write
/// throws `OutputFailure`, so a reader stops as soon as nobody can take its output.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 16) }

    mutating func write(_ s: String) throws {
        bytes.append(contentsOf: s.utf8)
        if bytes.count >= 1 << 16 { try flush() }
    }

    mutating func write(bytes: [UInt8]) throws {
        self.bytes.append(contentsOf: bytes)
        if self.bytes.count >= 1 << 16 { try flush() }
    }

    mutating func flush() throws {
        guard !bytes.isEmpty else { return }
        try StandardStreams.writeOutput(bytes)
        bytes.removeAll(keepingCapacity: true)
    }
}
