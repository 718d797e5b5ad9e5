/// Writes an XLSX workbook, streaming each sheet's rows to disk as they come.
///
/// ```swift
/// let writer = try XLSXWriter(path: "xep-hang.xlsx")
/// let header = writer.register(CellStyle(font: CellFont(bold: true)))
/// try writer.beginSheet(SheetSetup(name: "Xếp hạng"))
/// try writer.writeRow(0, [WriteCell(0, .text("Phường"), style: header)])
/// try writer.endSheet()
/// try writer.finish()
/// ```
///
/// Memory holds the shared strings and styles only. After any thrown error the writer is
/// cancelled: the temporary file is gone and the target untouched. A class because it
/// owns the output file.
public final class XLSXWriter: SpreadsheetWriter {
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

    private let zip: ZipWriter
    private let options: Options
    private var styles = StyleTable()
    private var strings = SharedStringsPart()
    private var sheets: [SpooledSheet] = []
    private var current: (setup: SheetSetup, rows: WorksheetRows)?
    private var definedNames: [DefinedName] = []
    private var needsRecalculation = false
    private var closed = false

    /// Creates the temporary file beside `path`; nothing is at `path` until `finish()`.
    public init(path: String, options: Options = Options()) throws {
        self.options = options
        zip = try ZipWriter(path: path, level: Int32(max(0, min(9, options.compressionLevel))), durability: options.durability)
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
            current = (setup, WorksheetRows(sheetName: setup.name, spool: try zip.makeSpool()))
        }
    }

    public func writeRow(_ index: Int, _ cells: [WriteCell], height: Double?) throws {
        guard !closed, current != nil else {
            throw WriteErrors.misuse(vi: "Chưa mở trang tính nào.", en: "No sheet is open.")
        }
        do {
            try current!.rows.write(index, cells, height: height, strings: &strings, styles: &styles)
        } catch {
            cancel()
            throw error
        }
    }

    public func endSheet(_ finish: SheetFinish) throws {
        try guarded {
            guard let open = current else {
                throw WriteErrors.misuse(vi: "Chưa mở trang tính nào.", en: "No sheet is open.")
            }
            let setup = open.setup
            var rows = open.rows
            current = nil
            // Merges and validations may come with the setup (as ODS needs) or here; XLSX writes both after the rows.
            var finish = finish
            finish.mergedRanges = setup.mergedRanges + finish.mergedRanges
            finish.validations = setup.validations + finish.validations
            try WriteValidation.checkFinish(finish, sheet: setup.name)
            let index = sheets.count
            let selected = setup.state == .visible && !sheets.contains { $0.state == .visible }
            let part = WorksheetPart(setup: setup, finish: finish, dimension: rows.dimension, selected: selected,
                                     drawingRelationship: finish.charts.isEmpty ? nil : 1)
            try rows.flush()
            try part.footer().withUnsafeBytes { try rows.spool.write($0) }
            // Ends the sheet's compression (and its worker thread) now, not at packaging.
            try rows.spool.finish()
            needsRecalculation = needsRecalculation || rows.needsRecalculation
            sheets.append(SpooledSheet(name: setup.name, state: setup.state, header: part.header(),
                                       body: rows.spool, charts: finish.charts))
            if let range = finish.autoFilter {
                definedNames.append(DefinedName(name: "_xlnm._FilterDatabase",
                                                formula: SheetRange(sheet: setup.name, range: range).description,
                                                localSheet: index, hidden: true))
            }
            if let rows = setup.print?.repeatedRows {
                definedNames.append(DefinedName(name: "_xlnm.Print_Titles",
                                                formula: DocumentLocation.quoteSheetName(setup.name) + "!$\(rows.lowerBound + 1):$\(rows.upperBound + 1)",
                                                localSheet: index))
            }
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
            try WriteValidation.checkWorkbook(states: sheets.map(\.state), names: definedNames)
            try checkNames()
            try Packager(sheets: sheets, definedNames: definedNames, styles: styles.styles, strings: strings,
                         properties: options.properties, needsRecalculation: needsRecalculation).write(to: zip)
            try zip.finish()
            closed = true
        }
    }

    public func cancel() {
        closed = true
        current = nil
        sheets = []
        zip.abandon()
    }

    /// Defined names are unique per scope, and local ones point at a sheet; charts name existing sheets.
    private func checkNames() throws {
        var seen = Set<String>()
        for name in definedNames {
            guard seen.insert(name.name.uppercased() + "\u{0}" + String(name.localSheet ?? -1)).inserted else {
                throw WriteErrors.invalid(vi: "Tên định nghĩa \"\(name.name)\" bị trùng.",
                                          en: "The defined name \"\(name.name)\" is defined twice.")
            }
        }
        let names = Set(sheets.map { $0.name.lowercased() })
        for sheet in sheets {
            for chart in sheet.charts {
                for range in [chart.categories] + chart.series.map(\.values) where !names.contains(range.sheet.lowercased()) {
                    throw WriteErrors.invalid(vi: "Biểu đồ tham chiếu trang tính \"\(range.sheet)\" không tồn tại.",
                                              en: "A chart refers to the sheet \"\(range.sheet)\", which does not exist.",
                                              sheet: sheet.name)
                }
            }
        }
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
