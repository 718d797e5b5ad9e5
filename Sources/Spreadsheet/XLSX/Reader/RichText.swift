import SheetNative

/// Follows a string item (`<si>` or `<is>`): its text is a plain `<t>` or the `<t>` of each
/// rich run `<r>`, joined; phonetic guides (`<rPh>`, furigana) are not part of the value.
struct RichText {
    private var phoneticDepth = 0
    /// Whether character data now belongs to the value.
    private(set) var inText = false

    mutating func start(_ name: XMLBytes) {
        if name.equals("t") {
            inText = phoneticDepth == 0
        } else if name.equals("rPh") {
            phoneticDepth += 1
            inText = false
        }
    }

    mutating func end(_ name: XMLBytes) {
        if name.equals("t") {
            inText = false
        } else if name.equals("rPh") {
            phoneticDepth -= 1
        }
    }

    mutating func reset() { self = RichText() }
}
