import Spreadsheet

extension ReturnFormWriter {
    /// `bao-cao-2018-00157-nghia-do.xlsx`: sortable, ASCII, safe on every system; the name a
    /// ward's blank form is handed out under (by `thidua template --all` and the portal).
    public static func fileName(schema: CriteriaSchema, ward: Ward, format: SpreadsheetFormat) -> String {
        let slug = VietnameseText.removingDiacritics(ward.name).lowercased()
            .map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        return "bao-cao-\(schema.settings.year)-\(ward.code)-\(slug).\(format.rawValue)"
    }
}
