import ArgumentParser
import Foundation
import SheetNative
import Spreadsheet
import ThiduaKit

/// `thidua template`: writes the return form each ward fills in.
struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: HelpText.text("Tạo biểu mẫu báo cáo cho một phường hoặc cho mọi phường.", "Write the return form for a ward or for every ward."))

    enum Format: String, ExpressibleByArgument, CaseIterable { case xlsx, ods }

    @OptionGroup var schemaOption: SchemaOption

    @Option(name: .long, help: HelpText.help("Phường: tên, tên khác hoặc mã thống kê.", "The ward: name, alias or statistics code.", value: "phường"))
    var ward: String?

    @Flag(name: .long, help: HelpText.help("Mỗi phường của bộ tiêu chí một biểu mẫu; khi đó -o là một thư mục.", "One form per ward of the schema; -o is then a folder."))
    var all = false

    @Option(name: .long, help: HelpText.help("xlsx hoặc ods (mặc định: theo đuôi tệp của -o, nếu không thì xlsx).", "xlsx or ods (default: the extension of -o, else xlsx).", value: "dạng"))
    var format: Format?

    @Option(name: .shortAndLong, help: HelpText.help("Tệp biểu mẫu cần ghi (.xlsx hoặc .ods); với --all là thư mục để ghi vào.", "The form to write (.xlsx or .ods), or with --all the folder to write into.", value: "tệp"))
    var output: String

    @Flag(name: .long, help: HelpText.help("Ghi đè biểu mẫu đã có.", "Replace forms that already exist."))
    var force = false

    @Option(name: .long, help: HelpText.lang)
    var lang: Language = .vi

    func validate() throws {
        if (ward == nil) == !all { throw ValidationError(HelpText.text("hãy cho --ward TÊN-PHƯỜNG hoặc --all (một trong hai).", "give either --ward NAME or --all")) }
    }

    func run() throws {
        let schema = try schemaOption.load(lang)
        let wards: [Ward]
        if all {
            wards = schema.wards
        } else {
            guard let match = WardMatcher(schema: schema).match(ward!) else {
                // What to type instead: the wards of the schema, with their codes.
                let known = schema.wards.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
                printError(lang == .vi ? "Không nhận ra phường \"\(ward!)\". Các phường của bộ tiêu chí: \(known). Gõ tên hoặc mã phường, hoặc dùng --all."
                                       : "Unknown ward \"\(ward!)\". The schema's wards: \(known). Give a ward's name or code, or use --all.")
                throw ExitCode(2)
            }
            wards = [match.ward]
        }
        let form = ReturnFormWriter(schema: schema)
        try reportingFailures(lang) {
            let outFormat = try chosenFormat()
            let paths = wards.map { w in
                all ? (output as NSString).appendingPathComponent(ReturnFormWriter.fileName(schema: schema, ward: w, format: outFormat)) : output
            }
            // Every check before the first form is written: none or all of them.
            if all { try OutputGuard.checkFolder(output) }
            for path in paths { try OutputGuard.checkFree(path, force: force) }
            if all {
                do throws(Errno) {
                    try System.makeFolders(output)
                } catch {
                    throw SpreadsheetError(.writeFailed, vi: "Không tạo được thư mục.", en: "The folder cannot be created.",
                                           at: DocumentLocation(file: output), underlying: error.description,
                                           cause: .system(errno: error.rawValue))
                }
            }
            if all {
                try FormBatch(form: form, format: outFormat).write(wards: wards, to: paths, folder: output)
            } else {
                try form.write(ward: wards[0], to: WriterFactory.writer(for: outFormat, path: paths[0], title: schema.settings.title))
                printError(paths[0])
            }
        }
    }

    /// The format given, else the one the extension of `-o` names (a form), else XLSX; a
    /// format that contradicts the extension is refused.
    private func chosenFormat() throws -> SpreadsheetFormat {
        let given: SpreadsheetFormat? = format.map { $0 == .xlsx ? .xlsx : .ods }
        guard !all else { return given ?? .xlsx }
        let named = SpreadsheetFormat(pathExtension: output)
        if let named, named == .csv || (given != nil && given != named) {
            throw SpreadsheetError(OutputGuard.formatMismatch,
                vi: "Biểu mẫu ghi dạng .xlsx hoặc .ods; đuôi của \(output) không khớp\(given.map { " với --format \($0.rawValue)" } ?? "").",
                en: "A form is written as .xlsx or .ods; the extension of \(output) does not match\(given.map { " --format \($0.rawValue)" } ?? "").",
                at: DocumentLocation(file: output))
        }
        if named == nil && !(output as NSString).pathExtension.isEmpty {
            throw SpreadsheetError(OutputGuard.formatMismatch,
                vi: "Biểu mẫu ghi dạng .xlsx hoặc .ods; hãy đặt tên tệp với một trong hai đuôi này.",
                en: "A form is written as .xlsx or .ods; name the file with one of these extensions.",
                at: DocumentLocation(file: output))
        }
        return given ?? named ?? .xlsx
    }
}
