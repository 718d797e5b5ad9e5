import Foundation
import Spreadsheet
@testable import ThiduaKit

/// The main job's data (Fixtures/returns/2018) validated once, with what expected.json says of it.
enum ConsolidationFixture {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let folder = repository.appendingPathComponent("Fixtures/returns/2018").path
    static let schema = ReturnValidationTests.schema

    struct Expected {
        var ward: String
        var total: Double
        var late: Bool?
        var rejected: Bool
        var superseded: Bool
    }

    /// expected.json's "2018" set, by file name.
    static let expected: [String: Expected] = {
        let data = try! Data(contentsOf: repository.appendingPathComponent("Fixtures/returns/expected.json"))
        let json = try! JSONSerialization.jsonObject(with: data) as! [String: [String: [String: Any]]]
        return json["2018"]!.mapValues { e in
            Expected(ward: e["ward"] as! String, total: e["total"] as! Double, late: e["late"] as? Bool,
                     rejected: e["rejected"] as? Bool ?? false, superseded: e["superseded"] as? Bool ?? false)
        }
    }()

    static let paths: [String] = try! FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        .map { folder + "/" + $0 }

    static let returns: [WardReturn] = ReturnValidator(schema: schema).validate(paths: paths, workers: 2)

    static func consolidate(_ returns: [WardReturn] = returns, policy: ConsolidationPolicy = ConsolidationPolicy()) -> Consolidation {
        Consolidation(schema: schema, returns: returns, policy: policy)
    }

    static func name(_ path: String) -> String { (path as NSString).lastPathComponent }
}
