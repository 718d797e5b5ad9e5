/// Placeholder for the CSV reader.
final class CSVWorkbook: WorkbookBackend {
    init(source: any ByteSource, fileName: String, options: ReadOptions) throws {}
    var sheets: [SheetInfo] { [] }
    var definedNames: [DefinedName] { [] }
    func rowProducer(sheet: Int) throws -> any RowProducer { fatalError("not implemented") }
}
