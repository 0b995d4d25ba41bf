import Foundation

/// A store's optional abilities as typed handles, resolved once when the pipeline is built (``Pipeline/abilities``),
/// never by a cast on a call. Each is nil when the store lacks it; the orchestrator then does without (claims,
/// reservations) or the caller says so (workspaces, migrations).
public struct StoreAbilities: Sendable {
    /// Cross-process record claims: two processes needing one record fetch it once.
    public var claims: (any RecordClaims)?
    /// Daily credit reservations held in the store, so the daily ceiling holds across processes.
    public var reservations: (any CreditReservations)?
    /// One worker per slice of a session (every built-in store; a decorator that does not forward it goes without).
    public var leases: (any SliceLeases)?
    /// Charges recorded before each billed call and settled with the record's write (every built-in store).
    public var charges: (any PendingCharges)?
    /// Restoring cleared sessions and listing workspaces (operator functions of the CLI).
    public var workspaces: (any SessionWorkspaces)?
    /// Schema migrations the host runs (``Pipeline/prepare()``, `scout db migrate`).
    public var migrations: (any StoreMigrations)?
    /// Per-session shortlists (the web page's stars).
    public var shortlists: (any SessionShortlists)?
    /// Answers to idempotent requests, per workspace and key (every built-in store).
    public var idempotency: (any IdempotentAnswers)?
    /// Erasing people, their suppression and its audit (every built-in store).
    public var erasure: (any PersonErasure)?
    /// The store's type name, for messages about a missing ability.
    public var storeType: String

    public init(
        claims: (any RecordClaims)? = nil, reservations: (any CreditReservations)? = nil,
        workspaces: (any SessionWorkspaces)? = nil, migrations: (any StoreMigrations)? = nil,
        leases: (any SliceLeases)? = nil, shortlists: (any SessionShortlists)? = nil,
        charges: (any PendingCharges)? = nil, idempotency: (any IdempotentAnswers)? = nil,
        erasure: (any PersonErasure)? = nil, storeType: String = "store"
    ) {
        self.charges = charges
        self.idempotency = idempotency
        self.erasure = erasure
        self.claims = claims
        self.reservations = reservations
        self.leases = leases
        self.workspaces = workspaces
        self.migrations = migrations
        self.shortlists = shortlists
        self.storeType = storeType
    }

    /// Resolves every optional ability `store` adopts; the one place they are looked up.
    public init(of store: any ScoutStore) {
        self.init(
            claims: store as? any RecordClaims, reservations: store as? any CreditReservations,
            workspaces: store as? any SessionWorkspaces, migrations: store as? any StoreMigrations,
            leases: store as? any SliceLeases, shortlists: store as? any SessionShortlists,
            charges: store as? any PendingCharges, idempotency: store as? any IdempotentAnswers,
            erasure: store as? any PersonErasure,
            storeType: String(describing: type(of: store)))
    }

    /// ``workspaces``, or a store error naming the store's type when it lacks them.
    public func workspaceAccess() throws -> any SessionWorkspaces {
        guard let workspaces else {
            throw ScoutError.store("this store (\(storeType)) cannot restore sessions or list workspaces")
        }
        return workspaces
    }

    /// ``erasure``, or a store error naming the store's type when it lacks it.
    public func erasureAccess() throws -> any PersonErasure {
        guard let erasure else { throw ScoutError.store("this store (\(storeType)) cannot erase people") }
        return erasure
    }

    /// ``shortlists``, or a store error naming the store's type when it lacks them.
    public func shortlistAccess() throws -> any SessionShortlists {
        guard let shortlists else { throw ScoutError.store("this store (\(storeType)) cannot keep shortlists") }
        return shortlists
    }
}
