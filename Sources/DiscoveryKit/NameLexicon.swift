import Foundation
import ScoutCore

/// The extractor's word lists (lowercase).
enum NameLexicon {
    static let leadingPunctuation: Set<Character> = ["(", "[", "{", "\"", "'", "“", "‘", "<", "*", "_"]
    static let trailingPunctuation: Set<Character> = [
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "\"", "'", "”", "’", ">", "*", "_",
    ]
    static let separators: Set<Character> = ["-", "–", "—", "|", "·", "/", "•", "=", ">", "<", "~"]
    static let abbreviations: Set<String> = [
        "inc", "co", "ltd", "corp", "vs", "e.g", "i.e", "st", "dr", "mr", "mrs", "no", "approx",
    ]

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

    static let generic: Set<String> = Set(
        """
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
    static let weak: Set<String> = Set(
        [
            "ai", "labs", "lab", "io", "hq", "app", "api", "apis", "sdk", "saas", "b2b", "b2c", "llm", "llms", "ml",
            "asr", "tts", "nlp", "crm", "erp", "hr", "it", "iot", "voice", "speech", "audio", "cloud", "data",
            "analytics", "security", "health", "tech", "technology", "technologies", "systems", "group", "global",
            "digital", "studio", "network", "networks", "streaming", "real", "time", "realtime", "open", "source",
            "new",
            "north", "south", "east", "west", "united", "states", "kingdom", "san", "francisco", "york", "market",
            "people", "hire", "talent", "works", "growth", "reach", "media", "marketing", "pay", "finance", "money",
            "capital", "bank", "shield", "defense", "cyber", "dev", "care", "med", "clinical", "bio", "commerce",
            "shop",
            "cart", "retail", "robotics", "automation", "autonomy", "dynamics", "machines", "energy", "power",
            "climate",
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
