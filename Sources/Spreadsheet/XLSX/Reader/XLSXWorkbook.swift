/// Placeholder for the XLSX reader.
final class XLSXWorkbook: WorkbookBackend {
    static func recognises(_ zip: ZipArchive) -> Bool { false }
    init(zip: ZipArchive, fileName: String, options: ReadOptions) throws {}
    var sheets: [SheetInfo] { [] }
    var definedNames: [DefinedName] { [] }
    func rowProducer(sheet: Int) throws -> any RowProducer { fatalError("not implemented") }
}
