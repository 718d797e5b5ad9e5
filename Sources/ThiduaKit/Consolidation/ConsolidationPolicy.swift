/// Which returns a consolidation accepts.
public struct ConsolidationPolicy: Hashable, Sendable {
    /// Warnings never reject by default: they ask someone to look, not to resend.
    /// When true, a return with any warning is rejected like one with an error.
    public var rejectsWarnings: Bool

    public init(rejectsWarnings: Bool = false) {
        self.rejectsWarnings = rejectsWarnings
    }

    /// Whether a return with these findings is taken into the consolidation.
    public func accepts(errors: Int, warnings: Int) -> Bool {
        errors == 0 && (!rejectsWarnings || warnings == 0)
    }
}
