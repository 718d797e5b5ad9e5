/// The whole of a small file (an export profile), read through the system-call layer with
/// the same checks as a workbook: a regular file, no larger than `maxSize`, so that a FIFO
/// or a device named by mistake is refused at once instead of blocking or filling memory.
package enum FileContents {
    package static func read(_ path: String, maxSize: Int) throws -> [UInt8] {
        var limits = ReadLimits()
        limits.maxFileSize = maxSize
        let file = try FileByteSource(path: path, limits: limits)
        return try file.bytes(at: 0, count: file.size)
    }
}
