import ArgumentParser
import Spreadsheet

extension Language: ExpressibleByArgument {}

/// Options every reading command shares: message language and the safety limits.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: "Ngôn ngữ thông báo / message language: vi|en.")
    var lang: Language = .vi

    @Option(name: .customLong("max-entry-mib"), help: "Largest uncompressed size of one zip entry, in MiB.")
    var maxEntryMiB: Int?

    @Option(name: .customLong("max-total-mib"), help: "Largest total uncompressed size of a package, in MiB.")
    var maxTotalMiB: Int?

    @Option(name: .long, help: "Largest compression ratio of an entry past the grace size.")
    var maxRatio: Int?

    @Option(name: .long, help: "Most entries in a zip package.")
    var maxEntries: Int?

    @Option(name: .long, help: "Most cells materialised from ODS repeat counts per sheet.")
    var maxRepeatedCells: Int?

    @Option(name: .long, help: "CSV delimiter when reading: , ; or tab (default: detected).")
    var csvDelimiter: Delimiter?

    var readOptions: ReadOptions {
        var limits = ReadLimits()
        if let v = maxEntryMiB { limits.maxEntrySize = v << 20 }
        if let v = maxTotalMiB { limits.maxTotalSize = v << 20 }
        if let v = maxRatio { limits.maxCompressionRatio = v }
        if let v = maxEntries { limits.maxEntries = v }
        if let v = maxRepeatedCells { limits.maxRepeatedCells = v }
        return ReadOptions(limits: limits, csvDelimiter: csvDelimiter?.byte)
    }
}

/// A CSV delimiter as typed on the command line.
enum Delimiter: String, ExpressibleByArgument, CaseIterable {
    case comma = ",", semicolon = ";", tab
    var byte: UInt8 {
        switch self {
        case .comma: UInt8(ascii: ",")
        case .semicolon: UInt8(ascii: ";")
        case .tab: 9
        }
    }
}
