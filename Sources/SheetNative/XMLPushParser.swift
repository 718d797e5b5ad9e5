import CLibXML2

/// Streams an XML document through libxml2's SAX2 push parser: no DOM is ever built.
///
/// Safe for untrusted input: no network, no external entities, and any DOCTYPE is refused
/// (no OOXML or ODF part has one), which also rules out entity-expansion bombs.
/// libxml2's own depth limit (256) stops absurd nesting.
package final class XMLPushParser {
    private let context: Context
    private var ctxt: xmlParserCtxtPtr?
    private var saxHandler: UnsafeMutablePointer<xmlSAXHandler>

    private final class Context {
        // Strong, so that each event borrows it instead of retaining it; no cycle, since
        // handlers never own their parser.
        let handler: any XMLEventHandler
        var ctxt: xmlParserCtxtPtr?
        var parseError: NativeError?
        init(handler: any XMLEventHandler) { self.handler = handler }

        @inline(__always)
        func checkStop() {
            if handler.failure != nil, let ctxt { xmlStopParser(ctxt) }
        }
    }

    /// - Parameter handler: kept alive by the parser; it must not own the parser.
    package init(handler: any XMLEventHandler) {
        context = Context(handler: handler)
        saxHandler = UnsafeMutablePointer<xmlSAXHandler>.allocate(capacity: 1)
        saxHandler.initialize(to: xmlSAXHandler())
        saxHandler.pointee.initialized = XML_SAX2_MAGIC
        // The hot callbacks borrow the context instead of retaining it: at millions of
        // events per part, reference counting was a visible share of the reading time.
        saxHandler.pointee.startElementNs = { user, localname, _, uri, _, _, nAttributes, _, attributes in
            Unmanaged<Context>.fromOpaque(user!)._withUnsafeGuaranteedRef { c in
                c.handler.startElement(
                    XMLBytes(cString: localname!),
                    namespace: uri.map { XMLBytes(cString: $0) },
                    attributes: XMLAttributes(raw: attributes, count: Int(nAttributes)))
                c.checkStop()
            }
        }
        saxHandler.pointee.endElementNs = { user, localname, _, uri in
            Unmanaged<Context>.fromOpaque(user!)._withUnsafeGuaranteedRef { c in
                c.handler.endElement(XMLBytes(cString: localname!), namespace: uri.map { XMLBytes(cString: $0) })
                c.checkStop()
            }
        }
        let characters: charactersSAXFunc = { user, chars, length in
            Unmanaged<Context>.fromOpaque(user!)._withUnsafeGuaranteedRef { c in
                c.handler.characters(XMLBytes(base: chars!, count: Int(length)))
                c.checkStop()
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
            var text = error.pointee.message.map { String(cString: $0) } ?? "malformed XML"
            while text.last?.isNewline == true { text.removeLast() }
            c.parseError = NativeError(.xmlMalformed, text, line: Int(error.pointee.line))
        }
    }

    deinit {
        if let ctxt {
            ctxt.pointee.sax = nil
            xmlFreeParserCtxt(ctxt)
        }
        saxHandler.deinitialize(count: 1)
        saxHandler.deallocate()
    }

    private func makeContext(_ first: UnsafeRawBufferPointer) throws -> xmlParserCtxtPtr {
        let user = Unmanaged.passUnretained(context).toOpaque()
        let n = min(first.count, 4)
        // The first bytes let libxml2 detect the encoding (UTF-8 or UTF-16).
        guard let c = xmlCreatePushParserCtxt(
            saxHandler, user, first.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(n), nil)
        else { throw NativeError(.zlibFailure, "libxml2 could not create a parser") }
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

    /// Parses the next piece of the document.
    package func feed(_ bytes: UnsafeRawBufferPointer) throws {
        if ctxt == nil {
            if bytes.isEmpty { return }
            _ = try makeContext(bytes)
            return
        }
        try feedRaw(bytes, terminate: false)
    }

    /// Signals the end of the document and reports any error left.
    package func finish() throws {
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
