import Foundation
import Spreadsheet
import ThiduaKit

/// Uploaded files kept under `DIR/files/ab/abcdef…`, named by the SHA-256 of their bytes and
/// never by the name they were sent under; a file is written once and never overwritten.
public struct FileStore: Sendable {
    public let root: String

    public init(root: String) throws {
        self.root = root
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    /// Lower-case hex SHA-256 of `bytes`: ThiduaKit's, the one the validator records for every
    /// return, so a stored file's name and its return's provenance hash are the same digest.
    public static func sha256(_ bytes: [UInt8]) -> String { ContentHash.hex(bytes) }

    func path(for sha256: String) -> String {
        "\(root)/\(sha256.prefix(2))/\(sha256)"
    }

    /// Keeps `bytes` and returns their hash; storing the same bytes again changes nothing.
    /// `sha256` is the bytes' digest when the caller has it already.
    @discardableResult
    public func put(_ bytes: [UInt8], sha256 known: String? = nil) throws -> String {
        let sha = known ?? Self.sha256(bytes)
        let target = path(for: sha)
        if FileManager.default.fileExists(atPath: target) { return sha }
        try FileManager.default.createDirectory(atPath: "\(root)/\(sha.prefix(2))", withIntermediateDirectories: true)
        try AtomicWrite.write(bytes, to: target)
        return sha
    }

    /// The bytes stored under `sha256`.
    public func get(_ sha256: String) throws -> [UInt8] {
        guard sha256.count == 64, sha256.allSatisfy(\.isHexDigit) else { throw PortalError.notFound }
        return Array(try Data(contentsOf: URL(fileURLWithPath: path(for: sha256))))
    }
}
