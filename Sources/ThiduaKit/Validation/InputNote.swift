/// Something noticed while reading one cell, before it is given its location.
public struct InputNote: Hashable, Sendable {
    public var severity: Severity
    public var code: ErrorCode
    public var message: LocalizedMessage

    public init(_ severity: Severity, _ code: ErrorCode, vi: String, en: String) {
        self.severity = severity
        self.code = code
        self.message = LocalizedMessage(vi: vi, en: en)
    }

    func finding(at location: DocumentLocation, criterion: String?) -> Finding {
        Finding(severity, code, message, at: location, criterion: criterion)
    }
}
