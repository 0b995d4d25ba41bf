import Foundation
import SampleWorld
import ScoutCore

/// Sample-world records in CoreSignal's JSON shapes (vendor-contracts.md §1.3–1.4).
enum CoreSignalWire {
    static func employee(_ p: Profile) -> [String: Any] {
        let current = p.currentExperience
        var object: [String: Any] = [
            "id": p.employeeID, "full_name": p.fullName, "is_deleted": 0, "last_updated": p.vendorUpdated ?? NSNull(),
            "headline": p.headline ?? NSNull(), "location_full": p.location ?? NSNull(),
            "location_country": p.country ?? NSNull(),
            "websites_professional_network": p.profileURL ?? NSNull(), "shorthand_names": p.slug.map { [$0] } ?? [],
            "skills": p.skills, "job_title": current?.title ?? NSNull(), "company_id": current?.companyID ?? NSNull(),
            "is_working": current == nil ? 0 : 1, "connections_count": 500,
        ]
        object["experience"] = p.experiences.map { e -> [String: Any] in
            [
                "company_id": e.companyID ?? NSNull(), "company_name": e.companyName, "title": e.title ?? NSNull(),
                "description": e.description ?? NSNull(), "location": e.location ?? NSNull(),
                "date_from": e.start.map(month) ?? NSNull(), "date_from_year": e.start?.year ?? NSNull(),
                "date_from_month": e.start?.month ?? NSNull(), "date_to": e.end.map(month) ?? NSNull(),
                "date_to_year": e.end?.year ?? NSNull(), "date_to_month": e.end?.month ?? NSNull(),
                "order_in_profile": e.order ?? NSNull(),
            ]
        }
        object["education"] = p.education.map { s -> [String: Any] in
            [
                "title": s.school, "major": s.major ?? NSNull(), "degree": s.degree ?? NSNull(),
                "date_from_year": s.startYear ?? NSNull(), "date_to_year": s.endYear ?? NSNull(),
            ]
        }
        return object
    }

    static func month(_ value: YearMonth) -> String { value.description }

    static func employeePreview(_ p: Profile, score: Double) -> [String: Any] {
        let current = p.currentExperience
        return [
            "id": p.employeeID, "full_name": p.fullName, "headline": p.headline ?? NSNull(),
            "location_full": p.location ?? NSNull(),
            "location_country": p.country ?? NSNull(), "websites_professional_network": p.profileURL ?? NSNull(),
            "company_name": current?.companyName ?? NSNull(), "job_title": current?.title ?? NSNull(), "_score": score,
        ]
    }

    static func company(_ c: SampleCompany) -> [String: Any] {
        [
            "id": c.id, "name": c.name, "website": "https://www.\(c.website)",
            "url": "https://www.linkedin.com/company/\(c.slug)",
            "size": c.size, "industry": c.industry, "description": c.description, "founded": c.founded,
            "employees_count": c.employeesCount, "headquarters_country_parsed": c.headquartersCountry, "deleted": 0,
            "company_shorthand_name": c.slug,
            "company_specialties_collection": c.specialties.enumerated().map {
                ["id": $0.offset + 1, "company_id": c.id, "specialty": $0.element]
            },
        ]
    }

    static func companyPreview(_ c: SampleCompany) -> [String: Any] {
        [
            "id": c.id, "name": c.name, "website": "https://www.\(c.website)", "industry": c.industry, "size": c.size,
            "headquarters_country_parsed": c.headquartersCountry, "_score": 1.0,
        ]
    }
}
