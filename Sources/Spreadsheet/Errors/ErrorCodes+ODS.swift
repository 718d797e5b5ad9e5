/// Codes only the ODS reader raises (the shared ones, `.odsMimetype` and
/// `.odsRepeatTooLarge`, sit with the others).
extension ErrorCode {
    /// The package is OpenDocument, but its body is not a spreadsheet (a text document, a drawing).
    public static let odsNotSpreadsheet = ErrorCode("ods.not-spreadsheet")
}
