import Foundation

/// A role as words, beyond the exact phrases a JD names it by: the **head nouns** job titles of the role end in
/// ("Engineer", "Developer"), which broaden a people search when the exact phrases find too few, and the **cues** —
/// the distinctive words of the role's title, its synonyms, its must-have skills and its market — that tell a related
/// title ("Applied AI Developer" for a machine learning engineer) from an unrelated one ("Server-Side Developer").
public struct RoleTerms: Sendable, Equatable {
    /// The exact title phrases (the requirements' title keywords, else the role title without level words).
    public let phrases: [String]
    /// The role's family (``Vocabulary/roleFamilies`` id), when its titles name a known one.
    public let family: String?
    /// Every family the role's titles name, `family` first: a two-field title ("Staff platform / infrastructure
    /// engineer") names two, and people of either are the role.
    public let families: [String]
    /// What the same work is also called (``TitleThesaurus``), beyond `phrases`.
    public let variants: [String]
    /// Head nouns of the role's titles and their usual equivalents, capitalised for queries.
    public let heads: [String]
    /// Distinctive lowercase words of the role, from the JD: its title, phrases, must-have skills and market.
    public let cues: Set<String>
    /// The same without the market's words: what the role itself is called and needs.
    public let roleCues: Set<String>
    /// The words the family's titles are usually made of (``TitleThesaurus/Entry/cues``), matched whole.
    public let familyCues: Set<String>
    /// True for a role that leads people ("Engineering Manager", "Head of Data"): its holders are titled by a
    /// management level and the area they lead ("Manager, Platform Services", "Team Lead, Mobile Apps"), so the heads
    /// are management words and the area words of the function's families count as cues; an individual contributor's
    /// title ("Principal Software Developer") is not related, however close its words.
    public let leadsPeople: Bool

    public init(_ requirements: JobRequirements) {
        let levelWords = Self.levelWords
        let leads = Self.leadsPeople(requirements)
        leadsPeople = leads
        let bare = TextTokens.words(requirements.roleTitle).filter { !levelWords.contains($0) }.joined(separator: " ")
        let phrases = requirements.titleKeywords.filter { !TextTokens.words($0).isEmpty }
        self.phrases = phrases.isEmpty ? (bare.isEmpty ? [requirements.roleTitle] : [bare]) : phrases
        let family = TitleThesaurus.family(ofTitles: [requirements.roleTitle] + self.phrases)
        self.family = family
        var families = family.map { [$0] } ?? []
        for phrase in self.phrases {
            if let other = TitleThesaurus.family(ofTitles: [phrase]), !families.contains(other) {
                families.append(other)
            }
        }
        self.families = families
        let entries = families.compactMap { TitleThesaurus.entries[$0] }
        var known = Set(self.phrases.map { TextTokens.words($0).joined(separator: " ") })
        variants = entries.flatMap(\.variants).filter {
            known.insert(TextTokens.words($0).joined(separator: " ")).inserted
        }
        var heads: [String] = [], seen = Set<String>()
        if leads {
            for head in Self.managementHeads where seen.insert(head.lowercased()).inserted { heads.append(head) }
        }
        for phrase in leads ? [] : [requirements.roleTitle] + self.phrases {
            guard let last = TextTokens.words(phrase).last(where: { !levelWords.contains($0) }) else { continue }
            for head in Self.equivalentHeads[last] ?? [] where seen.insert(head).inserted {
                heads.append(head.capitalized)
            }
        }
        // The family's variants end in heads of their own ("Client Partner", "Head of Engineering"); a variant that
        // begins others ("Business Development") names a field, not a head.
        let folded = variants.map { TextTokens.words($0).joined(separator: " ") }
        for (variant, words) in zip(variants, folded)
        where !leads && !folded.contains(where: { $0 != words && $0.hasPrefix(words + " ") }) {
            // A variant ending in a level word ("Product Lead") has no head of its own.
            guard let last = TextTokens.words(variant).last, !levelWords.contains(last), last.count >= 3,
                seen.insert(last).inserted
            else { continue }
            heads.append(last.capitalized)
        }
        self.heads = heads
        func cueWords(_ sources: [String]) -> Set<String> {
            Set(
                sources.flatMap(TextTokens.words).filter { word in
                    word.count >= 2 && !levelWords.contains(word) && !Self.stopWords.contains(word)
                        && Self.equivalentHeads[word] == nil
                })
        }
        roleCues = cueWords([requirements.roleTitle] + self.phrases + requirements.mustHaveSkills)
        cues = roleCues.union(cueWords([requirements.targetDomain ?? ""]))
        var familyCues = entries.reduce(into: Set<String>()) { $0.formUnion($1.cues) }
        if leads, let functions = family.flatMap(Vocabulary.roleFamily(id:))?.ledFunctions {
            // A manager's title names the area led: the cue words of every family of the same function (engineering
            // managers also lead data teams).
            for other in Vocabulary.roleFamilies where functions.contains(other.function) {
                familyCues.formUnion(TitleThesaurus.entries[other.id]?.cues ?? [])
            }
        }
        if family == nil, heads.contains(where: { Self.engineeringHeads.contains($0.lowercased()) }),
            TextTokens.words(requirements.roleTitle).contains(where: Self.fieldWords.contains)
        {
            // An engineering role named by its field alone ("Software Engineering Intern"): any specialty of the field
            // is the role, so every engineering family's words cue a related title ("UI Engineer Intern").
            for other in Vocabulary.roleFamilies where other.function == "engineering" {
                familyCues.formUnion(TitleThesaurus.entries[other.id]?.cues ?? [])
            }
        }
        self.familyCues = familyCues
    }

    /// Heads of engineering titles, and the words that name the field rather than a specialty.
    static let engineeringHeads: Set<String> = ["engineer", "developer", "programmer"]
    static let fieldWords: Set<String> = ["software", "engineering", "development"]

    /// A role leads people when its title names a management level ("Engineering Manager", "Head of Data"; not a
    /// "Product Manager", whose title names a job) or every level the JD asks for is manager or above.
    static func leadsPeople(_ requirements: JobRequirements) -> Bool {
        let levels = requirements.seniorityLevels
        if !levels.isEmpty { return levels.allSatisfy { $0 >= .manager && $0 < .executive } }
        let level = Seniority.infer(fromTitle: requirements.roleTitle)
        return level >= .manager && level < .executive
    }

    /// What people-leading titles are made of, for queries: "Manager, Platform", "Team Lead, Mobile", "Head of Data".
    static let managementHeads = ["Manager", "Team Lead", "Head", "Director"]

    /// The affinity from which a title counts as related to the role.
    public static let relatedThreshold = 0.5
    /// The affinity of a title that is one of the family's variants: another name for the same work.
    public static let variantAffinity = 0.8

    /// How strongly a title suggests the role, from words alone: 1 for an exact phrase; 0.8 for a variant of the
    /// role's family; 0.6 when the title ends in one of the role's heads and shares a cue (the JD's or the family's)
    /// with it; 0 otherwise, and 0 for a title of another family that shares none of the role's own cues
    /// ("Development Manager" is not an account executive, nor is a "Product Marketing Manager" at a marketing company).
    public func affinity(title: String?) -> Double {
        guard let title, !title.isEmpty else { return 0 }
        if phrases.contains(where: { TextTokens.contains(title, phrase: $0) }) { return 1 }
        let words = TextTokens.words(title)
        if leadsPeople {
            if variants.contains(where: { TextTokens.contains(title, phrase: $0) }) { return Self.variantAffinity }
            // Only a title of a management level leads people; it is related when it names an area of the role's
            // function or the JD ("Manager, Platform Services"), or no area at all ("Engineering Director").
            let level = Seniority.infer(fromTitle: title)
            guard level >= .manager, level < .executive else { return 0 }
            let area = words.filter {
                !Self.levelWords.contains($0) && !Self.managementWords.contains($0) && !Self.stopWords.contains($0)
            }
            let named = area.filter { !Self.sharedAreaWords.contains($0) }
            return area.isEmpty || named.contains(where: { sharesCue($0, in: cues) || familyCues.contains($0) })
                ? 0.6 : 0
        }
        if family != nil, let other = TitleThesaurus.family(ofTitle: title), !families.contains(other),
            !words.contains(where: { sharesCue($0, in: roleCues) })
        {
            return 0
        }
        if variants.contains(where: { TextTokens.contains(title, phrase: $0) }) { return Self.variantAffinity }
        let headSet = Set(heads.map { $0.lowercased() })
        guard let head = words.first(where: headSet.contains) else { return 0 }
        let cued = words.contains { sharesCue($0, in: cues) || familyCues.contains($0) }
        return cued || Self.specificHeads.contains(head) ? 0.6 : 0
    }

    /// The family variant a title contains ("Client Partner" in "Senior Client Partner"), longest first; nil when none.
    public func variant(in title: String) -> String? {
        variants.filter { TextTokens.contains(title, phrase: $0) }.max {
            TextTokens.words($0).count < TextTokens.words($1).count
        }
    }

    /// True when a phrase carries a level word that reads two ways ("Product Lead": a staff-level individual or the
    /// manager of a team): a title made of it says less about the person's level than its reading suggests.
    public static func carriesAmbiguousLevel(_ phrase: String) -> Bool {
        TextTokens.words(phrase).contains(where: ambiguousLevelWords.contains)
    }

    static let ambiguousLevelWords: Set<String> = ["lead"]

    /// The cue words a title shares with the role, for explanations.
    public func sharedCues(title: String) -> [String] {
        var seen = Set<String>()
        return TextTokens.words(title).filter {
            (sharesCue($0, in: cues) || familyCues.contains($0)) && seen.insert($0).inserted
        }
    }

    /// A title word shares a cue when it is one, or when one of them (five letters or more) begins the other:
    /// "cyber" and "cybersecurity", "payment" and "payments".
    func sharesCue(_ word: String, in cues: Set<String>) -> Bool {
        if cues.contains(word) { return true }
        guard word.count >= 5, !Self.levelWords.contains(word) else { return false }
        return cues.contains { cue in cue.count >= 5 && (cue.hasPrefix(word) || word.hasPrefix(cue)) }
    }

    /// Job-title head nouns and what the same work is also called; the key is the head a JD's title ends in.
    static let equivalentHeads: [String: [String]] = {
        let groups: [[String]] = [
            ["engineer", "developer", "programmer"],
            ["scientist", "researcher", "statistician"],
            ["analyst", "scientist"],
            ["designer"],
            ["executive", "representative", "partner"],
            ["consultant", "architect", "engineer"],
            ["marketer", "specialist", "manager"],
            ["owner", "manager", "strategist"],
        ]
        var map: [String: [String]] = [:]
        for group in groups {
            for head in group where map[head] == nil { map[head] = group }
        }
        map["architect"] = ["architect", "consultant", "engineer"]
        map["manager"] = ["manager", "owner"]
        // A title may end in the field rather than the person ("Software Engineering Intern", "Product Design Lead").
        map["engineering"] = map["engineer"]
        map["development"] = map["developer"]
        map["design"] = map["designer"]
        map["research"] = map["researcher"]
        return map
    }()

    /// Heads that name an occupation on their own: any "… Designer" is related to a designer role.
    static let specificHeads: Set<String> = [
        "designer", "statistician", "recruiter", "marketer", "accountant", "copywriter",
    ]

    static let levelWords: Set<String> = [
        "intern", "junior", "jr", "mid", "senior", "sr", "snr", "staff", "lead", "principal", "head", "director", "vp",
        "chief", "associate", "graduate", "entry", "level", "ii", "iii", "iv",
    ]

    /// Area words every function uses ("Sales Operations", "Customer Services"): they name no function's area alone.
    static let sharedAreaWords: Set<String> = ["operations", "ops", "services", "service", "support"]

    /// Words of management titles beyond the level words.
    static let managementWords: Set<String> = [
        "manager", "management", "team", "of", "vice", "president", "svp", "evp",
    ]

    static let stopWords: Set<String> = [
        "and", "or", "of", "for", "the", "a", "an", "in", "at", "with", "to", "on", "team", "remote", "hybrid",
    ]
}
