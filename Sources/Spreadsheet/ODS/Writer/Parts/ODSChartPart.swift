/// An embedded chart: `Object N/content.xml`, an ODF chart document whose data are ranges of
/// the spreadsheet (no copy of the values), and the `draw:frame` that places it over the
/// sheet's cells. LibreOffice draws it from the cells when the file opens.
struct ODSChartPart {
    var chart: BarChart
    /// 1-based: the object's folder is `Object N`.
    var number: Int
    /// Width and height of the frame in centimetres.
    var size: (width: Double, height: Double)

    var folder: String { "Object \(number)" }

    /// `'Tổng hợp'.B7:'Tổng hợp'.B14`: an ODF cell range address.
    static func address(_ r: SheetRange) -> String {
        let sheet = "'" + r.sheet.replacingOccurrences(of: "'", with: "''") + "'"
        let start = sheet + "." + r.range.start.description
        return r.range.start == r.range.end ? start : start + ":" + sheet + "." + r.range.end.description
    }

    /// The frame, written inside the anchor's top-left cell.
    func frame(sheet: String) -> [UInt8] {
        var x = XMLBuffer()
        let end = SheetRange(sheet: sheet, range: CellRange(start: chart.anchor.end, end: chart.anchor.end))
        let ranges = [chart.categories] + chart.series.map(\.values)
        x.raw("<draw:frame draw:z-index=\"")
        x.int(number - 1)
        x.raw("\" draw:name=\"")
        x.text("Chart \(number)", attribute: true)
        x.raw("\" svg:width=\"")
        x.number(ODSLength.rounded(size.width))
        x.raw("cm\" svg:height=\"")
        x.number(ODSLength.rounded(size.height))
        x.raw("cm\" svg:x=\"0cm\" svg:y=\"0cm\" table:end-cell-address=\"")
        x.text(Self.address(end), attribute: true)
        x.raw("\" table:end-x=\"0cm\" table:end-y=\"0cm\"><draw:object draw:notify-on-update-of-ranges=\"")
        x.text(ranges.map(Self.address).joined(separator: " "), attribute: true)
        x.raw("\" xlink:href=\"./")
        x.text(folder, attribute: true)
        x.raw("\" xlink:type=\"simple\" xlink:show=\"embed\" xlink:actuate=\"onLoad\"/></draw:frame>")
        return x.bytes
    }

    /// `Object N/content.xml`.
    func content() -> [UInt8] {
        let horizontal = chart.direction == .horizontal
        var x = XMLBuffer()
        x.raw(ODSWriterNamespace.declaration)
        x.raw("<office:document-content \(ODSWriterNamespace.documentNamespaces) xmlns:chart=\"\(ODSWriterNamespace.chart)\" office:version=\"\(ODSWriterNamespace.version)\">")
        x.raw("<office:automatic-styles>")
        // The font goes on each text's style: ODF chart styles do not inherit from the chart's.
        var font = ""
        if let name = chart.fontName {
            var f = XMLBuffer()
            f.raw(" fo:font-family=\"")
            f.text(name, attribute: true)
            f.raw("\"")
            font = String(decoding: f.bytes, as: UTF8.self)
        }
        let text = "<style:text-properties\(font)/>"
        x.raw("<style:style style:name=\"chart\" style:family=\"chart\"><style:graphic-properties draw:stroke=\"none\" draw:fill-color=\"#ffffff\"/>\(text)</style:style>")
        x.raw("<style:style style:name=\"title\" style:family=\"chart\"><style:text-properties fo:font-size=\"13pt\" fo:font-weight=\"bold\"\(font)/></style:style>")
        // Horizontal bars are a "vertical" bar chart in ODF; a ranking reads top-down like its table.
        x.raw(horizontal ? "<style:style style:name=\"plot\" style:family=\"chart\"><style:chart-properties chart:vertical=\"true\"/></style:style>"
                         : "<style:style style:name=\"plot\" style:family=\"chart\"><style:chart-properties chart:vertical=\"false\"/></style:style>")
        x.raw(horizontal ? "<style:style style:name=\"categories\" style:family=\"chart\"><style:chart-properties chart:display-label=\"true\" chart:reverse-direction=\"true\"/>\(text)</style:style>"
                         : "<style:style style:name=\"categories\" style:family=\"chart\"><style:chart-properties chart:display-label=\"true\"/>\(text)</style:style>")
        // From 0: an axis starting near the smallest value makes 86 look half of 99.
        // With the categories reversed the value axis would sit at the top: it goes to their end.
        // Its labels in their own number format (20, not the cells' 20.00) when one is given.
        let axisFormat = chart.axisLabels.flatMap { ODSNumberStyle(code: $0) }
        x.raw("<style:style style:name=\"values\" style:family=\"chart\"")
        if axisFormat != nil { x.raw(" style:data-style-name=\"axis\"") }
        x.raw("><style:chart-properties chart:display-label=\"true\" chart:minimum=\"0\"")
        if horizontal { x.raw(" chart:axis-position=\"end\"") }
        if axisFormat != nil { x.raw(" chart:link-data-style-to-source=\"false\"") }
        x.raw("/>\(text)</style:style>")
        x.raw("<style:style style:name=\"wall\" style:family=\"chart\"><style:graphic-properties draw:fill=\"none\"/></style:style>")
        for i in chart.series.indices {
            x.raw("<style:style style:name=\"series")
            x.int(i + 1)
            x.raw("\" style:family=\"chart\"")
            if let code = chart.valueLabels, ODSNumberStyle(code: code) != nil {
                x.raw(" style:data-style-name=\"label\"><style:chart-properties chart:data-label-number=\"value\" chart:label-position=\"outside\" chart:link-data-style-to-source=\"false\"/>")
            } else {
                x.raw("><style:chart-properties chart:data-label-number=\"none\"/>")
            }
            x.raw("<style:graphic-properties draw:fill=\"solid\" draw:fill-color=\"#")
            x.raw(String(describing: ChartPart.palette[i % ChartPart.palette.count]).lowercased())
            x.raw("\"/>\(text)</style:style>")
        }
        if let code = chart.valueLabels, let format = ODSNumberStyle(code: code) {
            format.write(name: "label", into: &x)
        }
        axisFormat?.write(name: "axis", into: &x)
        x.raw("</office:automatic-styles><office:body><office:chart><chart:chart chart:class=\"chart:bar\" svg:width=\"")
        x.number(ODSLength.rounded(size.width))
        x.raw("cm\" svg:height=\"")
        x.number(ODSLength.rounded(size.height))
        x.raw("cm\" chart:style-name=\"chart\">")
        if let title = chart.title {
            x.raw("<chart:title chart:style-name=\"title\"><text:p>")
            x.text(title)
            x.raw("</text:p></chart:title>")
        }
        // One series needs no legend: the title says what the bars are.
        if chart.series.count > 1 { x.raw("<chart:legend chart:legend-position=\"bottom\"/>") }
        x.raw("<chart:plot-area chart:style-name=\"plot\" chart:data-source-has-labels=\"none\" table:cell-range-address=\"")
        x.text(([chart.categories] + chart.series.map(\.values)).map(Self.address).joined(separator: " "), attribute: true)
        x.raw("\"><chart:axis chart:dimension=\"x\" chart:name=\"primary-x\" chart:style-name=\"categories\"><chart:categories table:cell-range-address=\"")
        x.text(Self.address(chart.categories), attribute: true)
        x.raw("\"/></chart:axis><chart:axis chart:dimension=\"y\" chart:name=\"primary-y\" chart:style-name=\"values\"><chart:grid chart:class=\"major\"/></chart:axis>")
        for (i, series) in chart.series.enumerated() {
            x.raw("<chart:series chart:style-name=\"series")
            x.int(i + 1)
            x.raw("\" chart:class=\"chart:bar\" chart:values-cell-range-address=\"")
            x.text(Self.address(series.values), attribute: true)
            x.raw("\"/>")
        }
        x.raw("<chart:wall chart:style-name=\"wall\"/></chart:plot-area></chart:chart></office:chart></office:body></office:document-content>")
        return x.bytes
    }
}
