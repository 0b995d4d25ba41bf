/// A people source that can read the vendor account's credit balance through a call that costs nothing (CoreSignal:
/// `x-credits-remaining` on a free search, vendor-contracts.md §1.5). The orchestrator reads it before a process's
/// first billed call and again when it settles the pending charges a killed process left, so those are settled as
/// billed exactly as far as the vendor's balance fell for them (``Pipeline/reconcilePendingCharges(logger:)``).
public protocol CreditBalanceProbe: Sendable {
    /// The credits remaining on the account; nil when the vendor does not say or the probe is switched off.
    func creditsRemaining() async throws -> Int?
    /// How long after a request was sent its charge can still reach the balance (the vendor answering a process that
    /// was killed meanwhile). The reconciliation reads the balance no sooner than this after the killed process's
    /// last billed request. The default is 5 seconds.
    var balanceSettleSeconds: Double { get }
}

extension CreditBalanceProbe {
    public var balanceSettleSeconds: Double { 5 }
}
