import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `--profiles`, shared by `consolidate` and `serve` (whose consolidations write the same exports).
struct ExportProfilesOption: ParsableArguments {
    @Option(name: .long, help: HelpText.help("Thư mục các mẫu xuất dữ liệu (mặc định: thư mục exports cạnh bộ tiêu chí, nếu không có thì các mẫu tài chính và thống kê có sẵn trong chương trình).",
                                             "Folder of export profiles (default: the exports folder beside the schema, else the built-in finance and statistics profiles).",
                                             value: "thư-mục"))
    var profiles: String?

    /// The export profiles: `--profiles`, else the `exports` folder beside the schema, else
    /// the defaults built into the program (`Templates/exports` when it was built).
    func load(schemaPath: String?, _ lang: Language) throws -> ExportProfileSet {
        var folder = profiles
        if folder == nil, let schema = schemaPath {
            let beside = ((schema as NSString).deletingLastPathComponent as NSString).appendingPathComponent("exports")
            if FileKind.of(beside) == .directory { folder = beside }
        }
        do {
            guard let folder else { return try ExportProfileSet.builtIn() }
            guard FileKind.of(folder) == .directory else {
                printError(lang == .vi ? "Không có thư mục hồ sơ xuất \"\(folder)\"." : "There is no export-profile folder \"\(folder)\".")
                throw ExitCode(2)
            }
            return try ExportProfileSet.load(folder: folder)
        } catch let error as ExportProfileError {
            printError(error.text(lang))
            throw ExitCode(2)
        }
    }
}
