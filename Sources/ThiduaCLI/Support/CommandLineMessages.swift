import ArgumentParser
import Foundation
import Spreadsheet

/// The command line's own errors (missing argument, unknown option, a mistyped command) in
/// the user's language, with what to do next. ArgumentParser words them in English only, so
/// its known sentences are recognised and said again in Vietnamese; an unknown one is kept.
enum CommandLineMessages {
    /// The language asked for with `--lang`, before any parsing (the parser may fail first).
    static func language(_ arguments: [String]) -> Language {
        for (i, a) in arguments.enumerated() {
            if a == "--lang", i + 1 < arguments.count { return Language(rawValue: arguments[i + 1]) ?? .vi }
            if a.hasPrefix("--lang=") { return Language(rawValue: String(a.dropFirst(7))) ?? .vi }
        }
        return .vi
    }

    /// When the first argument names no command: the error, the nearest command and the list.
    static func unknownCommand(_ arguments: [String], commands: [String], _ lang: Language) -> String? {
        guard let first = arguments.first, !first.hasPrefix("-"), first != "help", !commands.contains(first) else { return nil }
        let nearest = commands.map { ($0, distance(first.lowercased(), $0)) }.min { $0.1 < $1.1 }
        let guess = nearest.flatMap { $0.1 <= max(2, first.count / 3) || $0.0.hasPrefix(first.lowercased()) ? $0.0 : nil }
        let list = commands.joined(separator: ", ")
        if lang == .vi {
            return "Lỗi: không có lệnh \"\(first)\"." + (guess.map { " Có phải ý bạn là \"\($0)\"?" } ?? "")
                + "\nCác lệnh: \(list).\n  Xem 'thidua --help' để biết cách dùng."
        }
        return "Error: there is no command \"\(first)\"." + (guess.map { " Did you mean \"\($0)\"?" } ?? "")
            + "\nCommands: \(list).\n  See 'thidua --help' for how to use them."
    }

    /// ArgumentParser's usage message, in `lang`, with what to do next.
    static func usage(_ message: String, _ lang: Language) -> String {
        guard lang == .vi else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            if s.hasPrefix("Error: ") { return "Lỗi: " + sentence(String(s.dropFirst(7))) }
            if s.hasPrefix("Usage: ") { return "Cách dùng: " + s.dropFirst(7) }
            if s.hasPrefix("Help:  ") { return "Trợ giúp: " + s.dropFirst(7) }
            if let m = s.firstMatch(of: /^(\s*)See '(.+)' for more information\.$/) {
                return "\(m.1)Xem '\(m.2)' để biết thêm."
            }
            return s
        }.joined(separator: "\n")
    }

    /// ArgumentParser's help (`--help`, `help <command>`) in `lang`: the commands' own texts
    /// are already in it (`HelpText`); the generator's headings and its few sentences are said
    /// again in Vietnamese here, as `usage` does for its errors.
    static func help(_ text: String, _ lang: Language) -> String {
        guard lang == .vi else { return text }
        var out = text
        for (english, vietnamese) in [
            ("OVERVIEW: ", "TỔNG QUAN: "), ("USAGE: ", "CÁCH DÙNG: "), ("ARGUMENTS:\n", "ĐỐI SỐ:\n"),
            ("OPTIONS:\n", "TÙY CHỌN:\n"), ("SUBCOMMANDS:\n", "CÁC LỆNH:\n"),
            ("Show help information.", "Hiện trợ giúp này."), ("Show the version.", "Hiện phiên bản."),
            ("Show subcommand help information.", "Hiện trợ giúp của một lệnh."),
            // The commands' own texts are Vietnamese, so these words are the generator's, even
            // where it wrapped a line after them.
            ("<subcommand>", "<lệnh>"), ("default as flag:", "mặc định khi không có giá trị:"),
            ("default:", "mặc định:"), ("values:", "giá trị:"), ("[<options>]", "[<tùy-chọn>]"),
        ] {
            out = out.replacingOccurrences(of: english, with: vietnamese)
        }
        return out.replacing(/See '(.+)' for detailed help\./) { "Xem '\($0.1)' để biết chi tiết." }
    }

    /// One of ArgumentParser's error sentences, in Vietnamese.
    static func sentence(_ s: String) -> String {
        if let m = s.firstMatch(of: /^Missing expected argument '(.+)'$/) { return "thiếu đối số bắt buộc '\(m.1)'." }
        if let m = s.firstMatch(of: /^Unknown option '(.+)'$/) { return "không có tùy chọn '\(m.1)'." }
        if let m = s.firstMatch(of: /^Missing value for '(.+)'$/) { return "thiếu giá trị cho '\(m.1)'." }
        if let m = s.firstMatch(of: /^The value '(.*)' is invalid for '([^']+)'\. Please provide one of (.+)\.$/) {
            return "giá trị '\(m.1)' không hợp lệ cho '\(m.2)'; hãy dùng một trong các giá trị \(m.3.replacingOccurrences(of: " or ", with: " hoặc "))."
        }
        if let m = s.firstMatch(of: /^The value '(.*)' is invalid for '([^']+)'(.*)$/) {
            return "giá trị '\(m.1)' không hợp lệ cho '\(m.2)'" + (m.3.isEmpty ? "." : "\(m.3)")
        }
        if let m = s.firstMatch(of: /^(\d+) unexpected arguments: (.+)$/) { return "thừa \(m.1) đối số: \(m.2)." }
        if let m = s.firstMatch(of: /^Unexpected argument '(.+)'$/) { return "thừa đối số '\(m.1)'." }
        return s
    }

    /// `help <command>` takes no options, so `--lang` (already read by `language`) is left out
    /// of its arguments: `thidua help validate --lang en` is the English help.
    static func withoutLanguage(_ arguments: [String]) -> [String] {
        guard arguments.first == "help" else { return arguments }
        var out: [String] = []
        var skip = false
        for a in arguments {
            if skip { skip = false; continue }
            if a == "--lang" { skip = true; continue }
            if !a.hasPrefix("--lang=") { out.append(a) }
        }
        return out
    }

    /// Levenshtein distance, for "did you mean".
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var previous = row[0]
            row[0] = i
            for j in stride(from: 1, through: b.count, by: 1) {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return row[b.count]
    }
}
