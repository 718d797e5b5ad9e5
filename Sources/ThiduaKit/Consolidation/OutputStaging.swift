import Foundation

/// A set of output files that appear together or not at all: each is written under a hidden
/// temporary name in the output folder, and only when all are complete are they renamed
/// over their targets. Until then previous outputs stay as they were; a run that fails (or
/// is dropped) removes its temporary files. A class because it owns those files.
public final class OutputStaging {
    public let directory: String
    private var staged: [(temporary: String, final: String)] = []
    private var done = false

    /// Creates the folder when it does not exist yet.
    public init(directory: String) throws {
        self.directory = directory
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw Self.failure(directory, vi: "Đường dẫn ra không phải là thư mục.", en: "The output path is not a folder.")
            }
        } else {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw Self.failure(directory, vi: "Không tạo được thư mục ra.", en: "The output folder cannot be created.")
            }
        }
        guard access(directory, W_OK | X_OK) == 0 else {
            throw Self.failure(directory, vi: "Không ghi được vào thư mục ra.", en: "The output folder cannot be written.")
        }
    }

    deinit {
        if !done { discard() }
    }

    /// The path to write `name` to now; it becomes `directory/name` at `commit()`.
    public func path(for name: String) throws -> String {
        let final = (directory as NSString).appendingPathComponent(name)
        guard !staged.contains(where: { $0.final == final }) else {
            throw SpreadsheetError(.writeInvalid, vi: "Hai tệp ra cùng tên \"\(name)\".", en: "Two outputs are named \"\(name)\".",
                                   at: DocumentLocation(file: final))
        }
        let temporary = (directory as NSString).appendingPathComponent(
            ".\(name).\(String(UInt64.random(in: 0...UInt64.max), radix: 36)).staged")
        staged.append((temporary, final))
        return temporary
    }

    /// Puts every staged file in place; returns the final paths in staging order.
    @discardableResult
    public func commit() throws -> [String] {
        for s in staged where !FileManager.default.fileExists(atPath: s.temporary) {
            discard()
            throw Self.failure(s.final, vi: "Tệp ra chưa được ghi xong.", en: "An output was not completed.")
        }
        for s in staged {
            guard rename(s.temporary, s.final) == 0 else {
                let error = Self.failure(s.final, vi: "Không thay được tệp đích.", en: "Cannot put the file in place.")
                discard()
                throw error
            }
        }
        done = true
        return staged.map(\.final)
    }

    /// Removes every staged file; the folder's previous outputs are untouched.
    public func discard() {
        for s in staged { unlink(s.temporary) }
        done = true
    }

    private static func failure(_ path: String, vi: String, en: String) -> SpreadsheetError {
        SpreadsheetError(.writeFailed, vi: vi, en: en, at: DocumentLocation(file: path), underlying: String(cString: strerror(errno)))
    }
}
