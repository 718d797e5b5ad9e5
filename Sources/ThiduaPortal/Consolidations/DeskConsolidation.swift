import Foundation
import GRDB
import NIOPosix
import Spreadsheet
import ThiduaKit

/// Consolidation from the portal: ThiduaKit's engine and writers, unchanged, on each ward's
/// standing return (approved, else the latest) when it is accepted and not sent back, with the
/// district's verified points. The inputs are named as received and given in name order, so
/// `thidua consolidate NAME…` run on the same files, in a folder holding them under those
/// names, writes the same bytes. Files are kept content-addressed; the record lists them, the
/// inputs and their SHA-256.
struct DeskConsolidation: Sendable {
    let portal: Portal

    /// A standing return and the name the engine sees it under.
    struct Input: Sendable {
        var record: StoredReturn
        var name: String
    }

    /// The returns that count now, each under a name no other input has, in name order.
    static func inputs(_ db: Database) throws -> [Input] {
        let standing = try ReturnQueries.latestByWard(db).values
            .filter { $0.status == "accepted" && $0.review != "sentBack" }
            .sorted { ($0.fileName, $0.wardCode ?? "") < ($1.fileName, $1.wardCode ?? "") }
        var taken = Set<String>()
        var out: [Input] = []
        for r in standing {
            var name = r.fileName
            if taken.contains(name) {
                // Two wards sent files of the same name: the later one gets its ward code and id.
                let ext = (name as NSString).pathExtension, stem = (name as NSString).deletingPathExtension
                name = "\(stem)-\(r.wardCode ?? "x")-\(r.id)" + (ext.isEmpty ? "" : ".\(ext)")
            }
            taken.insert(name)
            out.append(Input(record: r, name: name))
        }
        // The order a folder listing gives (`ReturnFiles` sorts names the same way).
        return out.sorted { $0.name < $1.name }
    }

    /// Builds, writes and keeps a consolidation; `formats` as `thidua consolidate --format`.
    func run(user: PortalUser, formats: [SpreadsheetFormat], address: String?) async throws -> ConsolidationDetail {
        guard user.role == .district else { throw PortalError.forbidden }
        let (version, schema) = try portal.schemas.active()
        let (inputs, verified) = try await portal.database.pool.read { db in
            let inputs = try Self.inputs(db)
            return (inputs, try VerifiedPointsStore.byWard(db, returns: inputs.map(\.record)))
        }
        guard !inputs.isEmpty else {
            throw PortalError(.conflict, "consolidation.empty", vi: "Chưa có báo cáo hợp lệ nào để tổng hợp.",
                              en: "There is no valid return to consolidate yet.")
        }
        let files = portal.files, schemas = portal.schemas, options = portal.configuration.readOptions
        let profiles = portal.configuration.exportProfiles
        // A scratch folder inside the portal's own storage, through Foundation like the rest of
        // it: the writers need paths, and the files end up in the FileStore.
        let staging = portal.configuration.dataDirectory + "/tmp/consolidation-\(UUID().uuidString)"
        let (written, consolidation) = try await NIOThreadPool.singleton.runIfActive { () -> ([(String, String, Int)], Consolidation) in
            try FileManager.default.createDirectory(atPath: staging, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(atPath: staging) }
            var builder = ConsolidationBuilder(schema: schema, verified: verified)
            for input in inputs {
                // Each return checked as on receipt: against the schema version its form was made for
                // (the active one for every return of the current forms, so the CLI's bytes).
                let made = try schemas.schema(version: input.record.schemaVersionId)
                builder.add(ReturnValidator(schema: made, readOptions: options).validate(bytes: try files.get(input.record.sha256),
                                                                                         fileName: input.name))
            }
            let c = builder.finish()
            let outputs = ConsolidationOutputs(directory: staging, formats: formats, profiles: profiles)
            let paths = try outputs.write(c)
            let kept = try paths.map { path -> (String, String, Int) in
                let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
                return ((path as NSString).lastPathComponent, try files.put(bytes), bytes.count)
            }
            return (kept, c)
        }
        let now = portal.now
        let verifiedJSON = String(decoding: try JSONSerialization.data(withJSONObject: verified, options: [.sortedKeys]), as: UTF8.self)
        let id = try await portal.database.pool.write { db -> Int64 in
            try db.execute(sql: """
                INSERT INTO consolidations (createdAt, userId, schemaVersionId, wards, wardsAccepted, verifiedJSON)
                VALUES (?, ?, ?, ?, ?, ?)
                """, arguments: [Timestamp.text(now), user.id, version.id, schema.wards.count, consolidation.wardsAccepted, verifiedJSON])
            let id = db.lastInsertedRowID
            for (i, input) in inputs.enumerated() {
                try db.execute(sql: """
                    INSERT INTO consolidationInputs (consolidationId, position, returnId, wardCode, name, sha256) VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [id, i, input.record.id, input.record.wardCode, input.name, input.record.sha256])
            }
            for (i, file) in written.enumerated() {
                try db.execute(sql: """
                    INSERT INTO consolidationFiles (consolidationId, position, name, sha256, size) VALUES (?, ?, ?, ?, ?)
                    """, arguments: [id, i, file.0, file.1, file.2])
            }
            try AuditLog.record(db, at: now, user: user, address: address, action: .consolidation, detail:
                "consolidation \(id): \(inputs.count) returns (\(inputs.map { "\($0.name) sha256 \($0.record.sha256)" }.joined(separator: ", "))); "
                + "\(consolidation.wardsAccepted)/\(schema.wards.count) wards; files \(written.map(\.0).joined(separator: ", "))")
            return id
        }
        return try await portal.database.pool.read { db in try ConsolidationDetail.fetch(db, id: id) }
    }
}
