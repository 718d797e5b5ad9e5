/// How the forms and reports show numbers, the way an office in Vietnam reads them.
///
/// Excel shows `#,##0.##` with a trailing separator on whole numbers ("25."), so a value's
/// code is chosen by the value: grouped thousands, decimals only when there are some.
/// Points are always shown with two decimals, so every score is rounded alike.
enum NumberFormats {
    /// Scores and point totals: `85.98`, `100.00`.
    static let points = "#,##0.00"
    /// Whole numbers: `52,000`.
    static let whole = "#,##0"
    /// Numbers with a fraction: `3.5`, `85.98`.
    static let fraction = "#,##0.0#"

    /// `whole` or `fraction`, by the value.
    static func code(for value: Double) -> String {
        value == value.rounded() ? whole : fraction
    }
}
