import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `thidua template`: writes the return form each ward fills in.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Tạo biểu mẫu báo cáo cho phường / Write the return form for a ward or for every ward.")

    enum Format: String, ExpressibleByArgument, CaseIterable { case xlsx, ods }

    @OptionGroup var schemaOption: SchemaOption

    @Option(name: .long, help: "The ward: name, alias or statistics code.")
    var ward: String?

    @Flag(name: .long, help: "One form per ward of the schema; -o is then a folder.")
    var all = false

    @Option(name: .long, help: "xlsx or ods.")
    var format: Format = .xlsx

    @Option(name: .shortAndLong, help: "The form to write, or with --all the folder to write into.")
    var output: String

    @Option(name: .long, help: "Ngôn ngữ / language: vi|en.")
    var lang: Language = .vi

    func validate() throws {
        if (ward == nil) == !all { throw ValidationError("give either --ward NAME or --all") }
    }

    func run() throws {
        let schema = try schemaOption.load(lang)
        let wards: [Ward]
        if all {
            wards = schema.wards
        } else {
            guard let match = WardMatcher(schema: schema).match(ward!) else {
                printError(lang == .vi ? "Không nhận ra phường \"\(ward!)\"." : "Unknown ward \"\(ward!)\".")
                throw ExitCode(2)
            }
            wards = [match.ward]
        }
        let form = ReturnFormWriter(schema: schema)
        let outFormat: SpreadsheetFormat = format == .xlsx ? .xlsx : .ods
        try reportingFailures(lang) {
            if all { try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true) }
            for w in wards {
                let path = all ? (output as NSString).appendingPathComponent(ReturnFormWriter.fileName(schema: schema, ward: w, format: outFormat)) : output
                try form.write(ward: w, to: WriterFactory.writer(for: outFormat, path: path, title: schema.settings.title))
                printError(path)
            }
        }
    }
}
