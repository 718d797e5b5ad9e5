/// A rule on what may be typed into cells, with the messages a user sees.
public struct DataValidation: Hashable, Sendable {
    public enum Rule: Hashable, Sendable {
        /// A drop-down of fixed choices (no commas inside; 255 characters in all).
        case list([String])
        /// A drop-down of the values in a range (`$H$2:$H$20` or `'Danh mục'!$A$2:$A$9`).
        case listRange(String)
        /// Whole numbers only.
        case whole(Comparison)
        /// Any number.
        case decimal(Comparison)
    }

    public enum Comparison: Hashable, Sendable {
        case between(Double, Double)
        case notBetween(Double, Double)
        case equal(Double)
        case notEqual(Double)
        case greaterThan(Double)
        case lessThan(Double)
        case greaterThanOrEqual(Double)
        case lessThanOrEqual(Double)
    }

    /// A message box: title (32 characters at most) and text (255 at most).
    public struct Message: Hashable, Sendable {
        public var title: String
        public var text: String

        public init(title: String, text: String) {
            self.title = title
            self.text = text
        }
    }

    public var ranges: [CellRange]
    public var rule: Rule
    public var allowBlank: Bool
    /// Shown when a cell of the range is selected.
    public var input: Message?
    /// Shown when a typed value breaks the rule (and the value is refused).
    public var error: Message?

    public init(ranges: [CellRange], rule: Rule, allowBlank: Bool = true, input: Message? = nil, error: Message? = nil) {
        self.ranges = ranges
        self.rule = rule
        self.allowBlank = allowBlank
        self.input = input
        self.error = error
    }

    public init(range: CellRange, rule: Rule, allowBlank: Bool = true, input: Message? = nil, error: Message? = nil) {
        self.init(ranges: [range], rule: rule, allowBlank: allowBlank, input: input, error: error)
    }
}
