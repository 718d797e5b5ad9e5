import Spreadsheet
import Synchronization

/// Comparison keys already made, by the text's UTF-8 bytes. A district's returns repeat the
/// form's texts (headings, criteria, signature lines) in every file, and making a key (NFC,
/// spaces, lower case, tone placement) costs about 20,000 instructions for a line of Vietnamese:
/// a tenth of checking a return, where a lookup costs a few hundred.
///
/// Exact: a key is a pure function of the text's bytes. Bounded: texts of at most `maxLength`
/// bytes (a form's instructions line is some 400), `capacity` of them, so at most a few MiB;
/// when full it starts afresh, so a file of a million distinct texts costs what it did before
/// the memo and no more memory.
final class TextKeyMemo: Sendable {
    let maxLength: Int
    let capacity: Int
    private let keys = Mutex<[BytesKey: String]>([:])

    init(maxLength: Int = 1024, capacity: Int = 2048) {
        self.maxLength = maxLength
        self.capacity = capacity
    }

    /// The key of `text`: remembered, or made by `make` now and remembered.
    func key(of text: String, make: (String) -> String) -> String {
        let length = text.utf8.count
        guard length <= maxLength else { return make(text) }
        // Bytes copied once; Swift's own String hashing normalises non-ASCII text as it goes.
        let bytes = BytesKey(bytes: Array(text.utf8))
        if let known = keys.withLock({ $0[bytes] }) { return known }
        let fresh = make(text)
        keys.withLock { keys in
            if keys.count >= capacity { keys.removeAll(keepingCapacity: true) }
            keys[bytes] = fresh
        }
        return fresh
    }

    /// How many keys are remembered (tests).
    var count: Int { keys.withLock { $0.count } }
}
