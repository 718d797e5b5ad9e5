import Spreadsheet
import Synchronization

/// What a pure function of a text gave, remembered by the text's UTF-8 bytes. A district's
/// returns repeat the form's texts (headings, criteria, signature lines) in every file: making
/// a comparison key (NFC, spaces, lower case, tone placement) costs about 20,000 instructions
/// for a line of Vietnamese, a tenth of checking a return, where a lookup costs a few hundred.
///
/// Exact as long as `make` is a pure function of the bytes, as the callers' are. Bounded:
/// texts of at most `maxLength` bytes (a form's instructions line is some 400), `capacity` of
/// them with their values (some MiB at most); when full it starts afresh, so a file of a
/// million distinct texts costs what it did before the memo and no more memory.
final class TextMemo<Value: Sendable>: Sendable {
    let maxLength: Int
    let capacity: Int
    private let values = Mutex<[BytesKey: Value]>([:])

    init(maxLength: Int = 1024, capacity: Int = 2048) {
        self.maxLength = maxLength
        self.capacity = capacity
    }

    /// What `make` gives for `text`: remembered, or made now and remembered.
    func value(of text: String, make: (String) -> Value) -> Value {
        let length = text.utf8.count
        guard length <= maxLength else { return make(text) }
        // Bytes copied once; Swift's own String hashing normalises non-ASCII text as it goes.
        let bytes = BytesKey(bytes: Array(text.utf8))
        if let known = values.withLock({ $0[bytes] }) { return known }
        let fresh = make(text)
        values.withLock { values in
            if values.count >= capacity { values.removeAll(keepingCapacity: true) }
            values[bytes] = fresh
        }
        return fresh
    }

    /// How many values are remembered (tests).
    var count: Int { values.withLock { $0.count } }
}
