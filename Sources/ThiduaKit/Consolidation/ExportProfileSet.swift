/// The export profiles a consolidation writes, and where they came from, which its summary
/// names: the district sees whether its own profiles or the program's defaults were used.
public struct ExportProfileSet: Sendable {
    public var profiles: [ExportProfile]
    /// The folder they were read from; nil for the defaults built into the program.
    public var folder: String?

    public init(profiles: [ExportProfile], folder: String?) {
        self.profiles = profiles
        self.folder = folder
    }

    /// Every `*.profile` of a folder.
    public static func load(folder: String) throws(ExportProfileError) -> ExportProfileSet {
        ExportProfileSet(profiles: try ExportProfile.loadDirectory(folder), folder: folder)
    }

    /// The defaults, `Templates/exports` as it was when the program was built (finance and
    /// statistics), so a run anywhere writes them without a profiles folder at hand.
    public static func builtIn() throws(ExportProfileError) -> ExportProfileSet {
        var profiles: [ExportProfile] = []
        for (file, text) in ExportProfile.builtInFiles.sorted(by: { $0.key < $1.key }) {
            let name = String(file.dropLast(ExportProfile.fileExtension.count + 1))
            profiles.append(try ExportProfile.parse(text, name: name, file: "(built in) " + file))
        }
        return ExportProfileSet(profiles: profiles, folder: nil)
    }

    /// `finance, statistics (built in)`, for the summary.
    public func text(_ language: Language) -> String {
        let names = profiles.map(\.name).joined(separator: ", ")
        let source = folder ?? (language == .vi ? "có sẵn trong chương trình" : "built in")
        return profiles.isEmpty
            ? (language == .vi ? "không có (\(source))" : "none (\(source))")
            : "\(names) (\(source))"
    }
}
