/// How numbers are written as text everywhere the toolkit writes them (CSV, JSON, XML):
/// `.` decimals, no grouping, the shortest form that reads back to the same Double.
public enum NumberText {
    public static func format(_ value: Double) -> String {
        if value == 0 { return "0" }  // also folds -0
        if value.rounded() == value && abs(value) < 1e15 {
            return String(Int64(value))
        }
        var s = value.description  // shortest round-trip, may use exponent
        if s.hasSuffix(".0") { s.removeLast(2) }
        return s
    }
}
