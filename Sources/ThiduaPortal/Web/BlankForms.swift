import Foundation
import Spreadsheet
import Synchronization
import ThiduaKit

/// The blank forms of the active schema version, written by ThiduaKit's form writer once per
/// ward and format and kept in memory (16 forms of some 30 KB for a district).
final class BlankForms: Sendable {
    private let cache = Mutex<[String: [UInt8]]>([:])

    func form(versionId: Int64, schema: CriteriaSchema, ward: Ward, format: SpreadsheetFormat) throws -> [UInt8] {
        let key = "\(versionId)/\(ward.code)/\(format.rawValue)"
        if let bytes = cache.withLock({ $0[key] }) { return bytes }
        // A scratch folder of the portal's own, through Foundation: the writers need a path, and
        // no user's file is read or replaced here.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-form-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/form." + format.rawValue
        let properties = DocumentProperties(title: schema.settings.title, author: "thidua")
        let writer: any SpreadsheetWriter = format == .ods
            ? try ODSWriter(path: path, options: .init(properties: properties))
            : try XLSXWriter(path: path, options: .init(properties: properties))
        try ReturnFormWriter(schema: schema).write(ward: ward, to: writer)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: path)))
        cache.withLock { $0[key] = bytes }
        return bytes
    }
}
