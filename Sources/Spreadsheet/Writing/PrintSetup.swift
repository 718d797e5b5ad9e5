/// How a sheet prints.
public struct PrintSetup: Hashable, Sendable {
    public enum Paper: Hashable, Sendable {
        case a4, a3, letter
    }
    public enum Orientation: String, Hashable, Sendable {
        case portrait, landscape
    }

    public var paper: Paper
    public var orientation: Orientation
    /// Shrinks the sheet to one page wide (as many pages tall as needed).
    public var fitToWidth: Bool
    /// 0-based rows printed at the top of every page (a table's header).
    public var repeatedRows: ClosedRange<Int>?
    public var margins: PageMargins
    /// Prints the page number centred in the footer from the second page on, as on an
    /// official paper (the first page carries the document's heading instead).
    public var pageNumbers: Bool
    /// The font of the page numbers (the document's own, e.g. Times New Roman); nil for the
    /// program's default.
    public var pageNumberFont: String?

    public init(paper: Paper = .a4, orientation: Orientation = .portrait, fitToWidth: Bool = false,
                repeatedRows: ClosedRange<Int>? = nil, margins: PageMargins = PageMargins(),
                pageNumbers: Bool = false, pageNumberFont: String? = nil) {
        self.paper = paper
        self.orientation = orientation
        self.fitToWidth = fitToWidth
        self.repeatedRows = repeatedRows
        self.margins = margins
        self.pageNumbers = pageNumbers
        self.pageNumberFont = pageNumberFont
    }
}

/// Page margins in inches (the unit of XLSX and of the programs' dialogs).
public struct PageMargins: Hashable, Sendable {
    public var left: Double
    public var right: Double
    public var top: Double
    public var bottom: Double
    public var header: Double
    public var footer: Double

    /// Excel's "Normal" margins.
    public init(left: Double = 0.7, right: Double = 0.7, top: Double = 0.75, bottom: Double = 0.75,
                header: Double = 0.3, footer: Double = 0.3) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.header = header
        self.footer = footer
    }
}
