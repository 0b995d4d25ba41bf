public import Foundation
public import ScoutCore

/// Decodes CoreSignal records into Scout's model, once, at the boundary (vendor-contracts.md §1.3–1.4).
enum CoreSignalRecords {
    /// A clean employee record. Experience dates come from `date_from`/`date_to` ("YYYY-MM") or the `*_year`/`*_month`
    /// pairs; a role with no end is current (there is no `is_current` flag).
    static func profile(_ data: Data) throws -> Profile {
        guard let object = JSONFields(try? JSONSerialization.jsonObject(with: data)), let id = object.int("id") else {
            throw DecodeProblem("employee record without an id")
        }
        let experiences = object.objects("experience").map { e in
            Experience(
                companyID: e.int("company_id"), companyName: e.string("company_name") ?? "", title: e.string("title"),
                start: date(e, "date_from"), end: date(e, "date_to"), order: e.int("order_in_profile"),
                description: e.string("description"), location: e.string("location"))
        }
        let education = object.objects("education").compactMap { s -> Education? in
            guard let school = s.string("title") ?? s.string("institution_name") ?? s.string("school") else {
                return nil
            }
            return Education(
                school: school, degree: s.string("degree"), major: s.string("major"),
                startYear: s.int("date_from_year"), endYear: s.int("date_to_year"))
        }
        let url = object.string("websites_professional_network")
        return Profile(
            employeeID: id, fullName: object.string("full_name") ?? "",
            headline: object.string("headline") ?? object.string("generated_headline"),
            location: object.string("location_full") ?? object.string("location_raw_address"),
            country: object.string("location_country"),
            profileURL: url,
            slug: slug(url) ?? object.strings("shorthand_names").first ?? object.string("public_profile_id"),
            experiences: experiences, skills: object.strings("skills"), education: education,
            vendorUpdated: object.string("last_updated"))
    }

    /// A base company record.
    static func company(_ data: Data) throws -> CompanyRecord {
        guard let object = JSONFields(try? JSONSerialization.jsonObject(with: data)), let id = object.int("id") else {
            throw DecodeProblem("company record without an id")
        }
        let specialties =
            object.strings("specialties")
            + object.objects("company_specialties_collection").compactMap {
                $0.string("specialty") ?? $0.string("name")
            }
        return CompanyRecord(
            id: id, name: object.string("name") ?? "",
            website: object.string("website").map(CompanyKey.normalizeWebsite),
            industry: object.string("industry"), size: object.string("size"),
            employeesCount: object.int("employees_count"),
            founded: object.int("founded"), headquartersCountry: object.string("headquarters_country_parsed"),
            description: object.string("description"), specialties: specialties)
    }

    /// One preview item (`id`, `full_name`, `headline`, `location_full`, `location_country`, `company_name`, `_score` …).
    static func preview(_ item: JSONFields) -> CandidatePreview? {
        guard let id = item.int("id") else { return nil }
        return CandidatePreview(
            employeeID: id, name: item.string("full_name") ?? "", headline: item.string("headline"),
            location: item.string("location_full") ?? item.string("location_raw_address"),
            currentTitle: item.string("job_title") ?? item.string("active_experience_title"),
            currentCompany: item.string("company_name"), score: item.double("_score"),
            country: item.string("location_country"))
    }

    static func date(_ e: JSONFields, _ prefix: String) -> YearMonth? {
        if let parsed = YearMonth(parsing: e.string(prefix)) { return parsed }
        guard let year = e.int("\(prefix)_year"), year > 0 else { return nil }
        return YearMonth(year: year, month: e.int("\(prefix)_month").flatMap { (1...12).contains($0) ? $0 : nil })
    }

    static func slug(_ url: String?) -> String? {
        guard let url, let range = url.range(of: "/in/") else { return nil }
        let rest = url[range.upperBound...].split(separator: "/").first.map(String.init)
        return rest?.isEmpty == false ? rest : nil
    }
}

/// A 2xx body Scout could not read.
struct DecodeProblem: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

extension CoreSignalPeopleSource {
    /// Decodes a clean employee record (exposed for tests and tools).
    public static func decodeProfile(_ data: Data) throws -> Profile { try CoreSignalRecords.profile(data) }
}
