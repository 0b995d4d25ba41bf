import Foundation
import HeuristicJDParser
import ScoutCore
import Testing

/// Structured YAML and JSON JDs.
@Suite struct StructuredJDTests {
    let parser = HeuristicJDParser()

    @Test func yaml() async throws {
        let text = """
            role_title: Senior ML Engineer
            seniority: [senior, staff]
            must_have:
              - Python
              - PyTorch
            nice_to_have: CUDA, TTS
            location: London
            target_domain: Voice AI
            mentioned_companies: [Echowave, Parlance AI]
            excluded_companies: [Globex]
            hiring_company: Acme Voice
            """
        let r = try await parser.parse(text)
        #expect(
            r
                == JobRequirements(
                    roleTitle: "Senior ML Engineer",
                    titleKeywords: [
                        "Machine Learning Engineer", "ML Engineer", "AI Engineer", "Applied Scientist",
                        "Deep Learning Engineer",
                    ],
                    seniorityLevels: [.senior, .staff], mustHaveSkills: ["Python", "PyTorch"],
                    niceToHaveSkills: ["CUDA", "TTS"],
                    location: "London", targetDomain: "voice ai", mentionedCompanies: ["Echowave", "Parlance AI"],
                    excludedCompanies: ["Globex"], hiringCompany: "Acme Voice"))
    }

    @Test func json() async throws {
        let text =
            #"{"role_title": "Data Engineer", "seniority": "lead", "title_keywords": ["Data Engineer"], "location": null}"#
        let r = try await parser.parse(text)
        #expect(r.roleTitle == "Data Engineer")
        #expect(r.seniorityLevels == [.staff])
        #expect(r.titleKeywords == ["Data Engineer"])
        #expect(r.location == nil)
    }

    @Test func seniorityFromTitleWhenAbsent() async throws {
        let r = try await parser.parse("role_title: Staff Backend Engineer")
        #expect(r.seniorityLevels == [.staff])
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        var text: String
        var message: String
        var testDescription: String { message }
    }

    @Test(arguments: [
        BadCase(
            text: "role_title: ML Engineer\nmust_haves: [Python]",
            message: "unknown key 'must_haves' in structured JD; did you mean 'must_have'?"),
        BadCase(
            text: #"{"role_title": "ML Engineer", "locaton": "Berlin"}"#,
            message: "unknown key 'locaton' in structured JD; did you mean 'location'?"),
        BadCase(
            text: "role_title: ML Engineer\nseniority: seniorr",
            message: "unknown seniority 'seniorr'; did you mean 'senior'?"),
        BadCase(text: "role_title: \"\"\nlocation: Berlin", message: "structured JD has no role_title"),
        BadCase(text: #"{"role_title": ["a"]}"#, message: "structured JD key 'role_title' must be a string"),
        BadCase(text: #"{"role_title": "ML Engineer""#, message: "structured JD is not valid JSON"),
    ])
    func rejects(_ c: BadCase) async {
        let error = await #expect(throws: ScoutError.self) { _ = try await parser.parse(c.text) }
        #expect(error?.code == .badInput)
        #expect(error?.message.hasPrefix(c.message) == true, "\(error?.message ?? "")")
    }
}
