extension Consolidation {
    /// The closing summary of a run: returns received and their fate, the wards' completeness
    /// and timeliness, what was rejected and superseded, and where the files went.
    public func summaryText(_ language: Language, outputs: [String] = []) -> String {
        let l = ConsolidationLabels(language: language)
        func names(_ wards: [Ward]) -> String {
            wards.isEmpty ? l("không", "none") : wards.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
        }
        let late = standings.filter { s in s.submission.map { submissions[$0].onTime == false } ?? false }.map(\.ward)
        var out = l("Tổng hợp năm \(schema.settings.year) (\(schema.id) \(schema.version))",
                    "Consolidation \(schema.settings.year) (\(schema.id) \(schema.version))") + "\n"
        out += l("  Tệp nhận: \(submissions.count) · được tổng hợp \(count(.accepted)) · bị loại \(count(.rejected)) · bị thay thế \(count(.superseded)) · không rõ phường \(count(.unknownWard)) · không đọc được \(count(.unreadable)) · cảnh báo \(warningCount)",
                 "  Files received: \(submissions.count) · accepted \(count(.accepted)) · rejected \(count(.rejected)) · superseded \(count(.superseded)) · unknown ward \(count(.unknownWard)) · unreadable \(count(.unreadable)) · warnings \(warningCount)") + "\n"
        out += l("  Phường: \(wardsReceived)/\(standings.count) đã nộp, \(wardsAccepted) hợp lệ, \(late.count) trễ hạn (hạn \(ConsolidatedWorkbookWriter.dayText(schema.settings.deadline)))",
                 "  Wards: \(wardsReceived)/\(standings.count) received, \(wardsAccepted) valid, \(late.count) late (deadline \(ConsolidatedWorkbookWriter.dayText(schema.settings.deadline)))") + "\n"
        out += l("  Chưa nộp: ", "  Missing: ") + names(wardsMissing) + "\n"
        out += l("  Trễ hạn: ", "  Late: ") + names(late) + "\n"
        if !policy.rejectsWarnings {
            out += l("  Cảnh báo không làm báo cáo bị loại (--reject-warnings để loại).",
                     "  Warnings do not reject a return (--reject-warnings to reject them).") + "\n"
        }
        for s in submissions where s.status != .accepted {
            out += "  " + l.status(s.status) + ": " + s.file
            if let w = s.ward { out += " (\(w.name))" }
            if let by = s.supersededBy { out += " → " + by }
            if s.status != .superseded {
                out += l(": \(s.errorCount) lỗi, \(s.warningCount) cảnh báo", ": \(s.errorCount) error(s), \(s.warningCount) warning(s)")
            }
            out += "\n"
            if s.status != .superseded {
                for f in s.findings where f.severity == .error || (policy.rejectsWarnings && f.severity == .warning) {
                    var place = f.location.qualifiedCell ?? f.location.sheet ?? "-"
                    if let c = f.criterion { place += " [\(c)]" }
                    out += "      \(place): \(f.message.text(language)) [\(f.code)]\n"
                }
            }
        }
        if !skipped.isEmpty {
            out += l("  Bỏ qua \(skipped.count) tệp không phải báo cáo:", "  Skipped \(skipped.count) file(s) that are no returns:") + "\n"
            for f in skipped { out += "    " + f.path + ": " + f.reason.text(language) + "\n" }
        }
        if !outputs.isEmpty {
            out += l("  Đã ghi:", "  Written:") + "\n"
            for o in outputs { out += "    \(o)\n" }
        }
        return out
    }
}
