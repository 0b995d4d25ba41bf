import Foundation
import Logging

/// This process's registration as a charge owner (``ChargeOwner``) in a pipeline's store, made once before its first
/// billed call: the vendor's balance is read (``CreditBalanceProbe``), then the owner is registered with it. Every
/// orchestrator of the pipeline shares it; the first company look-up that reaches the vendor starts it
/// (`ChargeBook.startRegistration()`), so the probe overlaps discovery instead of delaying the first billed call.
public final class ChargeBaseline: Sendable {
    private let registration = LockedValue<Task<Void, any Error>?>(nil)

    public init() {}

    /// Registers this process unless it is registered (or registering) already; a failed registration is tried again
    /// by the next call. A probe that fails registers the owner without a balance: its charges are then settled as
    /// billed if it is killed.
    func ensure(charges: any PendingCharges, probe: (any CreditBalanceProbe)?, logger: Logger) async throws {
        let task = registration.withLock { current -> Task<Void, any Error> in
            if let current { return current }
            let task = Task<Void, any Error> {
                let startedAt = Date()
                var balance: Int?
                if let probe {
                    do { balance = try await probe.creditsRemaining() } catch {
                        logger.warning(
                            "reading the vendor's credit balance failed; a kill of this process settles its pending charges as billed",
                            metadata: ["error": .string("\(error)")])
                    }
                }
                try await charges.registerChargeOwner(
                    ChargeOwner(owner: ChargeBook.owner, creditsBefore: balance, startedAt: startedAt))
            }
            current = task
            return task
        }
        do { try await task.value } catch {
            registration.withLock { if $0 == task { $0 = nil } }
            throw error
        }
    }

    /// Marks this process registered (the reconciliation registered it with the balance it read).
    func markRegistered() {
        registration.withLock { if $0 == nil { $0 = Task {} } }
    }
}
