/// The findings of one or more returns, ready to be shown or written.
public struct ValidationReport: Sendable {
    public var returns: [WardReturn]
    /// Files found in the folders given and not read, each with its reason.
    public var skipped: [SkippedFile]
    public var language: Language

    public init(returns: [WardReturn], skipped: [SkippedFile] = [], language: Language = .vi) {
        self.returns = returns
        self.skipped = skipped
        self.language = language
    }

    /// The code of a skipped file's line in the CSV and XLSX reports.
    public static let skippedCode = "file.skipped"

    /// One row per finding, the shape of the CSV and XLSX reports; a file without findings
    /// gets one row saying so, so every file checked is listed.
    public struct Line: Sendable {
        public var file: String
        public var ward: String
        public var wardCode: String
        public var sheet: String
        public var cell: String
        public var criterion: String
        public var severity: Severity
        public var code: String
        public var message: String
    }

    public static let columns: [LocalizedMessage] = [
        LocalizedMessage(vi: "Tệp", en: "File"), LocalizedMessage(vi: "Phường", en: "Ward"),
        LocalizedMessage(vi: "Mã phường", en: "Ward code"), LocalizedMessage(vi: "Trang tính", en: "Sheet"),
        LocalizedMessage(vi: "Ô", en: "Cell"), LocalizedMessage(vi: "Tiêu chí", en: "Criterion"),
        LocalizedMessage(vi: "Mức độ", en: "Severity"), LocalizedMessage(vi: "Mã lỗi", en: "Code"),
        LocalizedMessage(vi: "Nội dung", en: "Message"),
    ]

    public var lines: [Line] {
        returns.flatMap { r in
            r.findings.isEmpty ? [Line(file: r.file, ward: r.ward?.name ?? "", wardCode: r.ward?.code ?? "", sheet: r.sheet ?? "",
                                       cell: "", criterion: "", severity: .info, code: Self.cleanCode,
                                       message: language == .vi ? "Không có lỗi hay cảnh báo." : "No errors or warnings.")] :
            r.findings.map { f in
                Line(file: r.file, ward: r.ward?.name ?? "", wardCode: r.ward?.code ?? "",
                     sheet: f.location.sheet ?? "", cell: f.location.cell?.description ?? "",
                     criterion: f.criterion ?? "", severity: f.severity, code: f.code.rawValue,
                     message: f.message.text(language))
            }
        } + skipped.map { f in
            Line(file: f.path, ward: "", wardCode: "", sheet: "", cell: "", criterion: "", severity: .info,
                 code: Self.skippedCode, message: f.reason.text(language))
        }
    }

    /// The code of a clean file's row.
    public static let cleanCode = "return.clean"

    public func severityName(_ s: Severity) -> String { s.name(language) }

    /// Human-readable text: one block per file, one line per finding.
    public func text() -> String {
        var out = ""
        for r in returns {
            let ward = r.ward.map { "\($0.name) (\($0.code))" } ?? (language == .vi ? "phường chưa xác định" : "unknown ward")
            let summary = language == .vi
                ? "\(r.errorCount) lỗi, \(r.warningCount) cảnh báo"
                : "\(r.errorCount) error\(r.errorCount == 1 ? "" : "s"), \(r.warningCount) warning\(r.warningCount == 1 ? "" : "s")"
            out += "\(r.file): \(ward): \(summary)\n"
            for f in r.findings {
                var place = f.location.qualifiedCell ?? f.location.sheet.map(DocumentLocation.quoteSheetName) ?? "-"
                if let c = f.criterion { place += " [\(c)]" }
                out += "  \(place) \(severityName(f.severity)): \(f.message.text(language)) [\(f.code)]\n"
            }
        }
        for f in skipped { out += f.text(language) + "\n" }
        return out
    }

    /// `{"returns":[{"file","ward","wardCode","sha256","errors","warnings","findings":[…]}]}`.
    public func json() -> String {
        var out = "{\"returns\":["
        for (i, r) in returns.enumerated() {
            if i > 0 { out += "," }
            out += "{\"file\":\(JSONText.quote(r.file)),\"ward\":\(r.ward.map { JSONText.quote($0.name) } ?? "null")"
            out += ",\"wardCode\":\(r.ward.map { JSONText.quote($0.code) } ?? "null"),\"sha256\":\(JSONText.quote(r.sha256))"
            out += ",\"errors\":\(r.errorCount),\"warnings\":\(r.warningCount),\"findings\":["
            for (j, f) in r.findings.enumerated() {
                if j > 0 { out += "," }
                out += "{\"severity\":\"\(f.severity.rawValue)\",\"code\":\(JSONText.quote(f.code.rawValue))"
                out += ",\"sheet\":\(f.location.sheet.map(JSONText.quote) ?? "null")"
                out += ",\"cell\":\(f.location.cell.map { JSONText.quote($0.description) } ?? "null")"
                out += ",\"criterion\":\(f.criterion.map(JSONText.quote) ?? "null")"
                out += ",\"message\":\(JSONText.quote(f.message.text(language)))}"
            }
            out += "]}"
        }
        out += "],\"skipped\":["
        for (i, f) in skipped.enumerated() {
            if i > 0 { out += "," }
            out += "{\"file\":\(JSONText.quote(f.path)),\"reason\":\(JSONText.quote(f.reason.text(language)))}"
        }
        return out + "]}\n"
    }

    /// The findings table as CSV (UTF-8 with BOM by default, for Excel).
    public func csv(options: CSVWriteOptions = CSVWriteOptions()) throws -> [UInt8] {
        var w = CSVWriter(options: options)
        try w.write(row: Self.columns.map { CellValue.text($0.text(language)) })
        for l in lines {
            try w.write(row: [l.file, l.ward, l.wardCode, l.sheet, l.cell, l.criterion, severityName(l.severity), l.code, l.message]
                .map { CellValue.text($0) })
        }
        return try w.finish()
    }
}
