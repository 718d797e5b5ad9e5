import ArgumentParser
import Foundation
import Spreadsheet

/// Writes a diagnostic to standard error (data goes to standard output only).
func printError(_ text: String) {
    StandardStreams.writeError(text + "\n")
}

/// Runs a command body, turning a spreadsheet error into its located message and exit status 2.
func reportingFailures(_ language: Language, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let error as SpreadsheetError {
        printError(error.text(language))
        throw ExitCode(2)
    }
}
