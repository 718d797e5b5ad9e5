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
                let before = try portal.activeSchemaVersion()
                let now = try portal.useSchema(path: path)
                // A start command that still names an older workbook would quietly undo a version
                // the district chose in the portal: say so where whoever restarted it looks.
                if let before, before.id != now.id {
                    printError(language == .vi
                        ? "Lưu ý: --schema đổi bộ tiêu chí đang dùng từ \(before.schemaId) phiên bản \(before.version) (\(before.fileName)) sang \(now.schemaId) phiên bản \(now.version) (\(now.fileName)). Nếu không muốn vậy, hãy chọn lại phiên bản ở trang Bộ tiêu chí và khởi động không kèm --schema."
                        : "Note: --schema changed the active criteria from \(before.schemaId) version \(before.version) (\(before.fileName)) to \(now.schemaId) version \(now.version) (\(now.fileName)). If that was not meant, make the version active again on the Schemas page and start without --schema.")
                }
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
