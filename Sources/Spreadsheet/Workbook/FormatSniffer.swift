/// Recognises a file's format from its first bytes; the extension is only a hint for CSV.
enum FormatSniffer {
    enum Container { case zip, text, compound }

    static func detect(_ source: any ByteSource, fileName: String) throws -> Container {
        let location = DocumentLocation(file: fileName)
        guard source.size > 0 else {
            throw SpreadsheetError(.fileEmpty,
                vi: "Tệp rỗng (0 byte). Hãy gửi lại tệp đã lưu đầy đủ.",
                en: "The file is empty (0 bytes). Send the saved file again.", at: location)
        }
        let head = try source.bytes(at: 0, count: 8)
        if head.starts(with: [0x50, 0x4B]) { return .zip }
        if head.starts(with: CFBHeader.signature) { return .compound }
        // Excel 2.x–4.0 wrote a bare BIFF stream, not a compound file: its BOF record comes first.
        if head.count >= 4, head[0] == 0x09, [0x00, 0x02, 0x04].contains(head[1]), head[3] == 0,
           head[2] == (head[1] == 0 ? 4 : 6) {
            throw XLSErrors.tooOld(version: "Excel \(head[1] == 0 ? "2.x" : head[1] == 2 ? "3.0" : "4.0") (BIFF\(head[1] / 2 + 2))")
                .located(file: fileName)
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

    /// Password-protected OOXML: an OLE2 file holding `EncryptionInfo` and `EncryptedPackage`.
    static func encrypted(at location: DocumentLocation) -> SpreadsheetError {
        SpreadsheetError(.encrypted,
            vi: "Bảng tính được đặt mật khẩu nên không đọc được. Hãy mở bằng Excel, gỡ mật khẩu (Tệp > Thông tin > Bảo vệ sổ làm việc) rồi lưu và gửi lại.",
            en: "The workbook is password-protected and cannot be read. Open it in Excel, remove the password (File > Info > Protect Workbook), save and send it again.",
            at: location)
    }

    /// Text has a Unicode BOM, or is NUL-free with few control characters (any 8-bit encoding).
    static func looksLikeText(_ bytes: [UInt8]) -> Bool {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xEF, 0xBB, 0xBF])
            || CSVEncoding.isUTF32(bytes) {
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
