import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `thidua validate`: checks wards' returns and points at every problem's cell.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: HelpText.text("Kiểm tra báo cáo của các phường theo bộ tiêu chí.", "Check wards' returns against the criteria schema."),
        discussion: HelpText.text("""
        Mỗi lỗi hay cảnh báo ghi rõ tệp, trang tính, ô và tiêu chí, kèm một mã cố định và lời \
        nhắn bằng tiếng Việt (mặc định) hoặc tiếng Anh. Mã thoát: 0 không có lỗi (có thể có cảnh \
        báo), 1 có báo cáo có lỗi, 2 không đọc được một tệp.
        """, """
        Each finding names the file, sheet, cell and criterion, with a stable code and a message \
        in Vietnamese (default) or English. Exit status: 0 no errors (warnings allowed), 1 some \
        return has errors, 2 a file cannot be read at all.
        """))

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, xlsx }

    @Argument(help: HelpText.help("Các báo cáo cần kiểm tra (.xlsx, .ods, .xls, .csv) hoặc thư mục chứa chúng.", "Returns to check (.xlsx, .ods, .xls, .csv), or folders of them.", value: "tệp"))
    var files: [String]

    @OptionGroup var schemaOption: SchemaOption

    @OptionGroup var reading: ReturnReadingOptions

    @Option(name: .long, help: HelpText.help("Dạng báo cáo: text (chữ), json, csv hoặc xlsx (xlsx cần -o). Mặc định: theo đuôi tệp của -o, nếu không thì text.", "text, json, csv or xlsx (xlsx needs -o). Default: the extension of -o, else text.", value: "dạng"))
    var format: Format?

    @Option(name: .long, help: HelpText.lang)
    var lang: Language = .vi

    @Option(name: .shortAndLong, help: HelpText.help("Ghi báo cáo kiểm tra vào tệp này (.txt, .json, .csv, .xlsx) thay vì in ra màn hình.", "Write the report to this file (.txt, .json, .csv, .xlsx) instead of standard output.", value: "tệp"))
    var output: String?

    @Flag(name: .long, help: HelpText.help("Ghi đè tệp báo cáo nếu đã có.", "Replace the report file if it exists."))
    var force = false

    func validate() throws {
        if format == .xlsx && output == nil {
            throw ValidationError(lang == .vi ? "--format xlsx cần -o TỆP.xlsx: báo cáo dạng bảng tính được ghi vào một tệp."
                                              : "--format xlsx needs -o REPORT.xlsx: a workbook report is written to a file.")
        }
    }

    /// The format the extension of `-o` names, if any.
    static func format(ofExtension path: String) -> Format? {
        switch (path as NSString).pathExtension.lowercased() {
        case "txt", "text": .text
        case "json": .json
        case "csv": .csv
        case "xlsx": .xlsx
        default: nil
        }
    }

    func run() throws {
        var format = self.format ?? .text
        if let output {
            let named = Self.format(ofExtension: output)
            try reportingFailures(lang) {
                try OutputGuard.checkFormat(output, given: self.format?.rawValue, fromExtension: named?.rawValue)
                try OutputGuard.checkFree(output, force: force)
                for input in files { try OutputGuard.checkDistinct(input: input, output: output) }
            }
            format = self.format ?? named ?? .text
        }
        let schema = try schemaOption.load(lang)
        let validator = reading.validator(schema: schema)
        let found = ReturnFiles(files)
        guard !found.returns.isEmpty else {
            for f in found.skipped { printError(f.text(lang)) }
            printError(ReturnFiles.noReturns(files, skipped: found.skipped.count, lang))
            throw ExitCode(2)
        }
        var outcome = ReportOutcome()
        try reportingOutputFailure(lang) { try reportingFailures(lang) {
            outcome = try streamReport(validator: validator, paths: found.returns, skipped: found.skipped, format: format)
        } }
        if let output { printError(Self.written(output, outcome, skipped: found.skipped.count, lang)) }
        if outcome.unreadable { throw ExitCode(2) }
        if outcome.failing > 0 { throw ExitCode(1) }
    }

    /// What the report held, counted as it was written (the returns themselves are not kept).
    struct ReportOutcome {
        var unreadable = false
        var checked = 0, failing = 0, clean = 0, errors = 0, warnings = 0

        mutating func count(_ r: WardReturn) {
            unreadable = unreadable || r.isUnreadable
            checked += 1
            if r.hasErrors { failing += 1 }
            if r.findings.isEmpty { clean += 1 }
            errors += r.errorCount
            warnings += r.warningCount
        }
    }

    /// Where the report went and what it holds, so a report written to a file is not silent.
    static func written(_ path: String, _ o: ReportOutcome, skipped: Int, _ lang: Language) -> String {
        lang == .vi
            ? "Đã ghi báo cáo vào \(path): \(o.checked) tệp đã kiểm tra (\(o.failing) tệp có lỗi, \(o.clean) tệp không có lỗi hay cảnh báo), "
                + "\(o.errors) lỗi, \(o.warnings) cảnh báo" + (skipped > 0 ? ", \(skipped) tệp bỏ qua." : ".")
            : "Report written to \(path): \(o.checked) file(s) checked (\(o.failing) with errors, \(o.clean) with no errors or warnings), "
                + "\(o.errors) error(s), \(o.warnings) warning(s)" + (skipped > 0 ? ", \(skipped) file(s) skipped." : ".")
    }

    /// Validates on one thread per core, in batches, and writes each return's part of the
    /// report as soon as its batch is done, in the order of `paths`: memory holds one batch of
    /// returns, not the report. A file report appears whole or not at all.
    private func streamReport(validator: ReturnValidator, paths: [String], skipped: [SkippedFile],
                              format: Format) throws -> ReportOutcome {
        let shape = ValidationReport(returns: [], skipped: [], language: lang)
        // The workbook has its own writer; the text formats stream into one atomic file.
        let file = format == .xlsx ? nil : try output.map { try AtomicWrite.Stream(path: $0) }
        func emit(_ bytes: [UInt8]) throws {
            if let file { try file.write(bytes) } else { try StandardStreams.writeOutput(bytes) }
        }
        func emit(_ text: String) throws { try emit(Array(text.utf8)) }
        var sheet: ValidationReport.Sheet?
        switch format {
        case .text: break
        case .json: try emit(ValidationReport.jsonOpening)
        case .csv: try emit(shape.csvHeader())
        case .xlsx: sheet = try ValidationReport.Sheet(shape, writer: WriterFactory.writer(for: .xlsx, path: output!))
        }
        var outcome = ReportOutcome()
        let workers = ProcessInfo.processInfo.activeProcessorCount
        let batch = max(1, workers * 8)
        var start = 0
        while start < paths.count {
            let slice = Array(paths[start..<min(paths.count, start + batch)])
            for (i, r) in validator.validate(paths: slice, workers: workers).enumerated() {
                outcome.count(r)
                switch format {
                case .text: try emit(shape.text(of: r))
                case .json: try emit(shape.json(of: r, first: start + i == 0))
                case .csv: try emit(shape.csv(shape.lines(of: r)))
                case .xlsx: try sheet!.add(r)
                }
            }
            start += slice.count
        }
        switch format {
        case .text: try emit(shape.text(skipped: skipped))
        case .json: try emit(shape.json(skipped: skipped))
        case .csv: try emit(shape.csv(skipped.map { shape.line(skipped: $0) }))
        case .xlsx: try sheet!.finish(skipped: skipped)
        }
        try file?.commit()
        return outcome
    }
}
