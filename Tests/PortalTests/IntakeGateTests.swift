import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import ThiduaPortal

@Suite("Bounded upload intake")
struct IntakeGateTests {
    @Test func bytesBeyondTheBudgetAreRefusedUntilReleased() throws {
        let gate = IntakeGate(budget: 100, workers: 2)
        try gate.admit(60)
        try gate.admit(40)
        #expect(throws: PortalError.self) { try gate.admit(1) }
        gate.release(40)
        #expect(throws: PortalError.self) { try gate.admit(41) }
        try gate.admit(40)
        gate.release(40)
        gate.release(60)
        #expect(gate.load.bytes == 0 && gate.load.uploads == 0)
        // Alone, an upload is let in whatever its size: the upload limit judges size.
        try gate.admit(500)
        gate.release(500)
    }

    @Test func noMoreChecksRunAtOnceThanWorkers() async throws {
        let gate = IntakeGate(budget: 1 << 30, workers: 2)
        let running = Running()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<12 {
                group.addTask {
                    await gate.checking {
                        running.count.withLock { $0.now += 1; $0.most = max($0.most, $0.now) }
                        try? await Task.sleep(for: .milliseconds(20))
                        running.count.withLock { $0.now -= 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        #expect(running.count.withLock { $0.most } == 2)
        #expect(gate.load.checking == 0 && gate.load.waiting == 0)
    }

    /// Over the budget an upload gets 503 with Retry-After before its body is read, and the
    /// server takes uploads again once the intake has room.
    @Test func uploadBeyondTheBudgetIs503WithRetryAfter() async throws {
        let harness = try PortalHarness { $0.intakeBudget = 1 << 20 }
        try await harness.test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            try harness.portal.intakeGate.admit(1 << 20)  // an upload in progress takes the whole budget
            let refused = try await api.upload(bytes, name: "yh.xlsx", token: token)
            #expect(refused.status == .serviceUnavailable)
            #expect(refused.headers[.retryAfter] == String(IntakeGate.retryAfterSeconds))
            #expect(try APIClient.json(refused)["error"] as? String == "busy")
            harness.portal.intakeGate.release(1 << 20)
            #expect(try await api.upload(bytes, name: "yh.xlsx", token: token).status == .created)
            #expect(harness.portal.intakeGate.load.bytes == 0)
            // Nothing was kept of the refused upload.
            let list = try APIClient.json(try await api.get("/api/returns", token: token))
            #expect((list["returns"] as? [Any])?.count == 1)
        }
    }
}

extension IntakeGateTests {
    /// Fifty uploads at once all come back (the load benchmark's burst): a blocking database
    /// read on the request executors once deadlocked the server here. A deadlock stops every
    /// task, timers included, so a plain thread watches the clock and ends the run with a
    /// message after two minutes rather than leave the suite hanging.
    @Test func fiftyConcurrentUploadsAllComeBack() async throws {
        let done = Running()
        let watchdog = Thread {
            for _ in 0..<1200 {
                Thread.sleep(forTimeInterval: 0.1)
                if done.count.withLock({ $0.now }) == 1 { return }
            }
            fatalError("50 concurrent uploads did not come back within 120 s: the portal is deadlocked")
        }
        watchdog.start()
        defer { done.count.withLock { $0.now = 1 } }
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let token = try await api.token("yenhoa")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { uploads in
                for i in 0..<50 { uploads.addTask { try await api.upload(bytes, name: "yh-\(i).xlsx", token: token).status } }
                return try await uploads.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.count == 50)
            #expect(statuses.allSatisfy { $0 == .created })
        }
    }

    /// Pages that need the active schema (the dashboard's status here) asked for while 50
    /// uploads are checked: the active version comes from memory, never from a blocking
    /// database read on a request's executor, which could wait for readers held by the uploads.
    @Test func statusReadsDuringFiftyUploadsAllComeBack() async throws {
        let done = Running()
        let watchdog = Thread {
            for _ in 0..<1200 {
                Thread.sleep(forTimeInterval: 0.1)
                if done.count.withLock({ $0.now }) == 1 { return }
            }
            fatalError("status reads during 50 uploads did not come back within 120 s: the portal is deadlocked")
        }
        watchdog.start()
        defer { done.count.withLock { $0.now = 1 } }
        try await PortalHarness().test { client in
            let api = APIClient(client: client)
            let ward = try await api.token("yenhoa")
            let district = try await api.token("quan")
            let bytes = try PortalHarness.bytes(PortalHarness.yenHoaClean)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for i in 0..<50 {
                    group.addTask { try await api.upload(bytes, name: "yh-\(i).xlsx", token: ward).status }
                    group.addTask { try await api.get("/api/status", token: district).status }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.count == 100)
            #expect(statuses.filter { $0 == .created }.count == 50)
            #expect(statuses.filter { $0 == .ok }.count == 50)
        }
    }
}

/// How many checks run now, and the most seen at once.
private final class Running: Sendable {
    let count = Mutex((now: 0, most: 0))
}
