public import Foundation
public import ScoutCore

extension MemoryStore: PersonErasure {
    public func erasureSalt() -> Data {
        if let salt { return salt }
        let made = Data((0..<32).map { _ in UInt8.random(in: 0...255) })
        salt = made
        return made
    }

    public func employeeIDs(named name: String, workspace: String?) -> [Int] {
        let wanted = ErasureMatch.normalize(name: name)
        var ids = Set<Int>()
        for (sessionID, candidates) in candidatesBySession where inScope(sessionID, workspace) {
            for candidate in candidates where ErasureMatch.normalize(name: candidate.preview.name) == wanted {
                ids.insert(candidate.employeeID)
            }
        }
        for (id, cached) in profiles where ErasureMatch.normalize(name: cached.value.fullName) == wanted {
            ids.insert(id)
        }
        return ids.sorted()
    }

    public func erase(_ plan: ErasurePlan) -> ErasureCounts {
        let match = plan.match, ids = Set(match.employeeIDs)
        var counts = ErasureCounts()
        for (sessionID, candidates) in candidatesBySession where inScope(sessionID, plan.workspace) {
            let kept = candidates.filter { !ids.contains($0.employeeID) }
            counts.candidates += candidates.count - kept.count
            candidatesBySession[sessionID] = kept
        }
        for (sessionID, list) in shortlists where inScope(sessionID, plan.workspace) {
            let kept = list.filter { !ids.contains($0) }
            counts.shortlists += list.count - kept.count
            shortlists[sessionID] = kept
        }
        for id in ids where profiles.removeValue(forKey: id) != nil { counts.profiles += 1 }
        for (key, cached) in answers {
            let parts = key.split(separator: "\u{0}", maxSplits: 1).map(String.init)
            guard parts.count == 2, ErasureMatch.namespace(parts[0], visibleTo: plan.workspace),
                match.matches(answerKey: parts[1]) || match.matches(cached.value)
            else { continue }
            answers[key] = nil
            counts.answers += 1
        }
        counts.idempotentAnswers = idempotency.removeAnswers(mentioning: match, workspace: plan.workspace)
        for index in ledger.indices
        where match.names(ledger[index])
            && (plan.workspace == nil || ledger[index].sessionID.map { inScope($0, plan.workspace) } == true)
        {
            ledger[index].subject = "erased"
            counts.ledgerEntries += 1
        }
        for hash in plan.suppress { suppressions[hash, default: []].insert(ErasureAudit.scope(plan.workspace)) }
        var audit = plan.audit
        audit.counts = counts
        audits.append(audit)
        return counts
    }

    public func suppressed(_ hashes: [String], workspace: String) -> Set<String> {
        Set(hashes.filter { suppressions[$0]?.contains(workspace) == true || suppressions[$0]?.contains("*") == true })
    }

    public func allow(_ hashes: [String], workspace: String?, audit: ErasureAudit) -> Int {
        var removed = 0
        for hash in hashes {
            guard var scopes = suppressions[hash] else { continue }
            if let workspace {
                if scopes.remove(workspace) != nil { removed += 1 }
            } else {
                removed += scopes.count
                scopes.removeAll()
            }
            suppressions[hash] = scopes.isEmpty ? nil : scopes
        }
        audits.append(audit)
        return removed
    }

    public func erasureAudits(workspace: String?) -> [ErasureAudit] {
        audits.filter { workspace == nil || $0.scope == workspace }.reversed()
    }

    private func inScope(_ sessionID: String, _ workspace: String?) -> Bool {
        guard let workspace else { return true }
        return sessionsByID[sessionID]?.workspace == workspace
    }
}
