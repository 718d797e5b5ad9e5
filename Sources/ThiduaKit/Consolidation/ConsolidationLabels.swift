/// The words of the consolidated outputs, in Vietnamese and English.
struct ConsolidationLabels {
    let language: Language

    func callAsFunction(_ vi: String, _ en: String) -> String {
        language == .vi ? vi : en
    }

    func yesNo(_ b: Bool) -> String { b ? self("Có", "Yes") : self("Không", "No") }

    func status(_ s: SubmissionStatus) -> String {
        switch s {
        case .accepted: self("Được tổng hợp", "Accepted")
        case .rejected: self("Bị loại", "Rejected")
        case .superseded: self("Bị thay thế", "Superseded")
        case .unknownWard: self("Không rõ phường", "Unknown ward")
        case .unreadable: self("Không đọc được / không phải báo cáo", "Unreadable / not a return")
        }
    }

    func timeliness(_ onTime: Bool?) -> String {
        switch onTime {
        case true?: self("Đúng hạn", "On time")
        case false?: self("Trễ hạn", "Late")
        case nil: self("Không rõ ngày", "No date")
        }
    }

    func areaName(_ a: Area) -> String {
        language == .en ? (a.nameEnglish ?? a.name) : a.name
    }

    /// A valid, unique sheet name: forbidden characters replaced, at most 31 characters.
    static func sheetName(_ wanted: String, taken: inout Set<String>) -> String {
        let forbidden: Set<Character> = ["[", "]", ":", "*", "?", "/", "\\"]
        var clean = String(wanted.map { forbidden.contains($0) ? "-" : $0 })
        // Cut long names between words, so a tab reads "Công tác cải cách", not "… cải cách hàn".
        if clean.count > 31, let space = clean.prefix(32).lastIndex(of: " "), clean.distance(from: clean.startIndex, to: space) > 12 {
            clean = String(clean[..<space])
        }
        var name = String(clean.prefix(31))
        var n = 2
        while taken.contains(name.lowercased()) {
            let suffix = " (\(n))"
            name = String(clean.prefix(31 - suffix.count)) + suffix
            n += 1
        }
        taken.insert(name.lowercased())
        return name
    }
}
