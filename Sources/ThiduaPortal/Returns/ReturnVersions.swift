import Foundation
import Spreadsheet
import ThiduaKit

/// A return checked against the schema version it was made for.
struct VersionedCheck: Sendable {
    var version: SchemaVersionRecord
    var schema: CriteriaSchema
    var checked: WardReturn
}

extension SchemaRegistry {
    /// Checks a return against the version its form names in its marker sheet (schema id and
    /// version, written by `ReturnFormWriter`), when that is a known version of the active
    /// schema: a ward that filled last month's form is judged by last month's criteria. A form
    /// naming an unknown version, another schema or none is checked against the active version,
    /// and the validator's own finding says so (`return.schema-version`, `return.schema-mismatch`).
    func check(bytes: [UInt8], fileName: String) throws -> VersionedCheck {
        let (active, schema) = try active()
        let checked = try validator(version: active.id).validate(bytes: bytes, fileName: fileName)
        guard checked.schemaID == active.schemaId, let made = checked.schemaVersion, made != active.version,
              let record = try record(schemaId: active.schemaId, version: made) else {
            return VersionedCheck(version: active, schema: schema, checked: checked)
        }
        let older = try self.schema(of: record)
        return VersionedCheck(version: record, schema: older,
                              checked: try validator(version: record.id).validate(bytes: bytes, fileName: fileName))
    }
}
