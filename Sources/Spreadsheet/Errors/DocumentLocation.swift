import Foundation

/// Where in a document something was found: file, package part, sheet and cell.
public struct DocumentLocation: Hashable, Sendable, CustomStringConvertible {
    public var file: String?
    /// The package part (`xl/worksheets/sheet1.xml`, `content.xml`).
    public var part: String?
    public var sheet: String?
    public var cell: CellReference?
    /// 1-based line in a text file or XML part, when no cell is known.
    public var line: Int?

    public init(file: String? = nil, part: String? = nil, sheet: String? = nil,
                cell: CellReference? = nil, line: Int? = nil) {
        self.file = file
        self.part = part
        self.sheet = sheet
        self.cell = cell
        self.line = line
    }

    /// The sheet-qualified cell as a spreadsheet user writes it: `'Biểu mẫu'!E12`.
    public var qualifiedCell: String? {
        guard let cell else { return nil }
        guard let sheet else { return cell.description }
        return DocumentLocation.quoteSheetName(sheet) + "!" + cell.description
    }

    /// Quotes a sheet name for a reference when it needs it (`'Biểu mẫu'`, `Sheet1`).
    public static func quoteSheetName(_ name: String) -> String {
        let plain = name.unicodeScalars.allSatisfy {
            ($0.value < 128 && ($0.properties.isAlphabetic || $0.properties.numericType != nil)) || $0 == "_"
        } && !(name.first?.isNumber ?? true)
        return plain ? name : "'" + name.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// `file.xlsx: xl/worksheets/sheet1.xml: 'Biểu mẫu'!E12` with what is known.
    public var description: String {
        var parts: [String] = []
        if let file { parts.append(file) }
        if let part { parts.append(part + (line.map { " line \($0)" } ?? "")) }
        if let qualified = qualifiedCell {
            parts.append(qualified)
        } else if let sheet {
            parts.append(DocumentLocation.quoteSheetName(sheet))
        }
        if part == nil, cell == nil, let line { parts.append("line \(line)") }
        return parts.joined(separator: ": ")
    }
}
