import CZlib

/// Raw-deflate compressor (ZIP method 8). Owns a zlib stream at a fixed address.
package final class Deflater {
    private let stream: UnsafeMutablePointer<z_stream>
    private let out = UnsafeMutableRawBufferPointer.allocate(byteCount: 64 * 1024, alignment: 1)

    /// Whether zlib accepted the stream, so `deinit` ends only what was begun.
    private var begun = false

    /// - Parameter level: zlib level 0...9; 6 is zlib's default balance. zlib refuses others.
    package init(level: Int32 = 6) throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = thidua_deflateInit2(stream, level, -15, 8, Z_DEFAULT_STRATEGY)
        // On failure deinit still runs (every property is set) and frees the stream and the
        // buffer: freeing them here too was a double free.
        guard rc == Z_OK else { throw NativeError(.zlibFailure, "zlib deflateInit2 failed (\(rc))") }
        begun = true
    }

    deinit {
        if begun { deflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        out.deallocate()
    }

    package func reset() {
        deflateReset(stream)
    }

    /// Compresses `input`; with `finish`, flushes the stream end.
    /// Calls `sink` with each piece of compressed output.
    package func deflate(
        _ input: UnsafeRawBufferPointer, finish: Bool,
        into sink: (UnsafeRawBufferPointer) throws -> Void
    ) throws {
        var offset = 0
        repeat {
            let chunk = min(input.count - offset, Int(UInt32.max >> 1))
            stream.pointee.next_in = UnsafeMutablePointer(
                mutating: input.baseAddress.map { ($0 + offset).assumingMemoryBound(to: Bytef.self) })
            stream.pointee.avail_in = uInt(chunk)
            let last = finish && offset + chunk == input.count
            var rc: Int32
            repeat {
                stream.pointee.next_out = out.baseAddress!.assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = uInt(out.count)
                rc = CZlib.deflate(stream, last ? Z_FINISH : Z_NO_FLUSH)
                let produced = out.count - Int(stream.pointee.avail_out)
                if produced > 0 {
                    try sink(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(out)[0..<produced]))
                }
                if rc == Z_STREAM_ERROR { throw NativeError(.zlibFailure, "zlib deflate failed") }
            } while stream.pointee.avail_out == 0 || (last && rc != Z_STREAM_END)
            offset += chunk
        } while offset < input.count
    }
}
