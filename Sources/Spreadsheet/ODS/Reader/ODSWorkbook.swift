/// Reads OpenDocument spreadsheets (`.ods`, and `.ots` templates).
///
/// Opening checks `mimetype`, reads `styles.xml`, and scans `content.xml` for the sheets
/// (name; hidden when the table's style has `table:display="false"`), the named ranges and
/// expressions, and the automatic styles. The scan cannot be avoided, since the sheet list
/// must be known on opening and the last sheet's name sits after all the earlier sheets'
/// cells; so it is a byte-level skim (`ODSContentSkimmer`), several times cheaper than an
/// XML parse, with the full parse as its fallback. Rows are then streamed by one parked
/// parser (`ODSReadSession`): reading every sheet in order runs libxml2 over the content
/// once, never once per sheet.
///
/// A large content (`ODSParallelism.automatic`) is read on several threads instead: the
/// skim also places split points at row starts, libxml2 parses the segments between them
/// in parallel, and `ODSParallelSession` delivers their rows in order once each segment's
/// starting sheet and row are proven by the segment before it; whatever cannot be proven
/// is read by the sequential session, so both give the same rows, merges and errors.
///
/// Values come from `office:value-type` and the typed attributes, never from the display
/// text: float, percentage and currency → `.number`; date → `.date` or `.dateTime`;
/// time (an ISO duration) → `.duration`; boolean → `.boolean`; string → `.text`;
/// LibreOffice's `calcext:value-type="error"` → `.error`. Formulas keep their text without
/// the `of:=` prefix beside the cached value. Number formats are derived from the data
/// styles on a best-effort basis (`ODSDataStyle`).
///
/// Covered cells (`table:covered-table-cell`) are read like any cell: ODF does not display
/// them, but LibreOffice keeps there what a merge hid (its "keep the contents of hidden
/// cells"), and a value there is still data, never dropped silently: the domain layer reports
/// it where it is not expected (calamine reads it too). The merge itself is in `mergedRanges`.
final class ODSWorkbook: WorkbookBackend {
    private let zip: ZipArchive
    private let content: ZipEntry
    private let options: ReadOptions
    private let formats: ODSFormatIndex
    let sheets: [SheetInfo]
    let definedNames: [DefinedName]
    /// The session parked after the last sheet read, ready to continue.
    private var parked: (any ODSItemSource)?
    /// Where the content may be split for a parallel read; empty to read it in one thread.
    private let splits: [ODSSplitPoint]
    private let workers: Int

    static let mimetypes = [ODSErrors.spreadsheetType, ODSErrors.spreadsheetType + "-template"]

    /// An OpenDocument package: a `mimetype` entry, or `content.xml` beside a manifest.
    /// Other OpenDocument types are claimed too, so that they are refused by name.
    static func recognises(_ zip: ZipArchive) -> Bool {
        zip.contains("mimetype") || (zip.contains(ODSErrors.contentPart) && zip.contains("META-INF/manifest.xml"))
    }

    /// Where a read of the cells alone starts parsing (`ReadOptions.cellsOnly`).
    private let firstSheet: ODSSheetsStart?
    /// `content.xml` as the opening skim inflated and checked it, when small.
    private let keptContent: [UInt8]?

    /// Bytes of `content.xml` parsed per step while reading rows.
    private let chunkSize: Int

    /// - Parameters:
    ///   - skim: false forces the full libxml2 scan on opening (tests compare both).
    ///   - chunkSize: tests make it tiny so that sheets end and begin across steps.
    ///   - parallelism: how a large content is read on several threads; by default
    ///     `ODSParallelism.automatic`, tests force tiny splits on small files.
    init(zip: ZipArchive, fileName: String, options: ReadOptions, skim: Bool = true,
         chunkSize: Int = 64 * 1024, parallelism: ODSParallelism?? = nil) throws {
        self.zip = zip
        self.chunkSize = chunkSize
        self.options = options
        if let entry = zip.entry(named: "mimetype") {
            let raw = try zip.read(entry, maxSize: 1024)
            let type = String(decoding: raw, as: UTF8.self).trimmingASCIIWhitespace
            guard ODSWorkbook.mimetypes.contains(type) else { throw ODSErrors.mimetype(type, file: fileName) }
        }
        guard let content = zip.entry(named: ODSErrors.contentPart) else {
            throw ODSErrors.missingContent(file: fileName)
        }
        self.content = content
        var styles = ODSStyleSheet()
        if let entry = zip.entry(named: "styles.xml") {
            styles = try ODSStyleSheet.memo.value(of: entry, in: zip) {
                let handler = ODSStylesHandler()
                try XMLPartParser(zip: zip, entry: entry, handler: handler).parseAll()
                return handler.styles
            }
        }
        let parallel = parallelism ?? ODSParallelism.automatic(contentSize: content.uncompressedSize)
        let outline = try ODSOutline.scan(zip: zip, content: content, styles: styles, limits: options.limits,
                                          fileName: fileName, skim: skim, splitSize: parallel?.splitSize)
        firstSheet = options.cellsOnly ? outline.firstSheet : nil
        keptContent = outline.content
        splits = ODSParallelism.fits(outline.splits, contentSize: content.uncompressedSize) ? outline.splits : []
        workers = parallel?.workers ?? 1
        let hidden = outline.styles.hiddenTableStyles
        sheets = outline.tables.enumerated().map { i, t in
            SheetInfo(name: t.name, state: t.style.map { hidden.contains($0) } == true ? .hidden : .visible, index: i)
        }
        definedNames = outline.definedNames
        formats = ODSFormatIndex(styles: outline.styles)
    }

    /// Whether the rows are parsed from the content the opening skim kept (tests).
    var keepsContent: Bool { keptContent != nil }
    /// Split points the parallel read uses (tests check that it does split).
    var splitCount: Int { splits.count }
    /// Whether the last parallel read handed over to a sequential parse (tests).
    var parallelFellBack: Bool { (parked as? ODSParallelSession)?.fellBack == true }

    func rowProducer(sheet: Int) throws -> any RowProducer {
        let session: any ODSItemSource
        if let parked, parked.canServe(sheet) {
            session = parked
        } else if !splits.isEmpty {
            session = ODSParallelSession(zip: zip, entry: content, splits: splits, formats: formats,
                                         limits: options.limits, workers: workers, chunkSize: chunkSize)
            parked = session
        } else {
            session = try ODSReadSession(zip: zip, entry: content, formats: formats, limits: options.limits,
                                         chunkSize: chunkSize, from: firstSheet, kept: keptContent)
            parked = session
        }
        return ODSRowProducer(session: session, sheet: sheet, isLast: sheet == sheets.count - 1)
    }
}

extension String {
    var trimmingASCIIWhitespace: String {
        var s = Substring(self)
        while let c = s.first, c == " " || c == "\n" || c == "\r" || c == "\t" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\n" || c == "\r" || c == "\t" { s.removeLast() }
        return String(s)
    }
}
