import Spreadsheet

/// Verified points kept in a spreadsheet (CSV, XLSX, ODS) for `thidua consolidate --verified`:
/// a header row naming the columns ward, criterion and points (in English or Vietnamese), then
/// one row per ward and criterion. Every problem is reported with its cell; nothing is guessed.
public enum VerifiedPointsFile {
    static let wardHeaders: Set<String> = ["ward", "ward_code", "phường", "mã phường"]
    static let criterionHeaders: Set<String> = ["criterion", "tiêu chí", "mã tiêu chí"]
    static let pointsHeaders: Set<String> = ["points", "verified", "điểm thẩm định", "điểm"]

    /// Reads the first sheet of `path` against `schema`.
    public static func load(path: String, schema: CriteriaSchema) throws(VerifiedPointsError) -> VerifiedPoints {
        let sheet: SheetData
        do {
            sheet = try WorkbookReader(path: path).loadSheet(0)
        } catch let e as SpreadsheetError {
            throw VerifiedPointsError(findings: [Finding(e)])
        } catch {
            throw VerifiedPointsError(findings: [Finding(.error, .unexpected, vi: "Lỗi không mong đợi.", en: "Unexpected failure.",
                                                         at: DocumentLocation(file: path))])
        }
        func at(_ row: Int, _ column: Int) -> DocumentLocation {
            DocumentLocation(file: path, sheet: sheet.info.name, cell: CellReference(row: row, column: column))
        }
        guard let header = sheet.rows.first else { return [:] }
        func column(_ names: Set<String>) -> Int? {
            header.cells.first { names.contains(VietnameseText.matchKey($0.value.plainText)) }?.column
        }
        guard let w = column(wardHeaders), let c = column(criterionHeaders), let p = column(pointsHeaders) else {
            throw VerifiedPointsError(findings: [Finding(.error, .verifiedMissingColumn,
                vi: "Dòng đầu phải có các cột ward (mã phường), criterion (mã tiêu chí) và points (điểm thẩm định).",
                en: "The first row must name the columns ward (ward code), criterion (criterion code) and points (verified points).",
                at: at(header.index, 0))])
        }
        var out: VerifiedPoints = [:]
        var findings: [Finding] = []
        for row in sheet.rows.dropFirst() {
            let wardText = row[column: w]?.value.plainText.trimmingCharacters(in: .whitespaces) ?? ""
            let code = row[column: c]?.value.plainText.trimmingCharacters(in: .whitespaces) ?? ""
            guard !(wardText.isEmpty && code.isEmpty && row[column: p] == nil) else { continue }
            guard let ward = schema.wards.first(where: { $0.code == wardText }) else {
                findings.append(Finding(.error, .verifiedUnknownWard, vi: "Không có phường mã “\(wardText)” trong bộ tiêu chí.",
                                        en: "There is no ward with code “\(wardText)” in the schema.", at: at(row.index, w)))
                continue
            }
            guard let criterion = schema.criterion(code) else {
                findings.append(Finding(.error, .verifiedUnknownCriterion, vi: "Không có tiêu chí “\(code)” trong bộ tiêu chí.",
                                        en: "There is no criterion “\(code)” in the schema.", at: at(row.index, c)))
                continue
            }
            let points: Double?
            switch row[column: p]?.value {
            case .number(let x)?: points = x
            case let v?: points = NumberParser.detectHuman(v.plainText).flatMap { $0.isPercent ? nil : $0.value }
            case nil: points = nil
            }
            guard let points, points >= 0, points <= criterion.maxPoints else {
                findings.append(Finding(.error, .verifiedBadPoints,
                                        vi: "Điểm thẩm định của \(criterion.code) phải là số từ 0 đến \(CanonicalNumberText.string(criterion.maxPoints) ?? "?").",
                                        en: "The verified points of \(criterion.code) must be a number from 0 to \(CanonicalNumberText.string(criterion.maxPoints) ?? "?").",
                                        at: at(row.index, p), criterion: criterion.code))
                continue
            }
            if out[ward.code]?[criterion.code] != nil {
                findings.append(Finding(.error, .verifiedDuplicate, vi: "\(ward.code) \(criterion.code) có hai dòng.",
                                        en: "\(ward.code) \(criterion.code) is given twice.", at: at(row.index, c), criterion: criterion.code))
                continue
            }
            out[ward.code, default: [:]][criterion.code] = points
        }
        guard findings.isEmpty else { throw VerifiedPointsError(findings: findings) }
        return out
    }
}

/// A verified-points file that cannot be used, with every problem found.
public struct VerifiedPointsError: Error, Hashable, Sendable {
    public var findings: [Finding]
}

extension ErrorCode {
    public static let verifiedMissingColumn = ErrorCode("verified.missing-column")
    public static let verifiedUnknownWard = ErrorCode("verified.unknown-ward")
    public static let verifiedUnknownCriterion = ErrorCode("verified.unknown-criterion")
    public static let verifiedBadPoints = ErrorCode("verified.bad-points")
    public static let verifiedDuplicate = ErrorCode("verified.duplicate")
}
