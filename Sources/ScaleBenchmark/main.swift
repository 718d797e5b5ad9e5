// Scale benchmark generator: a national roll-out of the 2018 pact to N wards.
// Writes OUT/schema.xlsx (the 2018 schema with N generated wards) and OUT/returns/*.xlsx, one
// filled return per ward, made by our own ReturnFormWriter with the results and points of the
// shipped clean 2018 returns (round-robin), so every return is valid and totals differ.
// usage: ScaleBenchmark SCHEMA.xlsx RETURNS_2018_DIR OUT_DIR [N]
// A benchmark tool, not shipped: it lists and creates folders through Foundation rather
// than the system-call layer, which is for what users run.
import Dispatch
import Foundation
import Synchronization
import Spreadsheet
import ThiduaKit

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: ScaleBenchmark SCHEMA.xlsx RETURNS_2018_DIR OUT_DIR [N]\n".utf8))
    exit(2)
}
let (schemaPath, samplesDir, outDir) = (arguments[1], arguments[2], arguments[3])
let count = arguments.count > 4 ? Int(arguments[4])! : 10_000

do {
    let schema = try CriteriaSchema.load(path: schemaPath)
    // Results and points of the clean shipped returns: what each generated ward reports.
    let validator = ReturnValidator(schema: schema)
    let samples = try FileManager.default.contentsOfDirectory(atPath: samplesDir).sorted()
        .map { validator.validate(path: samplesDir + "/" + $0) }
        .filter { !$0.hasErrors && $0.warningCount == 0 }
        .map { r in Dictionary(uniqueKeysWithValues: r.entries.map { ($0.criterion, ($0.rawValue, $0.selfPoints)) }) }
    guard !samples.isEmpty else { throw ValidationError("no clean sample return in \(samplesDir)") }

    try FileManager.default.createDirectory(atPath: outDir + "/returns", withIntermediateDirectories: true)
    let wards = (0..<count).map { i in
        Ward(name: "Mẫu \(i + 1)", code: String(20_000 + i), aliases: [])
    }
    try ScaledSchema.write(from: schemaPath, wards: wards, to: outDir + "/schema.xlsx")
    let scaled = try CriteriaSchema.load(path: outDir + "/schema.xlsx")
    let form = ReturnFormWriter(schema: scaled)
    let started = Date()
    let failures = Atomic(0)
    DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { worker in
        var i = worker
        let workers = ProcessInfo.processInfo.activeProcessorCount
        while i < count {
            let ward = scaled.wards[i]
            do {
                let writer = FillingWriter(try XLSXWriter(path: "\(outDir)/returns/\(ward.code)-bao-cao.xlsx"),
                                           sample: samples[i % samples.count], reportDate: CivilDate(year: 2018, month: 12, day: 10))
                try form.write(ward: ward, to: writer)
            } catch {
                failures.add(1, ordering: .relaxed)
            }
            i += workers
        }
    }
    let seconds = Date().timeIntervalSince(started)
    print("generated \(count) returns in \(String(format: "%.1f", seconds)) s (\(failures.load(ordering: .relaxed)) failures) into \(outDir)")
} catch let error as SchemaError {
    FileHandle.standardError.write(Data((error.text(.en) + "\n").utf8))
    exit(1)
} catch {
    FileHandle.standardError.write(Data("\(error)\n".utf8))
    exit(1)
}

struct ValidationError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}
