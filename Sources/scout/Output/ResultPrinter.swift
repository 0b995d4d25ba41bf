import Foundation
import ScoutCore

/// Human-readable output of sessions and shortlists.
enum ResultPrinter {
    /// Money in text is rounded to cents (`$20.40`); JSON carries the exact amount.
    static func money(_ value: Decimal) -> String {
        var rounded = Decimal(), exact = value
        NSDecimalRound(&rounded, &exact, 2, .plain)
        return String(format: "$%.2f", NSDecimalNumber(decimal: rounded).doubleValue)
    }

    static func companies(_ session: SearchSession) {
        print("Discovered companies (\(session.companies.count)):")
        for (index, company) in session.companies.prefix(12).enumerated() {
            let site = company.website.map { " (\($0))" } ?? ""
            // The first page that put it in the session: why it is here.
            let evidence =
                company.evidence.first.map { " · " + $0.replacingOccurrences(of: "https://", with: "") } ?? ""
            print(
                "  \(String(format: "%2d", index + 1)). \(company.name)\(site) · \(company.source.rawValue) · \(String(format: "%.2f", company.confidence))\(evidence)"
            )
        }
        if session.companies.count > 12 { print("  … and \(session.companies.count - 12) more") }
    }

    static func batches(_ session: SearchSession) {
        let mode = session.settings.batchingEnabled ? session.settings.batchingMode : "batching off"
        print(
            "Batches (\(mode), up to \(Plural.count(session.settings.candidatesPerBatch, "candidate")) each), \(BatchCounter(session)):"
        )
        for batch in session.batches.prefix(8) {
            let marker =
                batch.index < session.cursor.batchIndex ? "✓" : (batch.index == session.cursor.batchIndex ? "▸" : " ")
            print("  \(marker) \(batch.index + 1). \(batch.label)")
        }
        if session.batches.count > 8 { print("  … and \(session.batches.count - 8) more") }
    }

    /// The ranked table; `limit` rows at most (0 prints none).
    static func table(_ candidates: [SessionCandidate], limit: Int? = nil) {
        let rows = limit.map { Array(candidates.prefix(max(0, $0))) } ?? candidates
        guard !candidates.isEmpty else {
            print("No candidates.")
            return
        }
        guard !rows.isEmpty else { return }
        print(
            Terminal.cell("#", 4) + Terminal.cell("score", 6) + Terminal.cell("fit", 13) + Terminal.cell("id", 10)
                + Terminal.cell("name", 24) + Terminal.cell("current role", 44) + "top reason")
        for (index, candidate) in rows.enumerated() {
            let evaluation = candidate.evaluation
            let score = evaluation.map { $0.status == .ok ? String(format: "%.1f", $0.overall) : "—" } ?? "—"
            let fit = evaluation.map { $0.status == .ok ? $0.recommendation.rawValue : "FAILED" } ?? "—"
            var role = [candidate.preview.currentTitle, candidate.preview.currentCompany].compactMap { $0 }.joined(
                separator: " @ ")
            if role.isEmpty { role = candidate.preview.headline ?? "—" }
            let stale = candidate.freshness == .stale ? " (stale profile)" : ""
            print(
                Terminal.cell("\(index + 1)", 4) + Terminal.cell(score, 6) + Terminal.cell(fit, 13)
                    + Terminal.cell("\(candidate.employeeID)", 10) + Terminal.cell(candidate.preview.name, 24)
                    + Terminal.cell(role, 44) + (evaluation?.topReason ?? "") + stale)
        }
    }

    static func credits(_ ledger: LedgerTotals, usdPerCredit: Double, label: String) {
        let cost = ScoutPayloads.Credits(ledger, usdPerCredit: usdPerCredit)
        print(
            "\(label): \(Plural.count(ledger.creditsUsed, "credit")) used (\(money(cost.costUsd))), "
                + "\(ledger.creditsSaved) saved by the cache (\(money(cost.savedUsd))); "
                + "profiles \(ledger.profiles.hits) cached / \(ledger.profiles.misses) collected, "
                + "companies \(ledger.companies.hits) cached / \(ledger.companies.misses) collected"
                + (ledger.webSearches > 0
                    ? "; web search \(Plural.count(ledger.webSearchCredits, "credit")) (\(ledger.webSearches) searches)"
                    : "")
                + (ledger.webSearchesCached > 0
                    ? "; \(Plural.count(ledger.webSearchCreditsSaved, "web-search credit")) saved by "
                        + "\(Plural.count(ledger.webSearchesCached, "cached answer"))"
                    : "")
                + (ledger.llmCalls > 0
                    ? "; LLM \(ledger.llmInputTokens) tokens in, \(ledger.llmOutputTokens) out (\(money(cost.llmUsd)))"
                    : ""))
    }

    /// The answer of `search` and `more`; `workspaceFlag` is appended to the `scout more` hint (e.g. ` --workspace acme`).
    static func loadResult(_ result: LoadResult, usdPerCredit: Double, showCompanies: Bool, workspaceFlag: String = "")
    {
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
        print("Session \(session.id): \(footer(session, workspaceFlag: workspaceFlag))")
    }

    /// "1 of 7 batches done, 6 left — `scout more s_… --count 20|40|100`", or "all 7 batches done".
    static func footer(_ session: SearchSession, workspaceFlag: String = "") -> String {
        let counter = BatchCounter(session)
        guard counter.left > 0 else { return "all \(Plural.count(counter.total, "batch")) done" }
        return "\(counter), \(counter.left) left — `scout more \(session.id)\(workspaceFlag) --count 20|40|100`"
    }
}
