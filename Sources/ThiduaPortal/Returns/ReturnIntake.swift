import Foundation
import GRDB
import Spreadsheet
import ThiduaKit

/// Receives a return: keeps the bytes as sent, checks them with ThiduaKit's validator
/// (unchanged) against the version its form names, and records who sent it, when, its SHA-256 and its findings.
struct ReturnIntake: Sendable {
    let database: PortalDatabase
    let files: FileStore
    let schemas: SchemaRegistry

    struct Received: Sendable {
        var record: StoredReturn
        var checked: WardReturn
        /// Nothing could be read as a return (the API answers 422).
        var unreadable: Bool
    }

    /// The name to show for an uploaded file: its last path component, without control characters.
    static func displayName(_ sent: String) -> String {
        let last = sent.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let clean = String(last.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
            .trimmingCharacters(in: .whitespaces)
        return clean.isEmpty ? "return" : String(clean.prefix(200))
    }

    /// Checks a return and keeps it. A ward account sending another ward's return is refused
    /// (and the refusal logged) without keeping the file.
    func receive(bytes: [UInt8], sentName: String, user: PortalUser, address: String?, now: Date,
                 emailedOn: Date? = nil) throws -> Received {
        let fileName = Self.displayName(sentName)
        // Checked against the schema version the form was made for (the active one if unknown).
        let check = try schemas.check(bytes: bytes, fileName: fileName)
        let version = check.version, checked = check.checked
        // The validator hashes the bytes it could read (for provenance); the store is keyed by the same hash.
        let sha = checked.sha256.isEmpty ? FileStore.sha256(bytes) : checked.sha256
        if user.role == .ward, let ward = checked.ward, ward.code != user.wardCode {
            try database.pool.write { db in
                try AuditLog.record(db, at: now, user: user, address: address, action: .uploadRefused, wardCode: user.wardCode,
                                    detail: "\(fileName) sha256 \(sha): return of \(ward.name) (\(ward.code))")
            }
            throw PortalError.otherWard("\(ward.name) (\(ward.code))")
        }
        if user.role == .ward, let code = user.wardCode, try database.pool.read({ db in try Review.isLocked(db, wardCode: code) }) {
            throw PortalError(.conflict, "locked", vi: "Quận đã duyệt báo cáo của phường; muốn gửi lại, hãy đề nghị quận mở lại.",
                              en: "The district has approved the ward's return; to send another, ask the district to reopen it.")
        }
        try files.put(bytes, sha256: sha)
        let unreadable = checked.isUnreadable
        let wardCode = checked.ward?.code ?? (user.role == .ward ? user.wardCode : nil)
        let findings = checked.findings.map {
            StoredFinding(severity: $0.severity.rawValue, code: $0.code.rawValue, sheet: $0.location.sheet,
                          cell: $0.location.cell?.description, criterion: $0.criterion, vi: $0.message.vi, en: $0.message.en)
        }
        let findingsJSON = String(decoding: try JSONEncoder().encode(findings), as: UTF8.self)
        let status = checked.hasErrors ? "rejected" : "accepted"
        let points: Double? = checked.entries.isEmpty ? nil : checked.totalPoints
        let record = try database.pool.write { db -> StoredReturn in
            try db.execute(sql: """
                INSERT INTO returns (wardCode, userId, schemaVersionId, fileName, sha256, size, format, receivedAt, receivedBy,
                                     status, errors, warnings, totalPoints, findingsJSON)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [wardCode, user.id, version.id, fileName, sha, bytes.count, checked.format?.rawValue,
                                 Timestamp.text(emailedOn ?? now), emailedOn == nil ? "upload" : "email", status,
                                 checked.errorCount, checked.warningCount, points, findingsJSON])
            let id = db.lastInsertedRowID
            try AuditLog.record(db, at: now, user: user, address: address, action: .upload, wardCode: wardCode, returnId: id,
                                detail: "\(fileName) sha256 \(sha): \(status), \(checked.errorCount) errors, \(checked.warningCount) warnings"
                                    + (emailedOn.map { ", received by e-mail on \(Timestamp.text($0))" } ?? ""))
            return try StoredReturn.fetchOne(db, sql: "SELECT * FROM returns WHERE id = ?", arguments: [id])!
        }
        return Received(record: record, checked: checked, unreadable: unreadable)
    }
}
