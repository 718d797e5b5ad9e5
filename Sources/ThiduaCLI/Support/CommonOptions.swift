import ArgumentParser
import ThiduaKit

extension Language: ExpressibleByArgument {}

/// Options every reading command shares: message language and the safety limits.
struct ReadingOptions: ParsableArguments {
    @Option(name: .long, help: HelpText.lang)
    var lang: Language = .vi

    @OptionGroup var limits: LimitOptions

    var readOptions: ReadOptions { limits.readOptions }
}

/// The read limits (`ReadLimits`), each settable on every command that reads a file.
struct LimitOptions: ParsableArguments {
    @Option(name: .customLong("max-file-mib"), help: HelpText.help("Tệp lớn nhất được đọc, tính bằng MiB (mặc định 2048).", "Largest file read at all, in MiB (default 2048).", value: "MiB"))
    var maxFileMiB: Int?

    @Option(name: .customLong("max-entry-mib"), help: HelpText.help("Dung lượng lớn nhất của một mục trong tệp nén khi giải nén, tính bằng MiB (mặc định 1024).", "Largest uncompressed size of one zip entry, in MiB (default 1024).", value: "MiB"))
    var maxEntryMiB: Int?

    @Option(name: .customLong("max-total-mib"), help: HelpText.help("Tổng dung lượng lớn nhất của một tệp khi giải nén, tính bằng MiB (mặc định 4096).", "Largest total uncompressed size of a package, in MiB (default 4096).", value: "MiB"))
    var maxTotalMiB: Int?

    @Option(name: .long, help: HelpText.help("Tỷ lệ nén lớn nhất của một mục, với mục vượt cỡ cho phép (mặc định 200).", "Largest compression ratio of an entry past the grace size (default 200).", value: "số"))
    var maxRatio: Int?

    @Option(name: .long, help: HelpText.help("Số mục nhiều nhất trong một tệp nén (mặc định 10000).", "Most entries in a zip package (default 10000).", value: "số"))
    var maxEntries: Int?

    @Option(name: .customLong("max-shared-strings-mib"), help: HelpText.help("Dung lượng lớn nhất của bảng chuỗi dùng chung trong XLSX, tính bằng MiB (mặc định 512).", "Most bytes of XLSX shared strings, in MiB (default 512).", value: "MiB"))
    var maxSharedStringsMiB: Int?

    @Option(name: .long, help: HelpText.help("Số ô nhiều nhất sinh ra từ số lần lặp của ODS trong một trang tính (mặc định 10000000).", "Most cells materialised from ODS repeat counts per sheet (default 10000000).", value: "số"))
    var maxRepeatedCells: Int?

    @Option(name: .customLong("max-cell-kib"), help: HelpText.help("Độ dài lớn nhất của chữ trong một ô hoặc một trường CSV, tính bằng KiB (mặc định 1024).", "Longest text in one cell or CSV field, in KiB (default 1024).", value: "KiB"))
    var maxCellKiB: Int?

    @Option(name: .long, help: HelpText.help("Số cấp lồng nhau nhiều nhất của phần tử XML (mặc định 200).", "Deepest XML element nesting (default 200).", value: "số"))
    var maxXmlDepth: Int?

    @Option(name: .customLong("max-ole-entries"), help: HelpText.help("Số mục thư mục nhiều nhất trong tệp OLE2 (.xls) (mặc định 10000).", "Most directory entries in an OLE2 compound file (.xls) (default 10000).", value: "số"))
    var maxOLEEntries: Int?

    @Option(name: .customLong("max-ole-stream-mib"), help: HelpText.help("Luồng lớn nhất của tệp OLE2 (bảng tính .xls), tính bằng MiB (mặc định 1024).", "Largest stream of an OLE2 compound file (.xls workbook), in MiB (default 1024).", value: "MiB"))
    var maxOLEStreamMiB: Int?

    @Option(name: .long, help: HelpText.help("Dấu phân cách khi đọc CSV: , ; hoặc tab (mặc định: tự nhận ra).", "CSV delimiter when reading: , ; or tab (default: detected).", value: "dấu"))
    var csvDelimiter: Delimiter?

    func validate() throws {
        let given: [(String, Int?)] = [
            ("--max-file-mib", maxFileMiB), ("--max-entry-mib", maxEntryMiB), ("--max-total-mib", maxTotalMiB),
            ("--max-ratio", maxRatio), ("--max-entries", maxEntries), ("--max-shared-strings-mib", maxSharedStringsMiB),
            ("--max-repeated-cells", maxRepeatedCells), ("--max-cell-kib", maxCellKiB), ("--max-xml-depth", maxXmlDepth),
            ("--max-ole-entries", maxOLEEntries), ("--max-ole-stream-mib", maxOLEStreamMiB),
        ]
        for (name, value) in given {
            if let value, value < 1 { throw ValidationError(HelpText.text("\(name) phải từ 1 trở lên.", "\(name) must be at least 1")) }
        }
        // Sizes are shifted into bytes: keep them far from overflowing.
        for (name, value) in given.prefix(3) + [given[5], given[7], given[10]] {
            if let value, value > 1 << 30 { throw ValidationError(HelpText.text("\(name) quá lớn.", "\(name) is too large")) }
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

    @Option(name: .long, help: HelpText.help("Số ô nhiều nhất được đọc từ một báo cáo, mọi trang tính cộng lại (mặc định 200000).", "Most cells read from one return, all sheets together (default 200000).", value: "số"))
    var maxReturnCells: Int?

    func validate() throws {
        if let maxReturnCells, maxReturnCells < 1 { throw ValidationError(HelpText.text("--max-return-cells phải từ 1 trở lên.", "--max-return-cells must be at least 1")) }
    }

    func validator(schema: CriteriaSchema) -> ReturnValidator {
        var returnLimits = ReturnLimits()
        if let maxReturnCells { returnLimits.maxCells = maxReturnCells }
        return ReturnValidator(schema: schema, readOptions: limits.readOptions, limits: returnLimits)
    }
}
