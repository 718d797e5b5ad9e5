// A debug-build hook that lets tests make any system call of `Syscalls.swift` fail, so that
// every failure branch (a full disk halfway through a set of outputs, a rename refused at the
// last step) can be reached on demand. Compiled only with ENABLE_MOCKING (debug builds).
#if ENABLE_MOCKING
#if canImport(Glibc)
import Glibc
#endif

/// Records the system calls made on the current thread while installed and decides which of
/// them fail. Thread-local, so tests running in parallel do not see each other's faults.
package final class MockingDriver {
    /// One call as it was attempted: its name (`rename`) and the first path it named, if any.
    package struct Call: Sendable, CustomStringConvertible {
        package var name: String
        package var path: String?
        package var description: String { path.map { "\(name)(\($0))" } ?? name }
    }

    /// Every call attempted while installed, in order, including the failed ones.
    package private(set) var trace: [Call] = []
    /// Given a call and its position in `trace`, the errno it fails with, or nil to let it run.
    package var fault: (Call, Int) -> Int32?

    package init(fault: @escaping (Call, Int) -> Int32? = { _, _ in nil }) {
        self.fault = fault
    }

    /// Fails the call at position `index` of the trace with `errno`; every other call runs.
    package convenience init(failingCallAt index: Int, with errno: Int32) {
        self.init(fault: { _, i in i == index ? errno : nil })
    }

    /// Runs `body` with this driver installed on the current thread.
    @discardableResult
    package func install<R>(_ body: () throws -> R) rethrows -> R {
        let previous = pthread_getspecific(mockingKey)
        pthread_setspecific(mockingKey, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(mockingKey, previous) }
        return try body()
    }

    /// Called by each wrapper before the real call: the errno to fail with, if the driver says so.
    static func intercept(_ name: String, _ path: String?) -> Int32? {
        guard let raw = pthread_getspecific(mockingKey) else { return nil }
        let driver = Unmanaged<MockingDriver>.fromOpaque(raw).takeUnretainedValue()
        let call = Call(name: name, path: path)
        driver.trace.append(call)
        return driver.fault(call, driver.trace.count - 1)
    }
}

private let mockingKey: pthread_key_t = {
    var key = pthread_key_t()
    pthread_key_create(&key, nil)
    return key
}()
#endif
