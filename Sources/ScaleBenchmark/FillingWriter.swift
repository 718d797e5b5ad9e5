import Spreadsheet
import ThiduaKit

/// Passes a return form through to a real writer, filling in what a ward officer types: the
/// report date, and each criterion's result and self-assessed points from a sample return.
final class FillingWriter: SpreadsheetWriter {
    let inner: any SpreadsheetWriter
    let sample: [String: (CellValue, Double?)]
    let reportDate: CivilDate
    private var sheet = ""

    init(_ inner: any SpreadsheetWriter, sample: [String: (CellValue, Double?)], reportDate: CivilDate) {
        self.inner = inner
        self.sample = sample
        self.reportDate = reportDate
    }

    func register(_ style: CellStyle) -> StyleHandle { inner.register(style) }

    func beginSheet(_ setup: SheetSetup) throws {
        sheet = setup.name
        try inner.beginSheet(setup)
    }

    func writeRow(_ index: Int, _ cells: [WriteCell], height: Double?) throws {
        guard sheet == ReturnFormLayout.formSheetName else { return try inner.writeRow(index, cells, height: height) }
        var cells = cells
        // The form's report-date input cell (row 5, column C).
        if index == 4, let i = cells.firstIndex(where: { $0.column == 2 }) {
            cells[i].value = .date(reportDate)
        }
        if let codeCell = cells.first(where: { $0.column == 1 }), case .text(let code) = codeCell.value,
           let (value, points) = sample[code] {
            for i in cells.indices {
                if cells[i].column == 6 { cells[i].value = value }
                if cells[i].column == 7, let points { cells[i].value = .number(points) }
            }
        }
        try inner.writeRow(index, cells, height: height)
    }

    func endSheet(_ finish: SheetFinish) throws { try inner.endSheet(finish) }
    func addDefinedName(_ name: DefinedName) throws { try inner.addDefinedName(name) }
    func finish() throws { try inner.finish() }
    func cancel() { inner.cancel() }
}
