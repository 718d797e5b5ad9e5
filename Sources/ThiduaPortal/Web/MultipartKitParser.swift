import Foundation
import MultipartKit
import NIOCore

/// Collects the parts MultipartKit's streaming parser delivers.
struct MultipartKitParser {
    let boundary: String

    func parse(_ body: ByteBuffer) throws -> MultipartForm {
        let parser = MultipartParser(boundary: boundary)
        var form = MultipartForm()
        var disposition = ""
        var bytes: [UInt8] = []
        var complete = 0
        parser.onHeader = { name, value in
            if name.lowercased() == "content-disposition" { disposition = value }
        }
        parser.onBody = { buffer in
            bytes.append(contentsOf: buffer.readableBytesView)
            buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        }
        parser.onPartComplete = {
            complete += 1
            let name = Self.parameter("name", in: disposition) ?? ""
            if let fileName = Self.parameter("filename", in: disposition) {
                if form.files[name] == nil { form.files[name] = (fileName, bytes) }
            } else if bytes.count <= 4096 {
                form.fields[name] = String(decoding: bytes, as: UTF8.self)
            }
            disposition = ""
            bytes = []
        }
        do {
            try parser.execute(body)
        } catch {
            throw PortalError(.badRequest, "multipart", vi: "Yêu cầu gửi tệp không hợp lệ.", en: "The upload request is not valid.")
        }
        return form
    }

    /// `name="file"` from a Content-Disposition value; quoted or not.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";") {
            let p = piece.trimmingCharacters(in: .whitespaces)
            guard p.lowercased().hasPrefix(key + "=") else { continue }
            var v = String(p.dropFirst(key.count + 1))
            if v.hasPrefix("\""), v.hasSuffix("\""), v.count >= 2 { v = String(v.dropFirst().dropLast()) }
            return v
        }
        return nil
    }
}
