import Foundation
import Testing

/// `thidua serve --schema FILE` restarted by a command line that still names an older
/// workbook: the version the district chose in the portal is replaced, and the start says so.
@Suite("serve --schema notice")
struct ServeSchemaNoticeTests {
    @Test func aStartThatChangesTheActiveVersionSaysSo() throws {
        let data = try CLI.temporaryDirectory()
        let v2 = CLI.repository.appendingPathComponent("Fixtures/schema-versions/schema-2018-v2.ods").path
        let v1 = CLI.repository.appendingPathComponent("Templates/schema-2018.xlsx").path
        // First use: the folder is set up with version 2018.2 active.
        let setUp = try CLI.run(["users", "list", "--data", data.path, "--schema", v2])
        #expect(setUp.status == 0, "\(setUp.stderr)")
        let start = { (schema: String) throws -> CLI.Result in
            try CLI.shell("""
                "$THIDUA" serve --data '\(data.path)' --schema '\(schema)' --port 0 --lang en >out 2>err & pid=$!
                for i in $(seq 600); do kill -0 $pid 2>/dev/null && ! grep -q 127.0.0.1 out || break; sleep 0.1; done
                kill $pid; wait $pid; cat err
                """, currentDirectory: data)
        }
        let back = try start(v1)
        #expect(back.stdout.contains("Note: --schema changed the active criteria from caugiay-2018 version 2018.2"), "\(back.stdout)")
        // Started again with the same workbook: nothing changes, nothing said.
        let same = try start(v1)
        #expect(!same.stdout.contains("Note:"), "\(same.stdout)")
    }
}
