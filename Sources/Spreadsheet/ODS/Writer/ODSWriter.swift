/// Writes an OpenDocument spreadsheet (`.ods`, ODF 1.3), streaming each sheet's rows to disk
/// as they come.
///
/// ```swift
/// let writer = try ODSWriter(path: "xep-hang.ods")
/// let header = writer.register(CellStyle(font: CellFont(bold: true)))
/// try writer.beginSheet(SheetSetup(name: "Xếp hạng", mergedRanges: [CellRange("A1:L1")!]))
/// try writer.writeRow(0, [WriteCell(0, .text("Phường"), style: header)])
/// try writer.endSheet()
/// try writer.finish()
/// ```
///
/// ODS marks merges and validations on the cells themselves, so give them in `SheetSetup`:
/// `SheetFinish`'s merged ranges and validations come after the rows and are refused here.
/// Charts are embedded chart objects (`Object N/content.xml`) drawn from the sheet's cells;
/// rows stream, so a chart must lie below the sheet's rows. Memory holds the styles
/// and setups only; after any thrown error the writer is cancelled: the temporary file is
/// gone and the target untouched. A class because it owns the output file.
public final class ODSWriter: SpreadsheetWriter {
    public struct Options: Hashable, Sendable {
        /// zlib level: 1 is fastest, 9 smallest; 6 balances them.
        public var compressionLevel: Int
        public var properties: DocumentProperties
        /// When the file is forced to the disk (`.deferred` for many files and one sync at the end).
        public var durability: Durability

        public init(compressionLevel: Int = 6, properties: DocumentProperties = DocumentProperties(),
                    durability: Durability = .immediate) {
            self.compressionLevel = compressionLevel
            self.properties = properties
            self.durability = durability
        }
    }

    private struct WrittenSheet {
        var name: String
        var state: SheetState
        var frozen: FrozenPanes?
        var showGridLines: Bool
    }

    private let zip: ZipWriter
    private let options: Options
    /// Every table, one after another: `content.xml` without its head and tail.
    private let body: ZipSpool
    private var styles = StyleTable()
    private var automatic = ODSAutomaticStyles()
    private var sheets: [WrittenSheet] = []
    private var current: ODSTableRows?
    private var validations: [ODSValidation] = []
    private var filters: [(sheet: String, range: CellRange)] = []
    private var definedNames: [DefinedName] = []
    /// The open sheet's column widths, to size its charts' frames.
    private var columns: [ColumnFormat] = []
    private var charts: [ODSChartPart] = []
    private var closed = false

    /// Creates the temporary file beside `path`; nothing is at `path` until `finish()`.
    public init(path: String, options: Options = Options()) throws {
        self.options = options
        zip = try ZipWriter(path: path, level: Int32(max(0, min(9, options.compressionLevel))), durability: options.durability)
        do {
            // ODF wants the media type first, stored, so it can be read at a fixed offset.
            try zip.add(ODSPartName.mimetype, ODSMimetype.bytes, store: true)
            body = try zip.makeSpool()
        } catch {
            zip.abandon()
            throw error
        }
    }

    public func register(_ style: CellStyle) -> StyleHandle {
        styles.register(style)
    }

    public func beginSheet(_ setup: SheetSetup) throws {
        try guarded {
            guard current == nil else {
                throw WriteErrors.misuse(vi: "Trang tính trước chưa được kết thúc.", en: "The previous sheet was not ended.")
            }
            try WriteValidation.checkSetup(setup, existing: sheets.map(\.name), styles: styles)
            var numbered: [(ranges: [CellRange], number: Int)] = []
            for v in setup.validations {
                let number = validations.count + 1
                validations.append(ODSValidation(number: number, sheet: setup.name, validation: v))
                numbered.append((v.ranges, number))
            }
            // veryHidden has no ODS form: such a sheet is simply hidden.
            let table = automatic.table(visible: setup.state == .visible, print: setup.print)
            var rows = ODSTableRows(sheetName: setup.name, spool: body,
                                    marks: ODSCellMarks(merges: setup.mergedRanges, validations: numbered),
                                    headerRows: setup.print?.repeatedRows,
                                    defaultRowStyle: setup.defaultRowHeight.map { automatic.row(height: $0) })
            rows.begin(ODSTableStart(setup: setup, tableStyle: table).xml(automatic: &automatic))
            current = rows
            columns = setup.columns
            sheets.append(WrittenSheet(name: setup.name, state: setup.state, frozen: setup.frozen, showGridLines: setup.showGridLines))
        }
    }

    public func writeRow(_ index: Int, _ cells: [WriteCell], height: Double?) throws {
        guard !closed, current != nil else {
            throw WriteErrors.misuse(vi: "Chưa mở trang tính nào.", en: "No sheet is open.")
        }
        do {
            try current!.write(index, cells, height: height, styles: &styles, automatic: &automatic)
        } catch {
            cancel()
            throw error
        }
    }

    public func endSheet(_ finish: SheetFinish) throws {
        try guarded {
            guard var rows = current else {
                throw WriteErrors.misuse(vi: "Chưa mở trang tính nào.", en: "No sheet is open.")
            }
            current = nil
            let sheet = rows.sheetName
            try WriteValidation.checkFinish(finish, sheet: sheet)
            guard finish.mergedRanges.isEmpty && finish.validations.isEmpty else {
                throw WriteErrors.invalid(
                    vi: "Tệp ODS cần biết vùng gộp và quy tắc nhập liệu trước khi ghi các dòng: hãy đặt chúng trong SheetSetup.",
                    en: "ODS needs merged ranges and validations before the rows: give them in SheetSetup.", sheet: sheet)
            }
            for chart in finish.charts.sorted(by: { $0.anchor.start.row < $1.anchor.start.row }) {
                let part = ODSChartPart(chart: chart, number: charts.count + 1, size: frameSize(chart.anchor))
                try rows.frame(at: chart.anchor.start, part.frame(sheet: sheet))
                charts.append(part)
            }
            try rows.end()
            if let range = finish.autoFilter { filters.append((sheet, range)) }
        }
    }

    public func addDefinedName(_ name: DefinedName) throws {
        try guarded {
            try WriteValidation.checkDefinedName(name.name)
            definedNames.append(name)
        }
    }

    public func finish() throws {
        try guarded {
            guard current == nil else {
                throw WriteErrors.misuse(vi: "Trang tính cuối chưa được kết thúc.", en: "The last sheet was not ended.")
            }
            let active = try WriteValidation.checkWorkbook(states: sheets.map(\.state), names: definedNames)
            let names = sheets.map(\.name)
            let tail = ODSContentPart.tail(names: definedNames, sheetNames: names, filters: filters)
            try tail.withUnsafeBytes { try body.write($0) }
            let content = ODSContentPart(styles: styles.styles, automatic: automatic, validations: validations)
            let settings = sheets.map { ODSSettingsPart.Sheet(name: $0.name, frozen: $0.frozen, showGridLines: $0.showGridLines) }
            let hasSettings = ODSSettingsPart.isNeeded(sheets: settings, activeIndex: active)

            try zip.add(ODSPartName.manifest, ODSManifestPart(hasSettings: hasSettings, charts: charts.map(\.folder)).xml())
            for chart in charts { try zip.add(chart.folder + "/content.xml", chart.content()) }
            try zip.add(ODSPartName.content, spool: body, prefix: content.head())
            try zip.add(ODSPartName.styles, ODSStylesPart(fonts: ODSContentPart.fonts(styles.styles), pages: automatic.pages).xml())
            try zip.add(ODSPartName.meta, ODSMetaPart(properties: options.properties, sheetCount: sheets.count).xml())
            if hasSettings {
                try zip.add(ODSPartName.settings, ODSSettingsPart(sheets: settings, activeSheet: names[active]).xml())
            }
            try zip.finish()
            closed = true
        }
    }

    /// The size of the cells a chart covers (its end cell excluded, as XLSX anchors it):
    /// the sheet's column widths, and rows of the default 15 pt.
    private func frameSize(_ anchor: CellRange) -> (width: Double, height: Double) {
        var width = 0.0
        for column in anchor.start.column..<max(anchor.end.column, anchor.start.column + 1) {
            let given = columns.last { $0.first <= column && column <= $0.last }?.width
            width += ODSLength.columnCentimetres(given ?? 8.43)
        }
        let rows = Double(max(anchor.end.row - anchor.start.row, 1))
        return (width, rows * 15 * 2.54 / 72)
    }

    public func cancel() {
        closed = true
        current = nil
        zip.abandon()
    }

    deinit {
        zip.abandon()
    }

    /// Runs a step; any failure cancels the whole workbook so no half-written file remains.
    private func guarded(_ body: () throws -> Void) throws {
        guard !closed else {
            throw WriteErrors.misuse(vi: "Bộ ghi đã kết thúc hoặc đã bị hủy.", en: "The writer was already finished or cancelled.")
        }
        do {
            try body()
        } catch {
            cancel()
            throw error
        }
    }
}
