import ArgumentParser
import Foundation
import ThiduaKit

@main
struct Thidua: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: HelpText.text("Đọc, kiểm tra, tổng hợp và xuất báo cáo thi đua của các phường.",
                                "Read, validate, consolidate and export the wards' emulation returns."),
        discussion: HelpText.text("""
        Mã thoát: 0 thành công; 1 dữ liệu có lỗi (kiểm tra, tổng hợp); \
        2 không đọc được một tệp hoặc dòng lệnh sai. Thêm --lang en để xem bằng tiếng Anh.
        """, """
        Exit status: 0 success; 1 the input has errors (validation, consolidation); \
        2 a file cannot be read or the command line is wrong.
        """),
        version: "thidua \(ThiduaVersion.string) (biểu mẫu / form \(ReturnFormWriter.formVersion))",
        subcommands: [InspectCommand.self, ConvertCommand.self, TemplateCommand.self, ValidateCommand.self, ConsolidateCommand.self,
                      ServeCommand.self, UsersCommand.self, BackupCommand.self])

    /// ArgumentParser exits 64 on a usage error; this tool documents 2 for any unusable input.
    static func main() async {
        StandardStreams.prepare()
        let arguments = Array(CommandLine.arguments.dropFirst())
        let lang = CommandLineMessages.language(arguments)
        let commands = configuration.subcommands.map { $0._commandName }
        if let message = CommandLineMessages.unknownCommand(arguments, commands: commands, lang) {
            printError(message)
            Foundation.exit(2)
        }
        do {
            var command = try parseAsRoot(CommandLineMessages.withoutLanguage(arguments))
            if var asyncCommand = command as? AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            // Help and the version: the help in the user's language (its texts are, its
            // headings are said again), on standard output as ArgumentParser prints it.
            if code == .success {
                let message = fullMessage(for: error)
                if !message.isEmpty {
                    do {
                        try printLine(CommandLineMessages.help(message, lang))
                    } catch {
                        printError((error as? OutputFailure)?.text(lang) ?? "\(error)")
                        Foundation.exit(2)
                    }
                }
                Foundation.exit(0)
            }
            if code == .validationFailure {
                printError(CommandLineMessages.usage(fullMessage(for: error), lang))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
