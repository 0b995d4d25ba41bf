import Foundation

/// A company named in web results, with how strongly the results support it.
public struct ExtractedCompany: Sendable, Equatable {
    public var name: String
    /// ``CompanyKey/normalize(_:)`` of the name.
    public var key: String
    /// The company's own bare domain, when a result came from its site (never a directory).
    public var website: String?
    /// Times the name was found, counting title and content separately.
    public var mentions: Int
    /// Distinct results that named it.
    public var results: Int
    /// URLs of the results that named it, in result order.
    public var evidence: [String]
    /// Index of the first result that named it (earlier ranks higher on ties).
    public var firstResult: Int

    public init(
        name: String, key: String, website: String? = nil, mentions: Int, results: Int, evidence: [String],
        firstResult: Int
    ) {
        self.name = name
        self.key = key
        self.website = website
        self.mentions = mentions
        self.results = results
        self.evidence = evidence
        self.firstResult = firstResult
    }
}

/// Pulls company names out of web results: directory titles ("Top 10 X Alternatives | G2", "Companies like X",
/// "X vs Y"), company homepages ("X — Real-time speech API"), numbered and bulleted lists ("1. X — …") and comma
/// lists after cue phrases ("alternatives to X are A, B and C", "such as A, B and C", "Compare X with A and B").
/// Pure and deterministic.
public struct CompanyNameExtractor: Sendable {
    /// Normalised names never returned (seeds, the hiring company, exclusions).
    public let excludedKeys: Set<String>
    private let squashedExcluded: Set<String>

    /// `excluding` names are normalised with ``CompanyKey``; `excludedKeys` are used as given.
    public init(excluding names: [String] = [], excludedKeys: Set<String> = []) {
        var keys = excludedKeys.union(names.map(CompanyKey.normalize))
        keys.remove("")
        self.excludedKeys = keys
        squashedExcluded = Set(keys.map { $0.replacingOccurrences(of: " ", with: "") })
    }

    /// Candidates ranked by distinct results, then mentions, then first appearance, then key.
    public func extract(from results: [WebResult]) -> [ExtractedCompany] {
        var byKey: [String: ExtractedCompany] = [:]
        for (index, result) in results.enumerated() {
            var seenHere = Set<String>()
            for mention in Self.mentions(in: result) {
                let key = CompanyKey.normalize(mention.name)
                guard !key.isEmpty, !isExcluded(key) else { continue }
                var entry = byKey[key]
                    ?? ExtractedCompany(name: mention.name, key: key, mentions: 0, results: 0, evidence: [], firstResult: index)
                entry.mentions += 1
                if entry.website == nil { entry.website = mention.website }
                if seenHere.insert(key).inserted {
                    entry.results += 1
                    if !result.url.isEmpty, !entry.evidence.contains(result.url) { entry.evidence.append(result.url) }
                }
                byKey[key] = entry
            }
        }
        return byKey.values.sorted {
            ($1.results, $1.mentions, $0.firstResult, $0.key) < ($0.results, $0.mentions, $1.firstResult, $1.key)
        }
    }

    /// True when `key` (normalised) is excluded, also when written without spaces ("echo wave" vs "echowave").
    public func isExcluded(_ key: String) -> Bool {
        excludedKeys.contains(key) || squashedExcluded.contains(key.replacingOccurrences(of: " ", with: ""))
    }

    /// A name with its website when the page is the company's own.
    struct Mention: Equatable {
        var name: String
        var website: String?
    }

    /// Every name found in one result, in order (title first), repeats included.
    static func mentions(in result: WebResult) -> [Mention] {
        let host = companyHost(result.url)
        var found: [Mention] = []
        if let host, let name = homepageName(result.title, host: host) { found.append(Mention(name: name, website: host)) }
        var names = cueNames(tokenize(result.title)).filter { name in !found.contains { $0.name == name } }
        let content = result.content.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        for line in content.split(whereSeparator: \.isNewline) {
            names += listItemNames(line)
            for sentence in sentences(tokenize(String(line))) { names += cueNames(sentence) }
        }
        for name in names {
            let website = host.flatMap { site(host: $0, matches: name) ? $0 : nil }
            found.append(Mention(name: name, website: website))
        }
        return found
    }

    /// The bare host of `url` when it can be a company's own site: not a directory, social or news site.
    public static func companyHost(_ url: String) -> String? {
        let host = CompanyKey.normalizeWebsite(url)
        guard host.contains("."), !isDirectory(host: host) else { return nil }
        return host
    }

    /// True for directory, review, social, encyclopedia and news hosts (g2.com, linkedin.com, en.wikipedia.org …).
    public static func isDirectory(host: String) -> Bool {
        let host = CompanyKey.normalizeWebsite(host)
        if NameLexicon.directoryHosts.contains(where: { host == $0 || host.hasSuffix("." + $0) }) { return true }
        return host.split(separator: ".").contains { $0.hasPrefix("news") || $0.hasSuffix("news") }
    }

    /// True when `host` is plausibly `name`'s own domain: "parlance.ai" for "Parlance AI", "echowavehq.com" for "Echowave".
    public static func site(host: String, matches name: String) -> Bool {
        var labels = CompanyKey.normalizeWebsite(host).split(separator: ".").map(String.init)
        guard labels.count >= 2 else { return false }
        labels.removeLast()
        if labels.count >= 2, ["co", "com", "org", "net", "ac"].contains(labels.last!) { labels.removeLast() }
        let label = labels.last!.replacingOccurrences(of: "-", with: "")
        let squashed = CompanyKey.normalize(name).replacingOccurrences(of: " ", with: "")
        guard !label.isEmpty, !squashed.isEmpty else { return false }
        if label == squashed { return true }
        if label.count >= 4, squashed.hasPrefix(label) { return true }
        return squashed.count >= 4 && (label.hasPrefix(squashed) || label.hasSuffix(squashed))
    }

    /// The name a company's homepage title leads or ends with, when it matches the host.
    static func homepageName(_ title: String, host: String) -> String? {
        var segments = [title]
        for separator in [" | ", " — ", " – ", " - ", ": ", " · "] {
            segments = segments.flatMap { $0.components(separatedBy: separator) }
        }
        for segment in [segments.first, segments.last].compactMap(\.self) {
            let tokens = tokenize(segment)
            guard !tokens.isEmpty, runForward(tokens, from: 0).count == tokens.count,
                let name = cleanName(tokens[...], skills: false, strict: true), site(host: host, matches: name)
            else { continue }
            return name
        }
        return nil
    }

    /// The name leading a numbered or bulleted item: "1. Parlance AI — Streaming ASR" → "Parlance AI".
    static func listItemNames(_ line: Substring) -> [String] {
        var words = line.split(whereSeparator: \.isWhitespace)
        while let first = words.first, first.allSatisfy({ $0 == "#" }) { words.removeFirst() }
        var items: [[Substring]] = []
        var current: [Substring]?
        for (index, word) in words.enumerated() {
            let bullet = word == "•" || (index == 0 && ["-", "*", "–", "—", "·"].contains(word))
            if bullet || isNumberMarker(word) {
                if let current, !current.isEmpty { items.append(current) }
                current = []
            } else {
                current?.append(word)
            }
        }
        if let current, !current.isEmpty { items.append(current) }
        return items.compactMap { item in
            var text = item.joined(separator: " ")
            var cut = false
            let separators = [" — ", " – ", " - ", ": ", " (", " | ", ", ", "—"]
            if let range = separators.compactMap({ text.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
                text = String(text[..<range.lowerBound])
                cut = true
            }
            if text.hasSuffix(":") { text.removeLast(); cut = true }
            let tokens = tokenize(text)
            let run = runForward(tokens, from: 0)
            guard !run.isEmpty, !cut || run.count == tokens.count else { return nil }
            return cleanName(tokens[run], skills: false, strict: true)
        }
    }

    /// "1." or "12)" (not "2026.").
    static func isNumberMarker(_ word: Substring) -> Bool {
        guard let last = word.last, last == "." || last == ")" else { return false }
        let digits = word.dropLast()
        return (1...2).contains(digits.count) && digits.allSatisfy(\.isASCII) && digits.allSatisfy(\.isNumber)
    }
}

// MARK: - Tokens and runs

extension CompanyNameExtractor {
    /// A word with its surrounding punctuation reduced to flags.
    struct Token {
        var text: String
        var folded: String
        /// Punctuation or a separator before/after the word: a name cannot span it.
        var breakBefore = false
        var breakAfter = false
        var endsSentence = false
    }

    static func tokenize(_ text: String) -> [Token] {
        var tokens: [Token] = []
        var pendingBreak = false
        for raw in text.split(whereSeparator: \.isWhitespace) {
            var core = Substring(raw)
            var before = pendingBreak, after = false, ends = false
            pendingBreak = false
            while let c = core.first, NameLexicon.leadingPunctuation.contains(c) { core.removeFirst(); before = true }
            while let c = core.last, NameLexicon.trailingPunctuation.contains(c) {
                core.removeLast()
                after = true
                if c == "." || c == "!" || c == "?" { ends = true }
            }
            for suffix in ["'s", "’s"] where core.hasSuffix(suffix) {
                core.removeLast(2)
                after = true
            }
            if core.isEmpty || core.allSatisfy({ NameLexicon.separators.contains($0) }) {
                if !tokens.isEmpty {
                    tokens[tokens.count - 1].breakAfter = true
                    if ends { tokens[tokens.count - 1].endsSentence = true }
                }
                pendingBreak = true
                continue
            }
            let folded = core.lowercased()
            if ends, NameLexicon.abbreviations.contains(folded) || (core.count == 1 && core.first!.isUppercase) { ends = false }
            tokens.append(Token(text: String(core), folded: folded, breakBefore: before, breakAfter: after, endsSentence: ends))
        }
        return tokens
    }

    static func sentences(_ tokens: [Token]) -> [ArraySlice<Token>] {
        var out: [ArraySlice<Token>] = []
        var start = 0
        for (index, token) in tokens.enumerated() where token.endsSentence {
            out.append(tokens[start...index])
            start = index + 1
        }
        if start < tokens.count { out.append(tokens[start...]) }
        return out
    }

    /// Capitalised ("Echowave", "AI", "15Five"), camel-case ("eBay") or "&".
    static func isNameWord(_ token: Token) -> Bool {
        if token.text == "&" { return true }
        guard let first = token.text.first else { return false }
        if first.isUppercase || first.isNumber { return true }
        return first.isLowercase && token.text.dropFirst().contains(where: \.isUppercase)
    }

    static func isNumber(_ word: String) -> Bool { !word.isEmpty && word.allSatisfy(\.isNumber) }

    /// Generic words never part of a name; long numbers (years, counts) count as generic.
    static func isGeneric(_ folded: String) -> Bool {
        NameLexicon.generic.contains(folded) || (isNumber(folded) && folded.count >= 3)
    }

    /// Name words from `start` up to the next break (at most 7; cleaning trims to 4).
    static func runForward(_ tokens: ArraySlice<Token>, from start: Int) -> Range<Int> {
        guard start >= tokens.startIndex, start < tokens.endIndex else { return start..<start }
        var end = start
        while end < tokens.endIndex, end - start < 7, isNameWord(tokens[end]) {
            if end > start, tokens[end].breakBefore || tokens[end - 1].breakAfter { break }
            end += 1
        }
        return start..<end
    }

    static func runForward(_ tokens: [Token], from start: Int) -> Range<Int> { runForward(tokens[...], from: start) }

    /// Name words right before `end`, stopping at generic words and numbers ("Top 10 Echowave" → "Echowave").
    static func runBackward(_ tokens: ArraySlice<Token>, before end: Int) -> Range<Int> {
        var start = end
        while start > tokens.startIndex, end - start < 4 {
            let token = tokens[start - 1]
            if token.breakAfter || tokens[start].breakBefore { break }
            guard isNameWord(token), !isGeneric(token.folded), !isNumber(token.folded) else { break }
            start -= 1
        }
        return start..<end
    }

    /// Trims generic words and numbers from the ends, then checks the name: 1–4 words, no generic word inside,
    /// not a market, place or directory name (nor a skill when `skills`), not only weak words like "AI" or "Labs".
    /// With `strict` (list items, homepage titles) nothing is trimmed: any generic word rejects the name.
    static func cleanName(_ tokens: ArraySlice<Token>, skills: Bool, strict: Bool = false) -> String? {
        var words = tokens.map(\.text)
        while !strict, let first = words.first, first == "&" || isGeneric(first.lowercased()) || isNumber(first) { words.removeFirst() }
        while !strict, let last = words.last, last == "&" || isGeneric(last.lowercased()) { words.removeLast() }
        guard (1...4).contains(words.count), !words.contains(where: { isGeneric($0.lowercased()) }) else { return nil }
        let name = words.joined(separator: " ")
        let key = TextTokens.words(name).joined(separator: " ")
        guard key.count >= 2, name.count <= 40, name.contains(where: \.isLetter),
            !NameLexicon.rejectedNames.contains(key), !(skills && NameLexicon.skillNames.contains(key)),
            !TextTokens.words(name).allSatisfy(NameLexicon.weak.contains)
        else { return nil }
        return name
    }
}

// MARK: - Cue phrases

extension CompanyNameExtractor {
    /// Names around cue phrases in one sentence or title.
    static func cueNames(_ sentence: ArraySlice<Token>) -> [String] {
        let t = sentence
        var names: [String] = []
        var starts = Set<Int>()
        func take(_ run: Range<Int>, skills: Bool) {
            guard !run.isEmpty, !starts.contains(run.lowerBound), let name = cleanName(t[run], skills: skills) else { return }
            starts.insert(run.lowerBound)
            names.append(name)
        }
        /// "A, B, C and D": each piece must start with a name.
        func list(from first: Int, skills: Bool) {
            var index = first
            while index < t.endIndex {
                while index < t.endIndex, ["and", "or", "&"].contains(t[index].folded) { index += 1 }
                guard index < t.endIndex else { return }
                take(runForward(t, from: index), skills: skills)
                var next = index
                while next < t.endIndex {
                    if next > index, ["and", "or"].contains(t[next].text) { break }
                    next += 1
                    if t[next - 1].breakAfter { break }
                }
                index = next
            }
        }
        for i in t.indices {
            let word = t[i].folded
            let next = i + 1 < t.endIndex ? t[i + 1].folded : ""
            let earlier = t[t.startIndex..<i]
            switch word {
            case "such" where next == "as":
                list(from: i + 2, skills: true)
            case "include", "includes", "including", "featuring":
                list(from: i + 1, skills: !earlier.contains { NameLexicon.marketNouns.contains($0.folded) })
            case "are", "is", "=":
                if earlier.contains(where: { NameLexicon.rivalNouns.contains($0.folded) }) { list(from: i + 1, skills: false) }
            case "like":
                if i > t.startIndex, NameLexicon.marketNouns.contains(t[i - 1].folded) { list(from: i + 1, skills: false) }
            case "compare", "comparing":
                let subject = runForward(t, from: i + 1)
                take(subject, skills: false)
                if subject.upperBound < t.endIndex, ["with", "to", "against", "and", "vs", "versus"].contains(t[subject.upperBound].folded) {
                    list(from: subject.upperBound + 1, skills: false)
                }
            case "vs", "versus":
                take(runBackward(t, before: i), skills: false)
                take(runForward(t, from: i + 1), skills: false)
            case _ where NameLexicon.rivalNouns.contains(word):
                take(runBackward(t, before: i), skills: true)
                if ["to", "of", "for"].contains(next) { take(runForward(t, from: i + 2), skills: false) }
            default:
                break
            }
        }
        return names
    }

    static func cueNames(_ tokens: [Token]) -> [String] { cueNames(tokens[...]) }
}

// MARK: - Word lists

/// The extractor's word lists (lowercase).
enum NameLexicon {
    static let leadingPunctuation: Set<Character> = ["(", "[", "{", "\"", "'", "“", "‘", "<", "*", "_"]
    static let trailingPunctuation: Set<Character> = [
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", ">", "*", "_",
    ]
    static let separators: Set<Character> = ["-", "–", "—", "|", "·", "/", "•", "=", ">", "<", "~"]
    static let abbreviations: Set<String> = ["inc", "co", "ltd", "corp", "vs", "e.g", "i.e", "st", "dr", "mr", "mrs", "no", "approx"]

    /// Nouns after which "like"/"include" introduce company names.
    static let marketNouns: Set<String> = [
        "companies", "company", "startups", "vendors", "providers", "players", "tools", "platforms", "firms", "brands",
        "solutions", "products", "services", "apps", "alternatives", "competitors", "rivals", "options", "leaders",
        "names", "businesses", "employers", "organizations", "organisations", "peers",
    ]
    /// Words naming rivals: "X alternatives", "competitors of X", "similar to X".
    static let rivalNouns: Set<String> = [
        "alternatives", "alternative", "competitors", "competitor", "rivals", "rival", "similar", "peers",
    ]

    static let generic: Set<String> = Set("""
        top best leading popular great good free favorite favourite the a an our your their my its this that these \
        those here there how why what when where who which is are was were be can will should do does vs versus \
        compare comparison comparisons compared alternatives alternative competitors competitor rivals rival similar \
        like list lists ranking rankings ranked review reviews rating ratings pricing price prices plans plan features \
        feature pros cons guide guides overview report reports software tools tool platforms platform solutions \
        solution services service products product apps app vendors vendor providers provider companies startups \
        startup businesses business firms brands options option markets industry industries leaders leader \
        quadrant magic home homepage about blog news press careers career jobs job hiring login sign contact support \
        docs documentation learn read more see view get try use find choose consider check start explore discover \
        also other others all some many most both each every and or for with without in on at by to from into etc \
        official website site page introduction conclusion summary faq faqs table contents key updated verified \
        category categories enterprise enterprises customers customer users user engineers engineer remote \
        salary salaries integrations integration roadmap questions question senior junior staff principal manager managers director directors lead head team teams \
        january february march april may june july august september october november december jan feb mar apr jun \
        jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday today year years \
        g2 capterra gartner crunchbase linkedin wikipedia medium youtube reddit forbes techcrunch getapp trustradius \
        glassdoor indeed twitter facebook instagram quora github sourceforge alternativeto wellfound pitchbook \
        zoominfo owler tracxn cbinsights producthunt ycombinator bloomberg reuters \
        usa us u.s uk u.k eu europe european asia emea apac latam america americas american africa australia canada \
        germany france india china japan israel singapore netherlands sweden spain poland ireland denmark switzerland \
        brazil london berlin paris boston seattle toronto austin amsterdam dublin yes no
        """.split(whereSeparator: \.isWhitespace).map(String.init))

    /// Words that cannot make a name alone ("AI", "Labs", "Inc").
    static let weak: Set<String> = Set([
        "ai", "labs", "lab", "io", "hq", "app", "api", "apis", "sdk", "saas", "b2b", "b2c", "llm", "llms", "ml",
        "asr", "tts", "nlp", "crm", "erp", "hr", "it", "iot", "voice", "speech", "audio", "cloud", "data",
        "analytics", "security", "health", "tech", "technology", "technologies", "systems", "group", "global",
        "digital", "studio", "network", "networks", "streaming", "real", "time", "realtime", "open", "source", "new",
        "north", "south", "east", "west", "united", "states", "kingdom", "san", "francisco", "york", "market",
        "people", "hire", "talent", "works", "growth", "reach", "media", "marketing", "pay", "finance", "money",
        "capital", "bank", "shield", "defense", "cyber", "dev", "care", "med", "clinical", "bio", "commerce", "shop",
        "cart", "retail", "robotics", "automation", "autonomy", "dynamics", "machines", "energy", "power", "climate",
        "grid", "solar", "intelligence", "models", "compute", "ventures", "partners",
    ] + CompanyKey.legalSuffixes)

    /// Whole names rejected anywhere: markets from ``Vocabulary``, places and directories.
    static let rejectedNames: Set<String> = {
        var names: Set<String> = [
            "united states", "united kingdom", "new york", "san francisco", "bay area", "silicon valley", "los angeles",
            "hong kong", "tel aviv", "north america", "latin america", "south america", "middle east", "new york city",
            "product hunt", "software advice", "y combinator", "hacker news", "magic quadrant", "peer insights",
            "artificial intelligence", "machine learning", "real time", "open source",
        ]
        for domain in Vocabulary.domains {
            names.insert(TextTokens.words(domain.name).joined(separator: " "))
            names.insert(TextTokens.words(domain.industry).joined(separator: " "))
            for keyword in domain.keywords { names.insert(TextTokens.words(keyword).joined(separator: " ")) }
        }
        return names
    }()

    /// Skills from ``Vocabulary``, rejected in lists that usually name technologies ("such as Python, PyTorch").
    static let skillNames: Set<String> = Set(Vocabulary.skills.map { TextTokens.words($0).joined(separator: " ") })

    /// Sites whose pages talk about companies without being one.
    static let directoryHosts: [String] = [
        "g2.com", "capterra.com", "gartner.com", "crunchbase.com", "linkedin.com", "wikipedia.org", "medium.com",
        "youtube.com", "reddit.com", "getapp.com", "softwareadvice.com", "trustradius.com", "producthunt.com",
        "ycombinator.com", "glassdoor.com", "indeed.com", "wellfound.com", "angel.co", "tracxn.com", "cbinsights.com",
        "owler.com", "zoominfo.com", "pitchbook.com", "similarweb.com", "sourceforge.net", "alternativeto.net",
        "stackshare.io", "github.com", "twitter.com", "x.com", "facebook.com", "instagram.com", "quora.com",
        "substack.com", "forbes.com", "techcrunch.com", "bloomberg.com", "reuters.com", "businessinsider.com",
        "venturebeat.com", "theverge.com", "wired.com", "cnbc.com", "nytimes.com", "wsj.com", "ft.com", "bbc.co.uk",
        "bbc.com", "theguardian.com", "zdnet.com", "techradar.com", "builtin.com", "trustpilot.com", "slashdot.org",
        "saashub.com", "bing.com", "apps.apple.com", "play.google.com", "wikidata.org", "yahoo.com", "forrester.com",
    ]
}
