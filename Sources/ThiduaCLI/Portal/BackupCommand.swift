import ArgumentParser
import Foundation
import ThiduaKit
import ThiduaPortal

/// `thidua backup`: a consistent copy of the portal's database, safe while the server runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: "Sao lưu cơ sở dữ liệu của cổng / Back up the portal's database while it runs.",
        discussion: """
        Copies DIR/thidua.sqlite with SQLite's online backup. The uploaded files under DIR/files \
        are never changed once written: copy that folder as it is (cp -a, rsync). To restore, stop \
        the server, put the copy in place as DIR/thidua.sqlite (with DIR/files) and start it again.
        """)

    @OptionGroup var dataOption: DataOption
    @OptionGroup var schemaOption: SchemaOption

    @Option(name: .shortAndLong, help: "The copy to write (.sqlite).")
    var output: String

    func run() throws {
        let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: false, language: .vi)
        try portal.database.backup(to: output)
        printError(output)
    }
}
