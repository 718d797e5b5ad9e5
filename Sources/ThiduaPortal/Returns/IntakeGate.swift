import Synchronization

/// Bounds the intake of uploads, so a burst of them can take neither the memory nor every thread:
/// - the bytes of uploads in the intake at once (being received, waiting, or being checked) stay
///   within a budget: an upload beyond it is refused at once with 503 and `Retry-After`, before
///   its body is read;
/// - at most `workers` uploads are checked at once (checking is CPU work); the others wait
///   their turn in the order they came.
final class IntakeGate: Sendable {
    let budget: Int
    let workers: Int
    private let state: Mutex<State>

    private struct State {
        var admittedBytes = 0
        var admitted = 0
        var checking = 0
        var waiting: [CheckedContinuation<Void, Never>] = []
    }

    /// Seconds a refused client is told to wait: a few returns' checking time.
    static let retryAfterSeconds = 5

    init(budget: Int, workers: Int) {
        self.budget = budget
        self.workers = max(1, workers)
        state = Mutex(State())
    }

    static let busy = PortalError(.serviceUnavailable, "busy",
                                  vi: "Máy chủ đang nhận nhiều báo cáo cùng lúc. Hãy gửi lại sau ít giây.",
                                  en: "The server is receiving many returns at once. Send it again in a few seconds.",
                                  retryAfter: retryAfterSeconds)

    /// Runs `body` (reading, checking and keeping one upload of at most `bytes`) within the
    /// budget, or refuses with `busy`. One upload is always let in when none is, so no upload
    /// is refused for its size alone (the upload limit does that).
    func admitting<T>(bytes: Int, _ body: () async throws -> T) async throws -> T {
        try admit(bytes)
        defer { release(bytes) }
        return try await body()
    }

    func admit(_ bytes: Int) throws(PortalError) {
        let ok = state.withLock { s in
            guard s.admitted == 0 || s.admittedBytes + bytes <= budget else { return false }
            s.admitted += 1
            s.admittedBytes += bytes
            return true
        }
        guard ok else { throw Self.busy }
    }

    func release(_ bytes: Int) {
        state.withLock { s in
            s.admitted -= 1
            s.admittedBytes -= bytes
        }
    }

    /// Runs `body` when fewer than `workers` checks are running.
    func checking<T>(_ body: () async throws -> T) async rethrows -> T {
        await withCheckedContinuation { (turn: CheckedContinuation<Void, Never>) in
            let now = state.withLock { s in
                if s.checking < workers {
                    s.checking += 1
                    return true
                }
                s.waiting.append(turn)
                return false
            }
            if now { turn.resume() }
        }
        defer {
            // The turn passes to the first waiting upload, or the worker is free.
            let next = state.withLock { s in
                if s.waiting.isEmpty {
                    s.checking -= 1
                    return nil as CheckedContinuation<Void, Never>?
                }
                return s.waiting.removeFirst()
            }
            next?.resume()
        }
        return try await body()
    }

    /// What is in the intake now (for tests and the benchmark).
    var load: (bytes: Int, uploads: Int, checking: Int, waiting: Int) {
        state.withLock { ($0.admittedBytes, $0.admitted, $0.checking, $0.waiting.count) }
    }
}
