// libFuzzer target, differential: an ODS read in segments on two threads must deliver
// exactly what the sequential read does (rows, merges, error code and location), with a
// split before nearly every row. A difference traps.
@testable import Spreadsheet

private struct Outcome: Equatable {
    var rows: [[Row]] = []
    var merges: [[CellRange]] = []
    var error: String?
}

private func read(_ bytes: [UInt8], _ parallelism: ODSParallelism?, _ limits: ReadLimits) -> Outcome? {
    var outcome = Outcome()
    guard let zip = try? ZipArchive(source: MemoryByteSource(bytes), fileName: "fuzz", limits: limits),
          ODSWorkbook.recognises(zip) else { return nil }
    do {
        let book = try ODSWorkbook(zip: zip, fileName: "fuzz", options: ReadOptions(limits: limits),
                                   chunkSize: 4096, parallelism: .some(parallelism))
        for sheet in book.sheets.indices {
            let producer = try book.rowProducer(sheet: sheet)
            outcome.rows.append([])
            while let row = try producer.next() { outcome.rows[outcome.rows.count - 1].append(row) }
            outcome.merges.append(producer.mergedRanges)
        }
    } catch let e as SpreadsheetError {
        outcome.error = "\(e.code) \(e.location)"
    } catch {
        outcome.error = "\(error)"
    }
    return outcome
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzODSParallel(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var limits = ReadLimits()
    limits.maxEntrySize = 32 << 20
    limits.maxTotalSize = 64 << 20
    limits.maxRepeatedCells = 100_000
    guard let sequential = read(bytes, nil, limits) else { return 0 }
    let split = 1 + Int(bytes.last ?? 0) * 7
    let parallel = read(bytes, ODSParallelism(splitSize: split, workers: 2), limits)
    if parallel != sequential {
        fatalError("parallel read differs from sequential (split \(split)):\n\(String(describing: parallel))\nvs\n\(sequential)")
    }
    return 0
}
