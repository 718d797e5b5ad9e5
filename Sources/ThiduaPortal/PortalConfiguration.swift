import Foundation
import Spreadsheet
import ThiduaKit

/// How a portal runs: where it keeps its data, its limits and its clock.
public struct PortalConfiguration: Sendable {
    /// The data folder: `thidua.sqlite` and `files/`.
    public var dataDirectory: String
    /// The largest upload accepted, in bytes (413 beyond).
    public var uploadLimit: Int
    /// bcrypt cost for new passwords.
    public var bcryptCost: UInt8
    /// Mark the session cookie `Secure` (set when the portal is served over HTTPS by a proxy).
    public var secureCookies: Bool
    /// The clock; tests set it to judge deadlines and lateness.
    public var now: @Sendable () -> Date
    /// The addresses of the reverse proxy in front of the portal (its IPv4 and IPv6 ones, say):
    /// only a request from one of them is taken to come from the last address its
    /// `X-Forwarded-For` names (for sign-in throttling and the audit log). Empty: the peer's own
    /// address, whatever the header says.
    public var trustedProxies: Set<String>
    /// The deadline of a demo portal (`serve --demo`), shown and judged in place of the
    /// schema's, and labelled as a demo's: the shipped 2018 schema's deadline has long passed.
    public var demoDeadline: CivilDate?
    /// Uploads checked at once (the rest wait their turn): the cores, as checking is CPU work.
    public var intakeWorkers: Int
    /// The bytes of uploads being received, waiting or checked at once; an upload beyond it is
    /// refused with 503 and `Retry-After`, so a burst of large uploads cannot take the memory.
    public var intakeBudget: Int
    /// The finance and statistics exports a consolidation writes (`thidua serve --profiles`).
    public var exportProfiles: [ExportProfile]

    public init(dataDirectory: String, uploadLimit: Int = 20 << 20, bcryptCost: UInt8 = 12, secureCookies: Bool = false,
                now: @escaping @Sendable () -> Date = { Date() }, exportProfiles: [ExportProfile] = [],
                trustedProxies: Set<String> = [], demoDeadline: CivilDate? = nil,
                intakeWorkers: Int = ProcessInfo.processInfo.activeProcessorCount, intakeBudget: Int? = nil) {
        self.dataDirectory = dataDirectory
        self.uploadLimit = uploadLimit
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.now = now
        self.exportProfiles = exportProfiles
        self.trustedProxies = trustedProxies
        self.demoDeadline = demoDeadline
        self.intakeWorkers = max(1, intakeWorkers)
        // Room for four uploads at the limit, and never less than 64 MiB: hundreds of ordinary
        // returns (20-100 KB) queue, a burst of 20 MB files does not.
        self.intakeBudget = intakeBudget ?? max(4 * (uploadLimit + 64 * 1024), 64 << 20)
    }

    /// A demo's deadline: `days` after today in Vietnam, so the demo's returns are on time.
    public static func demoDeadline(from now: Date, days: Int = 30) -> CivilDate {
        let vietnamDay = Int(((now.timeIntervalSince1970 + 7 * 3600) / 86_400).rounded(.down))
        return CivilDate(daysSinceEpoch: vietnamDay + days)
    }

    /// The readers' limits for uploads: tighter than the CLI's, since many uploads may be read
    /// at once and none may take the server's memory.
    var readOptions: ReadOptions {
        var limits = ReadLimits()
        limits.maxFileSize = uploadLimit
        limits.maxEntries = 2_000
        limits.maxEntrySize = 64 << 20
        limits.maxTotalSize = 128 << 20
        limits.maxSharedStringBytes = 32 << 20
        limits.maxRepeatedCells = 1_000_000
        return ReadOptions(limits: limits)
    }
}
