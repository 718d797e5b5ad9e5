extension WardReturn {
    /// The ward's total: criteria points plus bonus minus penalty (the form's "TỔNG CỘNG").
    public var totalPoints: Double {
        criteriaPoints + (bonus ?? 0) - (penalty ?? 0)
    }
}
