import Foundation
public import ScoutCore

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
    /// Up to five list lines that named it ("3. Name — tagline", "Name · industry · size"): what pages say it does.
    public var snippets: [String] = []

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
                var entry =
                    byKey[key]
                    ?? ExtractedCompany(
                        name: mention.name, key: key, mentions: 0, results: 0, evidence: [], firstResult: index)
                entry.mentions += 1
                if entry.website == nil { entry.website = mention.website }
                if let context = mention.context, entry.snippets.count < 5, !entry.snippets.contains(context) {
                    entry.snippets.append(context)
                }
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
        /// The list line that named it, when it came from a list.
        var context: String?
    }

    /// Every name found in one result, in order (title first), repeats included.
    static func mentions(in result: WebResult) -> [Mention] {
        let host = companyHost(result.url)
        var found: [Mention] = []
        if let host, let name = homepageName(result.title, host: host) {
            found.append(Mention(name: name, website: host))
        }
        var names: [(String, String?)] = cueNames(tokenize(result.title)).filter { name in
            !found.contains { $0.name == name }
        }
        .map { ($0, nil) }
        let content = result.content.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "__", with: "")
        for line in content.split(whereSeparator: \.isNewline) {
            let items = listItemNames(line)
            names += items.map { ($0, items.count == 1 ? String(line) : nil) }
            for sentence in sentences(tokenize(String(line))) { names += cueNames(sentence).map { ($0, nil) } }
        }
        for (name, context) in names {
            let website = host.flatMap { site(host: $0, matches: name) ? $0 : nil }
            found.append(Mention(name: name, website: website, context: context))
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
