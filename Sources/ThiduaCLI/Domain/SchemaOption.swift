import ArgumentParser
import Foundation
import Spreadsheet
import ThiduaKit

/// `--schema`, shared by the domain commands, with the district's default.
struct SchemaOption: ParsableArguments {
    @Option(name: .long, help: HelpText.help("Bộ tiêu chí (.xlsx, .ods). Mặc định: biến môi trường THIDUA_SCHEMA, nếu không có thì Templates/schema-2018.xlsx.", "The criteria schema (.xlsx, .ods). Default: $THIDUA_SCHEMA, else Templates/schema-2018.xlsx.", value: "tệp"))
    var schema: String?

    /// The schema file to use, or nil when none is given and no default exists.
    var path: String? {
        if let schema { return schema }
        if let env = ProcessInfo.processInfo.environment["THIDUA_SCHEMA"], !env.isEmpty { return env }
        let fallback = "Templates/schema-2018.xlsx"
        return FileKind.of(fallback) != nil ? fallback : nil
    }

    /// Loads the schema; its problems are printed located, and the command exits 2.
    func load(_ language: Language) throws -> CriteriaSchema {
        guard let path else {
            printError(language == .vi
                ? "Chưa chỉ ra bộ tiêu chí: dùng --schema TỆP hoặc biến môi trường THIDUA_SCHEMA."
                : "No criteria schema: use --schema FILE or the THIDUA_SCHEMA environment variable.")
            throw ExitCode(2)
        }
        do {
            return try CriteriaSchema.load(path: path)
        } catch {
            for f in error.findings { printError(f.text(language)) }
            throw ExitCode(2)
        }
    }
}
