import ArgumentParser
import Spreadsheet
import ThiduaKit

@main
struct Thidua: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "thidua",
        abstract: "Read, validate, consolidate and write the wards' emulation returns.",
        subcommands: [])
}
