/// `[Content_Types].xml`: the content type of every part.
struct ContentTypesPart {
    var sheetCount: Int
    var drawingCount: Int
    var chartCount: Int
    var hasSharedStrings = true

    func xml() -> [UInt8] {
        typealias T = XLSXNamespace.ContentType
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<Types xmlns=\"\(XLSXNamespace.contentTypes)\">")
        x.raw("<Default Extension=\"rels\" ContentType=\"\(T.relationships)\"/>")
        x.raw("<Default Extension=\"xml\" ContentType=\"\(T.xml)\"/>")
        func override(_ part: String, _ type: String) {
            x.raw("<Override PartName=\"/\(part)\" ContentType=\"\(type)\"/>")
        }
        override(XLSXPartName.workbook, T.workbook)
        for i in 0..<sheetCount { override(XLSXPartName.worksheet(i), T.worksheet) }
        for i in 0..<drawingCount { override(XLSXPartName.drawing(i), T.drawing) }
        for i in 0..<chartCount { override(XLSXPartName.chart(i), T.chart) }
        override(XLSXPartName.styles, T.styles)
        if hasSharedStrings { override(XLSXPartName.sharedStrings, T.sharedStrings) }
        override(XLSXPartName.core, T.coreProperties)
        override(XLSXPartName.app, T.extendedProperties)
        x.raw("</Types>")
        return x.bytes
    }
}

/// Where each part lives in the package (0-based numbers, 1-based names as the programs write).
enum XLSXPartName {
    static let contentTypes = "[Content_Types].xml"
    static let rootRelationships = "_rels/.rels"
    static let workbook = "xl/workbook.xml"
    static let workbookRelationships = "xl/_rels/workbook.xml.rels"
    static let styles = "xl/styles.xml"
    static let sharedStrings = "xl/sharedStrings.xml"
    static let core = "docProps/core.xml"
    static let app = "docProps/app.xml"
    static func worksheet(_ i: Int) -> String { "xl/worksheets/sheet\(i + 1).xml" }
    static func worksheetRelationships(_ i: Int) -> String { "xl/worksheets/_rels/sheet\(i + 1).xml.rels" }
    static func drawing(_ i: Int) -> String { "xl/drawings/drawing\(i + 1).xml" }
    static func drawingRelationships(_ i: Int) -> String { "xl/drawings/_rels/drawing\(i + 1).xml.rels" }
    static func chart(_ i: Int) -> String { "xl/charts/chart\(i + 1).xml" }
}
