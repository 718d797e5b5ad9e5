import Foundation
@testable import Spreadsheet

/// A fixture's `.expected.json` (the `inspect --format json` shape) as cell values.
struct ExpectedWorkbook {
    struct Sheet {
        var name: String
        var state: String
        var cells: [CellReference: CellValue]
    }
    var sheets: [Sheet]

    init(jsonPath: String) throws {
        let object = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: jsonPath)))
        guard let root = object as? [String: Any], let sheets = root["sheets"] as? [[String: Any]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.sheets = try sheets.map { s in
            var cells: [CellReference: CellValue] = [:]
            for (r, row) in ((s["rows"] as? [Any]) ?? []).enumerated() {
                guard let row = row as? [Any] else { continue }
                for (c, v) in row.enumerated() {
                    if let value = try ExpectedWorkbook.value(v) {
                        cells[CellReference(row: r, column: c)] = value
                    }
                }
            }
            return Sheet(name: s["name"] as? String ?? "", state: s["state"] as? String ?? "", cells: cells)
        }
    }

    static func value(_ v: Any) throws -> CellValue? {
        switch v {
        case is NSNull: return nil
        case let b as Bool where type(of: v) == type(of: NSNumber(value: true)) || v is Bool:
            if let n = v as? NSNumber, String(cString: n.objCType) != "c" { return .number(n.doubleValue) }
            return .boolean(b)
        case let n as NSNumber: return .number(n.doubleValue)
        case let s as String: return .text(s)
        case let o as [String: String]:
            guard let (k, text) = o.first else { return nil }
            switch k {
            case "date": return .date(try parseDate(text))
            case "datetime":
                let parts = text.split(separator: "T")
                return .dateTime(CivilDateTime(date: try parseDate(String(parts[0])), time: parseClock(String(parts[1]))))
            case "time": return .time(parseClock(text))
            case "duration":
                let negative = text.hasPrefix("-")
                let body = text.drop(while: { $0 != "T" }).dropFirst().dropLast()
                return .duration((Double(body) ?? .nan) * (negative ? -1 : 1))
            case "error": return .error(text)
            default: return nil
            }
        default: return nil
        }
    }

    static func parseDate(_ s: String) throws -> CivilDate {
        let p = s.split(separator: "-").compactMap { Int($0) }
        return CivilDate(year: p[0], month: p[1], day: p[2])
    }

    static func parseClock(_ s: String) -> TimeOfDay {
        let p = s.split(separator: ":")
        return TimeOfDay(seconds: Double(Int(p[0])! * 3600 + Int(p[1])! * 60) + Double(p[2])!)
    }
}

/// Whether two cell values agree: numbers exactly (decimal text converts to one Double),
/// times to the millisecond the readers round to.
func sameValue(_ a: CellValue, _ b: CellValue) -> Bool {
    switch (a, b) {
    case let (.number(x), .number(y)):
        return x == y
    case let (.time(x), .time(y)):
        return abs(x.seconds - y.seconds) < 0.0005
    case let (.dateTime(x), .dateTime(y)):
        return x.date == y.date && abs(x.time.seconds - y.time.seconds) < 0.0005
    case let (.duration(x), .duration(y)):
        return abs(x - y) < 0.0005
    default:
        return a == b
    }
}
