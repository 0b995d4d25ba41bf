import Foundation
import ScoutCore

/// Syllables for generated company names and the size bands they fall in.
enum CompanyNames {
    static let heads = [
        "Aur", "Bel", "Cor", "Dex", "El", "Fen", "Gal", "Hal", "Iv", "Jun", "Kel", "Lum", "Mer", "Nov", "Or", "Pax",
        "Quor", "Ren", "Sol", "Tal", "Ul", "Ver", "Wex", "Xan", "Yor", "Zen", "Bram", "Cal", "Dra", "Fal", "Gry",
        "Hel", "Kor", "Lyr", "Mor", "Nim", "Pel", "Ros", "Sil", "Tor", "Vel", "Wyn", "Ast", "Brin", "Cel", "Thal",
    ]
    static let tails = [
        "ara", "lix", "nova", "tic", "ly", "wise", "mark", "loop", "stack", "wave", "line", "grid", "path", "forge",
        "base", "nest", "sight", "ion", "era", "ora", "vana", "scale", "field", "point", "beam", "core", "flux",
        "quill", "spire", "vista", "yard", "hive", "kite", "lane", "mint", "rift", "shift", "sona", "tide", "vex",
    ]
    /// Names that must never be generated: the hiring companies of the example JDs.
    static let reserved: Set<String> = ["cantora voice", "pennant pay", "halyard security", "northbeam analytics"]

    /// (band, minimum, maximum) of vendor size bands.
    static let bands: [(String, Int, Int)] = [
        ("2-10 employees", 2, 10), ("11-50 employees", 11, 50), ("51-200 employees", 51, 200),
        ("201-500 employees", 201, 500), ("501-1,000 employees", 501, 1000), ("1,001-5,000 employees", 1001, 5000),
        ("5,001-10,000 employees", 5001, 10000),
    ]

    static let countries: [(String, Int)] = [
        ("United States", 40), ("United Kingdom", 9), ("Germany", 7), ("France", 5), ("Canada", 5), ("Israel", 5),
        ("Netherlands", 3), ("Sweden", 3), ("India", 5), ("Singapore", 2), ("Spain", 2), ("Poland", 2), ("Ireland", 2),
        ("Denmark", 2), ("Switzerland", 2), ("Brazil", 2), ("Japan", 1), ("Australia", 2),
    ]

    /// A fresh name not yet in `taken` (normalised keys), with an optional domain suffix.
    static func generate(_ rng: inout SplitMix64, flavor: DomainFlavor, taken: inout Set<String>) -> String {
        while true {
            var base = rng.pick(heads) + rng.pick(tails)
            if rng.chance(0.12) { base = rng.pick(heads) + rng.pick(["a", "i", "o", "e"]) + rng.pick(tails) }
            let name = rng.chance(0.45) ? base + " " + rng.pick(flavor.suffixes) : base
            let key = CompanyKey.normalize(name)
            let baseKey = CompanyKey.normalize(base)
            if reserved.contains(key) || taken.contains(key) || taken.contains(baseKey) { continue }
            taken.insert(key)
            taken.insert(baseKey)
            return name
        }
    }

    /// A bare website for a generated name, unique in `taken`.
    static func website(
        for name: String, _ rng: inout SplitMix64, flavor: DomainFlavor, taken: inout Set<String>
    ) -> String {
        let words = TextTokens.words(name)
        var stems = [words.joined(), words[0]]
        if words.count > 1 { stems.insert(words[0], at: 0) }
        for stem in stems {
            for tld in [flavor.tlds[rng.int(0..<2)]] + flavor.tlds + ["com", "io", "co"] {
                let site = "\(stem).\(tld)"
                if taken.insert(site).inserted { return site }
            }
        }
        let site = "\(words.joined())\(rng.int(2...99)).com"
        taken.insert(site)
        return site
    }

    /// A URL slug: "Parlance AI" → "parlance-ai".
    static func slug(_ name: String) -> String { TextTokens.words(name).joined(separator: "-") }
}
