import SheetNative

/// Follows the structure of `content.xml` as it streams past.
///
/// In `.scan` mode it records the automatic styles, the sheets' names and styles and the
/// named ranges, and skips every row: it reads the prologue ahead of `ODSContentSkimmer`,
/// and the whole document when the skimmer hands over. In `.read` mode it hands the sheets
/// from `wantedFrom` on to `ODSSheetDecoder` and queues their rows.
///
/// A sheet is a `table:table` child of `office:spreadsheet`; rows count inside
/// `table:table-rows`, `table:table-header-rows` and nested `table:table-row-group`s alike.
/// Subtrees nothing reads (annotations, shapes, forms, nested tables, tracked changes)
/// are skipped by depth alone.
final class ODSContentHandler: XMLEventHandler {
    enum Mode { case scan, read }

    /// The state lives at a fixed address: callbacks then reach it without Swift's
    /// dynamic exclusivity checks on class properties, which cost more than the work
    /// itself at millions of events.
    private let core: UnsafeMutablePointer<ODSContentCore>

    init(mode: Mode, styles: ODSStyleSheet, formats: ODSFormatIndex, limits: ReadLimits) {
        core = .allocate(capacity: 1)
        core.initialize(to: ODSContentCore(mode: mode, styles: styles, formats: formats, limits: limits))
    }

    deinit {
        core.deinitialize(count: 1)
        core.deallocate()
    }

    var failure: (any Error)? { core.pointee.failure }
    var currentLine: () -> Int {
        get { core.pointee.currentLine }
        set { core.pointee.currentLine = newValue }
    }
    var styles: ODSStyleSheet { core.pointee.styles }
    var tables: [(name: String, style: String?)] { core.pointee.tables }
    var definedNames: [DefinedName] { core.pointee.definedNames }
    var sawSpreadsheet: Bool { core.pointee.sawSpreadsheet }
    var otherBody: String? { core.pointee.otherBody }
    var wantedFrom: Int {
        get { core.pointee.wantedFrom }
        set { core.pointee.wantedFrom = newValue }
    }
    func popRow() -> ODSRowQueue.Item? { core.pointee.queue.pop() }
    /// Every queued item, emptying the queue.
    func takeAll() -> [ODSRowQueue.Item] { core.pointee.queue.takeAll() }
    var decoder: ODSSheetDecoder { core.pointee.decoder }

    /// Starts the count of sheets at `table`, whose rows resume at `row`: the content
    /// parsed is a segment that begins inside that sheet (`ODSSplitPoint`).
    func resume(table: Int, row: Int) {
        core.pointee.tableCount = table
        core.pointee.decoder.resume = (table, row)
    }

    func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        core.pointee.startElement(name, namespace: namespace, attributes: attributes)
    }

    func endElement(_ name: XMLBytes, namespace: XMLBytes?) {
        core.pointee.endElement(name, namespace: namespace)
    }

    func characters(_ text: XMLBytes) { core.pointee.characters(text) }
}

/// The state and logic of `ODSContentHandler`.
struct ODSContentCore {
    typealias Mode = ODSContentHandler.Mode

    let mode: Mode
    private(set) var failure: (any Error)?
    private var cache = ODSNamespaceCache()
    private var cellName = ODSInternedName("table-cell")
    private var paragraphName = ODSInternedName("p")
    /// Where the parser is, for error locations.
    var currentLine: () -> Int = { 0 }

    // Scan results.
    var styles: ODSStyleSheet
    private(set) var tables: [(name: String, style: String?)] = []
    private(set) var definedNames: [DefinedName] = []
    private(set) var sawSpreadsheet = false
    private(set) var otherBody: String?

    // Read state.
    var decoder: ODSSheetDecoder
    var queue = ODSRowQueue()
    /// Sheets before this one are skipped unread.
    var wantedFrom = 0

    // Structure.
    private var depth = 0
    private var skipDepth = 0
    private var stylesDepth = 0
    private var bodyDepth = 0
    private var spreadsheetDepth = 0
    private var tableDepth = 0
    private var namesDepth = 0
    private var rowDepth = 0
    private var cellDepth = 0
    fileprivate(set) var tableCount = 0
    private var decoding = false

    init(mode: Mode, styles: ODSStyleSheet, formats: ODSFormatIndex, limits: ReadLimits) {
        self.mode = mode
        self.styles = styles
        decoder = ODSSheetDecoder(limits: limits, formats: formats)
    }

    mutating func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes a: XMLAttributes) {
        // The parser finishes the chunk after a failure: nothing after it may be queued.
        if failure != nil { return }
        depth += 1
        if skipDepth != 0 { return }
        let ns = cache.classify(namespace)
        if cellDepth != 0 {
            cellContent(ns, name, a)
        } else if rowDepth != 0 {
            guard ns == .table else { return skip() }
            if cellName.matches(name) {
                do { try decoder.beginCell(a, &cache) } catch { return fail(error) }
                cellDepth = depth
            } else if name.equals("covered-table-cell") {
                do { try decoder.beginCell(a, &cache, covered: true) } catch { return fail(error) }
                cellDepth = depth
            } else {
                skip()
            }
        } else if namesDepth != 0 {
            if ns == .table { definedName(name, a) }
            skip()
        } else if tableDepth != 0 {
            inTable(ns, name, a)
        } else if stylesDepth != 0 {
            styles.start(ns, name, a, &cache)
        } else if spreadsheetDepth != 0 {
            if ns == .table, name.equals("table") {
                beginTable(a)
            } else if ns == .table, name.equals("named-expressions"), mode == .scan {
                namesDepth = depth
            } else {
                skip()
            }
        } else if bodyDepth != 0 {
            if ns == .office, name.equals("spreadsheet"), !sawSpreadsheet {
                sawSpreadsheet = true
                spreadsheetDepth = depth
            } else {
                if otherBody == nil, ns == .office { otherBody = "office:" + name.string }
                skip()
            }
        } else if depth == 2 {
            if ns == .office, name.equals("body") {
                bodyDepth = depth
            } else if ns == .office, name.equals("automatic-styles"), mode == .scan {
                stylesDepth = depth
            } else {
                skip()
            }
        } else if depth > 2 {
            skip()
        }
    }

    mutating func endElement(_ name: XMLBytes, namespace: XMLBytes?) {
        if failure != nil { return }
        if skipDepth != 0 {
            if depth == skipDepth { skipDepth = 0 }
            depth -= 1
            return
        }
        let d = depth
        depth -= 1
        if cellDepth != 0 {
            if d == cellDepth {
                cellDepth = 0
                do { try decoder.endCell() } catch { fail(error) }
            } else if cache.classify(namespace) == .text, paragraphName.matches(name) || name.equals("h") {
                decoder.text.endParagraph()
            }
        } else if d == rowDepth {
            rowDepth = 0
            do { try decoder.endRow(into: &queue) } catch { fail(error) }
        } else if d == tableDepth {
            tableDepth = 0
            if decoding { decoder.endTable(into: &queue) }
            decoding = false
        } else if d == namesDepth {
            namesDepth = 0
        } else if stylesDepth != 0 {
            if d == stylesDepth { stylesDepth = 0 } else { styles.end(cache.classify(namespace), name) }
        } else if d == spreadsheetDepth {
            spreadsheetDepth = 0
        } else if d == bodyDepth {
            bodyDepth = 0
        }
    }

    mutating func characters(_ text: XMLBytes) {
        guard skipDepth == 0, failure == nil else { return }
        if cellDepth != 0 {
            if decoder.needsText { decoder.text.characters(text) }
        } else if stylesDepth != 0 {
            styles.characters(text)
        }
    }

    // MARK: - Pieces

    private mutating func skip() { skipDepth = depth }

    private mutating func fail(_ error: any Error) {
        guard failure == nil else { return }
        if var e = error as? SpreadsheetError {
            if e.location.line == nil { e.location.line = currentLine() }
            failure = e
        } else {
            failure = error
        }
    }

    private mutating func beginTable(_ a: XMLAttributes) {
        let index = tableCount
        tableCount += 1
        tableDepth = depth
        let name = a.value(.table, "name", &cache)?.attributeString ?? "Sheet\(index + 1)"
        switch mode {
        case .scan:
            tables.append((name, a.value(.table, "style-name", &cache)?.attributeString))
        case .read:
            decoding = index >= wantedFrom
            if decoding { decoder.beginTable(index: index, name: name) }
        }
    }

    private mutating func inTable(_ ns: ODSNamespace, _ name: XMLBytes, _ a: XMLAttributes) {
        guard ns == .table else { return skip() }
        if !decoding {
            if mode == .scan, name.equals("named-expressions") { namesDepth = depth } else { skip() }
            return
        }
        if name.equals("table-row") {
            decoder.beginRow(a, &cache)
            rowDepth = depth
        } else if name.equals("table-column") {
            decoder.column(a, &cache)
            skip()
        } else if name.equals("table-rows") || name.equals("table-header-rows") || name.equals("table-row-group")
                    || name.equals("table-columns") || name.equals("table-header-columns")
                    || name.equals("table-column-group") {
            return  // containers: their rows and columns count in document order
        } else {
            skip()
        }
    }

    /// Inside a cell: only the paragraphs' text matters, and only to string and error cells.
    private mutating func cellContent(_ ns: ODSNamespace, _ name: XMLBytes, _ a: XMLAttributes) {
        guard decoder.needsText, ns == .text else { return skip() }
        if paragraphName.matches(name) || name.equals("h") {
            decoder.text.beginParagraph()
        } else if name.equals("s") {
            let n = a.value(.text, "c", &cache)?.unsignedInteger ?? 1
            decoder.text.appendLiteral(0x20, count: max(n, 1))
            skip()
        } else if name.equals("tab") {
            decoder.text.appendLiteral(0x09)
            skip()
        } else if name.equals("line-break") {
            decoder.text.appendLiteral(0x0A)
            skip()
        } else if name.equals("note") || name.equals("ruby-text") || name.equals("tracked-changes") {
            skip()
        }
        // text:span, text:a and other inline elements: their text is kept.
    }

    private mutating func definedName(_ name: XMLBytes, _ a: XMLAttributes) {
        let local = tableDepth != 0 ? tableCount - 1 : nil
        guard let n = a.value(.table, "name", &cache)?.attributeString else { return }
        if name.equals("named-range"), let range = a.value(.table, "cell-range-address", &cache) {
            definedNames.append(DefinedName(name: n, formula: range.attributeString, localSheet: local))
        } else if name.equals("named-expression"), let expression = a.value(.table, "expression", &cache) {
            definedNames.append(DefinedName(name: n, formula: ODSFormulaText.strip(expression), localSheet: local))
        }
    }
}
