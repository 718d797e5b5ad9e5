import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import Spreadsheet

/// Building responses: pages, JSON, files, redirects.
enum Responses {
    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "text/html; charset=utf-8"],
                 body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// JSON from plain values (`NSNull()` for null), keys sorted so answers are stable; `adding`
    /// members already written as JSON (by ThiduaKit's encoders) go after them.
    static func json(_ object: [String: Any], status: HTTPResponse.Status = .ok, adding written: KeyValuePairs<String, String> = [:])
        -> Response {
        var data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            ?? Data("{}".utf8)
        if !written.isEmpty {
            data.removeLast()  // the closing brace
            for (i, (key, value)) in written.enumerated() {
                data += Data(((object.isEmpty && i == 0 ? "" : ",") + JSONText.quote(key) + ":" + value).utf8)
            }
            data += Data("}".utf8)
        }
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }

    static func redirect(_ location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    static func text(_ text: String, contentType: String, cacheable: Bool = false) -> Response {
        var r = Response(status: .ok, headers: [.contentType: contentType], body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
        if cacheable { r.headers[.cacheControl] = "public, max-age=3600" }
        return r
    }

    /// A download: the bytes as stored, with the name they were sent under (RFC 6266 / 5987).
    static func file(_ bytes: [UInt8], name: String, format: String?) -> Response {
        let type: String
        switch format {
        case "xlsx": type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        case "ods": type = "application/vnd.oasis.opendocument.spreadsheet"
        case "csv": type = "text/csv"
        case "xls": type = "application/vnd.ms-excel"
        default: type = "application/octet-stream"
        }
        let ascii = String(name.unicodeScalars.map { $0.isASCII && $0.value >= 0x20 && $0 != "\"" && $0 != "\\" ? Character($0) : "_" })
        let encoded = name.addingPercentEncoding(withAllowedCharacters: .alphanumerics.union(CharacterSet(charactersIn: ".-_"))) ?? ascii
        return Response(status: .ok, headers: [
            .contentType: type,
            .contentDisposition: "attachment; filename=\"\(ascii)\"; filename*=UTF-8''\(encoded)",
        ], body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

/// The parts of a `multipart/form-data` body (MultipartKit's parser): fields by name, and the file.
struct MultipartForm {
    var fields: [String: String] = [:]
    var files: [String: (name: String, bytes: [UInt8])] = [:]

    init(body: ByteBuffer, contentType: String?) throws {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data"),
              let range = contentType.range(of: "boundary=") else {
            throw PortalError(.badRequest, "multipart", vi: "Yêu cầu gửi tệp không hợp lệ.", en: "The upload request is not valid.")
        }
        var boundary = String(contentType[range.upperBound...])
        if let semicolon = boundary.firstIndex(of: ";") { boundary = String(boundary[..<semicolon]) }
        boundary = boundary.trimmingCharacters(in: CharacterSet(charactersIn: "\" "))
        let parser = MultipartKitParser(boundary: boundary)
        self = try parser.parse(body)
    }

    init() {}
}
