#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A thread that can be joined: once `join()` returns the thread has ended and released
/// everything its body held. (Foundation's `Thread` cannot be joined; its last releases
/// may then come after the owner has gone, which leak checkers report and which makes
/// the moment memory is returned unpredictable.)
final class JoinableThread {
    private final class Body {
        let run: () -> Void
        init(_ run: @escaping () -> Void) { self.run = run }
    }

    private var thread: pthread_t?

    /// Starts `body` on a new thread; nil when the system cannot start one (the caller
    /// then does the work without it: running the body here instead could wait forever
    /// for a consumer that is this very thread).
    init?(_ body: @escaping @Sendable () -> Void) {
        let box = Unmanaged.passRetained(Body(body))
        var t = pthread_t()
        let rc = pthread_create(&t, nil, { arg in
            Unmanaged<Body>.fromOpaque(arg!).takeRetainedValue().run()
            return nil
        }, box.toOpaque())
        guard rc == 0 else {
            box.release()
            return nil
        }
        thread = t
    }

    /// Waits for the thread to end; later calls return at once.
    func join() {
        guard let t = thread else { return }
        thread = nil
        pthread_join(t, nil)
    }

    deinit { join() }
}
