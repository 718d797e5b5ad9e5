/// What opening learns from `content.xml`: the sheets, the named ranges and the styles.
struct ODSOutline {
    var tables: [(name: String, style: String?)]
    var definedNames: [DefinedName]
    var styles: ODSStyleSheet
    /// Where a parallel read may split the content; empty when not asked or not possible.
    var splits: [ODSSplitPoint] = []
    /// Where the first sheet begins; nil when the skim could not tell.
    var firstSheet: ODSSheetsStart? = nil
    /// The part's bytes, kept by the skim when small (`ODSContentSkimmer.keepLimit`).
    var content: [UInt8]? = nil

    /// Skims the content when it has the plain shape producers write, else parses it fully.
    static func scan(zip: ZipArchive, content: ZipEntry, styles: ODSStyleSheet, limits: ReadLimits,
                     fileName: String, skim: Bool = true, splitSize: Int? = nil) throws -> ODSOutline {
        if skim {
            let skimmer = try ODSContentSkimmer(zip: zip, entry: content, styles: styles, limits: limits,
                                                splitSize: splitSize)
            if try skimmer.run() {
                return ODSOutline(tables: skimmer.tables, definedNames: skimmer.definedNames, styles: skimmer.styles,
                                  splits: skimmer.splits, firstSheet: skimmer.firstSheet, content: skimmer.kept)
            }
        }
        let scan = ODSContentHandler(mode: .scan, styles: styles, formats: ODSFormatIndex(), limits: limits)
        let parser = try XMLPartParser(zip: zip, entry: content, handler: scan)
        scan.currentLine = { [unowned parser] in parser.line }
        try parser.parseAll()
        guard scan.sawSpreadsheet else {
            throw ODSErrors.notSpreadsheet(body: scan.otherBody ?? "?", file: fileName)
        }
        return ODSOutline(tables: scan.tables, definedNames: scan.definedNames, styles: scan.styles)
    }
}
