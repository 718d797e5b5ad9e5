import Foundation
import Spreadsheet
import Synchronization
import ThiduaKit

/// Where every ward stands for the district's dashboard and `GET /api/status`: the return that
/// stands for each ward (approved, else the latest) folded by ThiduaKit's `ConsolidationBuilder`,
/// so points, grade and rank are the consolidation's own. Lateness is judged by when the
/// return was received.
struct DistrictStatus: Sendable {
    struct Row: Sendable {
        var ward: Ward
        var record: StoredReturn?
        var status: WardStatus
        var late: Bool
        var standing: WardStanding
    }

    var schema: CriteriaSchema
    var rows: [Row]

    var counts: (sent: Int, accepted: Int, approved: Int, late: Int, missing: Int) {
        (rows.filter { $0.record != nil }.count,
         rows.filter { $0.standing.accepted }.count,
         rows.filter { $0.status == .approved }.count,
         rows.filter(\.late).count,
         rows.filter { $0.record == nil }.count)
    }

    /// Folds with the active schema; each return is checked against its own version.
    static func build(portal: Portal, schema: CriteriaSchema) async throws -> DistrictStatus {
        let (latest, verified) = try await portal.database.pool.read { db in
            let latest = try ReturnQueries.latestByWard(db)
            return (latest, try VerifiedPointsStore.byWard(db, returns: Array(latest.values)))
        }
        let files = portal.files, options = portal.configuration.readOptions
        return try await NIOThreadPoolRunner.run {
            // The district's verified points are scored, as in a consolidation.
            var builder = ConsolidationBuilder(schema: schema, verified: verified)
            for ward in schema.wards {
                guard let r = latest[ward.code] else { continue }
                // Checked against the version the return was made for, as on receipt.
                let key = "\(r.schemaVersionId)/\(r.sha256)"
                let checked: WardReturn
                if let c = portal.checkedCache.withLock({ $0[key] }) {
                    checked = c
                } else {
                    let made = try portal.schemas.schema(version: r.schemaVersionId)
                    checked = ReturnValidator(schema: made, readOptions: options).validate(bytes: try files.get(r.sha256),
                                                                                        fileName: r.fileName)
                    portal.checkedCache.withLock { if $0.count > 1000 { $0.removeAll() }; $0[key] = checked }
                }
                builder.add(checked)
            }
            let standings = builder.finish().standings
            let end = WardStatus.deadlineEnd(schema)
            return DistrictStatus(schema: schema, rows: standings.map { s in
                let r = latest[s.ward.code]
                let late = r.flatMap { Timestamp.date($0.receivedAt) }.map { $0 >= end } ?? false
                return Row(ward: s.ward, record: r, status: WardStatus.of(r, schema: schema), late: late, standing: s)
            })
        }
    }

    /// `{"year","deadline","wards":[…]}` of `GET /api/status`.
    func json() -> [String: Any] {
        let d = schema.settings.deadline
        return [
            "year": schema.settings.year,
            "deadline": String(format: "%04d-%02d-%02d", d.year, d.month, d.day),
            "wards": rows.map { row -> [String: Any] in
                [
                    "code": row.ward.code, "name": row.ward.name,
                    "submitted": row.record != nil, "valid": row.standing.accepted, "approved": row.status == .approved,
                    "late": row.late, "receivedAt": row.record?.receivedAt ?? NSNull(),
                    "points": row.standing.values?.total ?? NSNull(), "grade": row.standing.grade?.name ?? NSNull(),
                    "rank": row.standing.rank ?? NSNull(), "returnId": row.record?.id ?? NSNull(),
                ]
            },
        ]
    }
}
