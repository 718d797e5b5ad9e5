import CLibXML2

/// Streams an XML document through libxml2's SAX2 push parser: no DOM is ever built.
///
/// Safe for untrusted input: no network, no external entities, and any DOCTYPE is refused
/// (no OOXML or ODF part has one), which also rules out entity-expansion bombs.
/// Nesting deeper than `maxDepth` stops the parse (libxml2's push parser has no limit of its own).
package final class XMLPushParser {
    private let context: Context
    private var ctxt: xmlParserCtxtPtr?
    private var saxHandler: UnsafeMutablePointer<xmlSAXHandler>

    private final class Context {
        let handler: any XMLEventHandler
        var ctxt: xmlParserCtxtPtr?
        var parseError: NativeError?
        /// Stopped because the handler had enough, not because of an error.
        var stopped = false
        // Changed at every element, by the callbacks alone: no runtime access tracking.
        @exclusivity(unchecked) var depth = 0
        let maxDepth: Int
        init(handler: any XMLEventHandler, maxDepth: Int) {
            self.handler = handler
            self.maxDepth = maxDepth
        }

        /// libxml2's push parser does not bound nesting itself; this does, cheaply.
        @inline(__always)
        func enter() -> Bool {
            depth += 1
            guard depth > maxDepth else { return true }
            if parseError == nil {
                parseError = NativeError(.xmlTooDeep, "XML nesting depth exceeds \(maxDepth)")
            }
            if let ctxt { xmlStopParser(ctxt) }
            return false
        }
    }

    /// - Parameter handler: retained (a strong `let` is what lets each callback borrow it
    ///   without a retain/release pair); it must therefore not hold this parser strongly.
    /// - Parameter maxDepth: deepest element nesting accepted before parsing stops.
    package init(handler: any XMLEventHandler, maxDepth: Int = 256) {
        context = Context(handler: handler, maxDepth: maxDepth)
        saxHandler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
        saxHandler.initialize(to: xmlSAXHandler())
        saxHandler.pointee.initialized = XML_SAX2_MAGIC
        // The parser owns its context for as long as libxml2 can call back: borrowing it
        // (`_withUnsafeGuaranteedRef`) spares an atomic retain and release per SAX event.
        saxHandler.pointee.startElementNs = { user, localname, _, uri, _, _, nAttributes, _, attributes in
            // Guaranteed reference: no retain/release per event on the hot path.
            Unmanaged<Context>.fromOpaque(user!)._withUnsafeGuaranteedRef { c in
                guard c.enter() else { return }
                c.handler.startElement(
                    XMLBytes(cString: localname!),
                    namespace: uri.map { XMLBytes(cString: $0) },
                    attributes: XMLAttributes(raw: attributes, count: Int(nAttributes)))
            }
        }
        saxHandler.pointee.endElementNs = { user, localname, _, uri in
            Unmanaged<Context>.fromOpaque(user!)._withUnsafeGuaranteedRef { c in
                c.depth -= 1
                c.handler.endElement(XMLBytes(cString: localname!), namespace: uri.map { XMLBytes(cString: $0) })
                if c.handler.hasEnough, !c.stopped, let ctxt = c.ctxt {
                    c.stopped = true
                    xmlStopParser(ctxt)
                }
            }
        }
        let characters: charactersSAXFunc = { user, chars, length in
            Unmanaged<Context>.fromOpaque(user!)._withUnsafeGuaranteedRef { c in
                c.handler.characters(XMLBytes(base: chars!, count: Int(length)))
            }
        }
        saxHandler.pointee.characters = characters
        saxHandler.pointee.ignorableWhitespace = characters
        saxHandler.pointee.cdataBlock = characters
        saxHandler.pointee.internalSubset = { user, _, _, _ in
            let c = Unmanaged<Context>.fromOpaque(user!).takeUnretainedValue()
            if c.parseError == nil {
                c.parseError = NativeError(.xmlForbiddenDTD, "the XML declares a DTD (DOCTYPE), which spreadsheet files never do; refused for safety")
            }
            if let ctxt = c.ctxt { xmlStopParser(ctxt) }
        }
        saxHandler.pointee.serror = { user, error in
            guard let user, let error else { return }
            let c = Unmanaged<Context>.fromOpaque(user).takeUnretainedValue()
            guard c.parseError == nil, error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue else { return }
            let text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            c.parseError = NativeError(.xmlMalformed, text, line: Int(error.pointee.line))
        }
    }

    deinit {
        // The context holds its own copy of the SAX handler, which xmlFreeParserCtxt frees
        // (clearing ctxt->sax first leaked it: found by the fuzzers' leak checker).
        if let ctxt { xmlFreeParserCtxt(ctxt) }
        saxHandler.deinitialize(count: 1)
        saxHandler.deallocate()
    }

    /// libxml2 sets up its process-wide state (mutexes, dictionaries) lazily and without a lock:
    /// two threads creating their first parsers at once (the parallel ODS read) could each set it
    /// up, and one copy leaked. Swift runs this once, before any parser exists.
    private static let libraryInitialised: Void = xmlInitParser()

    private func makeContext(_ first: UnsafeRawBufferPointer) throws -> xmlParserCtxtPtr {
        _ = Self.libraryInitialised
        let user = Unmanaged.passUnretained(context).toOpaque()
        let n = min(first.count, 4)
        // The first bytes let libxml2 detect the encoding (UTF-8 or UTF-16).
        guard let c = xmlCreatePushParserCtxt(
            saxHandler, user, first.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(n), nil)
        else { throw NativeError(.xmlParserUnavailable, "libxml2 could not create a parser") }
        // The context copies the handler; our struct stays owned by us.
        xmlCtxtUseOptions(c, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        context.ctxt = c
        ctxt = c
        if first.count > n {
            try feedRaw(UnsafeRawBufferPointer(rebasing: first[n...]), terminate: false)
        }
        return c
    }

    /// Whether the handler had enough and parsing stopped early (see `XMLEventHandler.hasEnough`);
    /// what follows is then neither parsed nor checked.
    package var isStopped: Bool { context.stopped }

    /// Parses the next piece of the document.
    package func feed(_ bytes: UnsafeRawBufferPointer) throws {
        if context.stopped { return }
        if ctxt == nil {
            if bytes.isEmpty { return }
            _ = try makeContext(bytes)
            return
        }
        try feedRaw(bytes, terminate: false)
    }

    /// Signals the end of the document and reports any error left.
    package func finish() throws {
        if context.stopped { return }
        if ctxt == nil { _ = try makeContext(UnsafeRawBufferPointer(start: nil, count: 0)) }
        try feedRaw(UnsafeRawBufferPointer(start: nil, count: 0), terminate: true)
    }

    private func feedRaw(_ bytes: UnsafeRawBufferPointer, terminate: Bool) throws {
        guard let ctxt else { return }
        var offset = 0
        repeat {
            let n = min(bytes.count - offset, 1 << 30)
            let base = bytes.baseAddress.map { ($0 + offset).assumingMemoryBound(to: CChar.self) }
            let last = terminate && offset + n == bytes.count
            let rc = xmlParseChunk(ctxt, base, Int32(n), last ? 1 : 0)
            if let failure = context.handler.failure { throw failure }
            if let e = context.parseError { throw e }
            if context.stopped { return }
            if rc != 0 || ctxt.pointee.disableSAX != 0 && ctxt.pointee.wellFormed == 0 {
                throw NativeError(.xmlMalformed, "malformed XML (libxml2 error \(rc))", line: Int(xmlSAX2GetLineNumber(ctxt)))
            }
            offset += n
        } while offset < bytes.count
    }

    /// The current line in the document, for error locations.
    package var line: Int {
        guard let ctxt else { return 0 }
        return Int(xmlSAX2GetLineNumber(ctxt))
    }
}
