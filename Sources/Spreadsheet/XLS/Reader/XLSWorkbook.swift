/// Reads a legacy Excel workbook (`.xls`): BIFF8 (Excel 97–2003) and BIFF5/7 (Excel 5/95)
/// in an OLE2 compound file.
///
/// Opening reads the workbook globals (formats, sheets, shared strings); each sheet is then
/// streamed record by record from its BOF. Defined names are not read (they are stored as
/// parsed formula tokens). A class because it shares the open file with its row producers.
final class XLSWorkbook: WorkbookBackend {
    private let stream: CFBStream
    private let globals: XLSGlobals
    private let options: ReadOptions
    let sheets: [SheetInfo]
    var definedNames: [DefinedName] { [] }

    /// The workbook stream: `Workbook` in BIFF8, `Book` in BIFF5.
    static func workbookStream(in file: CompoundFile) -> CFBDirectoryEntry? {
        file.stream(named: "Workbook") ?? file.stream(named: "Book")
    }

    init(file: CompoundFile, entry: CFBDirectoryEntry, options: ReadOptions) throws {
        stream = try file.open(entry)
        self.options = options
        globals = try XLSGlobals.read(BIFFRecordReader(stream: stream), limits: options.limits)
        sheets = globals.sheets.enumerated().map { i, sheet in SheetInfo(name: sheet.name, state: sheet.state, index: i) }
    }

    func rowProducer(sheet: Int) throws -> any RowProducer {
        try XLSRowProducer(stream: stream, globals: globals, offset: globals.sheets[sheet].offset, limits: options.limits)
    }
}
