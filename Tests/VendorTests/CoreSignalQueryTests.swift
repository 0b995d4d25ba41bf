import CoreSignalPeopleSource
import Foundation
import ScoutCore
import Testing

@Suite("coresignal ES DSL is built structurally")
struct CoreSignalQueryTests {
    @Test("hostile user text stays a JSON string value; no query_string, size or from")
    func hostileInput() throws {
        let query = PeopleQuery(
            companies: [
                Company(name: "Acme", vendorID: 42, source: .supplied, confidence: 1),
                Company(name: "\"); DROP TABLE people; --", source: .supplied, confidence: 1),
            ],
            titles: ["*:*", "Engineer\" OR \"1\"=\"1"], seniorities: [.senior], skills: ["(a OR b) AND c"],
            location: "London\\", currentOnly: true)
        let data = try CoreSignalQuery.json(CoreSignalQuery.people(query, sorted: false))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("query_string"))
        #expect(!text.contains("\"size\"") && !text.contains("\"from\"") && !text.contains("\"sort\""))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let bool = try #require((object["query"] as? [String: Any])?["bool"] as? [String: Any])
        let nested = try #require(((bool["must"] as? [Any])?.first as? [String: Any])?["nested"] as? [String: Any])
        #expect(nested["path"] as? String == "experience")
        let inner = try #require((nested["query"] as? [String: Any])?["bool"] as? [String: Any])
        let must = try #require(inner["must"] as? [[String: Any]])
        let companies = try #require((must[0]["bool"] as? [String: Any])?["should"] as? [[String: Any]])
        #expect((companies[0]["term"] as? [String: Any])?["experience.company_id"] as? Int == 42)
        #expect(
            (companies[1]["match_phrase"] as? [String: Any])?["experience.company_name"] as? String
                == "\"); DROP TABLE people; --")
        let titles = try #require((must[1]["bool"] as? [String: Any])?["should"] as? [[String: Any]])
        #expect(
            titles.compactMap { ($0["match_phrase"] as? [String: Any])?["experience.title"] as? String } == [
                "*:*", "Engineer\" OR \"1\"=\"1",
            ])
        #expect((must[2]["terms"] as? [String: Any])?["experience.management_level"] as? [String] == ["Senior"])
        let mustNot = try #require(inner["must_not"] as? [[String: Any]])
        #expect((mustNot[0]["exists"] as? [String: Any])?["field"] as? String == "experience.date_to")
        let should = try #require(bool["should"] as? [[String: Any]])
        #expect((should[0]["match_phrase"] as? [String: Any])?["skills"] as? String == "(a OR b) AND c")
        #expect((should[1]["match_phrase"] as? [String: Any])?["location_full"] as? String == "London\\")
    }

    @Test("no companies: the role anywhere, without a company clause")
    func openBatch() throws {
        let query = PeopleQuery(companies: [], titles: ["Software Engineering"], currentOnly: true)
        let data = try CoreSignalQuery.json(CoreSignalQuery.people(query, sorted: false))
        let text = String(decoding: data, as: UTF8.self)
        #expect(!text.contains("experience.company_id") && !text.contains("experience.company_name"))
        #expect(text.contains("\"experience.title\":\"Software Engineering\""))
        #expect(text.contains("experience.date_to"))  // still the current role only
    }

    @Test("es_dsl search sorts by score; preview sends no sort")
    func sort() throws {
        let query = PeopleQuery(companies: [Company(name: "Acme", vendorID: 1, source: .supplied, confidence: 1)])
        #expect(CoreSignalQuery.people(query, sorted: true)["sort"] as? [String] == ["_score"])
        #expect(CoreSignalQuery.people(query, sorted: false)["sort"] == nil)
    }

    @Test("config: one employee tier for search and collect, a known tier, and preview's fixed page size")
    func configValidation() {
        var config = CoreSignalPeopleSource.Config()
        #expect(config.validate().isEmpty)
        config.employeeDataset = "employee_premium"
        config.pageSize = 50
        let keys = config.validate().map(\.key)
        #expect(keys.contains("employee_dataset"))
        #expect(keys.contains("page_size"))
    }
}
