import SheetNative

/// The number format of each cell style (`cellXfs` entry), classified once per workbook so
/// that a cell's `s` index leads straight to its kind.
struct CellStyles {
    /// By the cell's `s`; kinds and codes apart so that typing a number touches no `String`.
    private(set) var kinds: [NumberFormat.Kind] = []
    /// The code to report per style; nil for General.
    private(set) var codes: [String?] = []

    init() {}

    init(formats: [NumberFormat?]) {
        kinds = formats.map { $0?.kind ?? .number }
        codes = formats.map { $0?.code }
    }

    /// An unknown style index reads as General, as the spreadsheet programs do.
    @inline(__always)
    func kind(_ styleIndex: Int) -> NumberFormat.Kind {
        styleIndex >= 0 && styleIndex < kinds.count ? kinds[styleIndex] : .number
    }

    @inline(__always)
    func code(_ styleIndex: Int) -> String? {
        styleIndex >= 0 && styleIndex < codes.count ? codes[styleIndex] : nil
    }

    static func read(_ entry: ZipEntry, in zip: ZipArchive) throws -> CellStyles {
        try memo.value(of: entry, in: zip) {
            let handler = StylesHandler()
            try XMLPartParser(zip: zip, entry: entry, handler: handler).parseAll()
            return CellStyles(formatIDs: handler.xfFormatIds,
                              customCodes: Dictionary(handler.customCodes, uniquingKeysWith: { _, last in last }))
        }
    }

    /// The styles parts read so far in this process (`ParsedPartMemo`).
    static let memo = ParsedPartMemo<CellStyles>()

    /// The styles of a workbook that gives each style's format id and its own format codes
    /// (XLSX `numFmt`, XLS `FORMAT`).
    init(formatIDs: [Int], customCodes: [Int: String]) {
        let custom = customCodes.mapValues { NumberFormat(code: $0) }
        let formats = formatIDs.map { id -> NumberFormat? in
            // A file may redefine a built-in id; its own definition wins.
            // General is no format at all (LibreOffice also declares it as a custom code).
            guard let format = custom[id] ?? NumberFormat.builtin(id: id), id != 0,
                  format.code.lowercased() != "general" else { return nil }
            return format
        }
        self.init(formats: formats)
    }
}

/// Collects `numFmts/numFmt` and the `numFmtId` of each `cellXfs/xf`.
private final class StylesHandler: XMLEventHandler {
    var customCodes: [(Int, String)] = []
    var xfFormatIds: [Int] = []
    private var inCellXfs = false
    var failure: (any Error)? { nil }

    func startElement(_ localName: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        if localName.equals("numFmt") {
            if let id = attributes["numFmtId"]?.unsignedInteger, let code = attributes["formatCode"] {
                customCodes.append((id, code.attributeString))
            }
        } else if localName.equals("cellXfs") {
            inCellXfs = true
        } else if inCellXfs && localName.equals("xf") {
            xfFormatIds.append(attributes["numFmtId"]?.unsignedInteger ?? 0)
        }
    }

    func endElement(_ localName: XMLBytes, namespace: XMLBytes?) {
        if localName.equals("cellXfs") { inCellXfs = false }
    }

    func characters(_ text: XMLBytes) {}
}
