/// Who made a workbook and when, as the programs' "Properties" dialog shows it.
public struct DocumentProperties: Hashable, Sendable {
    public var title: String?
    public var subject: String?
    public var author: String?
    public var company: String?
    /// UTC; a fixed default keeps output byte-identical from run to run.
    public var created: CivilDateTime
    public var modified: CivilDateTime

    public static let fixedTimestamp = CivilDateTime(date: CivilDate(year: 2000, month: 1, day: 1),
                                                     time: TimeOfDay(seconds: 0))

    public init(title: String? = nil, subject: String? = nil, author: String? = nil, company: String? = nil,
                created: CivilDateTime = DocumentProperties.fixedTimestamp, modified: CivilDateTime? = nil) {
        self.title = title
        self.subject = subject
        self.author = author
        self.company = company
        self.created = created
        self.modified = modified ?? created
    }
}
