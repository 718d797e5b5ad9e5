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
        returns.flatMap { lines(of: $0) } + skipped.map { line(skipped: $0) }
    }

    /// The rows of one return: its findings, or one row saying it is clean.
    public func lines(of r: WardReturn) -> [Line] {
        r.findings.isEmpty ? [Line(file: r.file, ward: r.ward?.name ?? "", wardCode: r.ward?.code ?? "", sheet: r.sheet ?? "",
                                   cell: "", criterion: "", severity: .info, code: Self.cleanCode,
                                   message: language == .vi ? "Không có lỗi hay cảnh báo." : "No errors or warnings.")] :
        r.findings.map { f in
            Line(file: r.file, ward: r.ward?.name ?? "", wardCode: r.ward?.code ?? "",
                 sheet: f.location.sheet ?? "", cell: f.location.cell?.description ?? "",
                 criterion: f.criterion ?? "", severity: f.severity, code: f.code.rawValue,
                 message: f.message.text(language))
        }
    }

    /// The row of a file that was not read.
    public func line(skipped f: SkippedFile) -> Line {
        Line(file: f.path, ward: "", wardCode: "", sheet: "", cell: "", criterion: "", severity: .info,
             code: Self.skippedCode, message: f.reason.text(language))
    }

    /// The code of a clean file's row.
    public static let cleanCode = "return.clean"

    public func severityName(_ s: Severity) -> String { s.name(language) }

    /// Human-readable text: one block per file, one line per finding.
    public func text() -> String {
        var out = ""
        for r in returns { out += text(of: r) }
        out += text(skipped: skipped)
        return out
    }

    /// The text report's block for one return.
    public func text(of r: WardReturn) -> String {
        var out = ""
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
        return out
    }

    /// The text report's closing lines: the files not read.
    public func text(skipped: [SkippedFile]) -> String {
        skipped.map { $0.text(language) + "\n" }.joined()
    }

    /// `{"returns":[{"file","ward","wardCode","sha256","errors","warnings","findings":[…]}],"skipped":[…]}`.
    public func json() -> String {
        var out = Self.jsonOpening
        for (i, r) in returns.enumerated() { out += json(of: r, first: i == 0) }
        return out + json(skipped: skipped)
    }

    /// What the JSON report starts with.
    public static let jsonOpening = "{\"returns\":["

    /// One return's object in the JSON report, after a comma unless it is the first.
    public func json(of r: WardReturn, first: Bool) -> String {
        var out = first ? "" : ","
        out += "{\"file\":\(JSONText.quote(r.file)),\"ward\":\(r.ward.map { JSONText.quote($0.name) } ?? "null")"
        out += ",\"wardCode\":\(r.ward.map { JSONText.quote($0.code) } ?? "null"),\"sha256\":\(JSONText.quote(r.sha256))"
        out += ",\"errors\":\(r.errorCount),\"warnings\":\(r.warningCount),\"findings\":"
        return out + json(findings: r.findings) + "}"
    }

    /// A return's findings as the JSON report gives them (and the portal's API, so both agree):
    /// `[{"severity","code","sheet","cell","criterion","message"}]`.
    public func json(findings: [Finding]) -> String {
        var out = "["
        for (j, f) in findings.enumerated() {
            if j > 0 { out += "," }
            out += "{\"severity\":\"\(f.severity.rawValue)\",\"code\":\(JSONText.quote(f.code.rawValue))"
            out += ",\"sheet\":\(f.location.sheet.map(JSONText.quote) ?? "null")"
            out += ",\"cell\":\(f.location.cell.map { JSONText.quote($0.description) } ?? "null")"
            out += ",\"criterion\":\(f.criterion.map(JSONText.quote) ?? "null")"
            out += ",\"message\":\(JSONText.quote(f.message.text(language)))}"
        }
        return out + "]"
    }

    /// The JSON report's end: the files not read, and the closing brackets.
    public func json(skipped: [SkippedFile]) -> String {
        var out = "],\"skipped\":["
        for (i, f) in skipped.enumerated() {
            if i > 0 { out += "," }
            out += "{\"file\":\(JSONText.quote(f.path)),\"reason\":\(JSONText.quote(f.reason.text(language)))}"
        }
        return out + "]}\n"
    }

    /// The findings table as CSV (UTF-8 with BOM by default, for Excel).
    public func csv(options: CSVWriteOptions = CSVWriteOptions()) throws -> [UInt8] {
        var out = try csvHeader(options: options)
        for r in returns { out += try csv(lines(of: r), options: options) }
        return out + (try csv(skipped.map { line(skipped: $0) }, options: options))
    }

    /// The CSV report's byte order mark (unless turned off) and header row.
    public func csvHeader(options: CSVWriteOptions = CSVWriteOptions()) throws -> [UInt8] {
        var w = CSVWriter(options: options)
        try w.write(row: Self.columns.map { CellValue.text($0.text(language)) })
        return try w.finish()
    }

    /// CSV rows for report lines (no byte order mark: it opens the header).
    public func csv(_ lines: [Line], options: CSVWriteOptions = CSVWriteOptions()) throws -> [UInt8] {
        var rowOptions = options
        rowOptions.byteOrderMark = false
        var w = CSVWriter(options: rowOptions)
        for l in lines {
            try w.write(row: [l.file, l.ward, l.wardCode, l.sheet, l.cell, l.criterion, severityName(l.severity), l.code, l.message]
                .map { CellValue.text($0) })
        }
        return try w.finish()
    }
}
