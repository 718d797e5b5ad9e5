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

    @Option(name: .long, help: "text, json, csv or xlsx (xlsx needs -o).")
    var format: Format = .text

    @Option(name: .long, help: "Ngôn ngữ / language: vi|en.")
    var lang: Language = .vi

    @Option(name: .shortAndLong, help: "Write the report to this file instead of standard output.")
    var output: String?

    func validate() throws {
        if format == .xlsx && output == nil {
            throw ValidationError("--format xlsx needs -o REPORT.xlsx")
        }
    }

    func run() throws {
        let schema = try schemaOption.load(lang)
        let validator = reading.validator(schema: schema)
        let paths = ReturnFiles.expand(files)
        let returns = paths.map { validator.validate(path: $0) }
        let report = ValidationReport(returns: returns, language: lang)
        try reportingOutputFailure(lang) { try reportingFailures(lang) {
            switch format {
            case .text: try emit(Array(report.text().utf8))
            case .json: try emit(Array(report.json().utf8))
            case .csv: try emit(report.csv())
            case .xlsx: try report.write(to: WriterFactory.writer(for: .xlsx, path: output!))
            }
        } }
        if returns.contains(where: \.isUnreadable) { throw ExitCode(2) }
        if returns.contains(where: \.hasErrors) { throw ExitCode(1) }
    }

    private func emit(_ bytes: [UInt8]) throws {
        if let output {
            try AtomicWrite.write(bytes, to: output)
        } else {
            try StandardStreams.writeOutput(bytes)
        }
    }
}

/// Turns the command line's files and folders into the list of returns to read.
enum ReturnFiles {
    static let extensions: Set<String> = ["xlsx", "xlsm", "ods", "xls", "csv"]

    static func expand(_ inputs: [String]) -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for input in inputs {
            var isDirectory: ObjCBool = false
            if fm.fileExists(atPath: input, isDirectory: &isDirectory), isDirectory.boolValue {
                let names = (try? fm.contentsOfDirectory(atPath: input)) ?? []
                out += names.filter { !$0.hasPrefix(".") && !$0.hasPrefix("~$") && extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                    .sorted().map { (input as NSString).appendingPathComponent($0) }
            } else {
                out.append(input)
            }
        }
        return out
    }
}
