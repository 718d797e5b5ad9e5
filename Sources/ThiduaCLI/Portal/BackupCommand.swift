import ArgumentParser
import Foundation
import ThiduaKit
import ThiduaPortal

/// `thidua backup`: a consistent copy of the portal's database, safe while the server runs.
struct BackupCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup",
        abstract: HelpText.text("Sao lưu cơ sở dữ liệu của cổng trong khi cổng đang chạy.", "Back up the portal's database while it runs."),
        discussion: HelpText.text("""
        Sao chép DIR/thidua.sqlite bằng cách sao lưu trực tuyến của SQLite. Các tệp đã tải lên \
        trong DIR/files không bao giờ bị sửa sau khi ghi: hãy chép nguyên thư mục đó (cp -a, rsync). \
        Để khôi phục: dừng máy chủ, đặt bản sao vào chỗ DIR/thidua.sqlite (cùng DIR/files) rồi chạy lại.
        """, """
        Copies DIR/thidua.sqlite with SQLite's online backup. The uploaded files under DIR/files \
        are never changed once written: copy that folder as it is (cp -a, rsync). To restore, stop \
        the server, put the copy in place as DIR/thidua.sqlite (with DIR/files) and start it again.
        """))

    @OptionGroup var dataOption: DataOption
    @OptionGroup var schemaOption: SchemaOption

    @Option(name: .shortAndLong, help: HelpText.help("Tệp sao lưu cần ghi (.sqlite).", "The copy to write (.sqlite).", value: "tệp"))
    var output: String

    func run() throws {
        let portal = try dataOption.open(schemaOption: schemaOption, explicitSchema: false, language: .vi)
        try portal.database.backup(to: output)
        printError(output)
    }
}
