/// Everything a consolidation run writes into its output folder: the consolidated workbook in
/// each format asked for and every export profile's files, all staged and put in place together.
public struct ConsolidationOutputs {
    /// Makes the writer of one workbook format at a path (the CLI's `WriterFactory`).
    public typealias WriterMaker = (SpreadsheetFormat, String) throws -> any SpreadsheetWriter

    public var directory: String
    /// Workbook formats (`.xlsx`, `.ods`), in the order written.
    public var formats: [SpreadsheetFormat]
    public var language: Language
    public var csv: CSVWriteOptions
    public var profiles: [ExportProfile]

    public init(directory: String, formats: [SpreadsheetFormat] = [.xlsx], language: Language = .vi,
                csv: CSVWriteOptions = CSVWriteOptions(), profiles: [ExportProfile] = []) {
        self.directory = directory
        self.formats = formats
        self.language = language
        self.csv = csv
        self.profiles = profiles
    }

    /// `consolidated-2018`: fixed, whatever the language, so scripts can rely on it.
    public static func workbookName(_ c: Consolidation) -> String { "consolidated-\(c.schema.settings.year)" }

    /// Writes all outputs and returns their paths; on any failure nothing in the folder changes
    /// and no temporary file is left.
    @discardableResult
    public func write(_ c: Consolidation, makeWriter: WriterMaker) throws -> [String] {
        let staging = try OutputStaging(directory: directory)
        do {
            for format in formats {
                let path = try staging.path(for: Self.workbookName(c) + "." + format.rawValue)
                try ConsolidatedWorkbookWriter(language: language).write(c, to: try makeWriter(format, path))
            }
            for profile in profiles {
                let table = ExportTable(profile: profile, consolidation: c, language: language)
                try ExportWriter.writeCSV(table, path: try staging.path(for: profile.output), options: csv)
                guard let book = profile.workbook else { continue }
                for format in formats {
                    let path = try staging.path(for: book + "." + format.rawValue)
                    try ExportWriter.writeWorkbook(table, to: try makeWriter(format, path))
                }
            }
            return try staging.commit()
        } catch {
            staging.discard()
            throw staging.reported(error)
        }
    }

    /// Writes all outputs with the writers of `WriterFactory`, the schema's title in their
    /// properties: what `thidua consolidate` and the portal both call, so they write the same bytes.
    @discardableResult
    package func write(_ c: Consolidation) throws -> [String] {
        try write(c) { format, path in
            try WriterFactory.writer(for: format, path: path, title: c.schema.settings.title)
        }
    }
}
