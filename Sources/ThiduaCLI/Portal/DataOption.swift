import ArgumentParser
import Foundation
import ThiduaKit
import ThiduaPortal

/// `--data DIR`, shared by `serve` and `users`: the portal's database and files.
struct DataOption: ParsableArguments {
    @Option(name: .long, help: HelpText.help("Thư mục dữ liệu của cổng (thidua.sqlite, files/).", "The portal's data folder (thidua.sqlite, files/).", value: "thư-mục"))
    var data: String

    /// Opens the portal's data; a schema given (or, on first use, the default one) becomes the active version.
    /// `configure` sets what `serve`'s options say (limits, proxy, demo deadline).
    func open(schemaOption: SchemaOption, explicitSchema: Bool, language: Language,
              configure: (inout PortalConfiguration) -> Void = { _ in }) throws -> Portal {
        var configuration = PortalConfiguration(dataDirectory: data)
        configure(&configuration)
        let portal = try Portal(configuration: configuration)
        if try explicitSchema || portal.activeSchemaVersion() == nil {
            guard let path = schemaOption.path else {
                printError(language == .vi ? "Chưa có bộ tiêu chí: dùng --schema TỆP." : "No criteria schema: use --schema FILE.")
                throw ExitCode(2)
            }
            do {
                try portal.useSchema(path: path)
            } catch let error as SchemaError {
                for f in error.findings { printError(f.text(language)) }
                throw ExitCode(2)
            } catch let error as SpreadsheetError {
                printError(error.text(language))
                throw ExitCode(2)
            }
        }
        return portal
    }
}
