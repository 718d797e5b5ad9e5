/// Chooses the field delimiter of a CSV file among tab, `;` and `,` from its first records.
///
/// Rule: each candidate scans up to 50 non-empty records of the first chunk (quotes respected,
/// so delimiters inside quoted fields do not count). For each candidate, the most frequent
/// non-zero number of delimiters per record is found, and the records having exactly that
/// number agree. The candidate with the most agreeing records wins; ties go to tab, then `;`,
/// then `,`, because a Vietnamese-locale Excel writes `1,5;2,5`, where `,` is the decimal mark
/// and agrees as often as `;`. A file where no candidate occurs is one column: `,`.
enum CSVDelimiterDetector {
    static let candidates: [UInt8] = [UInt8(ascii: "\t"), UInt8(ascii: ";"), UInt8(ascii: ",")]
    static let sampleRecords = 50

    /// `sample` is the start of the text; `isComplete` when it is the whole file.
    static func detect(_ sample: UnsafeBufferPointer<UInt8>, isComplete: Bool) -> UInt8 {
        var best = UInt8(ascii: ",")
        var bestAgreeing = 0
        for candidate in candidates {
            let agreeing = agreeingRecords(sample, delimiter: candidate, isComplete: isComplete)
            if agreeing > bestAgreeing {
                best = candidate
                bestAgreeing = agreeing
            }
        }
        return best
    }

    private static func agreeingRecords(_ sample: UnsafeBufferPointer<UInt8>, delimiter: UInt8,
                                        isComplete: Bool) -> Int {
        var scanner = CSVScanner(delimiter: delimiter)
        var counter = FieldCounter()
        var position = 0
        // Malformed text only makes a candidate count less; the reader reports it properly.
        do {
            while position < sample.count && counter.counts.count < sampleRecords {
                position = try scanner.scan(sample, from: position, into: &counter).next
            }
            if isComplete { _ = try scanner.finish(into: &counter) }
        } catch {}
        // One record longer than the sample: judge by its beginning.
        if counter.counts.isEmpty { counter.counts.append(counter.fields) }
        var frequency: [Int: Int] = [:]
        for count in counter.counts where count > 0 { frequency[count, default: 0] += 1 }
        return frequency.values.max() ?? 0
    }

    /// Counts delimiters per non-empty record.
    private struct FieldCounter: CSVSink {
        var counts: [Int] = []
        var fields = 0
        var bytes = 0

        mutating func append(_ run: UnsafeBufferPointer<UInt8>, line: Int) { bytes += run.count }
        mutating func endField(line: Int) { fields += 1 }
        mutating func endRecord() {
            if fields > 1 || bytes > 0 { counts.append(fields - 1) }
            fields = 0
            bytes = 0
        }
    }
}
