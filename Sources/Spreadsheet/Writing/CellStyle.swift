/// How a cell looks: font, fill, borders, alignment, number format and locking.
/// Register it with a writer to get a `StyleHandle`.
public struct CellStyle: Hashable, Sendable {
    public var font = CellFont()
    /// Solid background colour, nil for none.
    public var fill: RGBColor?
    public var borders = CellBorders()
    public var alignment = CellAlignment()
    /// Number-format code (`dd/mm/yyyy`, `#,##0`, `0.00%`); nil for General (or a date default).
    public var numberFormat: String?
    /// Locked cells cannot be edited once the sheet is protected; input cells are unlocked.
    public var locked = true

    public init(font: CellFont = CellFont(), fill: RGBColor? = nil, borders: CellBorders = CellBorders(),
                alignment: CellAlignment = CellAlignment(), numberFormat: String? = nil, locked: Bool = true) {
        self.font = font
        self.fill = fill
        self.borders = borders
        self.alignment = alignment
        self.numberFormat = numberFormat
        self.locked = locked
    }

    /// The workbook's default look.
    public static let `default` = CellStyle()
}

/// An opaque 24-bit colour.
public struct RGBColor: Hashable, Sendable, CustomStringConvertible {
    public var red: UInt8
    public var green: UInt8
    public var blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `0x1F4E78`.
    public init(_ rgb: UInt32) {
        self.init(red: UInt8(truncatingIfNeeded: rgb >> 16), green: UInt8(truncatingIfNeeded: rgb >> 8),
                  blue: UInt8(truncatingIfNeeded: rgb))
    }

    public static let black = RGBColor(0x000000)
    public static let white = RGBColor(0xFFFFFF)

    /// `1F4E78`.
    public var description: String {
        let digits = Array("0123456789ABCDEF".utf8)
        var s: [UInt8] = []
        for v in [red, green, blue] {
            s.append(digits[Int(v >> 4)])
            s.append(digits[Int(v & 15)])
        }
        return String(decoding: s, as: UTF8.self)
    }
}

public struct CellFont: Hashable, Sendable {
    /// nil: the workbook's default font (Calibri in XLSX).
    public var name: String?
    /// Points; nil for the default (11).
    public var size: Double?
    public var bold = false
    public var italic = false
    public var underline = false
    public var color: RGBColor?

    public init(name: String? = nil, size: Double? = nil, bold: Bool = false, italic: Bool = false,
                underline: Bool = false, color: RGBColor? = nil) {
        self.name = name
        self.size = size
        self.bold = bold
        self.italic = italic
        self.underline = underline
        self.color = color
    }
}

public enum BorderLine: String, Hashable, Sendable {
    case thin, medium, thick, dashed, dotted, double
}

public struct CellBorders: Hashable, Sendable {
    public var left: BorderLine?
    public var right: BorderLine?
    public var top: BorderLine?
    public var bottom: BorderLine?
    /// nil: automatic (black).
    public var color: RGBColor?

    public init(left: BorderLine? = nil, right: BorderLine? = nil, top: BorderLine? = nil,
                bottom: BorderLine? = nil, color: RGBColor? = nil) {
        self.left = left
        self.right = right
        self.top = top
        self.bottom = bottom
        self.color = color
    }

    /// The same line on all four sides (a grid cell).
    public static func all(_ line: BorderLine, color: RGBColor? = nil) -> CellBorders {
        CellBorders(left: line, right: line, top: line, bottom: line, color: color)
    }

    public var isEmpty: Bool { left == nil && right == nil && top == nil && bottom == nil }
}

public struct CellAlignment: Hashable, Sendable {
    public enum Horizontal: String, Hashable, Sendable {
        case general, left, center, right, fill, justify, centerContinuous, distributed
    }
    public enum Vertical: String, Hashable, Sendable {
        case top, center, bottom, justify, distributed
    }

    public var horizontal: Horizontal?
    public var vertical: Vertical?
    public var wrapText = false
    /// Indent level (each about three characters wide).
    public var indent = 0

    public init(horizontal: Horizontal? = nil, vertical: Vertical? = nil, wrapText: Bool = false, indent: Int = 0) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.wrapText = wrapText
        self.indent = indent
    }

    public var isDefault: Bool { horizontal == nil && vertical == nil && !wrapText && indent == 0 }
}
