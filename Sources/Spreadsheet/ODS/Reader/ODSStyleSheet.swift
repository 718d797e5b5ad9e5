import SheetNative

/// The styles the reader needs: which table styles hide a sheet, and which format code
/// a cell style means. Fed by the events of `styles.xml` and of `content.xml`'s
/// `office:automatic-styles`; content's automatic styles win on a name clash.
struct ODSStyleSheet {
    /// The `styles.xml` parts read so far in this process (`ParsedPartMemo`).
    static let memo = ParsedPartMemo<ODSStyleSheet>()
    private struct CellStyle {
        var dataStyle: String?
        var parent: String?
    }

    private var cellStyles: [String: CellStyle] = [:]
    private var dataStyles: [String: ODSDataStyle] = [:]
    private(set) var hiddenTableStyles: Set<String> = []

    // Parse state.
    private var dataStyle: (name: String, style: ODSDataStyle)?
    private var tableStyle: String?

    /// An element inside a styles container begins.
    mutating func start(_ ns: ODSNamespace, _ name: XMLBytes, _ a: XMLAttributes, _ cache: inout ODSNamespaceCache) {
        if var current = dataStyle {
            current.style.start(ns, name, a, &cache)
            dataStyle = current
            return
        }
        if ns == .number, let styleName = a.value(.style, "name", &cache),
           let style = ODSDataStyle(element: name, attributes: a, cache: &cache) {
            dataStyle = (styleName.attributeString, style)
        } else if ns == .style, name.equals("style"), let styleName = a.value(.style, "name", &cache) {
            guard let family = a.value(.style, "family", &cache) else { return }
            if family.equals("table-cell") {
                cellStyles[styleName.attributeString] = CellStyle(
                    dataStyle: a.value(.style, "data-style-name", &cache)?.attributeString,
                    parent: a.value(.style, "parent-style-name", &cache)?.attributeString)
            } else if family.equals("table") {
                tableStyle = styleName.attributeString
            }
        } else if ns == .style, name.equals("table-properties"), let tableStyle,
                  let display = a.value(.table, "display", &cache) {
            if display.equals("false") { hiddenTableStyles.insert(tableStyle) } else { hiddenTableStyles.remove(tableStyle) }
        }
    }

    mutating func end(_ ns: ODSNamespace, _ name: XMLBytes) {
        if var current = dataStyle {
            if ns == .number, ODSDataStyle.isContainer(name) {
                dataStyles[current.name] = current.style
                dataStyle = nil
            } else {
                current.style.end(ns, name)
                dataStyle = current
            }
            return
        }
        if ns == .style, name.equals("style") { tableStyle = nil }
    }

    mutating func characters(_ text: XMLBytes) {
        guard var current = dataStyle else { return }
        current.style.characters(text)
        dataStyle = current
    }

    /// The format code a cell style resolves to, following `style:parent-style-name`.
    func formatCode(cellStyle: String) -> String? {
        var name: String? = cellStyle
        var hops = 0
        while let n = name, let style = cellStyles[n], hops < 16 {
            if let data = style.dataStyle { return formatCode(dataStyle: data) }
            name = style.parent
            hops += 1
        }
        return nil
    }

    private func formatCode(dataStyle name: String) -> String? {
        guard let style = dataStyles[name] else { return nil }
        // The mapped styles are the leading sections; the style's own pattern is the last.
        let sections = style.mapped.compactMap { dataStyles[$0]?.code } + [style.code]
        let code = sections.joined(separator: ";")
        return code.isEmpty ? nil : code
    }

    /// All cell style names, for building the fast lookup table.
    var cellStyleNames: [String] { Array(cellStyles.keys) }
}

extension ODSDataStyle {
    static func isContainer(_ name: XMLBytes) -> Bool {
        name.equals("number-style") || name.equals("currency-style") || name.equals("percentage-style")
            || name.equals("date-style") || name.equals("time-style") || name.equals("boolean-style")
            || name.equals("text-style")
    }
}
