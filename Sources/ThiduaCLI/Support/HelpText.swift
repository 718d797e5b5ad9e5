import ArgumentParser
import Spreadsheet

/// The help of the command line (`thidua`, `thidua <command> --help`, `thidua help <command>`)
/// in the user's language: Vietnamese by default, English with `--lang en`, the switch its
/// messages use. ArgumentParser reads the commands' help texts when it builds the help, after
/// `main` has the arguments, so they are chosen here from the same `--lang` that
/// `CommandLineMessages.language` finds (before any parsing: the parser may stop first).
enum HelpText {
    static let language = CommandLineMessages.language(Array(CommandLine.arguments.dropFirst()))

    /// `vi` or `en`, by the language asked for.
    static func text(_ vi: String, _ en: String) -> String { language == .vi ? vi : en }

    /// An option's or argument's help; `value` names its value in the Vietnamese help
    /// (`<tệp>`), the English one keeps the property's name.
    static func help(_ vi: String, _ en: String, value: String? = nil) -> ArgumentHelp {
        language == .vi ? ArgumentHelp(vi, valueName: value) : ArgumentHelp(en)
    }

    /// The `--lang` option's help, shared by every command that has one.
    static var lang: ArgumentHelp {
        help("Ngôn ngữ của thông báo: vi (tiếng Việt) hoặc en (tiếng Anh).",
             "Language of the messages: vi (Vietnamese) or en (English).", value: "ngôn-ngữ")
    }
}
