/// A sheet whose rows are written: its header (decided last) and its spooled body.
struct SpooledSheet {
    var name: String
    var state: SheetState
    var header: [UInt8]
    var body: ZipSpool
    var charts: [BarChart]
}

/// Puts the parts into the zip in the order Excel itself uses, numbering drawings and
/// charts and linking them with relationships.
struct Packager {
    var sheets: [SpooledSheet]
    var definedNames: [DefinedName]
    var styles: [CellStyle]
    var strings: SharedStringsPart
    var properties: DocumentProperties
    var needsRecalculation: Bool

    func write(to zip: ZipWriter) throws {
        typealias R = XLSXNamespace.RelationshipType
        let withCharts = sheets.indices.filter { !sheets[$0].charts.isEmpty }
        let chartCount = sheets.reduce(0) { $0 + $1.charts.count }

        try zip.add(XLSXPartName.contentTypes,
                    ContentTypesPart(sheetCount: sheets.count, drawingCount: withCharts.count, chartCount: chartCount,
                                     hasSharedStrings: strings.count > 0).xml())
        try zip.add(XLSXPartName.rootRelationships, RelationshipsPart.root().xml())
        let workbook = WorkbookPart(sheets: sheets.map { WorkbookPart.Sheet(name: $0.name, state: $0.state) },
                                    definedNames: definedNames, needsRecalculation: needsRecalculation)
        try zip.add(XLSXPartName.workbook, workbook.xml())
        try zip.add(XLSXPartName.workbookRelationships, RelationshipsPart.workbook(sheetCount: sheets.count, sharedStrings: strings.count > 0).xml())
        for (i, sheet) in sheets.enumerated() {
            try zip.add(XLSXPartName.worksheet(i), spool: sheet.body, prefix: sheet.header)
        }
        for (drawing, sheet) in withCharts.enumerated() {
            var rels = RelationshipsPart()
            rels.add(R.drawing, "../drawings/drawing\(drawing + 1).xml")
            try zip.add(XLSXPartName.worksheetRelationships(sheet), rels.xml())
        }
        var chartNumber = 0
        var charts: [BarChart] = []
        for (drawing, sheet) in withCharts.enumerated() {
            let sheetCharts = sheets[sheet].charts
            try zip.add(XLSXPartName.drawing(drawing), DrawingPart(anchors: sheetCharts.map(\.anchor)).xml())
            var rels = RelationshipsPart()
            for _ in sheetCharts {
                chartNumber += 1
                rels.add(R.chart, "../charts/chart\(chartNumber).xml")
            }
            try zip.add(XLSXPartName.drawingRelationships(drawing), rels.xml())
            charts += sheetCharts
        }
        for (i, chart) in charts.enumerated() {
            try zip.add(XLSXPartName.chart(i), ChartPart(chart: chart, number: i).xml())
        }
        try zip.add(XLSXPartName.styles, StylesPart(styles: styles).xml())
        if strings.count > 0 {
            // Streamed: with many distinct texts this part is megabytes.
            let sst = try zip.makeSpool()
            try strings.write { try sst.write($0) }
            try zip.add(XLSXPartName.sharedStrings, spool: sst)
        }
        try zip.add(XLSXPartName.core, DocPropsCorePart(properties: properties).xml())
        try zip.add(XLSXPartName.app, DocPropsAppPart(sheetNames: sheets.map(\.name), company: properties.company).xml())
    }
}
