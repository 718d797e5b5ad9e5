/// The district's verified points ("điểm thẩm định"): by ward code, then criterion code, the
/// points the district's check arrived at where they differ from the return's own. Where given,
/// they are the points scored; the return's points are kept beside them (`Verification`).
public typealias VerifiedPoints = [String: [String: Double]]

/// One criterion of a ward whose points the district verified.
public struct Verification: Hashable, Sendable {
    /// Index of the criterion in the schema.
    public var criterion: Int
    /// The points of the return itself (self-assessed, or computed from its result); nil when
    /// the return had none for the criterion.
    public var returnPoints: Double?
    /// The points verified by the district, the ones scored.
    public var verifiedPoints: Double
}
