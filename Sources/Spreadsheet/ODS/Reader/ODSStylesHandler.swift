import SheetNative

/// Feeds every event of `styles.xml` to an `ODSStyleSheet` (common and automatic styles,
/// data styles); the style sheet ignores what it does not use.
final class ODSStylesHandler: XMLEventHandler {
    var styles = ODSStyleSheet()
    private var cache = ODSNamespaceCache()
    var failure: (any Error)? { nil }

    func startElement(_ name: XMLBytes, namespace: XMLBytes?, attributes: XMLAttributes) {
        styles.start(cache.classify(namespace), name, attributes, &cache)
    }

    func endElement(_ name: XMLBytes, namespace: XMLBytes?) {
        styles.end(cache.classify(namespace), name)
    }

    func characters(_ text: XMLBytes) { styles.characters(text) }
}
