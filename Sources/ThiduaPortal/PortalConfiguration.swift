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
    /// The finance and statistics exports a consolidation writes (`thidua serve --profiles`).
    public var exportProfiles: [ExportProfile]

    public init(dataDirectory: String, uploadLimit: Int = 20 << 20, bcryptCost: UInt8 = 12, secureCookies: Bool = false,
                now: @escaping @Sendable () -> Date = { Date() }, exportProfiles: [ExportProfile] = []) {
        self.dataDirectory = dataDirectory
        self.uploadLimit = uploadLimit
        self.bcryptCost = bcryptCost
        self.secureCookies = secureCookies
        self.now = now
        self.exportProfiles = exportProfiles
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
