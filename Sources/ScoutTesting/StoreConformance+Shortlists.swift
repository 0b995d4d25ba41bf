import Foundation
import ScoutCore
import Testing

extension StoreConformance {
    static let shortlistChecks: [Check] = [
        Check("a shortlist keeps the order stars were added; adding twice or removing an absent one changes nothing") {
            store in
            let access = try StoreAbilities(of: store).shortlistAccess()
            try await store.createSession(F.session("a"))
            #expect(try await access.shortlist(sessionID: "a").isEmpty)
            try await access.setShortlisted(true, employeeID: 30, sessionID: "a", at: F.time(1))
            try await access.setShortlisted(true, employeeID: 10, sessionID: "a", at: F.time(2))
            try await access.setShortlisted(true, employeeID: 30, sessionID: "a", at: F.time(3))
            try await access.setShortlisted(true, employeeID: 20, sessionID: "a", at: F.time(4))
            #expect(try await access.shortlist(sessionID: "a") == [30, 10, 20])
            try await access.setShortlisted(false, employeeID: 10, sessionID: "a", at: F.time(5))
            try await access.setShortlisted(false, employeeID: 99, sessionID: "a", at: F.time(6))
            #expect(try await access.shortlist(sessionID: "a") == [30, 20])
        },
        Check("shortlists are per session") { store in
            let access = try StoreAbilities(of: store).shortlistAccess()
            try await store.createSession(F.session("a"))
            try await store.createSession(F.session("b", workspace: "acme"))
            try await access.setShortlisted(true, employeeID: 1, sessionID: "a", at: F.time(1))
            try await access.setShortlisted(true, employeeID: 2, sessionID: "b", at: F.time(2))
            #expect(try await access.shortlist(sessionID: "a") == [1])
            #expect(try await access.shortlist(sessionID: "b") == [2])
            #expect(try await access.shortlist(sessionID: "missing").isEmpty)
        },
    ]
}
