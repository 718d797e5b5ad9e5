// Write benchmark: ROWS × 12 cells (text via shared strings, numbers, dates, booleans) to
// an XLSX file, the same cells as Benchmarks/write/libxlsxwriter_bench.c and xlsxwriter_bench.py;
// to an ODS file when OUT ends in .ods (Benchmarks/write/ods.sh).
// usage: WriteBenchmark OUT.xlsx|OUT.ods [ROWS] [LEVEL]
//        WriteBenchmark --from IN.xlsx OUT.ods [LEVEL]   (read with the project's reader, then write)
// A benchmark tool, not shipped: its messages go through Foundation rather than the
// system-call layer, which is for what users run.
import Foundation
import Spreadsheet

let arguments = CommandLine.arguments
if arguments.count > 3 && arguments[1] == "--from" {
    do {
        try convert(from: arguments[2], to: arguments[3], level: arguments.count > 4 ? Int(arguments[4])! : 6)
        exit(0)
    } catch let error as SpreadsheetError {
        FileHandle.standardError.write(Data((error.text(.en) + "\n").utf8))
        exit(1)
    }
}
let out = arguments.count > 1 ? arguments[1] : "/tmp/write-benchmark.xlsx"
let rows = arguments.count > 2 ? Int(arguments[2])! : 200_000
let level = arguments.count > 3 ? Int(arguments[3])! : 6

let wards = ["Dịch Vọng", "Dịch Vọng Hậu", "Mai Dịch", "Nghĩa Đô", "Nghĩa Tân", "Quan Hoa", "Trung Hòa", "Yên Hòa",
             "Cầu Giấy", "Xuân Thủy", "Hoàng Quốc Việt", "Trần Duy Hưng", "Phạm Văn Đồng", "Nguyễn Phong Sắc"]
let grades = ["Xuất sắc", "Tốt", "Khá", "Trung bình", "Chưa đạt"]
let epoch = CivilDate(year: 2020, month: 1, day: 1).daysSinceEpoch

do {
    let writer: any SpreadsheetWriter = out.hasSuffix(".ods")
        ? try ODSWriter(path: out, options: .init(compressionLevel: level))
        : try XLSXWriter(path: out, options: .init(compressionLevel: level))
    let header = writer.register(CellStyle(font: CellFont(bold: true)))
    try writer.beginSheet(SheetSetup(name: "Dữ liệu", frozen: FrozenPanes(rows: 1)))
    let titles = ["Phường", "Hồ sơ", "STT", "Điểm", "Ngày nộp", "Đạt", "Hệ số", "Xếp loại", "Ngày duyệt", "Tổng", "Đã duyệt", "Ghi chú"]
    try writer.writeRow(0, titles.enumerated().map { WriteCell($0.offset, .text($0.element), style: header) })
    var cells: [WriteCell] = []
    cells.reserveCapacity(12)
    for r in 0..<rows {
        cells.removeAll(keepingCapacity: true)
        let d = Double(r)
        cells.append(WriteCell(0, .text("Phường " + wards[r % 14])))
        cells.append(WriteCell(1, .text("Hồ sơ số " + String(r))))
        cells.append(WriteCell(2, .number(d + 1)))
        cells.append(WriteCell(3, .number(d * 0.37)))
        cells.append(WriteCell(4, .date(CivilDate(daysSinceEpoch: epoch + r % 3650))))
        cells.append(WriteCell(5, .boolean(r % 2 == 0)))
        cells.append(WriteCell(6, .number(Double(r % 1000) / 7)))
        cells.append(WriteCell(7, .text(grades[r % 5])))
        cells.append(WriteCell(8, .date(CivilDate(daysSinceEpoch: epoch + (r * 7) % 3650))))
        cells.append(WriteCell(9, .number(d * 1.5)))
        cells.append(WriteCell(10, .boolean(r % 3 == 0)))
        cells.append(WriteCell(11, .text("Ghi chú " + String(r % 100))))
        try writer.writeRow(r + 1, cells)
    }
    try writer.endSheet()
    try writer.finish()
} catch let error as SpreadsheetError {
    FileHandle.standardError.write(Data((error.text(.en) + "\n").utf8))
    exit(1)
}
