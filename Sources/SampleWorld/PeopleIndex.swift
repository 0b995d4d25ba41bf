import Foundation
import ScoutCore

/// Inverted index from employers to the experiences held there, for people search.
struct PeopleIndex: Sendable {
    /// One experience of one person: indices into `SampleWorld.people` and the person's `experiences`.
    struct Posting: Sendable {
        var person: Int32
        var experience: Int16
    }

    /// Postings by vendor company id.
    let byCompanyID: [Int: [Posting]]
    /// Postings by normalised employer name (every experience, with or without an id).
    let byName: [String: [Posting]]

    init(people: [Profile], companies: [SampleCompany]) {
        var keyOfID: [Int: String] = [:]
        for company in companies { keyOfID[company.id] = company.key }
        var byID: [Int: [Posting]] = [:], byName: [String: [Posting]] = [:], nameKeys: [String: String] = [:]
        for (p, person) in people.enumerated() {
            for (e, experience) in person.experiences.enumerated() {
                let posting = Posting(person: Int32(p), experience: Int16(e))
                if let id = experience.companyID, id > 0 { byID[id, default: []].append(posting) }
                let key: String
                if let id = experience.companyID, let known = keyOfID[id] {
                    key = known
                } else if let cached = nameKeys[experience.companyName] {
                    key = cached
                } else {
                    key = CompanyKey.normalize(experience.companyName)
                    nameKeys[experience.companyName] = key
                }
                byName[key, default: []].append(posting)
            }
        }
        byCompanyID = byID
        self.byName = byName
    }

    /// The postings of a query company: by vendor id when it has one, otherwise by normalised name.
    func postings(for company: Company) -> [Posting] {
        if let id = company.vendorID, id > 0 { return byCompanyID[id] ?? [] }
        return byName[company.key] ?? []
    }
}
