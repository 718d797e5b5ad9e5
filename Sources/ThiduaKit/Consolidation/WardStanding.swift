/// Where one of the schema's wards stands: what it sent, and its score when it counts.
public struct WardStanding: Hashable, Sendable {
    public var ward: Ward
    /// Index in `Consolidation.submissions` of the return that counts (the latest), nil when
    /// the ward sent nothing readable.
    public var submission: Int?
    /// The values of that return when it was accepted.
    public var values: WardValues?
    public var grade: GradeThreshold?
    /// 1 for the best total; equal totals share a rank (1, 2, 2, 4). Nil when not accepted.
    public var rank: Int?

    public var received: Bool { submission != nil }
    public var accepted: Bool { values != nil }
}
