// Writes a workbook using every feature of the XLSX (or ODS) writer, plus a JSON file of the
// values it wrote, for Tests/RealPrograms/check_xlsx_writer.sh and check_ods_writer.sh to
// compare with what real programs read.
// A test tool, not shipped: its own few file calls (usage, the JSON beside the sample) use
// Foundation rather than the system-call layer, which is for what users run.
import Foundation
import Spreadsheet

let arguments = CommandLine.arguments
let format = arguments.count == 5 && arguments[3] == "--format" ? arguments[4] : "xlsx"
guard arguments.count == 3 || (arguments.count == 5 && ["xlsx", "ods"].contains(format)) else {
    FileHandle.standardError.write(Data("usage: writer-sample OUT EXPECTED.json [--format xlsx|ods]\n".utf8))
    exit(2)
}
// ODS takes merges and validations before the rows and writes no charts.
let ods = format == "ods"

var expected: [[String: Any]] = []
@MainActor func record(_ sheet: String, _ row: Int, _ cell: WriteCell) {
    let ref = CellReference(row: row, column: cell.column).description
    var entry: [String: Any] = ["sheet": sheet, "ref": ref]
    switch cell.value {
    case .empty: return
    case .number(let d): entry["type"] = "number"; entry["value"] = d
    case .text(let s): entry["type"] = "text"; entry["value"] = s
    case .boolean(let b): entry["type"] = "boolean"; entry["value"] = b
    case .date(let d): entry["type"] = "date"; entry["value"] = d.description
    case .dateTime(let t): entry["type"] = "dateTime"; entry["value"] = t.description
    case .time(let t): entry["type"] = "time"; entry["value"] = t.description
    case .duration(let s): entry["type"] = "duration"; entry["value"] = s
    case .error(let e): entry["type"] = "error"; entry["value"] = e
    }
    if let f = cell.formula { entry["formula"] = f }
    expected.append(entry)
}

do {
    let properties = DocumentProperties(title: "Xếp hạng thi đua năm 2026", author: "Phòng Nội vụ quận Cầu Giấy",
                                        company: "UBND quận Cầu Giấy")
    let writer: any SpreadsheetWriter = ods
        ? try ODSWriter(path: arguments[1], options: .init(properties: properties))
        : try XLSXWriter(path: arguments[1], options: .init(properties: properties))
    let font = CellFont(name: "Times New Roman", size: 12)
    let title = writer.register(CellStyle(font: CellFont(name: "Times New Roman", size: 14, bold: true, color: RGBColor(0x1F4E78)),
                                          alignment: CellAlignment(horizontal: .center, vertical: .center)))
    let header = writer.register(CellStyle(font: CellFont(name: "Times New Roman", size: 12, bold: true),
                                           fill: RGBColor(0xDDEBF7), borders: .all(.thin),
                                           alignment: CellAlignment(horizontal: .center, vertical: .center, wrapText: true)))
    let label = writer.register(CellStyle(font: font, borders: .all(.thin), alignment: CellAlignment(indent: 1)))
    let score = writer.register(CellStyle(font: font, borders: .all(.thin), numberFormat: "0.00", locked: false))
    let percent = writer.register(CellStyle(font: font, borders: .all(.thin), numberFormat: FormatCode.percentDecimal))
    let date = writer.register(CellStyle(font: font, borders: .all(.thin), numberFormat: FormatCode.date, locked: false))
    let note = writer.register(CellStyle(font: CellFont(name: "Times New Roman", size: 12, italic: true),
                                         borders: CellBorders(bottom: .medium), alignment: CellAlignment(wrapText: true), locked: false))

    let sheet = "Xếp hạng"
    let wards = ["Dịch Vọng", "Dịch Vọng Hậu", "Mai Dịch", "Nghĩa Đô", "Nghĩa Tân", "Quan Hoa", "Trung Hòa", "Yên Hòa"]
    let last = 3 + wards.count
    let merges = [CellRange("A1:L1")!]
    let validations = [
        DataValidation(range: CellRange("C4:C\(last)")!, rule: .decimal(.between(0, 100)),
                       input: .init(title: "Điểm", text: "Nhập điểm từ 0 đến 100."),
                       error: .init(title: "Sai điểm", text: "Điểm phải là số từ 0 đến 100.")),
        DataValidation(range: CellRange("A4:A\(last)")!, rule: .whole(.greaterThanOrEqual(1)),
                       error: .init(title: "Sai STT", text: "Số thứ tự là số nguyên dương.")),
        DataValidation(range: CellRange("I4:I\(last)")!, rule: .list(["Xuất sắc", "Tốt", "Khá", "Chưa đạt"]),
                       input: .init(title: "Xếp loại", text: "Chọn một mức trong danh sách.")),
        DataValidation(range: CellRange("G4:G\(last)")!, rule: .listRange("'Danh mục'!$A$1:$A$3"), allowBlank: true),
    ]
    try writer.beginSheet(SheetSetup(
        name: sheet,
        columns: [ColumnFormat(0, width: 6), ColumnFormat(1, width: 22), ColumnFormat(2, 3, width: 11),
                  ColumnFormat(4, width: 12), ColumnFormat(5, width: 12), ColumnFormat(6, width: 26),
                  ColumnFormat(7, 8, width: 12), ColumnFormat(9, width: 20), ColumnFormat(10, 11, width: 12)],
        frozen: FrozenPanes(rows: 3, columns: 2),
        print: PrintSetup(orientation: .landscape, fitToWidth: true, repeatedRows: 2...2,
                          margins: PageMargins(left: 0.5, right: 0.5, top: 0.75, bottom: 0.75)),
        protection: SheetProtection(password: "caugiay"),
        mergedRanges: ods ? merges : [], validations: ods ? validations : []))
    func row(_ r: Int, _ cells: [WriteCell], height: Double? = nil) throws {
        try writer.writeRow(r, cells, height: height)
        for c in cells { record(sheet, r, c) }
    }
    try row(0, [WriteCell(0, .text("BẢNG XẾP HẠNG THI ĐUA CÁC PHƯỜNG NĂM 2026"), style: title)], height: 24)
    try row(2, ["STT", "Phường", "Điểm", "Tỷ lệ", "Ngày nộp", "Hoàn thành", "Ghi chú", "Tổng", "Xếp loại",
                "Thời điểm", "Giờ họp", "Thời lượng"].enumerated().map { WriteCell($0.offset, .text($0.element), style: header) },
            height: 32)
    for (i, ward) in wards.enumerated() {
        let r = 3 + i
        let points = 70 + Double(i * 37 % 30) + 0.25 * Double(i)
        let notes = [" Đầu dòng có khoảng trắng", "Hai dòng\nthứ hai", "Ký hiệu <&> \"trích\"", "Chữ _x0041_ giữ nguyên",
                     "Ký tự điều khiển \u{1}", "Cuối có khoảng trắng ", "", "Tab\tở giữa"]
        var cells = [
            WriteCell(0, .number(Double(i + 1)), style: label),
            WriteCell(1, .text(ward), style: label),
            WriteCell(2, .number(points), style: score),
            WriteCell(3, .number(points / 100), style: percent),
            WriteCell(4, .date(CivilDate(year: 2026, month: 1, day: 5 + i)), style: date),
            WriteCell(5, .boolean(i % 3 != 0)),
        ]
        if !notes[i].isEmpty { cells.append(WriteCell(6, .text(notes[i]), style: note)) } else {
            cells.append(WriteCell(6, .empty, style: note))
        }
        cells += [
            WriteCell(column: 7, value: .number(points + 10), formula: "C\(r + 1)+10"),
            WriteCell(column: 8, value: .text(points >= 85 ? "Xuất sắc" : "Tốt"), formula: "IF(C\(r + 1)>=85,\"Xuất sắc\",\"Tốt\")"),
            WriteCell(9, .dateTime(CivilDateTime(date: CivilDate(year: 2026, month: 3, day: 1 + i), time: TimeOfDay(hour: 8 + i, minute: 30)))),
            WriteCell(10, .time(TimeOfDay(hour: 14, minute: 15, second: Double(i)))),
            WriteCell(11, .duration(Double(25 * 3600 + i * 60))),
        ]
        try row(r, cells)
    }
    let total = wards.indices.reduce(0.0) { $0 + 70 + Double($1 * 37 % 30) + 0.25 * Double($1) }
    try row(last, [
        WriteCell(1, .text("Tổng"), style: header),
        WriteCell(column: 2, value: .number(total), formula: "=SUM(C4:C\(last))"),
        WriteCell(column: 5, value: .boolean(true), formula: "AND(TRUE,TRUE)"),
        WriteCell(column: 7, value: .error("#DIV/0!"), formula: "1/0"),
        WriteCell(8, .error("#N/A")),
        WriteCell(9, .number(1e-7)),
        WriteCell(10, .number(123456789.125)),
        WriteCell(11, .number(-0.5)),
    ])
    let data = CellRange("A3:L\(last)")!
    try writer.endSheet(SheetFinish(
        mergedRanges: ods ? [] : merges, autoFilter: data, validations: ods ? [] : validations,
        charts: ods ? [] : [BarChart(title: "Điểm thi đua theo phường", categories: SheetRange(sheet: sheet, range: CellRange("B4:B\(last)")!),
                                     series: [BarChart.Series(name: "Điểm", values: SheetRange(sheet: sheet, range: CellRange("C4:C\(last)")!))],
                                     anchor: CellRange("N3:V22")!)]))

    try writer.beginSheet(SheetSetup(name: "Danh mục", state: .hidden))
    for (i, s) in ["Đã nộp", "Chưa nộp", "Nộp muộn"].enumerated() {
        try writer.writeRow(i, [WriteCell(0, .text(s))])
        record("Danh mục", i, WriteCell(0, .text(s)))
    }
    try writer.endSheet()
    try writer.beginSheet(SheetSetup(name: "Ẩn sâu", state: .veryHidden))
    try writer.writeRow(0, [WriteCell(0, .text("bí mật"))])
    record("Ẩn sâu", 0, WriteCell(0, .text("bí mật")))
    try writer.endSheet()
    try writer.beginSheet(SheetSetup(name: "Trống", print: PrintSetup(orientation: .portrait)))
    try writer.endSheet()
    try writer.addDefinedName(DefinedName(name: "TinhTrangNop", formula: "'Danh mục'!$A$1:$A$3"))
    try writer.finish()
    let json = try JSONSerialization.data(withJSONObject: expected, options: [.prettyPrinted, .sortedKeys])
    try json.write(to: URL(fileURLWithPath: arguments[2]))
} catch let error as SpreadsheetError {
    FileHandle.standardError.write(Data((error.text(.en) + "\n").utf8))
    exit(1)
}
