/// Whether a sheet is shown to users.
public enum SheetState: String, Sendable, Hashable, Codable {
    case visible
    case hidden
    /// Hidden and not listed by the program's "unhide" dialog (XLSX only).
    case veryHidden
}

/// What a workbook says about one sheet before its cells are read.
public struct SheetInfo: Hashable, Sendable {
    public var name: String
    public var state: SheetState
    /// 0-based position in the workbook.
    public var index: Int

    public init(name: String, state: SheetState, index: Int) {
        self.name = name
        self.state = state
        self.index = index
    }
}

/// A workbook-level or sheet-level defined name (`Print_Titles`, a named range).
public struct DefinedName: Hashable, Sendable {
    public var name: String
    /// The formula or reference text, as stored (`Sheet1!$A$1:$B$3`).
    public var formula: String
    /// The sheet it is local to, if any.
    public var localSheet: Int?
    public var hidden: Bool

    public init(name: String, formula: String, localSheet: Int? = nil, hidden: Bool = false) {
        self.name = name
        self.formula = formula
        self.localSheet = localSheet
        self.hidden = hidden
    }
}
