import ArgumentParser
import ThiduaKit

extension Language: ExpressibleByArgument {}

/// Options every reading command shares: message language and the safety limits.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: "Ngôn ngữ thông báo / message language: vi|en.")
    var lang: Language = .vi

    @OptionGroup var limits: LimitOptions

    var readOptions: ReadOptions { limits.readOptions }
}

/// The read limits (`ReadLimits`), each settable on every command that reads a file.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-mib"), help: "Largest file read at all, in MiB (default 2048).")
    var maxFileMiB: Int?

    @Option(name: .customLong("max-entry-mib"), help: "Largest uncompressed size of one zip entry, in MiB (default 1024).")
    var maxEntryMiB: Int?

    @Option(name: .customLong("max-total-mib"), help: "Largest total uncompressed size of a package, in MiB (default 4096).")
    var maxTotalMiB: Int?

    @Option(name: .long, help: "Largest compression ratio of an entry past the grace size (default 200).")
    var maxRatio: Int?

    @Option(name: .long, help: "Most entries in a zip package (default 10000).")
    var maxEntries: Int?

    @Option(name: .customLong("max-shared-strings-mib"), help: "Most bytes of XLSX shared strings, in MiB (default 512).")
    var maxSharedStringsMiB: Int?

    @Option(name: .long, help: "Most cells materialised from ODS repeat counts per sheet (default 10000000).")
    var maxRepeatedCells: Int?

    @Option(name: .customLong("max-cell-kib"), help: "Longest text in one cell or CSV field, in KiB (default 1024).")
    var maxCellKiB: Int?

    @Option(name: .long, help: "Deepest XML element nesting (default 200).")
    var maxXmlDepth: Int?

    @Option(name: .customLong("max-ole-entries"), help: "Most directory entries in an OLE2 compound file (.xls) (default 10000).")
    var maxOLEEntries: Int?

    @Option(name: .customLong("max-ole-stream-mib"), help: "Largest stream of an OLE2 compound file (.xls workbook), in MiB (default 1024).")
    var maxOLEStreamMiB: Int?

    @Option(name: .long, help: "CSV delimiter when reading: , ; or tab (default: detected).")
    var csvDelimiter: Delimiter?

    func validate() throws {
        let given: [(String, Int?)] = [
            ("--max-file-mib", maxFileMiB), ("--max-entry-mib", maxEntryMiB), ("--max-total-mib", maxTotalMiB),
            ("--max-ratio", maxRatio), ("--max-entries", maxEntries), ("--max-shared-strings-mib", maxSharedStringsMiB),
            ("--max-repeated-cells", maxRepeatedCells), ("--max-cell-kib", maxCellKiB), ("--max-xml-depth", maxXmlDepth),
            ("--max-ole-entries", maxOLEEntries), ("--max-ole-stream-mib", maxOLEStreamMiB),
        ]
        for (name, value) in given {
            if let value, value < 1 { throw ValidationError("\(name) must be at least 1") }
        }
        // Sizes are shifted into bytes: keep them far from overflowing.
        for (name, value) in given.prefix(3) + [given[5], given[7], given[10]] {
            if let value, value > 1 << 30 { throw ValidationError("\(name) is too large") }
        }
    }

    var readOptions: ReadOptions {
        var limits = ReadLimits()
        if let v = maxFileMiB { limits.maxFileSize = v << 20 }
        if let v = maxEntryMiB { limits.maxEntrySize = v << 20 }
        if let v = maxTotalMiB { limits.maxTotalSize = v << 20 }
        if let v = maxRatio { limits.maxCompressionRatio = v }
        if let v = maxEntries { limits.maxEntries = v }
        if let v = maxSharedStringsMiB { limits.maxSharedStringBytes = v << 20 }
        if let v = maxRepeatedCells { limits.maxRepeatedCells = v }
        if let v = maxCellKiB { limits.maxCellTextBytes = v << 10 }
        if let v = maxXmlDepth { limits.maxXMLDepth = v }
        if let v = maxOLEEntries { limits.maxCompoundEntries = v }
        if let v = maxOLEStreamMiB { limits.maxCompoundStreamSize = v << 20 }
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

/// The read limits of a command that reads returns, with the bound on a return's size.
struct ReturnReadingOptions: ParsableArguments {
    @OptionGroup var limits: LimitOptions

    @Option(name: .long, help: "Most cells read from one return, all sheets together (default 200000).")
    var maxReturnCells: Int?

    func validate() throws {
        if let maxReturnCells, maxReturnCells < 1 { throw ValidationError("--max-return-cells must be at least 1") }
    }

    func validator(schema: CriteriaSchema) -> ReturnValidator {
        var returnLimits = ReturnLimits()
        if let maxReturnCells { returnLimits.maxCells = maxReturnCells }
        return ReturnValidator(schema: schema, readOptions: limits.readOptions, limits: returnLimits)
    }
}
