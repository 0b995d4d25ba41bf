public import Foundation

/// A year and an optional month, the precision vendors give for career dates.
public struct YearMonth: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int?

    public init(year: Int, month: Int? = nil) {
        self.year = year
        self.month = month
    }

    /// Parses "2021", "2021-04", "2021-04-17" or "Apr 2021"; nil for anything else.
    public init?(parsing text: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == " " }).map(String.init)
        if let y = Int(parts[0]), (1900...2200).contains(y) {
            let m = parts.count > 1 ? Int(parts[1]) : nil
            self.init(year: y, month: m.flatMap { (1...12).contains($0) ? $0 : nil })
            return
        }
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        if parts.count == 2, let m = months.firstIndex(of: String(parts[0].lowercased().prefix(3))),
            let y = Int(parts[1])
        {
            self.init(year: y, month: m + 1)
            return
        }
        return nil
    }

    /// Months since year 0, treating an unknown month as January.
    public var monthIndex: Int { year * 12 + ((month ?? 1) - 1) }

    public static func < (lhs: YearMonth, rhs: YearMonth) -> Bool { lhs.monthIndex < rhs.monthIndex }

    public var description: String {
        if let month { return String(format: "%04d-%02d", year, month) }
        return String(year)
    }

    /// The year and month of a date in UTC.
    public init(date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let parts = calendar.dateComponents([.year, .month], from: date)
        self.init(year: parts.year ?? 1970, month: parts.month)
    }
}

/// One role in a career.
public struct Experience: Codable, Sendable, Equatable {
    /// The people vendor's company id; nil or non-positive when the vendor has none.
    public var companyID: Int?
    public var companyName: String
    public var title: String?
    public var start: YearMonth?
    /// nil while the role is current.
    public var end: YearMonth?
    /// The vendor's position of this role in the profile (1 = top).
    public var order: Int?
    public var description: String?
    public var location: String?

    public init(
        companyID: Int?, companyName: String, title: String?, start: YearMonth?, end: YearMonth?,
        order: Int? = nil, description: String? = nil, location: String? = nil
    ) {
        self.companyID = companyID
        self.companyName = companyName
        self.title = title
        self.start = start
        self.end = end
        self.order = order
        self.description = description
        self.location = location
    }

    public var isCurrent: Bool { end == nil }

    /// True for a side role held next to a main job: advisor, board member, mentor, investor, volunteer.
    public var isAdvisory: Bool {
        guard let title else { return false }
        let words = Set(TextTokens.words(title))
        return !words.isDisjoint(with: Self.advisoryWords)
            || TextTokens.contains(title, phrase: "board member")
            || TextTokens.contains(title, phrase: "board of directors")
    }

    static let advisoryWords: Set<String> = [
        "advisor", "adviser", "advisory", "mentor", "investor", "angel", "volunteer", "ambassador", "trustee",
    ]

    /// Whole months between start and end (or `now` for a current role); nil when the start is unknown.
    public func months(asOf now: YearMonth) -> Int? {
        guard let start else { return nil }
        return max(0, (end ?? now).monthIndex - start.monthIndex)
    }
}

/// Schooling, as much as the vendor knows.
public struct Education: Codable, Sendable, Equatable {
    public var school: String
    public var degree: String?
    public var major: String?
    public var startYear: Int?
    public var endYear: Int?

    public init(school: String, degree: String? = nil, major: String? = nil, startYear: Int? = nil, endYear: Int? = nil)
    {
        self.school = school
        self.degree = degree
        self.major = major
        self.startYear = startYear
        self.endYear = endYear
    }
}

/// A full person record, decoded once at the vendor boundary.
public struct Profile: Codable, Sendable, Equatable {
    public var employeeID: Int
    public var fullName: String
    public var headline: String?
    public var location: String?
    public var country: String?
    public var profileURL: String?
    /// The professional-network slug, a secondary dedup key.
    public var slug: String?
    public var experiences: [Experience]
    public var skills: [String]
    public var education: [Education]
    /// The vendor's own last-update date, as given.
    public var vendorUpdated: String?

    public init(
        employeeID: Int, fullName: String, headline: String? = nil, location: String? = nil, country: String? = nil,
        profileURL: String? = nil, slug: String? = nil, experiences: [Experience] = [], skills: [String] = [],
        education: [Education] = [], vendorUpdated: String? = nil
    ) {
        self.employeeID = employeeID
        self.fullName = fullName
        self.headline = headline
        self.location = location
        self.country = country
        self.profileURL = profileURL
        self.slug = slug
        self.experiences = experiences
        self.skills = skills
        self.education = education
        self.vendorUpdated = vendorUpdated
    }

    /// Experiences in profile order: by the vendor's order, then most recent start first.
    public var orderedExperiences: [Experience] {
        experiences.enumerated().sorted { a, b in
            let oa = a.element.order ?? Int.max, ob = b.element.order ?? Int.max
            if oa != ob { return oa < ob }
            let sa = a.element.start?.monthIndex ?? Int.min, sb = b.element.start?.monthIndex ?? Int.min
            if sa != sb { return sa > sb }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Where the person is: the profile's location (with its country), else the primary current role's location.
    public var statedLocation: String? {
        let own = [location, country].compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if !own.isEmpty { return own.joined(separator: ", ") }
        return currentExperience?.location.flatMap { $0.trimmingCharacters(in: .whitespaces).isEmpty ? nil : $0 }
    }

    /// The primary current role: the first current, non-advisory role in profile order; else the first current one.
    public var currentExperience: Experience? {
        let current = orderedExperiences.filter(\.isCurrent)
        return current.first { !$0.isAdvisory } ?? current.first
    }
}
