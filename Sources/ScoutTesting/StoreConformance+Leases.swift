import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    /// ``SliceLeases``: one holder per session until it releases or its lease expires.
    static let leaseChecks: [Check] = [
        Check("a slice lease has one holder until it is released") { store in
            let leases = try #require(StoreAbilities(of: store).leases, "the store offers slice leases")
            // An hour: a live lease must hold however slowly a loaded machine runs the check (30 s once did not).
            let live = Duration.seconds(3600)
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "a", ttl: live))
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "b", ttl: live) == false)
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "a", ttl: live), "a renewal")
            #expect(try await leases.releaseSliceLease(sessionID: "s", owner: "b") == false, "only the holder releases")
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "b", ttl: live) == false)
            #expect(try await leases.releaseSliceLease(sessionID: "s", owner: "a"))
            #expect(try await leases.releaseSliceLease(sessionID: "s", owner: "a") == false, "released once")
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "b", ttl: live))
        },
        Check("slice leases of different sessions are independent") { store in
            let leases = try #require(StoreAbilities(of: store).leases, "the store offers slice leases")
            // An hour: a live lease must hold however slowly a loaded machine runs the check (30 s once did not).
            let live = Duration.seconds(3600)
            #expect(try await leases.acquireSliceLease(sessionID: "s1", owner: "a", ttl: live))
            #expect(try await leases.acquireSliceLease(sessionID: "s2", owner: "b", ttl: live))
            #expect(try await leases.acquireSliceLease(sessionID: "s2", owner: "a", ttl: live) == false)
        },
        Check("an expired slice lease is taken over, and its old holder cannot release it") { store in
            let leases = try #require(StoreAbilities(of: store).leases, "the store offers slice leases")
            // (That a live lease holds is the first check's; here only the expiry, so a slow machine cannot fail it.)
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "a", ttl: .milliseconds(200)))
            try await Task.sleep(for: .milliseconds(500))
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "b", ttl: .seconds(30)))
            #expect(try await leases.acquireSliceLease(sessionID: "s", owner: "a", ttl: .seconds(30)) == false)
            #expect(try await leases.releaseSliceLease(sessionID: "s", owner: "a") == false)
            #expect(try await leases.releaseSliceLease(sessionID: "s", owner: "b"))
        },
    ]
}
