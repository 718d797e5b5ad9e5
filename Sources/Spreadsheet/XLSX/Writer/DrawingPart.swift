/// `xl/drawings/drawingN.xml`: where a sheet's charts sit, each anchored to two cells.
struct DrawingPart {
    /// The anchors, in the order of the drawing's relationships (`rId1`... → charts).
    var anchors: [CellRange]

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(XLSXNamespace.declaration)
        x.raw("<xdr:wsDr xmlns:xdr=\"\(XLSXNamespace.spreadsheetDrawing)\" xmlns:a=\"\(XLSXNamespace.drawingML)\">")
        for (i, anchor) in anchors.enumerated() {
            x.raw("<xdr:twoCellAnchor editAs=\"oneCell\">")
            marker("from", anchor.start, &x)
            // The `to` marker is exclusive: the chart covers the whole of the anchor's last cell.
            marker("to", CellReference(row: anchor.end.row + 1, column: anchor.end.column + 1), &x)
            x.raw("<xdr:graphicFrame macro=\"\"><xdr:nvGraphicFramePr><xdr:cNvPr id=\"")
            x.int(i + 2)
            x.raw("\" name=\"Chart ")
            x.int(i + 1)
            x.raw("\"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>")
            x.raw("<xdr:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/></xdr:xfrm>")
            x.raw("<a:graphic><a:graphicData uri=\"\(XLSXNamespace.chart)\"><c:chart xmlns:c=\"\(XLSXNamespace.chart)\" xmlns:r=\"\(XLSXNamespace.relationships)\" r:id=\"rId")
            x.int(i + 1)
            x.raw("\"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>")
        }
        x.raw("</xdr:wsDr>")
        return x.bytes
    }

    private func marker(_ name: StaticString, _ cell: CellReference, _ x: inout XMLBuffer) {
        x.raw("<xdr:")
        x.raw(name)
        x.raw("><xdr:col>")
        x.int(cell.column)
        x.raw("</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>")
        x.int(cell.row)
        x.raw("</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:")
        x.raw(name)
        x.raw(">")
    }
}
