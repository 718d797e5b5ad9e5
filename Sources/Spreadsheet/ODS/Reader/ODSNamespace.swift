import SheetNative

/// The OpenDocument namespaces the reader acts on; elements are matched by namespace URI,
/// never by prefix, since a producer may bind any prefix.
enum ODSNamespace: UInt8 {
    case office, table, text, style, number, calcext, draw, other

    private static let odfPrefix: StaticString = "urn:oasis:names:tc:opendocument:xmlns:"

    /// Classifies a URI by its bytes.
    static func classify(_ uri: XMLBytes) -> ODSNamespace {
        if uri.equals("urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0") { return .calcext }
        let prefixLength = odfPrefix.utf8CodeUnitCount
        guard uri.count > prefixLength,
              XMLBytes(base: uri.base, count: prefixLength).equals(odfPrefix) else { return .other }
        let rest = XMLBytes(base: uri.base + prefixLength, count: uri.count - prefixLength)
        if rest.equals("table:1.0") { return .table }
        if rest.equals("office:1.0") { return .office }
        if rest.equals("text:1.0") { return .text }
        if rest.equals("style:1.0") { return .style }
        if rest.equals("datastyle:1.0") { return .number }
        if rest.equals("drawing:1.0") { return .draw }
        return .other
    }
}

/// Remembers the classification of URI pointers: libxml2 interns namespace URIs in its
/// dictionary, so within one parser the same URI comes back at the same address (and an
/// address names one string) and the per-element cost is a pointer comparison, without
/// even measuring the URI. One cache per parser.
struct ODSNamespaceCache {
    private var pointers: [UnsafePointer<UInt8>] = []
    private var kinds: [ODSNamespace] = []

    @inline(__always)
    mutating func classify(_ uri: XMLBytes?) -> ODSNamespace {
        guard let uri else { return .other }
        var i = 0
        while i < pointers.count {
            if pointers[i] == uri.base { return kinds[i] }
            i += 1
        }
        let kind = ODSNamespace.classify(uri)
        // A document binding hundreds of URIs would only lose the cache, never correctness.
        if pointers.count < 32 {
            pointers.append(uri.base)
            kinds.append(kind)
        }
        return kind
    }
}

extension XMLAttributes {
    /// The value of the attribute with this namespace and local name.
    @inline(__always)
    func value(_ namespace: ODSNamespace, _ name: StaticString, _ cache: inout ODSNamespaceCache) -> XMLBytes? {
        var i = 0
        while i < count {
            if localName(at: i).equals(name), cache.classify(self.namespace(at: i)) == namespace {
                return value(at: i)
            }
            i += 1
        }
        return nil
    }
}


/// An element name the reader meets millions of times: libxml2 interns names too, so once
/// matched by its letters it is known again by its address alone. One per parser.
struct ODSInternedName {
    private let literal: StaticString
    private var address: UnsafePointer<UInt8>?

    init(_ literal: StaticString) { self.literal = literal }

    @inline(__always)
    mutating func matches(_ name: XMLBytes) -> Bool {
        if let address { return name.base == address }
        guard name.equals(literal) else { return false }
        address = name.base
        return true
    }
}
