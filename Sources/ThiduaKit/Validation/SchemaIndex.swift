/// What checking a return looks up in its schema, made once per validator: by every return
/// of a run, or of a portal's schema version, rather than again for each.
struct SchemaIndex: Sendable {
    /// Each criterion's position in the schema (the return form's order), by code.
    let positions: [String: Int]
    /// The positions of codes already upper-case (a loaded schema's all are), which is how
    /// `CriteriaSchema.position(of:)` compares them.
    let upperCasePositions: [String: Int]
    /// The areas' names as match keys: the form's area headings are its own text.
    let areaNames: Set<String>
    /// The criteria's codes, for finding the form's table.
    let codes: FormScan.Codes
    /// Which texts' keys are the form's own (headings, subtotals, signature lines), as found so
    /// far: the same few dozen in every return.
    let formKeys = TextMemo<Bool>(capacity: 1024)

    init(_ schema: CriteriaSchema) {
        positions = Dictionary(schema.criteria.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        upperCasePositions = positions.filter { $0.key == $0.key.uppercased() }
        areaNames = Set(schema.areas.map { VietnameseText.matchKey($0.name) })
        codes = FormScan.Codes(Set(schema.criteria.map(\.code)))
    }
}
