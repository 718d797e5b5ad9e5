import SheetNative

/// Follows one sheet's layout during the opening skim, to place `ODSSplitPoint`s.
///
/// Inside a row only row starts and ends matter (a row inside a row is invalid ODF but
/// well-formed XML: it is counted so that the outer row's end is found); between rows every
/// element is tracked, so that the ancestors of a split are exactly the open elements.
/// Nested tables never reach the tracker: the skimmer keeps their content away. Rows and
/// columns are counted the way `ODSContentHandler` reads them: only under `table:table`
/// and the row and column containers, never inside another element. Whatever the
/// tracker cannot follow (a reference in a repeat count) ends splitting for the sheet:
/// fewer splits cost speed, never correctness, since every split is verified.
struct ODSSplitTracker {
    enum Tag {
        case row, column, container, other
    }

    /// Bytes of content between splits; nil when the document is too small to split.
    let splitSize: Int?
    private(set) var splits: [ODSSplitPoint] = []

    private var lastSplit = 0
    private var table = -1
    private var tablePrefix: [UInt8] = []
    private var tableSuffix: [UInt8] = []
    private var columns: [UInt8] = []
    /// `tablePrefix + columns`, built once per change so that splits share one copy.
    private var head: [UInt8]?
    /// Open elements between the sheet's `table:table` and the current point, outside rows:
    /// the raw start tag of each container, nil for any other element.
    private var stack: [[UInt8]?] = []
    private var others = 0
    private(set) var rowNesting = 0
    private var row = 0
    private var splittable = false

    private static let maxColumnBytes = 64 << 10
    /// Ancestors' tags this long (a hostile root tag) would make every segment parse them again.
    private static let maxHeadBytes = 1 << 20

    init(splitSize: Int?) {
        self.splitSize = splitSize
    }

    var inRow: Bool { rowNesting > 0 }

    /// A sheet begins; `ancestors` are the raw start tags of the root, the body and the
    /// spreadsheet, `tag` the sheet's own.
    mutating func beginTable(_ index: Int, ancestors: [[UInt8]], tag: [UInt8]) {
        table = index
        row = 0
        stack = []
        others = 0
        rowNesting = 0
        columns = []
        head = nil
        splittable = splitSize != nil
        guard splittable else { return }
        tablePrefix = ancestors.joined() + tag
        tableSuffix = ([tag] + ancestors.reversed()).flatMap(ODSSplitTracker.endTag)
        if tablePrefix.count > ODSSplitTracker.maxHeadBytes { splittable = false }
    }

    /// A start tag at the sheet's own level (not inside a nested table).
    /// - Parameter raw: the whole tag; `repeats` the raw `table:number-rows-repeated` of a row.
    mutating func start(_ kind: Tag, raw: UnsafeBufferPointer<UInt8>, selfClosing: Bool, offset: Int,
                        repeats: UnsafeBufferPointer<UInt8>?) {
        if inRow {
            if kind == .row, !selfClosing { rowNesting += 1 }
            return
        }
        let counted = others == 0
        switch kind {
        case .row where counted:
            var n = 1
            if let repeats {
                if repeats.contains(UInt8(ascii: "&")) {
                    splittable = false
                } else {
                    n = ODSSheetDecoder.repeats(XMLBytes(base: repeats.baseAddress!, count: repeats.count))
                }
            }
            if splittable, let splitSize, offset - lastSplit >= splitSize { split(at: offset) }
            row = min(row + n, ODSSheetDecoder.maxRepeat)
            if !selfClosing { rowNesting = 1 }
        case .column where counted:
            var tag = Array(raw)
            if !selfClosing { tag.insert(UInt8(ascii: "/"), at: tag.count - 1) }
            columns += tag
            head = nil
            if columns.count > ODSSplitTracker.maxColumnBytes { splittable = false }
            if !selfClosing { push(nil) }
        case .container where counted:
            if !selfClosing { push(Array(raw)) }
        default:
            if !selfClosing { push(nil) }
        }
    }

    /// An end tag at the sheet's own level, other than the sheet's.
    mutating func end(isRow: Bool) {
        if inRow {
            if isRow { rowNesting -= 1 }
            return
        }
        // An unbalanced end tag is malformed XML: the segment holding it fails to parse,
        // and the read falls back to one sequential parse, which reports it.
        guard let top = stack.popLast() else { return }
        if top == nil { others -= 1 }
    }

    private mutating func push(_ container: [UInt8]?) {
        stack.append(container)
        if container == nil { others += 1 }
    }

    private mutating func split(at offset: Int) {
        let open = stack.compactMap { $0 }
        if head == nil { head = tablePrefix + columns }
        splits.append(ODSSplitPoint(
            offset: offset, table: table, row: row,
            head: head!, containers: Array(open.joined()),
            containersEnd: open.reversed().flatMap(ODSSplitTracker.endTag), tail: tableSuffix))
        lastSplit = offset
    }

    /// `</name>` for a raw start tag.
    private static func endTag(_ startTag: [UInt8]) -> [UInt8] {
        let name = startTag.withUnsafeBufferPointer { Array(ODSTagBytes(bytes: $0).name) }
        return [UInt8(ascii: "<"), UInt8(ascii: "/")] + name + [UInt8(ascii: ">")]
    }
}
