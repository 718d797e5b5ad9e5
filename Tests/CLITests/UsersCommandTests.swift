import Foundation
import Testing

/// `thidua users`, run as the district's administrator runs it: accounts added, listed, given
/// a new password and disabled, every line through the same failing-stream-safe output as the
/// other commands (a full standard output is exit 2 with a message, never a trap).
@Suite("users command")
struct UsersCommandTests {
    static let schema = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path

    /// `thidua users SUBCOMMAND --data DIR …`.
    static func users(_ data: URL, _ arguments: [String]) throws -> CLI.Result {
        try CLI.run(["users"] + [arguments[0], "--data", data.path, "--schema", schema] + arguments.dropFirst())
    }

    @Test func addListPasswdDisable() throws {
        let data = try CLI.temporaryDirectory()
        let add = try Self.users(data, ["add", "--username", "quan1", "--role", "district", "--lang", "en"])
        #expect(add.status == 0, "\(add.stderr)")
        let fields = add.stdout.split(separator: " ")
        #expect(fields.count == 3 && fields[0] == "quan1" && fields[1] == "district", "\(add.stdout)")
        #expect(add.stdout.hasSuffix("\n") && (fields.last?.count ?? 0) >= 12, "a generated password: \(add.stdout)")

        let piped = try CLI.shell("printf 'mat-khau-phuong-1\\n' | \"$THIDUA\" users add --data '\(data.path)' --username phuong1 --role ward --ward 00160 --password-stdin --lang en")
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout == "phuong1 ward 00160\n")

        let taken = try Self.users(data, ["add", "--username", "quan1", "--role", "district", "--lang", "en"])
        #expect(taken.status == 1 && taken.stderr.contains("The username quan1 is taken."), "\(taken.stderr)")

        var list = try Self.users(data, ["list", "--lang", "en"])
        #expect(list.status == 0, "\(list.stderr)")
        var rows = list.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { Array($0.prefix(4)) } == [["phuong1", "ward", "00160", "enabled"], ["quan1", "district", "-", "enabled"]]
                || rows.map { Array($0.prefix(4)) } == [["quan1", "district", "-", "enabled"], ["phuong1", "ward", "00160", "enabled"]],
                "\(list.stdout)")

        let passwd = try Self.users(data, ["passwd", "--username", "phuong1", "--lang", "en"])
        #expect(passwd.status == 0, "\(passwd.stderr)")
        #expect(passwd.stdout.count >= 13 && !passwd.stdout.dropLast().contains(" ") && passwd.stdout.hasSuffix("\n"), "\(passwd.stdout)")

        let disable = try Self.users(data, ["disable", "--username", "phuong1", "--lang", "en"])
        #expect(disable.status == 0 && disable.stdout.isEmpty, "\(disable.stderr)")
        list = try Self.users(data, ["list"])
        rows = list.stdout.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.first { $0.first == "phuong1" }?[3] == "disabled", "\(list.stdout)")
        #expect(rows.first { $0.first == "quan1" }?[3] == "enabled", "\(list.stdout)")

        let enable = try Self.users(data, ["disable", "--username", "phuong1", "--enable"])
        #expect(enable.status == 0)
        list = try Self.users(data, ["list"])
        #expect(!list.stdout.contains("disabled"), "\(list.stdout)")

        let unknown = try Self.users(data, ["passwd", "--username", "khong-co", "--lang", "en"])
        #expect(unknown.status == 1 && unknown.stderr.contains("No account khong-co."), "\(unknown.stderr)")
    }

    /// A full standard output: exit 2 and the message, never a trap. When the lost line held
    /// a password just made, the message says the change is saved and how to make another.
    @Test func aFullStandardOutputIsExitTwoWithAMessage() throws {
        let data = try CLI.temporaryDirectory()
        let d = "--data '\(data.path)' --schema '\(Self.schema)' --lang en"
        let add = try CLI.shell("\"$THIDUA\" users add \(d) --username quan1 --role district > /dev/full")
        #expect(add.status == 2, "\(add.stderr)")
        #expect(add.stderr.contains("Standard output cannot be written (No space left on device)"), "\(add.stderr)")
        #expect(add.stderr.contains("The account quan1 is saved, but its new password could not be shown; make another: thidua users passwd --username quan1"), "\(add.stderr)")

        for command in ["users list \(d)", "users passwd \(d) --username quan1"] {
            let r = try CLI.shell("\"$THIDUA\" \(command) > /dev/full")
            #expect(r.status == 2, "\(command): \(r.stderr)")
            #expect(r.stderr.contains("Standard output cannot be written (No space left on device)"), "\(command): \(r.stderr)")
            #expect(!r.stderr.contains("Fatal error") && !r.stderr.contains("Current stack trace"), "\(command): \(r.stderr)")
        }

        // A closed standard output is /dev/null (StandardStreams.prepare): the command completes.
        let closed = try CLI.shell("\"$THIDUA\" users list \(d) >&-")
        #expect(closed.status == 0, "\(closed.stderr)")
    }
}
