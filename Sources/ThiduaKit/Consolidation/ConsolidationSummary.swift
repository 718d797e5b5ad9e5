extension Consolidation {
    /// The closing summary of a run: returns received and their fate, the wards' completeness
    /// and timeliness, what was rejected and superseded, where the files went and which
    /// export profiles made them.
    public func summaryText(_ language: Language, outputs: [String] = [], profiles: ExportProfileSet? = nil) -> String {
        let l = ConsolidationLabels(language: language)
        let limit = Self.listLimit
        /// At most `limit` items, then how many more and where they all are.
        func compressed(_ items: [String], _ indent: String) -> String {
            var out = items.prefix(limit).map { indent + $0 + "\n" }.joined()
            if items.count > limit {
                out += indent + l("… và \(items.count - limit) mục khác (đủ cả trong trang \"Hồ sơ nhận\" của bảng tổng hợp).",
                                  "… and \(items.count - limit) more (all on the \"Returns received\" sheet of the workbook).") + "\n"
            }
            return out
        }
        func names(_ wards: [Ward]) -> String {
            guard !wards.isEmpty else { return l("không", "none") }
            let shown = wards.prefix(limit).map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
            return wards.count > limit ? shown + l(" và \(wards.count - limit) phường khác", " and \(wards.count - limit) more") : shown
        }
        let late = standings.filter { s in s.submission.map { submissions[$0].onTime == false } ?? false }.map(\.ward)
        var out = l("Tổng hợp năm \(schema.settings.year) (\(schema.id) \(schema.version))",
                    "Consolidation \(schema.settings.year) (\(schema.id) \(schema.version))") + "\n"
        out += l("  Tệp nhận: \(submissions.count) · được tổng hợp \(count(.accepted)) · bị loại \(count(.rejected)) · bị thay thế \(count(.superseded)) · không rõ phường \(count(.unknownWard)) · không đọc được \(count(.unreadable))",
                 "  Files received: \(submissions.count) · accepted \(count(.accepted)) · rejected \(count(.rejected)) · superseded \(count(.superseded)) · unknown ward \(count(.unknownWard)) · unreadable \(count(.unreadable))") + "\n"
        // Warnings by the fate of their file: only those of accepted files are in the figures.
        out += l("  Cảnh báo: \(warningCount(.accepted)) trong tệp được tổng hợp · \(warningCount(.rejected)) trong tệp bị loại · \(warningCount(.superseded)) trong tệp bị thay thế",
                 "  Warnings: \(warningCount(.accepted)) in accepted files · \(warningCount(.rejected)) in rejected files · \(warningCount(.superseded)) in superseded files") + "\n"
        out += l("  Phường: \(wardsReceived)/\(standings.count) đã nộp, \(wardsAccepted) hợp lệ, \(late.count) trễ hạn (hạn \(ConsolidatedWorkbookWriter.dayText(schema.settings.deadline)))",
                 "  Wards: \(wardsReceived)/\(standings.count) received, \(wardsAccepted) valid, \(late.count) late (deadline \(ConsolidatedWorkbookWriter.dayText(schema.settings.deadline)))") + "\n"
        out += l("  Chưa nộp: ", "  Missing: ") + names(wardsMissing) + "\n"
        out += l("  Trễ hạn: ", "  Late: ") + names(late) + "\n"
        // Only when given, so a run without them prints what it always did.
        let verified = standings.filter { !($0.values?.verifications.isEmpty ?? true) }
        if !verified.isEmpty {
            let n = verified.reduce(0) { $0 + ($1.values?.verifications.count ?? 0) }
            out += l("  Điểm thẩm định: \(n) tiêu chí của \(names(verified.map(\.ward))) (trang \"Điểm thẩm định\")",
                     "  Verified points: \(n) \(n == 1 ? "criterion" : "criteria") of \(names(verified.map(\.ward))) (sheet \"Verified points\")") + "\n"
        }
        if !policy.rejectsWarnings {
            out += l("  Cảnh báo không làm báo cáo bị loại (--reject-warnings để loại).",
                     "  Warnings do not reject a return (--reject-warnings to reject them).") + "\n"
        }
        // What needs action first (rejected, unknown, unreadable), each with its errors; the
        // superseded ones, which need none, after them and compressed.
        let needAction = submissions.filter { $0.status == .rejected || $0.status == .unknownWard || $0.status == .unreadable }
        for (n, s) in needAction.enumerated() {
            if n == limit {
                out += "  " + l("… và \(needAction.count - limit) tệp khác cần sửa (đủ cả trong trang \"Lỗi và cảnh báo\" của bảng tổng hợp).",
                                "… and \(needAction.count - limit) more files to fix (all on the \"Issues\" sheet of the workbook).") + "\n"
                break
            }
            out += "  " + l.status(s.status) + ": " + s.file
            if let w = s.ward { out += " (\(w.name))" }
            out += l(": \(s.errorCount) lỗi, \(s.warningCount) cảnh báo", ": \(s.errorCount) error(s), \(s.warningCount) warning(s)") + "\n"
            let shown = s.findings.filter { $0.severity == .error || (policy.rejectsWarnings && $0.severity == .warning) }
            for f in shown.prefix(Self.findingLimit) {
                var place = f.location.qualifiedCell ?? f.location.sheet ?? "-"
                if let c = f.criterion { place += " [\(c)]" }
                out += "      \(place): \(f.message.text(language)) [\(f.code)]\n"
            }
            if shown.count > Self.findingLimit {
                out += "      " + l("… và \(shown.count - Self.findingLimit) lỗi khác (chạy thidua validate với tệp này để xem hết).",
                                    "… and \(shown.count - Self.findingLimit) more (run thidua validate on this file for all).") + "\n"
            }
        }
        let superseded = submissions.filter { $0.status == .superseded }
        if !superseded.isEmpty {
            out += l("  Bị thay thế bằng báo cáo mới hơn của cùng phường (\(superseded.count)):",
                     "  Superseded by a later return of the same ward (\(superseded.count)):") + "\n"
            out += compressed(superseded.map { s in
                s.file + (s.ward.map { " (\($0.name))" } ?? "") + (s.supersededBy.map { " → " + $0 } ?? "")
            }, "    ")
        }
        if !skipped.isEmpty {
            out += l("  Bỏ qua \(skipped.count) tệp không phải báo cáo:", "  Skipped \(skipped.count) file(s) that are no returns:") + "\n"
            out += compressed(skipped.map { $0.path + ": " + $0.reason.text(language) }, "    ")
        }
        if !outputs.isEmpty {
            out += l("  Đã ghi:", "  Written:") + "\n"
            for o in outputs { out += "    \(o)\n" }
        }
        if let profiles {
            out += l("  Hồ sơ xuất: ", "  Export profiles: ") + profiles.text(language) + "\n"
        }
        return out
    }

    /// Items of one list shown in full; past it, a count and where to find them all.
    static let listLimit = 10
    /// Errors shown per rejected file.
    static let findingLimit = 5
}
