import Dispatch
import Synchronization

extension ReturnValidator {
    /// Validates `paths` on up to `workers` threads; results come back in the order of `paths`.
    /// Callers pass batches, so that only a batch of whole returns is in memory at a time.
    public func validate(paths: [String], workers: Int) -> [WardReturn] {
        guard workers > 1, paths.count > 1 else { return paths.map { validate(path: $0) } }
        let slots = Mutex([WardReturn?](repeating: nil, count: paths.count))
        let next = Atomic<Int>(0)
        // A few long-lived workers taking the next file each: a slow file holds up one worker only.
        DispatchQueue.concurrentPerform(iterations: min(workers, paths.count)) { _ in
            while true {
                let i = next.add(1, ordering: .relaxed).oldValue
                guard i < paths.count else { return }
                let r = validate(path: paths[i])
                slots.withLock { $0[i] = r }
            }
        }
        return slots.withLock { $0.map { $0! } }
    }
}
