import ArgumentParser
import Foundation
import ThiduaKit

/// `--profiles`, shared by `consolidate` and `serve` (whose consolidations write the same exports).
struct ExportProfilesOption: ParsableArguments {
    @Option(name: .long, help: HelpText.help("Thư mục các mẫu xuất dữ liệu (mặc định Templates/exports nếu có).", "Folder of export profiles (default Templates/exports if present).", value: "thư-mục"))
    var profiles: String?

    /// The export profiles: `--profiles`, else the `exports` folder beside the schema, else
    /// `Templates/exports` under the current folder. Without any, says that no CSV is written.
    func load(schemaPath: String?, _ lang: Language) throws -> [ExportProfile] {
        var candidates: [String] = []
        if let profiles {
            candidates = [profiles]
        } else {
            if let schema = schemaPath {
                candidates.append(((schema as NSString).deletingLastPathComponent as NSString).appendingPathComponent("exports"))
            }
            candidates.append("Templates/exports")
        }
        guard let dir = candidates.first(where: { FileIdentity(path: $0, followingLinks: true)?.isDirectory == true }) else {
            if profiles != nil {
                printError(lang == .vi ? "Không có thư mục hồ sơ xuất \"\(candidates[0])\"." : "There is no export-profile folder \"\(candidates[0])\".")
                throw ExitCode(2)
            }
            printError(lang == .vi
                ? "Chú ý: không tìm thấy hồ sơ xuất (đã tìm \(candidates.joined(separator: ", "))): không ghi tệp CSV cho tài chính và thống kê. Dùng --profiles THƯ-MỤC."
                : "Note: no export profiles found (looked in \(candidates.joined(separator: ", "))): no finance or statistics CSV is written. Use --profiles FOLDER.")
            return []
        }
        do {
            return try ExportProfile.loadDirectory(dir)
        } catch {
            printError(error.text(lang))
            throw ExitCode(2)
        }
    }
}
