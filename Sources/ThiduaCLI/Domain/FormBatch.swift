import Dispatch
import Foundation
import Spreadsheet
import Synchronization
import ThiduaKit

/// Writes one form per ward into a folder (`template --all`), fast enough for a country's
/// 10,600 wards: one long-lived worker per core takes the next ward, each file is compressed
/// in its worker's thread (no thread per file) and not forced to the disk one by one; one
/// sync of the folder's file system at the end makes them all durable. Paths are printed in
/// ward order as the forms are done; the first failure stops the batch and is thrown.
struct FormBatch {
    let form: ReturnFormWriter
    let format: SpreadsheetFormat
    var workers = ProcessInfo.processInfo.activeProcessorCount

    private struct Progress {
        var done: [Bool]
        var printed = 0
        var failure: (any Error)?
    }

    func write(wards: [Ward], to paths: [String], folder: String) throws {
        let title = form.schema.settings.title
        let next = Atomic<Int>(0)
        let progress = Mutex(Progress(done: Array(repeating: false, count: wards.count)))
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, wards.count))) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < wards.count, progress.withLock({ $0.failure == nil }) else { return }
                do {
                    let writer = try WriterFactory.writer(for: format, path: paths[i], title: title,
                                                          durability: .deferred, compressesConcurrently: false)
                    try form.write(ward: wards[i], to: writer)
                } catch {
                    progress.withLock { if $0.failure == nil { $0.failure = error } }
                    return
                }
                progress.withLock { p in
                    p.done[i] = true
                    while p.printed < p.done.count, p.done[p.printed] {
                        printError(paths[p.printed])
                        p.printed += 1
                    }
                }
            }
        }
        if let failure = progress.withLock({ $0.failure }) { throw failure }
        try Durability.synchronize(folder: folder)
    }
}
