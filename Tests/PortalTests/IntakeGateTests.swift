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

/// How many checks run now, and the most seen at once.
private final class Running: Sendable {
    let count = Mutex((now: 0, most: 0))
}
