import Foundation
import Spreadsheet
import ThiduaKit

/// Progress of a consolidation on standard error: a bar redrawn in place on a terminal when
/// the run is long, otherwise one line per return (`[3/9] 00166-….xlsx: rejected (1 error)`).
struct ConsolidateProgress {
    let total: Int
    let language: Language
    let quiet: Bool
    private let bar: Bool
    private var done = 0
    private var lastDraw = 0.0
    private let started = Date()

    /// Returns past this many get a bar on a terminal; fewer get a line each even there.
    static let longRun = 50

    init(total: Int, language: Language, quiet: Bool) {
        self.total = total
        self.language = language
        self.quiet = quiet
        bar = FileStatus.isTerminal(2) && total >= Self.longRun
    }

    mutating func report(_ r: WardReturn, status: SubmissionStatus) {
        done += 1
        guard !quiet else { return }
        if bar {
            let now = Date().timeIntervalSince(started)
            guard now - lastDraw >= 0.1 || done == total else { return }
            lastDraw = now
            let width = 30, filled = width * done / max(total, 1)
            let rate = now > 0 ? Int(Double(done) / now) : 0
            let line = "\r[" + String(repeating: "=", count: filled) + String(repeating: " ", count: width - filled)
                + "] \(done)/\(total) \(100 * done / max(total, 1))% \(rate)/s"
            StandardStreams.writeError(line)
        } else {
            printError("[\(done)/\(total)] \((r.file as NSString).lastPathComponent): \(outcome(r, status))")
        }
    }

    mutating func finish() {
        if bar && !quiet { StandardStreams.writeError("\n") }
    }

    private func outcome(_ r: WardReturn, _ status: SubmissionStatus) -> String {
        let vi = language == .vi
        func count(_ n: Int, _ viWord: String, _ enWord: String) -> String {
            vi ? "\(n) \(viWord)" : "\(n) \(enWord)\(n == 1 ? "" : "s")"
        }
        let errors = count(r.errorCount, "lỗi", "error"), warnings = count(r.warningCount, "cảnh báo", "warning")
        switch status {
        case .accepted:
            // Valid, not yet "accepted": a later return of the same ward may still supersede it.
            return (vi ? "hợp lệ" : "valid") + (r.warningCount > 0 ? " (\(warnings))" : "")
        case .rejected:
            return (vi ? "bị loại" : "rejected") + " (" + (r.errorCount > 0 ? errors : warnings) + ")"
        case .superseded:
            return vi ? "bị thay bằng báo cáo mới hơn của cùng phường" : "superseded by a later return of the same ward"
        case .unknownWard:
            return (vi ? "không rõ phường" : "unknown ward") + " (\(errors))"
        case .unreadable:
            return (vi ? "không đọc được: " : "unreadable: ") + (r.findings.first.map { $0.message.text(language) + " [\($0.code)]" } ?? "")
        }
    }
}
