import Foundation

/// How a large `content.xml` is read on several threads (`ODSParallelSession`).
struct ODSParallelism: Sendable {
    /// Bytes of content between split points.
    var splitSize: Int
    /// Parsing threads (one more inflates).
    var workers: Int

    /// A segment is held whole in memory: a document whose splits end up further apart
    /// than this (a sheet the skim could not split) is read in one thread.
    static let maxSegment = 64 << 20

    /// Splits of 4 MiB on up to four threads, for content of 16 MiB or more on a machine
    /// with two cores or more; nil otherwise (a small part parses faster than threads start).
    static func automatic(contentSize: Int) -> ODSParallelism? {
        // The size first: asking for the cores reads the process's affinity (~160,000
        // instructions), and most parts are far too small to split.
        guard contentSize >= 16 << 20 else { return nil }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        guard cores >= 2 else { return nil }
        return ODSParallelism(splitSize: 4 << 20, workers: min(cores, 4))
    }

    /// Whether these splits of a part of `contentSize` bytes keep every segment within `maxSegment`.
    static func fits(_ splits: [ODSSplitPoint], contentSize: Int) -> Bool {
        guard !splits.isEmpty else { return false }
        let bounds = [0] + splits.map(\.offset) + [max(contentSize, splits.last!.offset)]
        return zip(bounds, bounds.dropFirst()).allSatisfy { $1 - $0 <= maxSegment }
    }
}
