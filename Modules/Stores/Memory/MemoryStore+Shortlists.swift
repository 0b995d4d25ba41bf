public import Foundation
public import ScoutCore

extension MemoryStore: SessionShortlists {
    public func shortlist(sessionID: String) -> [Int] { shortlists[sessionID] ?? [] }

    public func setShortlisted(_ shortlisted: Bool, employeeID: Int, sessionID: String, at: Date) {
        var list = shortlists[sessionID] ?? []
        if shortlisted {
            if !list.contains(employeeID) { list.append(employeeID) }
        } else {
            list.removeAll { $0 == employeeID }
        }
        shortlists[sessionID] = list
    }
}
