import Foundation
import Testing

/// `thidua <command> --help` wholly in Vietnamese by default and wholly in English with
/// `--lang en` (the switch the messages use), for every command and subcommand.
@Suite("Help in the user's language")
struct HelpTests {
    static let commands: [[String]] = [
        [], ["inspect"], ["convert"], ["template"], ["validate"], ["consolidate"], ["serve"], ["backup"],
        ["users"], ["users", "add"], ["users", "list"], ["users", "passwd"], ["users", "disable"],
    ]

    /// What both languages share: option names, placeholders, file names and extensions, and
    /// the literal values typed on the command line (`ward`, `district`, `leader` among them).
    static func words(_ help: String) -> [String] {
        var text = help
        for pattern in [#"--?[A-Za-z0-9-]+"#, #"<[^>]*>"#, #"[A-Za-z0-9_./-]*\.(xlsx|ods|xls|csv|txt|json|sqlite)\b"#,
                        #"[A-Za-z]+/[A-Za-z0-9_./-]*"#, #"\{"sheets".*?\}\]\}"#, #"\$?THIDUA_SCHEMA"#, #"'[^']*'"#] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text.split { !$0.isLetter }.map { $0.lowercased() }
    }

    static let englishWords: Set<String> = [
        "the", "of", "and", "or", "to", "is", "for", "with", "default", "values", "show", "help", "file", "files",
        "folder", "return", "returns", "sheet", "options", "usage", "arguments", "overview", "subcommands",
        "information", "version", "see", "when", "each", "every", "write", "read", "without", "largest", "most",
        "number", "language", "account", "password", "exit", "status", "error", "errors", "warnings",
    ]

    @Test(arguments: commands)
    func vietnameseByDefault(_ command: [String]) throws {
        let r = try CLI.run(command + ["--help"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("CÁCH DÙNG: thidua"), "\(r.stdout)")
        #expect(r.stdout.contains("TÙY CHỌN:") && r.stdout.contains("Hiện trợ giúp này."))
        let english = Self.words(r.stdout).filter { Self.englishWords.contains($0) }
        #expect(english.isEmpty, "English words \(english) in:\n\(r.stdout)")
    }

    @Test(arguments: commands)
    func englishWithLangEn(_ command: [String]) throws {
        let r = try CLI.run(command + ["--help", "--lang", "en"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("USAGE: thidua") && r.stdout.contains("OPTIONS:") && r.stdout.contains("Show help information."))
        let vietnamese = r.stdout.unicodeScalars.filter { "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ".unicodeScalars.contains($0) }
        #expect(vietnamese.isEmpty, "Vietnamese letters in:\n\(r.stdout)")
    }

    /// `thidua help <command>` is the same help, in the same language.
    @Test func theHelpCommandSpeaksTheSameLanguage() throws {
        let vi = try CLI.run(["help", "validate"])
        #expect(vi.stdout == (try CLI.run(["validate", "--help"])).stdout)
        #expect(vi.stdout.contains("Kiểm tra báo cáo của các phường theo bộ tiêu chí."))
        let en = try CLI.run(["help", "validate", "--lang", "en"])
        #expect(en.stdout.contains("Check wards' returns against the criteria schema."))
    }
}
