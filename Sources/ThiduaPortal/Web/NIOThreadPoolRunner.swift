import NIOPosix

/// CPU work (reading and checking returns) on NIO's thread pool, off the executor that serves requests.
enum NIOThreadPoolRunner {
    static func run<T: Sendable>(_ body: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive(body)
    }
}
