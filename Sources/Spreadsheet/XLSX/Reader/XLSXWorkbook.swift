/// Reads an XLSX (SpreadsheetML, Transitional or Strict) package.
///
/// Every part is found through relationships, never by a fixed path. Opening reads only the
/// workbook part; the shared strings and styles are loaded once, when a sheet is first
/// streamed. A class because it shares the open package with its row producers.
final class XLSXWorkbook: WorkbookBackend {
    private let zip: ZipArchive
    private let fileName: String
    private let options: ReadOptions
    private let workbook: WorkbookPartReader
    private let workbookPart: String
    /// The workbook's relationships by id; nil when its `.rels` part is missing.
    private let relationships: [String: Relationship]?
    private var context: WorksheetContext?
    let sheets: [SheetInfo]

    /// An OPC package: it declares content types or package relationships.
    static func recognises(_ zip: ZipArchive) -> Bool {
        zip.contains(ContentTypes.partName) || zip.contains(PackagePath.relationships(of: ""))
    }

    init(zip: ZipArchive, fileName: String, options: ReadOptions) throws {
        self.zip = zip
        self.fileName = fileName
        self.options = options
        let packageRels = try RelationshipsHandler.read(of: "", in: zip)
        // Without package relationships, the one conventional name is the only hope left.
        guard let part = packageRels?.first(where: { $0.kind == "officeDocument" })?.target
                ?? (zip.contains("xl/workbook.xml") ? "xl/workbook.xml" : nil)
        else {
            throw XLSXErrors.missingPart(PackagePath.relationships(of: ""), "package relationships", file: fileName)
        }
        let contentType = try ContentTypes.read(in: zip).type(of: part) ?? ""
        if part.lowercased().hasSuffix(".bin") || Self.mentions(contentType, "sheet.binary") {
            throw XLSXErrors.xlsb(part: part, file: fileName)
        }
        if Self.mentions(contentType, "wordprocessingml") || Self.mentions(contentType, "presentationml") {
            throw XLSXErrors.notWorkbook(contentType: contentType, part: part, file: fileName)
        }
        guard let entry = zip.entry(named: part) else {
            throw XLSXErrors.missingPart(part, "workbook", file: fileName)
        }
        workbookPart = part
        workbook = try WorkbookPartReader.read(entry, in: zip)
        relationships = try RelationshipsHandler.read(of: part, in: zip).map { rels in
            Dictionary(rels.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        }
        sheets = workbook.sheets.enumerated().map { i, sheet in
            SheetInfo(name: sheet.name, state: sheet.state, index: i)
        }
    }

    var definedNames: [DefinedName] { workbook.definedNames }

    /// Whether `word` (ASCII) occurs in a content type as Foundation's `contains` finds it:
    /// byte for byte in ASCII, where a byte is a character (Foundation's cost ~17,000
    /// instructions a call); beyond ASCII a combining mark may join the word's last letter,
    /// so Foundation decides.
    static func mentions(_ contentType: String, _ word: StaticString) -> Bool {
        guard contentType.utf8.allSatisfy({ $0 < 0x80 }) else { return contentType.contains(word.description) }
        var text = contentType
        return text.withUTF8 { t in word.withUTF8Buffer { t.containsBytes($0) } }
    }

    func rowProducer(sheet: Int) throws -> any RowProducer {
        let sheetInfo = workbook.sheets[sheet]
        guard let relationships else {
            throw XLSXErrors.missingPart(PackagePath.relationships(of: workbookPart), "workbook relationships", file: fileName)
        }
        guard let target = relationships[sheetInfo.relationshipId]?.target else {
            throw XLSXErrors.missingPart(PackagePath.relationships(of: workbookPart),
                                         "relationship \(sheetInfo.relationshipId) of sheet \(sheetInfo.name)", file: fileName)
        }
        guard let entry = zip.entry(named: target) else {
            throw XLSXErrors.missingPart(target, "worksheet \(sheetInfo.name)", file: fileName)
        }
        return try WorksheetRowProducer(zip: zip, entry: entry, context: try worksheetContext())
    }

    /// Loads the shared strings and styles on first use.
    private func worksheetContext() throws -> WorksheetContext {
        if let context { return context }
        let rels = relationships.map { Array($0.values) } ?? []
        var strings = SharedStrings()
        if let target = rels.first(where: { $0.kind == "sharedStrings" })?.target {
            guard let entry = zip.entry(named: target) else {
                throw XLSXErrors.missingPart(target, "shared strings", file: fileName)
            }
            strings = try SharedStrings.read(entry, in: zip, limits: options.limits)
        }
        var styles = CellStyles()
        // Without styles every cell is General: dates then read as numbers, but nothing is lost.
        if let target = rels.first(where: { $0.kind == "styles" })?.target, let entry = zip.entry(named: target) {
            styles = try CellStyles.read(entry, in: zip)
        }
        let loaded = WorksheetContext(sharedStrings: strings, styles: styles,
                                      dateSystem: workbook.dateSystem, limits: options.limits,
                                      cellsOnly: options.cellsOnly)
        context = loaded
        return loaded
    }
}
