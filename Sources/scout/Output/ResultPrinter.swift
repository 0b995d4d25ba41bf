import Foundation
import ScoutCore

/// Human-readable output of sessions and shortlists.
enum ResultPrinter {
    static func money(_ value: Double) -> String { String(format: "$%.2f", value) }

    static func companies(_ session: SearchSession) {
        print("Discovered companies (\(session.companies.count)):")
        for (index, company) in session.companies.prefix(12).enumerated() {
            let site = company.website.map { " (\($0))" } ?? ""
            // The first page that put it in the session: why it is here.
            let evidence = company.evidence.first.map { " · " + $0.replacingOccurrences(of: "https://", with: "") } ?? ""
            print("  \(String(format: "%2d", index + 1)). \(company.name)\(site) · \(company.source.rawValue) · \(String(format: "%.2f", company.confidence))\(evidence)")
        }
        if session.companies.count > 12 { print("  … and \(session.companies.count - 12) more") }
    }

    static func batches(_ session: SearchSession) {
        let mode = session.settings.batchingEnabled ? session.settings.batchingMode : "batching off"
        print("Batches (\(session.batches.count), \(mode), up to \(session.settings.candidatesPerBatch) candidates each):")
        for batch in session.batches.prefix(8) {
            let marker = batch.index < session.cursor.batchIndex ? "✓" : (batch.index == session.cursor.batchIndex ? "▸" : " ")
            print("  \(marker) \(batch.index + 1). \(batch.label)")
        }
        if session.batches.count > 8 { print("  … and \(session.batches.count - 8) more") }
    }

    static func table(_ candidates: [SessionCandidate], limit: Int? = nil) {
        let rows = limit.map { Array(candidates.prefix($0)) } ?? candidates
        guard !rows.isEmpty else {
            print("No candidates.")
            return
        }
        print(Terminal.cell("#", 4) + Terminal.cell("score", 6) + Terminal.cell("fit", 13) + Terminal.cell("name", 24)
              + Terminal.cell("current role", 44) + "top reason")
        for (index, candidate) in rows.enumerated() {
            let evaluation = candidate.evaluation
            let score = evaluation.map { $0.status == .ok ? String(format: "%.1f", $0.overall) : "—" } ?? "—"
            let fit = evaluation.map { $0.status == .ok ? $0.recommendation.rawValue : "FAILED" } ?? "—"
            var role = [candidate.preview.currentTitle, candidate.preview.currentCompany].compactMap { $0 }.joined(separator: " @ ")
            if role.isEmpty { role = candidate.preview.headline ?? "—" }
            let stale = candidate.freshness == .stale ? " (stale profile)" : ""
            print(Terminal.cell("\(index + 1)", 4) + Terminal.cell(score, 6) + Terminal.cell(fit, 13)
                  + Terminal.cell(candidate.preview.name, 24) + Terminal.cell(role, 44) + (evaluation?.topReason ?? "") + stale)
        }
    }

    static func credits(_ ledger: LedgerTotals, usdPerCredit: Double, label: String) {
        let cost = ledger.cost(usdPerCredit: usdPerCredit)
        print("\(label): \(ledger.creditsUsed) credits used (\(money(cost.used))), \(ledger.creditsSaved) saved by the cache (\(money(cost.saved))); "
              + "profiles \(ledger.profiles.hits) cached / \(ledger.profiles.misses) collected, companies \(ledger.companies.hits) cached / \(ledger.companies.misses) collected")
    }

    static func loadResult(_ result: LoadResult, usdPerCredit: Double, showCompanies: Bool) {
        let session = result.session
        if showCompanies {
            companies(session)
            print("")
            batches(session)
            print("")
        }
        print("New candidates (\(result.newCandidates.count)), best first:")
        table(Orchestrator.rank(result.newCandidates))
        print("")
        credits(result.ledger, usdPerCredit: usdPerCredit, label: "This run")
        let remaining = session.remainingBatches
        print("Session \(session.id): batch \(min(session.cursor.batchIndex + 1, session.batches.count)) of \(session.batches.count), "
              + (remaining > 0 ? "\(remaining) batches left — `scout more \(session.id) --count 20|40|100`" : "all batches done"))
    }
}
