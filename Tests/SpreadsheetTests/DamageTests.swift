import Foundation
import Testing
@testable import Spreadsheet

/// Every fixture truncated at many points, with bytes flipped in its zip structure and in its
/// XML: each case ends in a correct read or a clear `SpreadsheetError`, in bounded time.
/// (Memory is bounded by `ReadLimits`; the fuzzers check it under AddressSanitizer.)
@Suite("Damaged files")
struct DamageTests {
    static let fixtures: [String] = {
        let dir = Fixtures.root.appendingPathComponent("read")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".ods") || $0.hasSuffix(".xls") }.sorted().map { "read/" + $0 }
            + ["returns/validation/errors.xlsx", "returns/validation/rearranged.ods"]
    }()

    enum Outcome: Equatable { case read, error(ErrorCode) }

    /// Reads every cell of every sheet; any other kind of failure fails the test.
    static func outcome(_ bytes: [UInt8], _ label: String) -> Outcome {
        let start = Date()
        defer {
            // A generous bound: a hang (a loop that never ends) is what this guards against.
            #expect(Date().timeIntervalSince(start) < 20, "\(label) took too long")
        }
        var limits = ReadLimits()
        limits.maxEntrySize = 64 << 20
        do {
            let book = try WorkbookReader(bytes: bytes, fileName: label, options: ReadOptions(limits: limits))
            for i in book.sheets.indices {
                let rows = try book.rows(sheet: i)
                while try rows.nextRow() != nil {}
            }
            return .read
        } catch let e as SpreadsheetError {
            #expect(e.location.file == label, "\(label): error without its file: \(e)")
            #expect(!e.message.vi.isEmpty && !e.message.en.isEmpty)
            return .error(e.code)
        } catch {
            Issue.record("\(label): not a SpreadsheetError: \(error)")
            return .read
        }
    }

    @Test(arguments: fixtures)
    func truncatedAnywhere(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        var points = Set((0..<24).map { bytes.count * $0 / 24 })
        points.formUnion([1, 4, 22, 30, bytes.count - 1, bytes.count - 22, bytes.count - 23])
        for n in points.sorted() where n >= 0 && n < bytes.count {
            let outcome = Self.outcome(Array(bytes[..<n]), "cut-at-\(n)/\(fixture)")
            // A cut file is never read as if whole: the directory at its end is gone.
            #expect(outcome != .read, "\(fixture) cut at \(n) of \(bytes.count) was read")
        }
    }

    @Test(arguments: fixtures)
    func zipStructureFlipped(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        // Positions inside every local header, central header and the end record.
        var positions: [Int] = []
        for i in 0..<(bytes.count - 4) where bytes[i] == 0x50 && bytes[i + 1] == 0x4B {
            for offset in [0, 2, 6, 8, 14, 18, 22, 26, 28, 30, 42] where i + offset < bytes.count {
                positions.append(i + offset)
            }
        }
        for (k, p) in positions.enumerated() where k % max(1, positions.count / 60) == 0 {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[p] ^= mask
                _ = Self.outcome(damaged, "flip-\(p)-\(mask)/\(fixture)")
            }
        }
    }

    /// Bytes flipped all over a compound file: header, FAT, directory and BIFF records.
    @Test(arguments: fixtures.filter { $0.hasSuffix(".xls") })
    func compoundFileFlipped(_ fixture: String) throws {
        let bytes = try Fixtures.bytes(fixture)
        let header = [28, 30, 32, 44, 48, 56, 60, 64, 68, 72, 76, 80]
        let spread = stride(from: 512, to: bytes.count, by: max(1, bytes.count / 150))
        for p in header + Array(spread) where p < bytes.count {
            for mask: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[p] ^= mask
                _ = Self.outcome(damaged, "flip-\(p)-\(mask)/\(fixture)")
            }
        }
    }

    @Test(arguments: fixtures.filter { ($0.hasPrefix("read/xlsxwriter") || $0.hasPrefix("read/lo-") || $0.hasPrefix("returns/")) && !$0.hasSuffix(".xls") })
    func xmlDamaged(_ fixture: String) throws {
        let path = Fixtures.path(fixture)
        let zip = try ZipArchive(source: FileByteSource(path: path, limits: .default), fileName: fixture, limits: .default)
        let parts = try zip.entries.map { ($0.name, try zip.read($0)) }
        let xmlParts = parts.indices.filter { parts[$0].0.hasSuffix(".xml") && parts[$0].1.count > 100 }
        let replacements: [UInt8] = [UInt8(ascii: "<"), UInt8(ascii: "&"), UInt8(ascii: "\""), 0x00, 0xFF, UInt8(ascii: "9")]
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("thidua-damage-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for part in xmlParts {
            let xml = parts[part].1
            for step in 1...6 {
                var damaged = parts
                var bytes = xml
                let at = xml.count * step / 7
                bytes[at] = replacements[step % replacements.count]
                damaged[part].1 = bytes
                let out = dir.appendingPathComponent("d.zip").path
                let writer = try ZipWriter(path: out)
                for (name, data) in damaged { try writer.add(name, data, store: name == "mimetype") }
                try writer.finish()
                _ = Self.outcome(try Array(Data(contentsOf: URL(fileURLWithPath: out))), "\(fixture):\(parts[part].0)@\(at)")
            }
        }
    }
}
