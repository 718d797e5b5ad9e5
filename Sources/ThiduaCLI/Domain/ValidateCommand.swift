import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `thidua validate`: checks wards' returns and points at every problem's cell.
struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Kiểm tra báo cáo của phường / Check wards' returns against the criteria schema.",
        discussion: """
        Each finding names the file, sheet, cell and criterion, with a stable code and a message \
        in Vietnamese (default) or English. Exit status: 0 no errors (warnings allowed), 1 some \
        return has errors, 2 a file cannot be read at all.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, csv, xlsx }

    @Argument(help: "Returns to check (.xlsx, .ods, .xls, .csv), or folders of them.")
    var files: [String]

    @OptionGroup var schemaOption: SchemaOption

    @OptionGroup var reading: ReturnReadingOptions

    @Option(name: .long, help: "text, json, csv or xlsx (xlsx needs -o). Default: the extension of -o, else text.")
    var format: Format?

    @Option(name: .long, help: "Ngôn ngữ / language: vi|en.")
    var lang: Language = .vi

    @Option(name: .shortAndLong, help: "Write the report to this file (.txt, .json, .csv, .xlsx) instead of standard output.")
    var output: String?

    @Flag(name: .long, help: "Replace the report file if it exists.")
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
        let returns = found.returns.map { validator.validate(path: $0) }
        let report = ValidationReport(returns: returns, skipped: found.skipped, language: lang)
        try reportingOutputFailure(lang) { try reportingFailures(lang) {
            switch format {
            case .text: try emit(Array(report.text().utf8))
            case .json: try emit(Array(report.json().utf8))
            case .csv: try emit(report.csv())
            case .xlsx: try report.write(to: WriterFactory.writer(for: .xlsx, path: output!))
            }
        } }
        if let output { printError(Self.written(output, returns, skipped: found.skipped.count, lang)) }
        if returns.contains(where: \.isUnreadable) { throw ExitCode(2) }
        if returns.contains(where: \.hasErrors) { throw ExitCode(1) }
    }

    /// Where the report went and what it holds, so a report written to a file is not silent.
    static func written(_ path: String, _ returns: [WardReturn], skipped: Int, _ lang: Language) -> String {
        let errors = returns.reduce(0) { $0 + $1.errorCount }, warnings = returns.reduce(0) { $0 + $1.warningCount }
        let clean = returns.filter { $0.findings.isEmpty }.count, failing = returns.filter(\.hasErrors).count
        return lang == .vi
            ? "Đã ghi báo cáo vào \(path): \(returns.count) tệp đã kiểm tra (\(failing) tệp có lỗi, \(clean) tệp không có lỗi hay cảnh báo), "
                + "\(errors) lỗi, \(warnings) cảnh báo" + (skipped > 0 ? ", \(skipped) tệp bỏ qua." : ".")
            : "Report written to \(path): \(returns.count) file(s) checked (\(failing) with errors, \(clean) with no errors or warnings), "
                + "\(errors) error(s), \(warnings) warning(s)" + (skipped > 0 ? ", \(skipped) file(s) skipped." : ".")
    }

    private func emit(_ bytes: [UInt8]) throws {
        if let output {
            try AtomicWrite.write(bytes, to: output)
        } else {
            try StandardStreams.writeOutput(bytes)
        }
    }
}
