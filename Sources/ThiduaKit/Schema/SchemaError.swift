/// A schema that could not be loaded, with every problem found (errors and warnings).
public struct SchemaError: Error, Hashable, Sendable, CustomStringConvertible {
    public var findings: [Finding]

    public init(findings: [Finding]) { self.findings = findings }

    /// The findings that block loading.
    public var errors: [Finding] { findings.filter(\.isError) }

    /// One finding per line.
    public func text(_ language: Language) -> String {
        findings.map { $0.text(language) }.joined(separator: "\n")
    }

    public var description: String { text(.en) }
}
