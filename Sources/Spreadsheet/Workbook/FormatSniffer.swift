/// Recognises a file's format from its first bytes; the extension is only a hint for CSV.
enum FormatSniffer {
    enum Container { case zip, text }

    static func detect(_ source: any ByteSource, fileName: String) throws -> Container {
        let location = DocumentLocation(file: fileName)
        guard source.size > 0 else {
            throw SpreadsheetError(.fileEmpty,
                vi: "Tệp rỗng (0 byte). Hãy gửi lại tệp đã lưu đầy đủ.",
                en: "The file is empty (0 bytes). Send the saved file again.", at: location)
        }
        let head = try source.bytes(at: 0, count: 8)
        if head.starts(with: [0x50, 0x4B]) { return .zip }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
            throw try ole2Error(source, at: location)
        }
        if head.starts(with: Array("%PDF".utf8)) {
            throw SpreadsheetError(.pdf,
                vi: "Đây là tệp PDF, không phải bảng tính. Hãy gửi tệp Excel (.xlsx) hoặc LibreOffice (.ods).",
                en: "This is a PDF document, not a spreadsheet. Send the Excel (.xlsx) or LibreOffice (.ods) file.",
                at: location)
        }
        if looksLikeText(try source.bytes(at: 0, count: 64 * 1024)) {
            // Text under a workbook's name is a damaged or misnamed file, not a CSV to guess at.
            if let named = SpreadsheetFormat(pathExtension: fileName), named != .csv {
                let ext = named.rawValue.uppercased()
                throw SpreadsheetError(.unknownFormat,
                    vi: "Tệp mang đuôi .\(named.rawValue) nhưng không phải bảng tính \(ext): nội dung là văn bản thường (tệp bị hỏng, bị cắt cụt hoặc đặt sai đuôi).",
                    en: "The file is named .\(named.rawValue) but is not an \(ext) workbook: it holds plain text (damaged, truncated or misnamed).",
                    at: location)
            }
            return .text
        }
        throw SpreadsheetError(.unknownFormat,
            vi: "Không nhận ra định dạng tệp: không phải XLSX, ODS hay CSV.",
            en: "Unrecognised file format: not XLSX, ODS or CSV.", at: location)
    }

    /// Encrypted OOXML and legacy .xls share the OLE2 container; their stream names tell them apart.
    private static func ole2Error(_ source: any ByteSource, at location: DocumentLocation) throws -> SpreadsheetError {
        let sample = try source.bytes(at: 0, count: min(source.size, 4 << 20))
        func utf16(_ s: String) -> [UInt8] { s.utf8.flatMap { [$0, 0] } }
        if contains(sample, utf16("EncryptionInfo")) || contains(sample, utf16("EncryptedPackage")) {
            return SpreadsheetError(.encrypted,
                vi: "Bảng tính được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu và gửi lại.",
                en: "The workbook is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook), save and send it again.",
                at: location)
        }
        return SpreadsheetError(.legacyXLS,
            vi: "Đây là tệp Excel 97-2003 (.xls) kiểu cũ. Hãy mở và lưu lại dưới dạng \"Sổ làm việc Excel (.xlsx)\" hoặc ODS rồi gửi lại.",
            en: "This is a legacy Excel 97-2003 (.xls) file. Open it and save it as \"Excel Workbook (.xlsx)\" or ODS, then send it again.",
            at: location)
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty, haystack.count >= needle.count else { return false }
        let first = needle[0]
        var i = 0
        let last = haystack.count - needle.count
        while i <= last {
            if haystack[i] == first && haystack[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }

    /// Text has a Unicode BOM, or is NUL-free with few control characters (any 8-bit encoding).
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            return true
        }
        var control = 0
        for b in bytes {
            if b == 0 { return false }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return control * 100 <= bytes.count
    }
}
