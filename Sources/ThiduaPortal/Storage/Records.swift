import Foundation
import GRDB
import Spreadsheet
import ThiduaKit

/// What an account may do: a ward officer sends its own ward's returns; the district reviews
/// all of them; a leader reads the district's view without changing anything.
public enum Role: String, Codable, Sendable, CaseIterable, DatabaseValueConvertible {
    case ward, district, leader
}

/// An account, as stored (the password only as its bcrypt hash).
public struct PortalUser: Codable, Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var username: String
    var passwordHash: String
    public var role: Role
    /// The ward a ward account belongs to (its statistics code); nil for district and leader.
    public var wardCode: String?
    public var disabled: Bool
    public var createdAt: String
}

/// A return as received: who sent it, when, its hash and what the validator found.
public struct StoredReturn: Codable, Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var wardCode: String?
    public var userId: Int64
    public var schemaVersionId: Int64
    /// The name the file was sent under (shown and offered on download; never used as a path).
    public var fileName: String
    public var sha256: String
    public var size: Int
    public var format: String?
    /// When the server received it, or for a return sent by e-mail the date the district gives.
    public var receivedAt: String
    /// `upload` or `email`.
    public var receivedBy: String
    /// `accepted` (no errors) or `rejected`.
    public var status: String
    /// `none`, `approved` or `sentBack` (the district's review).
    public var review: String
    public var errors: Int
    public var warnings: Int
    public var totalPoints: Double?
    var findingsJSON: String

    /// The findings as stored when the return was received, in both languages.
    public var findings: [StoredFinding] {
        (try? JSONDecoder().decode([StoredFinding].self, from: Data(findingsJSON.utf8))) ?? []
    }
}

/// A finding kept with its return: both languages, so the page can switch language later.
public struct StoredFinding: Codable, Sendable, Hashable {
    public var severity: String
    public var code: String
    public var sheet: String?
    public var cell: String?
    public var criterion: String?
    public var vi: String
    public var en: String

    public func message(_ english: Bool) -> String { english ? en : vi }

    /// The finding as ThiduaKit states it, for its report encoders.
    public var finding: Finding {
        Finding(Severity(rawValue: severity) ?? .error, ErrorCode(code), LocalizedMessage(vi: vi, en: en),
                at: DocumentLocation(sheet: sheet, cell: cell.flatMap { CellReference($0) }), criterion: criterion)
    }
}

/// One version of the criteria workbook the portal validates against.
public struct SchemaVersionRecord: Codable, Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var sha256: String
    public var fileName: String
    public var schemaId: String
    public var version: String
    public var year: Int
    public var uploadedBy: Int64?
    public var uploadedAt: String
    public var active: Bool
}

/// One line of the audit log.
public struct AuditEntry: Codable, Sendable, Hashable, FetchableRecord {
    public var id: Int64
    public var at: String
    public var userId: Int64?
    public var username: String?
    public var address: String?
    public var action: String
    public var wardCode: String?
    public var returnId: Int64?
    public var detail: String
}
