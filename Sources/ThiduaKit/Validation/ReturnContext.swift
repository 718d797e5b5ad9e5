/// The state of reading one return: the sheets, what was found where, the findings so far.
struct ReturnContext {
    let file: String
    let schema: CriteriaSchema
    let index: SchemaIndex
    let wardMatcher: WardMatcher
    let sheets: [SheetData]
    var findings: [Finding] = []
    var marker: [ReturnMarkerKey: String] = [:]
    var markerSheet: String?
    var scan: FormScan? {
        didSet { formSheet = scan?.sheet.info.name }
    }
    /// The form sheet's name, kept apart from `scan`: every finding and entry is located on it,
    /// and reading it through the optional scan copied the scan each time.
    private(set) var formSheet: String?
    /// Cells the reader used or recognised as the form's own: everything else non-empty is reported.
    var accounted = CellSet()
    /// How number text is read: the file's learned convention, and whether it is CSV.
    var reading: NumberReading

    init(file: String, schema: CriteriaSchema, index: SchemaIndex, wardMatcher: WardMatcher, sheets: [SheetData], fromCSV: Bool = false) {
        self.file = file
        self.schema = schema
        self.index = index
        self.wardMatcher = wardMatcher
        self.sheets = sheets
        self.reading = NumberReading(fromCSV: fromCSV)
    }

    /// `schema.position(of: code)`, by the index where the code is spelt as the schema's are:
    /// for reading a field or two of the criterion in place, where a copy of it retained and
    /// released a dozen fields.
    func criterionPosition(_ code: String) -> Int? {
        index.upperCasePositions[code] ?? schema.position(of: code)
    }

    func location(_ ref: CellReference?, sheet: String? = nil) -> DocumentLocation {
        DocumentLocation(file: file, sheet: sheet ?? formSheet, cell: ref)
    }

    mutating func add(_ severity: Severity, _ code: ErrorCode, vi: String, en: String,
                      at ref: CellReference?, criterion: String? = nil, sheet: String? = nil) {
        // A message quoting what a ward typed stays a line of a report and fits in one cell.
        findings.append(Finding(severity, code, vi: InputInterpreter.clipped(vi, to: 2_000), en: InputInterpreter.clipped(en, to: 2_000),
                                at: location(ref, sheet: sheet), criterion: criterion))
    }

    mutating func add(_ notes: [InputNote], at ref: CellReference, criterion: String?) {
        for n in notes { findings.append(n.finding(at: location(ref), criterion: criterion)) }
    }

    /// Findings in reading order: by sheet, row, column, then severity.
    static func order(_ a: Finding, _ b: Finding) -> Bool {
        let ka = (a.location.sheet ?? "", a.location.cell?.row ?? -1, a.location.cell?.column ?? -1)
        let kb = (b.location.sheet ?? "", b.location.cell?.row ?? -1, b.location.cell?.column ?? -1)
        if ka != kb { return ka < kb }
        if a.severity != b.severity { return a.severity > b.severity }
        return a.code.rawValue < b.code.rawValue
    }
}
