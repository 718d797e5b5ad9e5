/// Rows decoded from the current parser chunk and not yet taken by a producer.
///
/// libxml2 parses a whole chunk per call, so events run ahead of the consumer by at most
/// one chunk; this FIFO holds that much. Repeated rows stay one entry with a count.
struct ODSRowQueue {
    enum Item: Sendable {
        /// A row and how many identical consecutive rows it stands for.
        case row(Row, repeats: Int, table: Int)
        /// A sheet's end, with its merged ranges.
        case end(table: Int, merges: [CellRange])
    }

    private var items: [Item] = []
    private var head = 0

    var isEmpty: Bool { head == items.count }

    mutating func append(_ item: Item) { items.append(item) }

    mutating func takeAll() -> [Item] {
        defer {
            items = []
            head = 0
        }
        return head == 0 ? items : Array(items[head...])
    }

    mutating func pop() -> Item? {
        guard head < items.count else { return nil }
        let item = items[head]
        head += 1
        if head == items.count {
            items.removeAll(keepingCapacity: true)
            head = 0
        }
        return item
    }
}
