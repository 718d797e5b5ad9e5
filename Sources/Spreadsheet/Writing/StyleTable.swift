/// A registered `CellStyle`, valid for the writer that issued it.
public struct StyleHandle: Hashable, Sendable {
    /// Position in the writer's style table; 0 is the default style.
    public let index: Int

    init(_ index: Int) { self.index = index }

    public static let `default` = StyleHandle(0)
}

/// The styles of one workbook, deduplicated; a handle is an index into `styles`.
/// Each writer keeps one and hands out its handles.
struct StyleTable: Sendable {
    private(set) var styles: [CellStyle] = [CellStyle()]
    private var handles: [CellStyle: Int] = [CellStyle(): 0]
    /// Per handle and date-like kind, the handle carrying the default date format (-1: not yet made).
    private var dateVariants: [Int] = [-1, -1, -1, -1]

    init() {}

    mutating func register(_ style: CellStyle) -> StyleHandle {
        if let i = handles[style] { return StyleHandle(i) }
        let i = styles.count
        styles.append(style)
        handles[style] = i
        dateVariants.append(contentsOf: [-1, -1, -1, -1])
        return StyleHandle(i)
    }

    func style(_ handle: StyleHandle) -> CellStyle? {
        styles.indices.contains(handle.index) ? styles[handle.index] : nil
    }

    func contains(_ handle: StyleHandle) -> Bool { styles.indices.contains(handle.index) }

    /// The handle a value is written with: dates, times and durations whose style names no
    /// number format get one (`dd/mm/yyyy`, ...) so they read back as dates, not numbers.
    @inline(__always)
    mutating func resolve(_ handle: StyleHandle?, for value: CellValue) -> StyleHandle {
        let slot: Int
        switch value {
        case .date: slot = 0
        case .dateTime: slot = 1
        case .time: slot = 2
        case .duration: slot = 3
        default: return handle ?? .default
        }
        let base = handle?.index ?? 0
        let cached = dateVariants[base * 4 + slot]
        if cached >= 0 { return StyleHandle(cached) }
        var style = styles[base]
        if style.numberFormat == nil {
            style.numberFormat = FormatCode.defaultCode(for: value.kind)
        }
        let variant = register(style)
        dateVariants[base * 4 + slot] = variant.index
        return variant
    }
}
