/// The table an export profile makes of a consolidation: a header and rows streamed one at
/// a time, from the accepted returns only (wards in schema order, criteria in schema order).
public struct ExportTable: Sendable {
    public let profile: ExportProfile
    public let consolidation: Consolidation
    public let language: Language
    /// Indices of the selected criteria, in schema order.
    public let criteria: [Int]

    public init(profile: ExportProfile, consolidation: Consolidation, language: Language = .vi) {
        self.profile = profile
        self.consolidation = consolidation
        self.language = language
        criteria = consolidation.schema.criteria.indices.filter { profile.criteria.selects(consolidation.schema.criteria[$0]) }
    }

    public var header: [String] {
        let l = ConsolidationLabels(language: language)
        return profile.columns.flatMap { col -> [String] in
            if col.field == .criteria {
                return criteria.map { i in
                    let c = consolidation.schema.criteria[i]
                    return c.code + " - " + c.name + (c.unit.isEmpty ? "" : " (\(c.unit))")
                }
            }
            return [col.header ?? Self.defaultHeader(col.field, l)]
        }
    }

    /// The field of each output column, in the order of `header`.
    public var fields: [ExportProfile.Field] {
        profile.columns.flatMap { col in col.field == .criteria ? Array(repeating: col.field, count: criteria.count) : [col.field] }
    }

    /// Calls `body` with each row in turn.
    /// The row handed to `body` is valid for the call (one array, refilled row after row:
    /// a new one per row was an allocation and a free for every value written).
    public func forEachRow(_ body: ([CellValue]) throws -> Void) rethrows {
        let c = consolidation
        var values: [CellValue] = []
        for st in c.standings {
            guard let v = st.values else { continue }
            switch profile.layout {
            case .wide:
                values.removeAll(keepingCapacity: true)
                for col in profile.columns {
                    if col.field == .criteria {
                        for i in criteria { values.append(v.values[i]?.cellValue ?? .empty) }
                    } else {
                        values.append(wardField(col.field, st, v))
                    }
                }
                try body(values)
            case .long:
                for i in criteria {
                    guard let value = v.values[i] else { continue }
                    values.removeAll(keepingCapacity: true)
                    for col in profile.columns {
                        values.append(col.field.isPerValue ? valueField(col.field, i, value, v) : wardField(col.field, st, v))
                    }
                    try body(values)
                }
            }
        }
    }

    private func wardField(_ f: ExportProfile.Field, _ st: WardStanding, _ v: WardValues) -> CellValue {
        switch f {
        case .year: .number(Double(consolidation.schema.settings.year))
        case .wardCode: .text(st.ward.code)
        case .wardName: .text(st.ward.name)
        case .reportDate: st.submission.flatMap { consolidation.submissions[$0].reportDate }.map { .date($0) } ?? .empty
        case .totalPoints: .number(v.total)
        case .grade: st.grade.map { .text($0.name) } ?? .empty
        case .rank: st.rank.map { .number(Double($0)) } ?? .empty
        case .file: .text(v.file)
        case .sha256: .text(v.sha256)
        default: .empty
        }
    }

    private func valueField(_ f: ExportProfile.Field, _ i: Int, _ value: ReportedValue, _ v: WardValues) -> CellValue {
        // Each property read in place: a copy of the criterion retained a dozen fields, per
        // field of every row.
        let criteria = consolidation.schema.criteria
        switch f {
        case .criterionCode: return .text(criteria[i].code)
        case .criterionName: return .text(criteria[i].name)
        case .area: return .text(criteria[i].area)
        case .value: return value.cellValue
        case .unit: return criteria[i].unit.isEmpty ? .empty : .text(criteria[i].unit)
        case .points: return .number(v.points[i])
        default: return .empty
        }
    }

    static func defaultHeader(_ f: ExportProfile.Field, _ l: ConsolidationLabels) -> String {
        switch f {
        case .year: l("Năm", "Year")
        case .wardCode: l("Mã phường", "Ward code")
        case .wardName: l("Phường", "Ward")
        case .reportDate: l("Ngày báo cáo", "Report date")
        case .totalPoints: l("Tổng điểm", "Total points")
        case .grade: l("Xếp loại", "Grade")
        case .rank: l("Xếp hạng", "Rank")
        case .file: l("Tệp", "File")
        case .sha256: "SHA-256"
        case .criterionCode: l("Mã tiêu chí", "Criterion code")
        case .criterionName: l("Tiêu chí", "Criterion")
        case .area: l("Lĩnh vực", "Area")
        case .value: l("Giá trị", "Value")
        case .unit: l("Đơn vị tính", "Unit")
        case .points: l("Điểm", "Points")
        case .criteria: ""
        }
    }
}
