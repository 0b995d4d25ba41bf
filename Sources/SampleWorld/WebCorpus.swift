import Foundation
public import ScoutCore

/// The world's web pages with a BM25 index over title (counted twice), URL path and content.
final class WebCorpus: Sendable {
    let documents: [SampleDocument]
    let hosts: [String]
    private let postings: [String: [(doc: Int32, tf: Float)]]
    private let lengths: [Float]
    private let averageLength: Float
    static let k1: Float = 1.2, b: Float = 0.75

    init(documents: [SampleDocument]) {
        self.documents = documents
        hosts = documents.map(\.host)
        var postings: [String: [(doc: Int32, tf: Float)]] = [:]
        var lengths: [Float] = []
        lengths.reserveCapacity(documents.count)
        for (i, document) in documents.enumerated() {
            let title = Tokenizer.words(document.title)
            let words =
                title + title + Tokenizer.words(document.url.replacingOccurrences(of: "https://", with: ""))
                + Tokenizer.words(document.content)
            var counts: [String: Float] = [:]
            for word in words { counts[word, default: 0] += 1 }
            for (word, count) in counts { postings[word, default: []].append((Int32(i), count)) }
            lengths.append(Float(words.count))
        }
        self.postings = postings
        self.lengths = lengths
        averageLength = lengths.isEmpty ? 1 : lengths.reduce(0, +) / Float(lengths.count)
    }

    /// Top results for a query, honouring include and exclude domains (a domain also matches its subdomains).
    func search(_ query: WebQuery) -> [WebResult] {
        // Sorted: a Set's order differs between instances, and summing the terms' float scores in another order can
        // swap two near-tied pages between two calls of the same query (the web-search conformance suite caught it).
        let terms = Set(Tokenizer.words(query.text)).sorted()
        guard !terms.isEmpty, query.maxResults > 0 else { return [] }
        let include = query.includeDomains.map(CompanyKey.normalizeWebsite).filter { !$0.isEmpty }
        let exclude = query.excludeDomains.map(CompanyKey.normalizeWebsite).filter { !$0.isEmpty }
        let n = Float(documents.count)
        var scores: [Int32: Float] = [:]
        for term in terms {
            guard let list = postings[term] else { continue }
            let df = Float(list.count)
            let idf = log(1 + (n - df + 0.5) / (df + 0.5))
            for (doc, tf) in list {
                let norm = Self.k1 * (1 - Self.b + Self.b * lengths[Int(doc)] / averageLength)
                scores[doc, default: 0] += idf * tf * (Self.k1 + 1) / (tf + norm)
            }
        }
        func matches(_ host: String, _ domain: String) -> Bool { host == domain || host.hasSuffix("." + domain) }
        let ranked = scores.filter { doc, _ in
            let host = hosts[Int(doc)]
            return (include.isEmpty || include.contains { matches(host, $0) })
                && !exclude.contains { matches(host, $0) }
        }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        return ranked.prefix(query.maxResults).map { doc, score in
            let document = documents[Int(doc)]
            return WebResult(title: document.title, url: document.url, content: document.content, score: Double(score))
        }
    }
}

extension SampleWorld {
    /// BM25 search over the world's pages: top `maxResults`, honouring include and exclude domains.
    public func searchWeb(_ query: WebQuery) -> [WebResult] { webCorpus.search(query) }
}
