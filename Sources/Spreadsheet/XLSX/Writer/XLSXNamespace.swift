/// The namespaces, relationship types and content types of the parts the writer emits.
enum XLSXNamespace {
    static let declaration: StaticString = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    static let relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let packageRelationships = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let contentTypes = "http://schemas.openxmlformats.org/package/2006/content-types"
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let chart = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let spreadsheetDrawing = "http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"

    enum RelationshipType {
        static let officeDocument = XLSXNamespace.relationships + "/officeDocument"
        static let worksheet = XLSXNamespace.relationships + "/worksheet"
        static let styles = XLSXNamespace.relationships + "/styles"
        static let sharedStrings = XLSXNamespace.relationships + "/sharedStrings"
        static let drawing = XLSXNamespace.relationships + "/drawing"
        static let chart = XLSXNamespace.relationships + "/chart"
        static let extendedProperties = XLSXNamespace.relationships + "/extended-properties"
        static let coreProperties = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
    }

    enum ContentType {
        static let relationships = "application/vnd.openxmlformats-package.relationships+xml"
        static let xml = "application/xml"
        static let workbook = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        static let worksheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
        static let styles = "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"
        static let sharedStrings = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
        static let drawing = "application/vnd.openxmlformats-officedocument.drawing+xml"
        static let chart = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
        static let coreProperties = "application/vnd.openxmlformats-package.core-properties+xml"
        static let extendedProperties = "application/vnd.openxmlformats-officedocument.extended-properties+xml"
    }
}
