import Foundation
import SheetNative

extension ExportProfile {
    /// The file extension of profiles in a profiles folder.
    public static let fileExtension = "profile"

    /// Reads every `*.profile` file of a folder, sorted by name.
    public static func loadDirectory(_ path: String) throws(ExportProfileError) -> [ExportProfile] {
        guard let names = try? System.listDirectory(path) else {
            throw ExportProfileError(.exportUnreadable, vi: "Không đọc được thư mục hồ sơ xuất.",
                                     en: "The export profiles folder cannot be read.", at: DocumentLocation(file: path))
        }
        var out: [ExportProfile] = []
        for name in names.sorted() where name.hasSuffix("." + fileExtension) && !name.hasPrefix(".") {
            out.append(try load(path: (path as NSString).appendingPathComponent(name)))
        }
        return out
    }

    /// Reads one profile file.
    public static func load(path: String) throws(ExportProfileError) -> ExportProfile {
        // A profile is a few lines; 1 MiB is far beyond any.
        guard let bytes = try? FileContents.read(path, maxSize: 1 << 20), let text = String(validating: bytes, as: UTF8.self) else {
            throw ExportProfileError(.exportUnreadable, vi: "Không đọc được tệp hồ sơ xuất (cần UTF-8).",
                                     en: "The export profile cannot be read (UTF-8 expected).", at: DocumentLocation(file: path))
        }
        let base = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        return try parse(text, name: base, file: path)
    }

    /// Parses a profile's text: `key: value` lines, `#` comments, `column:` repeated in order.
    public static func parse(_ text: String, name: String, file: String) throws(ExportProfileError) -> ExportProfile {
        var output: String?, workbook: String?, layout: Layout?, selection: Selection?
        var columns: [Column] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let at = DocumentLocation(file: file, line: n + 1)
            let line = raw.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let colon = line.firstIndex(of: ":") else {
                throw ExportProfileError(.exportSyntax, vi: "Dòng cần có dạng \"khóa: giá trị\".",
                                         en: "A line must read \"key: value\".", at: at)
            }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            switch key {
            case "output": output = try fileName(value, at)
            case "workbook": workbook = try fileName(value, at)
            case "layout":
                guard let l = Layout(rawValue: value.lowercased()) else {
                    throw ExportProfileError(.exportBadValue, vi: "layout phải là wide hoặc long.", en: "layout must be wide or long.", at: at)
                }
                layout = l
            case "criteria": selection = try parseSelection(value, at)
            case "column": columns.append(try parseColumn(value, at))
            default:
                throw ExportProfileError(.exportUnknownKey, vi: "Khóa lạ \"\(key)\"; dùng output, workbook, layout, criteria, column.",
                                         en: "Unknown key \"\(key)\"; use output, workbook, layout, criteria, column.", at: at)
            }
        }
        let whole = DocumentLocation(file: file)
        guard let output else {
            throw ExportProfileError(.exportMissingKey, vi: "Thiếu \"output:\" (tên tệp CSV).", en: "\"output:\" (the CSV file name) is missing.", at: whole)
        }
        guard !columns.isEmpty else {
            throw ExportProfileError(.exportMissingKey, vi: "Cần ít nhất một dòng \"column:\".", en: "At least one \"column:\" line is needed.", at: whole)
        }
        let shape = layout ?? (columns.contains { $0.field == .criteria } ? .wide : .long)
        for c in columns {
            let misplaced = shape == .wide ? c.field.isPerValue : c.field == .criteria
            if misplaced {
                throw ExportProfileError(.exportBadValue,
                    vi: "Cột \(c.field.rawValue) không dùng được với layout \(shape.rawValue).",
                    en: "Column \(c.field.rawValue) cannot be used with layout \(shape.rawValue).", at: whole)
            }
        }
        return ExportProfile(name: name, output: output, workbook: workbook, layout: shape, criteria: selection ?? .all, columns: columns)
    }

    /// A plain file name: profiles write into the output folder only.
    private static func fileName(_ value: String, _ at: DocumentLocation) throws(ExportProfileError) -> String {
        guard !value.isEmpty, !value.contains("/"), !value.contains("\\"), !value.hasPrefix(".") else {
            throw ExportProfileError(.exportBadValue, vi: "Cần một tên tệp, không có thư mục.", en: "A plain file name is needed, without folders.", at: at)
        }
        return value
    }

    private static func parseSelection(_ value: String, _ at: DocumentLocation) throws(ExportProfileError) -> Selection {
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" }).map(String.init)
        guard let kind = words.first?.lowercased() else { return .all }
        let rest = Array(words.dropFirst())
        switch kind {
        case "all":
            if rest.isEmpty { return .all }
        case "type", "types":
            var types = Set<ValueType>()
            for w in rest {
                guard let t = ValueType(rawValue: w.lowercased()) else {
                    throw ExportProfileError(.exportBadValue, vi: "Kiểu dữ liệu lạ \"\(w)\".", en: "Unknown value type \"\(w)\".", at: at)
                }
                types.insert(t)
            }
            if !types.isEmpty { return .types(types) }
        case "area", "areas":
            if !rest.isEmpty { return .areas(Set(rest.map { $0.uppercased() })) }
        case "code", "codes":
            if !rest.isEmpty { return .codes(rest.map { $0.uppercased() }) }
        default: break
        }
        throw ExportProfileError(.exportBadValue, vi: "criteria: dùng all, type <kiểu…>, area <mã…> hoặc codes <mã…>.",
                                 en: "criteria: use all, type <types…>, area <codes…> or codes <codes…>.", at: at)
    }

    private static func parseColumn(_ value: String, _ at: DocumentLocation) throws(ExportProfileError) -> Column {
        let parts = value.split(separator: "|", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        let key = (parts.first ?? "").lowercased()
        guard let field = Field(rawValue: key) else {
            throw ExportProfileError(.exportUnknownField,
                vi: "Cột lạ \"\(key)\". Các cột: \(Field.allCases.map(\.rawValue).joined(separator: ", ")).",
                en: "Unknown column \"\(key)\". Columns: \(Field.allCases.map(\.rawValue).joined(separator: ", ")).", at: at)
        }
        let header = parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil
        return Column(field, header: header)
    }
}
