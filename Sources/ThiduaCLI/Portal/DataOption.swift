import ArgumentParser
import Foundation
import ThiduaKit
import ThiduaPortal

/// `--data DIR`, shared by `serve` and `users`: the portal's database and files.
struct DataOption: ParsableArguments {
    @Option(name: .long, help: HelpText.help("Thư mục dữ liệu của cổng (thidua.sqlite, files/).", "The portal's data folder (thidua.sqlite, files/).", value: "thư-mục"))
    var data: String

    /// Opens the portal's data; a schema given (or, on first use, the default one) becomes the active version.
    func open(schemaOption: SchemaOption, explicitSchema: Bool, language: Language, bcryptCost: UInt8 = 12,
              uploadLimit: Int = 20 << 20, exportProfiles: [ExportProfile] = []) throws -> Portal {
        let portal = try Portal(configuration: PortalConfiguration(dataDirectory: data, uploadLimit: uploadLimit, bcryptCost: bcryptCost,
                                                                   exportProfiles: exportProfiles))
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
