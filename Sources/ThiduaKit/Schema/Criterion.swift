/// One of the pact's specific criteria ("tiêu chí"): what a ward reports and how it is scored.
public struct Criterion: Hashable, Sendable, Identifiable {
    /// Upper-case code, letters then digits (`KT01`).
    public var code: String
    /// Code of the `Area` it belongs to.
    public var area: String
    /// Codes of the `KeyTask`s it serves (may be empty).
    public var keyTasks: [String]
    /// Vietnamese name as printed on the form.
    public var name: String
    /// Unit of the result (`%`, `triệu đồng`, `vụ`); empty when none.
    public var unit: String
    public var valueType: ValueType
    /// Whether a return without a value for it is incomplete.
    public var required: Bool
    /// Smallest acceptable result (numeric types).
    public var minimum: Double?
    /// Largest acceptable result (numeric types).
    public var maximum: Double?
    /// The accepted answers of a `choice` criterion, in order.
    public var allowedValues: [String]
    /// The assigned target ("chỉ tiêu"), in the criterion's unit; `1` means "yes" for `yesNo`.
    public var target: Double?
    /// Points the criterion is worth ("điểm chuẩn"); 0 for figures kept for reference only.
    public var maxPoints: Double
    public var scoring: ScoringMethod
    /// False when a smaller result is better (crime cases, tax arrears).
    public var higherIsBetter: Bool
    public var notes: String

    public var id: String { code }

    public init(code: String, area: String, keyTasks: [String] = [], name: String, unit: String = "",
                valueType: ValueType, required: Bool = true, minimum: Double? = nil, maximum: Double? = nil,
                allowedValues: [String] = [], target: Double? = nil, maxPoints: Double,
                scoring: ScoringMethod, higherIsBetter: Bool = true, notes: String = "") {
        self.code = code
        self.area = area
        self.keyTasks = keyTasks
        self.name = name
        self.unit = unit
        self.valueType = valueType
        self.required = required
        self.minimum = minimum
        self.maximum = maximum
        self.allowedValues = allowedValues
        self.target = target
        self.maxPoints = maxPoints
        self.scoring = scoring
        self.higherIsBetter = higherIsBetter
        self.notes = notes
    }
}
