import SheetNative

/// What `xl/workbook.xml` says: the sheets in order, the date system, the defined names.
struct WorkbookPartReader: Sendable {
    struct Sheet: Sendable {
        var name: String
        var state: SheetState
        /// The relationship id leading to the sheet's part.
        var relationshipId: String
    }

    var sheets: [Sheet] = []
    var dateSystem: DateSystem = .excel1900
    var definedNames: [DefinedName] = []

    static func read(_ entry: ZipEntry, in zip: ZipArchive) throws -> WorkbookPartReader {
        try memo.value(of: entry, in: zip) {
            let handler = WorkbookHandler()
            try XMLPartParser(zip: zip, entry: entry, handler: handler).parseAll()
            return handler.workbook
        }
    }

    /// The workbook parts read so far in this process (`ParsedPartMemo`): a district's returns,
    /// saved from one form, name the same sheets.
    static let memo = ParsedPartMemo<WorkbookPartReader>()
}

private final class WorkbookHandler: XMLEventHandler {
    var workbook = WorkbookPartReader()
    private var pendingName: DefinedName?
    private var nameText: [UInt8] = []
    var failure: (any Error)? { nil }

    func startElement(_ localName: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        if localName.equals("sheet") {
            let state: SheetState = switch attributes["state"] {
            case let s? where s.equals("hidden"): .hidden
            case let s? where s.equals("veryHidden"): .veryHidden
            default: .visible
            }
            workbook.sheets.append(.init(
                name: attributes["name"]?.attributeString ?? "Sheet\(workbook.sheets.count + 1)",
                state: state,
                relationshipId: attributes["id"]?.attributeString ?? ""))
        } else if localName.equals("workbookPr") {
            if attributeBool(attributes["date1904"]) { workbook.dateSystem = .excel1904 }
        } else if localName.equals("definedName") {
            pendingName = DefinedName(
                name: attributes["name"]?.attributeString ?? "",
                formula: "",
                localSheet: attributes["localSheetId"]?.unsignedInteger,
                hidden: attributeBool(attributes["hidden"]))
            nameText.removeAll(keepingCapacity: true)
        }
    }

    func endElement(_ localName: XMLBytes, namespace: XMLBytes?) {
        if localName.equals("definedName"), var name = pendingName {
            name.formula = String(decoding: nameText, as: UTF8.self)
            workbook.definedNames.append(name)
            pendingName = nil
        }
    }

    func characters(_ text: XMLBytes) {
        if pendingName != nil { nameText.append(contentsOf: text.buffer) }
    }
}

/// An `xsd:boolean` attribute: `1`/`true` (Transitional writes digits, Strict words).
private func attributeBool(_ value: XMLBytes?) -> Bool {
    guard let value else { return false }
    return value.equals("1") || value.equals("true")
}
