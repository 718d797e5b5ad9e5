import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `thidua consolidate`: validates every return, takes the valid latest one per ward and
/// writes the consolidated workbook and the exports, all at once or not at all.
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Tổng hợp báo cáo của các phường / Consolidate the wards' returns.",
        discussion: """
        Validates each return; returns with errors are rejected and listed with their findings, \
        never dropped silently. Warnings do not reject a return unless --reject-warnings is given \
        (--accept-warnings, the default, says so explicitly). When a ward sent several returns, \
        the latest counts (by report date, else file modification time) and the others are \
        reported as superseded. Writes consolidated-<year>.xlsx (and/or .ods) and one CSV per \
        export profile into the output folder; outputs replace earlier ones only when all are \
        complete. Exit status: 0 every expected ward is in and valid, 1 some ward is missing or \
        rejected or some file names no known ward or is no return, 2 unusable input (no schema, no readable return, output folder not writable).
        """)

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

    @Argument(help: "Returns (.xlsx, .ods, .xls, .csv), or folders of them.")
    var inputs: [String]

    @OptionGroup var schemaOption: SchemaOption

    @OptionGroup var reading: ReturnReadingOptions

    @Option(name: .shortAndLong, help: "Output folder (created when missing).")
    var output: String

    @Option(name: .long, help: "Workbook format: xlsx, ods or both.")
    var format: OutputFormat = .xlsx

    @Option(name: .long, help: "Ngôn ngữ / language of messages and outputs: vi|en.")
    var lang: Language = .vi

    @Flag(name: .long, help: "Accept returns that have warnings (the default).")
    var acceptWarnings = false

    @Flag(name: .long, help: "Reject returns that have warnings, as if they were errors.")
    var rejectWarnings = false

    @Flag(name: .long, help: "Write the CSV exports without the UTF-8 byte order mark.")
    var noBom = false

    @Option(name: .long, help: "CSV export delimiter: , ; or tab.")
    var delimiter: Delimiter = .comma

    @OptionGroup var profilesOption: ExportProfilesOption

    @Option(name: .long, help: ArgumentHelp("The district's verified points (CSV, XLSX or ODS: columns ward, criterion, points), scored instead of the returns'.", valueName: "file"))
    var verified: String?

    @Option(name: .long, help: "Returns validated at once (default: the number of processors).")
    var jobs: Int?

    @Flag(name: .shortAndLong, help: "No progress on standard error.")
    var quiet = false

    /// The most threads used, whatever `--jobs` says.
    static let maxJobs = 256

    func validate() throws {
        if acceptWarnings && rejectWarnings {
            throw ValidationError("--accept-warnings and --reject-warnings exclude each other")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
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
