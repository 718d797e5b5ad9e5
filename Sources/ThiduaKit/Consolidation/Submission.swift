/// What became of one received return.
public enum SubmissionStatus: String, Hashable, Sendable, CaseIterable {
    /// Its values are in the consolidation.
    case accepted
    /// It has errors (or warnings, under a strict policy): listed with its findings, values left out.
    case rejected
    /// The same ward sent a later return, which counts instead.
    case superseded
    /// The ward it names is not in the schema (or none could be found).
    case unknownWard
    /// The file could not be read as a spreadsheet, or holds no return form at all.
    case unreadable
}

/// One received return as the consolidation keeps it: its identity, findings and fate.
/// Values are kept apart (`WardValues`), only for the return that counts.
public struct Submission: Hashable, Sendable {
    public var file: String
    public var sha256: String
    public var ward: Ward?
    public var reportDate: CivilDate?
    /// The file's modification time (seconds since 1970), the tie-breaker when report dates
    /// are missing or equal; never written out, so copying the files changes no output.
    public var modified: Double?
    public var status: SubmissionStatus
    /// Against the schema's deadline; nil without a report date.
    public var onTime: Bool?
    /// The file of the later return that replaced this one.
    public var supersededBy: String?
    public var errorCount: Int
    public var warningCount: Int
    public var findings: [Finding]

    init(_ r: WardReturn, modified: Double?, deadline: CivilDate) {
        file = r.file
        sha256 = r.sha256
        ward = r.ward
        reportDate = r.reportDate
        self.modified = modified
        status = .rejected
        onTime = r.reportDate.map { $0 <= deadline }
        supersededBy = nil
        errorCount = r.errorCount
        warningCount = r.warningCount
        findings = r.findings
    }

    /// Whether `self` is a later return than `other` of the same ward: by report date, then
    /// modification time, then file name, so that the choice never depends on input order.
    func isLater(than other: Submission) -> Bool {
        switch (reportDate, other.reportDate) {
        case let (a?, b?) where a != b: return a > b
        case (_?, nil): return true
        case (nil, _?): return false
        default: break
        }
        switch (modified, other.modified) {
        case let (a?, b?) where a != b: return a > b
        case (_?, nil): return true
        case (nil, _?): return false
        default: return file > other.file
        }
    }
}
