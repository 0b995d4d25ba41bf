import Foundation
import ScoutCore

/// Small records for the SQLite-specific tests.
enum StoreSamples {
    static func session(_ id: String) -> SearchSession {
        SearchSession(
            id: id, workspace: "default", jdText: "Senior ML Engineer",
            requirements: JobRequirements(roleTitle: "ML Engineer"),
            companies: [Company(name: "Echowave", source: .mentioned, confidence: 1)],
            batches: [
                CompanyBatch(index: 0, companies: [Company(name: "Echowave", source: .mentioned, confidence: 1)])
            ],
            settings: SessionSettings(
                batchingEnabled: true, batchingMode: "company_batch", candidatesPerBatch: 20, maxBatches: 5),
            createdAt: Date(timeIntervalSince1970: 1_750_000_000.5))
    }

    static func candidate(_ employeeID: Int, session: String) -> SessionCandidate {
        SessionCandidate(
            sessionID: session, employeeID: employeeID, batchIndex: 0, ordinal: employeeID,
            preview: CandidatePreview(employeeID: employeeID, name: "Person \(employeeID)"), status: .evaluated,
            freshness: .fetched, profileFetchedAt: nil, evaluation: nil,
            foundAt: Date(timeIntervalSince1970: 1_750_000_001))
    }
}
