/// `settings.xml`: the view LibreOffice opens with. ODF has no element for frozen panes or
/// hidden gridlines; LibreOffice keeps them here, per table (split mode 2 is "frozen", the
/// split positions count columns and rows), with the sheet to open on.
struct ODSSettingsPart {
    struct Sheet {
        var name: String
        var frozen: FrozenPanes?
        var showGridLines: Bool
    }

    var sheets: [Sheet]
    var activeSheet: String

    /// Whether the view differs from what the programs assume without this part.
    static func isNeeded(sheets: [Sheet], activeIndex: Int) -> Bool {
        activeIndex != 0 || sheets.contains { s in !s.showGridLines || (s.frozen.map { $0.rows > 0 || $0.columns > 0 } ?? false) }
    }

    func xml() -> [UInt8] {
        var x = XMLBuffer()
        x.raw(ODSWriterNamespace.declaration)
        x.raw("<office:document-settings xmlns:office=\"\(ODSWriterNamespace.office)\" xmlns:config=\"\(ODSWriterNamespace.config)\" office:version=\"\(ODSWriterNamespace.version)\"><office:settings>")
        x.raw("<config:config-item-set config:name=\"ooo:view-settings\"><config:config-item-map-indexed config:name=\"Views\"><config:config-item-map-entry>")
        item(&x, "ViewId", "string", "view1")
        x.raw("<config:config-item-map-named config:name=\"Tables\">")
        for sheet in sheets {
            x.raw("<config:config-item-map-entry config:name=\"")
            x.text(sheet.name, attribute: true)
            x.raw("\">")
            let columns = sheet.frozen?.columns ?? 0
            let rows = sheet.frozen?.rows ?? 0
            item(&x, "HorizontalSplitMode", "short", columns > 0 ? "2" : "0")
            item(&x, "VerticalSplitMode", "short", rows > 0 ? "2" : "0")
            item(&x, "HorizontalSplitPosition", "int", String(columns))
            item(&x, "VerticalSplitPosition", "int", String(rows))
            // The pane the cursor is in: 0 top left, 1 top right, 2 bottom left, 3 bottom right.
            item(&x, "ActiveSplitRange", "short", rows > 0 ? (columns > 0 ? "3" : "2") : (columns > 0 ? "1" : "2"))
            item(&x, "PositionLeft", "int", "0")
            item(&x, "PositionRight", "int", String(columns))
            item(&x, "PositionTop", "int", "0")
            item(&x, "PositionBottom", "int", String(rows))
            item(&x, "CursorPositionX", "int", String(columns))
            item(&x, "CursorPositionY", "int", String(rows))
            item(&x, "ShowGrid", "boolean", sheet.showGridLines ? "true" : "false")
            x.raw("</config:config-item-map-entry>")
        }
        x.raw("</config:config-item-map-named>")
        item(&x, "ActiveTable", "string", activeSheet)
        x.raw("</config:config-item-map-entry></config:config-item-map-indexed></config:config-item-set></office:settings></office:document-settings>")
        return x.bytes
    }

    private func item(_ x: inout XMLBuffer, _ name: StaticString, _ type: StaticString, _ value: String) {
        x.raw("<config:config-item config:name=\"")
        x.raw(name)
        x.raw("\" config:type=\"")
        x.raw(type)
        x.raw("\">")
        x.text(value)
        x.raw("</config:config-item>")
    }
}
