/// The tool's version, shown by `thidua --version` (with the form version it writes).
enum ThiduaVersion {
    static let string = "1.0.0"
}
