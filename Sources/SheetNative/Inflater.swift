import CZlib

/// Raw-deflate decompressor (ZIP method 8). Owns a zlib stream at a fixed address.
package final class Inflater {
    private let stream: UnsafeMutablePointer<z_stream>
    package private(set) var finished = false
    /// Whether zlib accepted the stream, so `deinit` ends only what was begun.
    private var begun = false

    /// - Parameter windowBits: 8...15; the stream is raw deflate, as stored in zip entries.
    ///   Anything else makes zlib refuse the stream (tests use that to reach the failure path).
    package init(windowBits: Int32 = 15) throws {
        stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        let rc = thidua_inflateInit2(stream, -windowBits)
        // On failure deinit still runs (every property is set) and frees the stream: freeing
        // it here too was a double free.
        guard rc == Z_OK else { throw NativeError(.zlibFailure, "zlib inflateInit2 failed (\(rc))") }
        begun = true
    }

    deinit {
        if begun { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
    }

    package func reset() {
        inflateReset(stream)
        finished = false
    }

    /// Decompresses from `input` into `output`.
    /// - Returns: bytes consumed from input and bytes produced into output.
    package func inflate(
        input: UnsafeRawBufferPointer, output: UnsafeMutableRawBufferPointer
    ) throws -> (consumed: Int, produced: Int) {
        if finished { return (0, 0) }
        let inCount = min(input.count, Int(UInt32.max))
        let outCount = min(output.count, Int(UInt32.max))
        stream.pointee.next_in = UnsafeMutablePointer(
            mutating: input.baseAddress?.assumingMemoryBound(to: Bytef.self))
        stream.pointee.avail_in = uInt(inCount)
        stream.pointee.next_out = output.baseAddress?.assumingMemoryBound(to: Bytef.self)
        stream.pointee.avail_out = uInt(outCount)
        let rc = CZlib.inflate(stream, Z_NO_FLUSH)
        let consumed = inCount - Int(stream.pointee.avail_in)
        let produced = outCount - Int(stream.pointee.avail_out)
        switch rc {
        case Z_OK: break
        case Z_STREAM_END: finished = true
        case Z_BUF_ERROR:
            // No progress possible: the caller must supply more input or more output room.
            break
        case Z_DATA_ERROR:
            let reason = stream.pointee.msg.map { String(cString: $0) } ?? "invalid deflate data"
            throw NativeError(.corruptDeflateData, reason)
        case Z_MEM_ERROR:
            throw NativeError(.zlibFailure, "zlib ran out of memory")
        default:
            throw NativeError(.zlibFailure, "zlib inflate failed (\(rc))")
        }
        return (consumed, produced)
    }
}
