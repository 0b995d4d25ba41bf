import Foundation
import ScoutCore

/// Sample records for the store conformance suite. Times carry fractional milliseconds on purpose.
enum StoreFixtures {
    static let t0 = Date(timeIntervalSince1970: 1_750_000_000.123)

    static func time(_ seconds: Double) -> Date { t0.addingTimeInterval(seconds) }

    static func session(
        _ id: String, workspace: String = "default", createdAt: Double = 0, lastAccessed: Double? = nil,
        cursor: SessionCursor = SessionCursor()
    ) -> SearchSession {
        let companies = [
            Company(
                name: "Echowave", website: "https://echowave.ai", vendorID: 101, source: .mentioned, confidence: 1,
                evidence: ["jd"]),
            Company(name: "Parlance AI, Inc.", vendorID: 102, source: .seedExpansion, confidence: 0.72),
            Company(name: "Murmur Labs", source: .domainQuery, confidence: 0.4, evidence: ["voice ai startups"]),
        ]
        return SearchSession(
            id: id, workspace: workspace, jdText: "Senior ML Engineer, voice AI — \"quotes\" and ünïcode",
            requirements: JobRequirements(
                roleTitle: "Senior Machine Learning Engineer", titleKeywords: ["machine learning engineer"],
                seniorityLevels: [.senior, .staff], mustHaveSkills: ["python", "pytorch"], niceToHaveSkills: ["asr"],
                location: "Berlin", targetDomain: "voice ai", mentionedCompanies: ["Echowave"],
                excludedCompanies: ["Acme"], hiringCompany: "Acme"),
            companies: companies,
            batches: [
                CompanyBatch(index: 0, companies: Array(companies.prefix(2))),
                CompanyBatch(index: 1, companies: [companies[2]], seniorities: [.senior]),
            ],
            settings: SessionSettings(
                batchingEnabled: true, batchingMode: "company_batch", candidatesPerBatch: 20, maxBatches: 10),
            cursor: cursor, createdAt: time(createdAt), updatedAt: time(createdAt + 0.5),
            lastAccessed: time(lastAccessed ?? createdAt))
    }

    static func candidate(_ employeeID: Int, session: String, ordinal: Int, note: String? = nil) -> SessionCandidate {
        let preview = CandidatePreview(
            employeeID: employeeID, name: "Person \(employeeID)", headline: "ML Engineer", location: "Berlin",
            currentTitle: "Senior ML Engineer", currentCompany: "Echowave", score: 0.875)
        let evaluation = Evaluation(
            overall: 7.25, domainFit: 8, experienceMatch: 6.5,
            strengths: [EvidencePoint("Speech models", facts: ["experience[0].title: Senior ML Engineer"])],
            concerns: [EvidencePoint("Short tenure", facts: ["experience[0].start: 2024-01"])],
            unknowns: ["visa"], recommendation: .goodFit, summary: "Solid fit", evaluator: "heuristic")
        return SessionCandidate(
            sessionID: session, employeeID: employeeID, batchIndex: 0, ordinal: ordinal, preview: preview,
            status: .evaluated, freshness: .fetched, profileFetchedAt: time(10.25), evaluation: evaluation, note: note,
            foundAt: time(11.5))
    }

    static func unavailable(_ employeeID: Int, session: String, ordinal: Int) -> SessionCandidate {
        SessionCandidate(
            sessionID: session, employeeID: employeeID, batchIndex: 1, ordinal: ordinal,
            preview: CandidatePreview(employeeID: employeeID, name: "Gone \(employeeID)"), status: .unavailable,
            freshness: nil, profileFetchedAt: nil, evaluation: nil, foundAt: time(12.75))
    }

    static func profile(_ employeeID: Int, headline: String = "ML Engineer") -> Profile {
        Profile(
            employeeID: employeeID, fullName: "Person \(employeeID)", headline: headline, location: "Berlin",
            country: "Germany", profileURL: "https://example.com/in/p\(employeeID)", slug: "p\(employeeID)",
            experiences: [
                Experience(
                    companyID: 101, companyName: "Echowave", title: "Senior ML Engineer",
                    start: YearMonth(year: 2021, month: 4), end: nil, order: 1),
                Experience(
                    companyID: nil, companyName: "Old Co", title: "Engineer", start: YearMonth(year: 2018),
                    end: YearMonth(year: 2021, month: 3), order: 2, description: "speech", location: "Paris"),
            ],
            skills: ["python", "pytorch"], education: [Education(school: "TU Berlin", degree: "MSc", endYear: 2018)],
            vendorUpdated: "2025-01-02")
    }

    static func company(_ id: Int, size: String = "51-200 employees") -> CompanyRecord {
        CompanyRecord(
            id: id, name: "Company \(id)", website: "c\(id).example", industry: "Software", size: size,
            employeesCount: 120, founded: 2019, headquartersCountry: "Germany", description: "Voice AI",
            specialties: ["asr", "tts"])
    }
}
