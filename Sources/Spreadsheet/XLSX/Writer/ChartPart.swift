/// `xl/charts/chartN.xml`: a native clustered bar chart (`c:barChart`) whose data are
/// references into the workbook, so it follows the cells.
struct ChartPart {
    var chart: BarChart
    /// Distinguishes the axis ids of charts in one workbook.
    var number: Int

    /// Office's default series colours (blue, orange, grey, gold, light blue, green).
    static let palette: [StaticString] = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47"]

    func xml() -> [UInt8] {
        let categoryAxis = 50_010_000 + number * 2
        let valueAxis = categoryAxis + 1
        let horizontal = chart.direction == .horizontal
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<c:chartSpace xmlns:c=\"\(XLSXNamespace.chart)\" xmlns:a=\"\(XLSXNamespace.drawingML)\" xmlns:r=\"\(XLSXNamespace.relationships)\">")
        x.raw("<c:roundedCorners val=\"0\"/><c:chart>")
        if let title = chart.title {
            x.raw("<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:r><a:t>")
            x.ooxmlText(title)
            x.raw("</a:t></a:r></a:p></c:rich></c:tx><c:overlay val=\"0\"/></c:title><c:autoTitleDeleted val=\"0\"/>")
        } else {
            x.raw("<c:autoTitleDeleted val=\"1\"/>")
        }
        x.raw("<c:plotArea><c:layout/><c:barChart><c:barDir val=\"")
        x.raw(horizontal ? "bar" : "col")
        x.raw("\"/><c:grouping val=\"clustered\"/><c:varyColors val=\"0\"/>")
        for (i, series) in chart.series.enumerated() {
            x.raw("<c:ser><c:idx val=\"")
            x.int(i)
            x.raw("\"/><c:order val=\"")
            x.int(i)
            x.raw("\"/>")
            if let name = series.name {
                x.raw("<c:tx><c:v>")
                x.ooxmlText(name)
                x.raw("</c:v></c:tx>")
            }
            // An explicit fill: without a theme part, programs would otherwise draw nothing.
            x.raw("<c:spPr><a:solidFill><a:srgbClr val=\"")
            x.raw(ChartPart.palette[i % ChartPart.palette.count])
            x.raw("\"/></a:solidFill></c:spPr>")
            x.raw("<c:invertIfNegative val=\"0\"/>")
            if let code = chart.valueLabels {
                x.raw("<c:dLbls><c:numFmt formatCode=\"")
                x.ooxmlText(code, attribute: true)
                x.raw("\" sourceLinked=\"0\"/><c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr><c:dLblPos val=\"outEnd\"/>")
                x.raw("<c:showLegendKey val=\"0\"/><c:showVal val=\"1\"/><c:showCatName val=\"0\"/><c:showSerName val=\"0\"/><c:showPercent val=\"0\"/><c:showBubbleSize val=\"0\"/></c:dLbls>")
            }
            x.raw("<c:cat><c:strRef><c:f>")
            x.ooxmlText(chart.categories.description)
            x.raw("</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>")
            x.ooxmlText(series.values.description)
            x.raw("</c:f></c:numRef></c:val></c:ser>")
        }
        x.raw("<c:gapWidth val=\"150\"/><c:axId val=\"")
        x.int(categoryAxis)
        x.raw("\"/><c:axId val=\"")
        x.int(valueAxis)
        x.raw("\"/></c:barChart>")
        // Horizontal bars list categories bottom-up unless the axis is reversed; a ranking
        // reads top-down like its table, with the value axis kept at the bottom.
        x.raw("<c:catAx><c:axId val=\"")
        x.int(categoryAxis)
        x.raw(horizontal ? "\"/><c:scaling><c:orientation val=\"maxMin\"/></c:scaling>" : "\"/><c:scaling><c:orientation val=\"minMax\"/></c:scaling>")
        x.raw(horizontal ? "<c:delete val=\"0\"/><c:axPos val=\"l\"/>" : "<c:delete val=\"0\"/><c:axPos val=\"b\"/>")
        x.raw("<c:numFmt formatCode=\"General\" sourceLinked=\"1\"/><c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"")
        x.int(valueAxis)
        x.raw("\"/><c:crosses val=\"autoZero\"/><c:auto val=\"1\"/><c:lblAlgn val=\"ctr\"/><c:lblOffset val=\"100\"/><c:noMultiLvlLbl val=\"0\"/></c:catAx>")
        x.raw("<c:valAx><c:axId val=\"")
        x.int(valueAxis)
        // From 0: an axis starting near the smallest value makes 86 look half of 99.
        x.raw("\"/><c:scaling><c:orientation val=\"minMax\"/><c:min val=\"0\"/></c:scaling><c:delete val=\"0\"/>")
        x.raw(horizontal ? "<c:axPos val=\"b\"/>" : "<c:axPos val=\"l\"/>")
        x.raw("<c:majorGridlines/><c:numFmt formatCode=\"")
        x.ooxmlText(chart.axisLabels ?? "General", attribute: true)
        x.raw(chart.axisLabels == nil ? "\" sourceLinked=\"1\"/>" : "\" sourceLinked=\"0\"/>")
        x.raw("<c:majorTickMark val=\"out\"/><c:minorTickMark val=\"none\"/><c:tickLblPos val=\"nextTo\"/><c:crossAx val=\"")
        x.int(categoryAxis)
        x.raw(horizontal ? "\"/><c:crosses val=\"max\"/>" : "\"/><c:crosses val=\"autoZero\"/>")
        x.raw("<c:crossBetween val=\"between\"/></c:valAx></c:plotArea>")
        // One series needs no legend: the title says what the bars are.
        if chart.series.count > 1 {
            x.raw("<c:legend><c:legendPos val=\"b\"/><c:overlay val=\"0\"/></c:legend>")
        }
        x.raw("<c:plotVisOnly val=\"1\"/><c:dispBlanksAs val=\"gap\"/></c:chart>")
        if let font = chart.fontName {
            // The chart's default text properties: every title, axis and label inherits them.
            x.raw("<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr><a:latin typeface=\"")
            x.ooxmlText(font, attribute: true)
            x.raw("\"/><a:cs typeface=\"")
            x.ooxmlText(font, attribute: true)
            x.raw("\"/></a:defRPr></a:pPr><a:endParaRPr lang=\"vi-VN\"/></a:p></c:txPr>")
        }
        x.raw("</c:chartSpace>")
        return x.bytes
    }
}
