import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `thidua consolidate`: validates every return, takes the valid latest one per ward and
/// writes the consolidated workbook and the exports, all at once or not at all.
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: HelpText.text("Tổng hợp báo cáo của các phường.", "Consolidate the wards' returns."),
        discussion: HelpText.text("""
        Kiểm tra từng báo cáo; báo cáo có lỗi bị loại và được liệt kê cùng các lỗi, không bao giờ \
        bị bỏ đi âm thầm. Cảnh báo không làm báo cáo bị loại, trừ khi có --reject-warnings \
        (--accept-warnings, mặc định, nói rõ điều đó). Khi một phường gửi nhiều báo cáo, báo cáo \
        mới nhất được dùng (theo ngày lập báo cáo, nếu không có thì theo thời điểm sửa tệp), các \
        báo cáo khác được ghi là bị thay thế. Ghi consolidated-<năm>.xlsx (và/hoặc .ods) và mỗi mẫu \
        xuất một tệp CSV vào thư mục kết quả; các tệp cũ chỉ bị thay khi mọi tệp mới đã ghi xong. \
        Mã thoát: 0 mọi phường đã nộp và hợp lệ, 1 có phường chưa nộp hoặc bị loại, hoặc có tệp \
        không thuộc phường nào hay không phải báo cáo, 2 dữ liệu không dùng được (không có bộ tiêu \
        chí, không đọc được báo cáo nào, không ghi được vào thư mục kết quả).
        """, """
        Validates each return; returns with errors are rejected and listed with their findings, \
        never dropped silently. Warnings do not reject a return unless --reject-warnings is given \
        (--accept-warnings, the default, says so explicitly). When a ward sent several returns, \
        the latest counts (by report date, else file modification time) and the others are \
        reported as superseded. Writes consolidated-<year>.xlsx (and/or .ods) and one CSV per \
        export profile into the output folder; outputs replace earlier ones only when all are \
        complete. Exit status: 0 every expected ward is in and valid, 1 some ward is missing or \
        rejected or some file names no known ward or is no return, 2 unusable input (no schema, no readable return, output folder not writable).
        """))

    enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
        case xlsx, ods, both
        var formats: [SpreadsheetFormat] {
            switch self {
            case .xlsx: [.xlsx]
            case .ods: [.ods]
            case .both: [.xlsx, .ods]
            }
        }
    }

    @Argument(help: HelpText.help("Các báo cáo (.xlsx, .ods, .xls, .csv) hoặc thư mục chứa chúng.", "Returns (.xlsx, .ods, .xls, .csv), or folders of them.", value: "tệp"))
    var inputs: [String]

    @OptionGroup var schemaOption: SchemaOption

    @OptionGroup var reading: ReturnReadingOptions

    @Option(name: .shortAndLong, help: HelpText.help("Thư mục ghi kết quả (được tạo nếu chưa có).", "Output folder (created when missing).", value: "thư-mục"))
    var output: String

    @Option(name: .long, help: HelpText.help("Dạng bảng tổng hợp: xlsx, ods hoặc both (cả hai).", "Workbook format: xlsx, ods or both.", value: "dạng"))
    var format: OutputFormat = .xlsx

    @Option(name: .long, help: HelpText.help("Ngôn ngữ của thông báo và của các tệp kết quả: vi (tiếng Việt) hoặc en (tiếng Anh).", "Language of the messages and the outputs: vi (Vietnamese) or en (English).", value: "ngôn-ngữ"))
    var lang: Language = .vi

    @Flag(name: .long, help: HelpText.help("Nhận các báo cáo có cảnh báo (mặc định).", "Accept returns that have warnings (the default)."))
    var acceptWarnings = false

    @Flag(name: .long, help: HelpText.help("Loại các báo cáo có cảnh báo, như khi có lỗi.", "Reject returns that have warnings, as if they were errors."))
    var rejectWarnings = false

    @Flag(name: .long, help: HelpText.help("Ghi các tệp CSV xuất ra không có dấu BOM của UTF-8.", "Write the CSV exports without the UTF-8 byte order mark."))
    var noBom = false

    @Option(name: .long, help: HelpText.help("Dấu phân cách của CSV xuất ra: , ; hoặc tab.", "CSV export delimiter: , ; or tab.", value: "dấu"))
    var delimiter: Delimiter = .comma

    @OptionGroup var profilesOption: ExportProfilesOption

    @Option(name: .long, help: HelpText.help("Điểm quận đã thẩm định (CSV, XLSX hoặc ODS: các cột ward, criterion, points), dùng để chấm thay cho điểm trong báo cáo.",
                                              "The district's verified points (CSV, XLSX or ODS: columns ward, criterion, points), scored instead of the returns'.",
                                              value: "tệp"))
    var verified: String?

    @Option(name: .long, help: HelpText.help("Số báo cáo được kiểm tra cùng lúc (mặc định: số bộ xử lý).", "Returns validated at once (default: the number of processors).", value: "số"))
    var jobs: Int?

    @Flag(name: .shortAndLong, help: HelpText.help("Không in tiến độ ra luồng lỗi chuẩn.", "No progress on standard error."))
    var quiet = false

    /// The most threads used, whatever `--jobs` says.
    static let maxJobs = 256

    func validate() throws {
        if acceptWarnings && rejectWarnings {
            throw ValidationError(HelpText.text("--accept-warnings và --reject-warnings không dùng cùng nhau được.", "--accept-warnings and --reject-warnings exclude each other"))
        }
        if let jobs, jobs < 1 { throw ValidationError(HelpText.text("--jobs phải từ 1 trở lên.", "--jobs must be at least 1")) }
    }

    func run() throws {
        let schema = try schemaOption.load(lang)
        let exportProfiles = try profilesOption.load(schemaPath: schemaOption.path, lang)
        var verifiedPoints: VerifiedPoints = [:]
        if let verified {
            do {
                verifiedPoints = try VerifiedPointsFile.load(path: verified, schema: schema)
            } catch {
                for f in error.findings { printError(f.text(lang)) }
                throw ExitCode(2)
            }
        }
        let found = ReturnFiles(inputs)
        let paths = found.returns
        guard !paths.isEmpty else {
            for f in found.skipped { printError(f.text(lang)) }
            printError(ReturnFiles.noReturns(inputs, skipped: found.skipped.count, lang))
            throw ExitCode(2)
        }
        // Outputs written among the returns would be read as returns on the next run.
        if let input = inputs.first(where: { OutputGuard.isInside(output, $0) }) {
            printError(lang == .vi
                ? "\(output): thư mục kết quả nằm trong thư mục báo cáo \(input); lần chạy sau sẽ đọc kết quả như báo cáo. Hãy chọn thư mục khác. [output.inside-input]"
                : "\(output): the output folder is inside the returns folder \(input); the next run would read the outputs as returns. Choose another folder. [output.inside-input]")
            throw ExitCode(2)
        }
        // Fails before the long part when the folder cannot be written.
        try reportingFailures(lang) {
            try OutputGuard.checkFolder(output)
            try OutputStaging(directory: output).discard()
        }

        var consolidation = fold(paths, schema: schema, verified: verifiedPoints)
        consolidation.skipped = found.skipped
        if consolidation.count(.unreadable) == consolidation.submissions.count {
            printError(lang == .vi ? "Không đọc được báo cáo nào." : "No return could be read.")
            throw ExitCode(2)
        }
        let csv = CSVWriteOptions(delimiter: delimiter.csvDelimiter, byteOrderMark: !noBom)
        let outputs = ConsolidationOutputs(directory: output, formats: format.formats, language: lang, csv: csv, profiles: exportProfiles.profiles)
        var written: [String] = []
        try reportingFailures(lang) {
            written = try outputs.write(consolidation)
        }
        try reportingOutputFailure(lang) { try StandardStreams.writeOutput(Array(consolidation.summaryText(lang, outputs: written, profiles: exportProfiles).utf8)) }
        // A file nobody can place (unknown ward, not a return) needs someone's attention too.
        if !consolidation.isComplete || consolidation.count(.unknownWard) + consolidation.count(.unreadable) > 0 {
            throw ExitCode(1)
        }
    }

    /// Validates in batches on `jobs` threads and folds each result at once, so memory holds
    /// one batch of returns plus the consolidated table.
    private func fold(_ paths: [String], schema: CriteriaSchema, verified: VerifiedPoints) -> Consolidation {
        // More threads than returns (or than a machine has any use for) buy nothing.
        let workers = min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, paths.count, Self.maxJobs)
        let validator = reading.validator(schema: schema)
        var builder = ConsolidationBuilder(schema: schema, policy: ConsolidationPolicy(rejectsWarnings: rejectWarnings), verified: verified)
        var progress = ConsolidateProgress(total: paths.count, language: lang, quiet: quiet)
        let batch = max(1, workers * 8)
        var start = 0
        while start < paths.count {
            let slice = Array(paths[start..<min(paths.count, start + batch)])
            for r in validator.validate(paths: slice, workers: workers) {
                let status = builder.add(r, modified: FileTimes.modified(r.file))
                progress.report(r, status: status)
            }
            start += slice.count
        }
        progress.finish()
        return builder.finish()
    }
}

extension Delimiter {
    var csvDelimiter: CSVDelimiter {
        switch self {
        case .comma: .comma
        case .semicolon: .semicolon
        case .tab: .tab
        }
    }
}

/// File modification times, the tie-breaker between a ward's returns.
enum FileTimes {
    static func modified(_ path: String) -> Double? { FileStatus.modified(path) }
}
