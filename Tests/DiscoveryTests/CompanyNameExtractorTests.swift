import DiscoveryKit
import Foundation
import ScoutCore
import Testing

@Suite("CompanyNameExtractor")
struct CompanyNameExtractorTests {
    @Test("directory titles name their subject")
    func directoryTitles() {
        let g2 = hit(
            "Top 10 Echowave Alternatives & Competitors (2026) | G2",
            "https://www.g2.com/products/echowave/competitors/alternatives")
        #expect(extractedNames([g2]) == ["Echowave"])
        #expect(extractedNames([g2], excluding: ["Echowave"]).isEmpty)
        #expect(extractedNames([hit("Companies like Echowave", "https://www.reddit.com/r/speech")]) == ["Echowave"])
        #expect(
            extractedNames([hit("Companies similar to Parlance AI | Crunchbase", "https://crunchbase.com/x")]) == [
                "Parlance AI"
            ])
        #expect(
            extractedNames([hit("Echowave vs Parlance AI: which is better?", "https://medium.com/x")]) == [
                "Echowave", "Parlance AI",
            ])
        #expect(
            extractedNames([hit("Alternatives to Vox Labs in 2026", "https://alternativeto.net/x")]) == ["Vox Labs"])
    }

    @Test("generic directory titles give nothing")
    func genericTitles() {
        let titles = [
            "Best Speech Recognition Software in 2026 | G2", "Top Voice AI Companies - Capterra",
            "Speech Recognition Software Reviews 2026 | Gartner Peer Insights", "Best Free Alternatives & Competitors",
            "Top 10 Software Alternatives (Updated March 2026)",
        ]
        for title in titles {
            #expect(extractedNames([hit(title, "https://www.g2.com/categories/x")]).isEmpty, "\(title)")
        }
    }

    @Test("a homepage names its company and gives the website")
    func homepage() throws {
        let found = CompanyNameExtractor().extract(from: [
            hit("Echowave — Real-time speech API", "https://www.echowave.ai/")
        ])
        let company = try #require(found.first)
        #expect(found.count == 1)
        #expect(company.name == "Echowave" && company.website == "echowave.ai" && company.key == "echowave")
        let trailing = CompanyNameExtractor().extract(from: [
            hit("Voice cloning API | Vox Labs", "https://voxlabs.io/product")
        ])
        #expect(trailing.map(\.name) == ["Vox Labs"] && trailing.first?.website == "voxlabs.io")
        // The same title on a blog is not a homepage; a title unrelated to the host is not a company.
        #expect(extractedNames([hit("Echowave — Real-time speech API", "https://medium.com/@x/echowave")]).isEmpty)
        #expect(extractedNames([hit("Welcome — Real-time speech API", "https://echowave.ai")]).isEmpty)
    }

    @Test("numbered and bulleted lists give the text before the separator")
    func lists() {
        let content = """
            Here are the leading vendors:
            1. Parlance AI — Streaming ASR for contact centres
            2. Vox Labs - Voice cloning for studios
            3. Sonara: speech analytics
            4) Zoë Audio (zoeaudio.com) for podcasts
            5. **Kestrel Speech** offers on-device recognition
            - Murmur Labs — open models
            * Deepvox, Inc. — transcription
            • 15Five Voice
            """
        #expect(
            extractedNames([hit("Voice AI vendors", "https://example.org/list", content)]).sorted() == [
                "15Five Voice", "Deepvox", "Kestrel Speech", "Murmur Labs", "Parlance AI", "Sonara", "Vox Labs",
                "Zoë Audio",
            ])
        let inline = "1. Parlance AI — Streaming ASR 2. Vox Labs — Voice cloning 3. Ångström Labs — Edge ASR"
        #expect(
            extractedNames([hit("List", "https://example.org/a", inline)]).sorted() == [
                "Parlance AI", "Vox Labs", "Ångström Labs",
            ])
    }

    @Test(
        "comma lists after cue phrases",
        arguments: [
            "The best alternatives to Echowave are Parlance AI, Vox Labs, Sonara and Deepvox.",
            "Top competitors of Echowave include Parlance AI, Vox Labs, Sonara, and Deepvox.",
            "Voice platforms such as Parlance AI, Vox Labs, Sonara or Deepvox are growing fast.",
            "Compare Echowave with Parlance AI, Vox Labs, Sonara and Deepvox.",
            "Companies like Parlance AI, Vox Labs, Sonara and Deepvox hire speech engineers.",
            "Echowave vs Parlance AI vs Vox Labs vs Sonara vs Deepvox: a comparison.",
        ])
    func cueLists(sentence: String) {
        let names = extractedNames(
            [hit("Echowave review", "https://example.org/review", "Updated 2026. " + sentence)], excluding: ["Echowave"]
        )
        #expect(names.sorted() == ["Deepvox", "Parlance AI", "Sonara", "Vox Labs"])
    }

    @Test("noise gives nothing")
    func noise() {
        let content = """
            Updated March 2026. Read our Pricing guide before you Sign Up for Free. Based in San Francisco, United States.
            Skills such as Python, PyTorch and Kubernetes are required. We compete with the best.
            1. Pricing — see plans
            2. Features: streaming, diarisation
            - Learn more about Voice AI
            Alternatives include cheaper options and open-source models.
            Top 10 Speech Recognition Alternatives in 2026. Monday, January 5
            """
        #expect(
            extractedNames([hit("Best Speech Recognition Software | G2", "https://www.g2.com/categories/asr", content)])
                .isEmpty)
    }

    @Test("ranking by distinct results, then mentions; evidence lists URLs")
    func ranking() throws {
        let a = hit(
            "List A", "https://a.example/1", "Competitors include Vox Labs, Sonara and Parlance AI. Vox Labs vs Sonara."
        )
        let b = hit("List B", "https://b.example/2", "1. Sonara — analytics\n2. Deepvox — transcription")
        let c = hit("List C", "https://c.example/3", "Alternatives are Sonara and Deepvox.")
        let found = CompanyNameExtractor().extract(from: [a, b, c])
        #expect(found.map(\.name) == ["Sonara", "Deepvox", "Vox Labs", "Parlance AI"])
        let sonara = try #require(found.first)
        #expect(sonara.results == 3 && sonara.mentions == 4 && sonara.firstResult == 0)
        #expect(sonara.evidence == ["https://a.example/1", "https://b.example/2", "https://c.example/3"])
        #expect(found[2].mentions == 2 && found[2].results == 1)
        #expect(CompanyNameExtractor().extract(from: [a, b, c]) == found)
    }

    @Test("exclusions match normalised and squashed names")
    func exclusions() {
        let result = hit("x", "https://x.example", "Alternatives are Echowave, Parlance AI, Inc. and Vox Labs.")
        #expect(extractedNames([result], excluding: ["Echo Wave", "parlance ai"]) == ["Vox Labs"])
        #expect(
            CompanyNameExtractor(excludedKeys: ["vox labs"]).extract(from: [result]).map(\.name) == [
                "Echowave", "Parlance AI",
            ])
    }

    @Test("directories and company sites")
    func hosts() {
        for host in [
            "g2.com", "www.capterra.com", "en.wikipedia.org", "news.ycombinator.com", "techcrunch.com",
            "uk.linkedin.com",
        ] {
            #expect(CompanyNameExtractor.isDirectory(host: host), "\(host)")
        }
        #expect(!CompanyNameExtractor.isDirectory(host: "echowave.ai"))
        #expect(CompanyNameExtractor.companyHost("https://www.g2.com/products/x") == nil)
        #expect(CompanyNameExtractor.companyHost("https://www.Parlance.ai/pricing") == "parlance.ai")
        #expect(CompanyNameExtractor.site(host: "parlance.ai", matches: "Parlance AI"))
        #expect(CompanyNameExtractor.site(host: "echowavehq.co.uk", matches: "Echowave"))
        #expect(!CompanyNameExtractor.site(host: "sonara.io", matches: "Vox Labs"))
    }
}

@Suite("CompanyNameExtractor on typical pages")
struct CompanyNameExtractorPageTests {
    static let alternatives = hit(
        "Top 6 Echowave Alternatives & Competitors (2026) | G2",
        "https://www.g2.com/products/echowave/competitors/alternatives",
        """
        Looking for alternatives to Echowave? The best alternatives to Echowave are Parlance AI, Vocalith, Sonara Labs and Murmur Systems. \
        Other important factors to consider when researching alternatives to Echowave include features, pricing and reliability. \
        We have compiled a list of solutions that reviewers voted as the best overall alternatives and competitors to Echowave.

        Top Echowave Alternatives
        1. Parlance AI — Real-time speech recognition API for developers (4.5 out of 5, 120 reviews)
        2. Vocalith — Voice agents for customer support for contact centers (4.1 out of 5, 33 reviews)
        3. Sonara Labs — Speech analytics for media companies (3.9 out of 5, 12 reviews)
        4. Murmur Systems — Text-to-speech voices for enterprises (4.8 out of 5, 800 reviews)
        5. Belnova Audio — Voice biometrics for automotive brands (4.0 out of 5, 9 reviews)
        6. Dexwave HQ — Conversational AI platform for developers (4.2 out of 5, 51 reviews)
        """)
    static let crunchbase = hit(
        "Echowave competitors — Top 6 Similar Companies | Crunchbase",
        "https://www.crunchbase.com/organization/echowave/competitors",
        """
        Echowave is a Voice AI company founded in 2015 and headquartered in United States. Echowave builds real-time speech \
        recognition API for contact centers. Founded in 2015 and headquartered in United States. Top competitors of Echowave \
        include Parlance AI, Vocalith and Sonara Labs. Echowave has 120 employees and raised a total of $40M in funding.

        Companies like Echowave
        1. Parlance AI — Speech Recognition Software · 51-200 employees · United Kingdom
        2. Vocalith — Speech Recognition Software · 11-50 employees · Germany
        """)
    static let comparison = hit(
        "Echowave vs Parlance AI: Compare Similar Tools (2026) | GetApp",
        "https://www.getapp.com/software/echowave/alternatives/",
        """
        Compare Echowave vs Parlance AI side by side on features, pricing and reviews. Echowave is rated 4.5 out of 5 and \
        Parlance AI is rated 4.1 out of 5 by verified users. Software similar to Echowave such as Parlance AI, Vocalith, \
        Sonara Labs and Murmur Systems is worth a look before you buy.
        """)
    static let saashub = hit(
        "Echowave Alternatives & Similar Software | SaaSHub", "https://www.saashub.com/echowave-alternatives",
        """
        Echowave alternatives and similar software. Popular tools similar to Echowave, such as Parlance AI, Vocalith, \
        Sonara Labs and Murmur Systems, are ranked by user votes. Echowave is described as real-time speech recognition api.
        """)
    static let homepage = hit(
        "Sonara Labs — Speech analytics for media companies", "https://sonaralabs.com/",
        """
        Speech analytics for media companies. Sonara Labs builds speech analytics for media companies. Founded in 2019.
        Specialties: Speech Recognition, Text to Speech, Conversational AI, ASR.
        Founded 2019 · United Kingdom · 11-50 employees.
        Book a Demo · Pricing · Careers · Privacy Policy
        """)
    static let noise = [
        hit(
            "How To Choose Speech Recognition Software: 5 Questions To Ask | Buyer's Guide",
            "https://www.softwareadvice.guide/speech-recognition/how-to-choose",
            """
            Before You Buy, ask every vendor these questions.

            1. Pricing And Licensing — what it costs at ten times today's volume
            2. Security Reviews — SOC 2 reports, SSO and data residency
            3. Integrations — APIs, webhooks and the tools you already use
            4. Customer Support — response times and a named account manager
            5. Roadmap — how often new features ship
            """),
        hit(
            "Vocalith Raises $40M Series B | Tech Dispatch", "https://www.techdispatch.news/2026/3/vocalith-funding",
            """
            Vocalith announced new funding On Tuesday to expand its speech analytics. The Round was led by Northgate Ventures \
            with participation from Existing Investors. The Chief Executive Officer said Demand From North America And Europe \
            doubled. The Company plans to hire in London, Berlin and Toronto.
            """),
        hit(
            "The State Of Voice AI In 2026: Trends, Pricing And Hiring | Medium",
            "https://medium.com/@techwriter/the-state-of-voice-ai-2026",
            """
            Every Quarter brings New Announcements. At Web Summit And Product Hunt, Founders talked about Open Source, Black \
            Friday traffic and the General Availability of new features. Teams such as Platform, Growth and Security keep \
            hiring. Read More on Hacker News. Terms Of Service · Privacy Policy.
            """),
    ]

    @Test("competitor pages give the rivals, the seed excluded")
    func competitorPages() {
        for page in [Self.alternatives, Self.crunchbase, Self.comparison, Self.saashub] {
            let names = Set(extractedNames([page], excluding: ["Echowave"]))
            #expect(names.isSuperset(of: ["Parlance AI"]), "\(page.title)")
            #expect(
                names.isSubset(of: [
                    "Parlance AI", "Vocalith", "Sonara Labs", "Murmur Systems", "Belnova Audio", "Dexwave HQ",
                ]),
                "\(page.title): \(names)")
        }
        #expect(extractedNames([Self.alternatives], excluding: ["Echowave"]).count == 6)
        #expect(extractedNames([Self.alternatives]).contains("Echowave"))
    }

    @Test("a homepage gives its company with the website, nothing else")
    func homepagePage() {
        let found = CompanyNameExtractor().extract(from: [Self.homepage])
        #expect(found.map(\.name) == ["Sonara Labs"])
        #expect(found.first?.website == "sonaralabs.com")
    }

    @Test("guides, news and blog posts give no companies")
    func noisePages() {
        let names = extractedNames(Self.noise, excluding: ["Vocalith"])
        #expect(names.isEmpty, "\(names)")
    }

    @Test("across pages, the companies most pages name rank first")
    func acrossPages() {
        let pages = [Self.alternatives, Self.crunchbase, Self.comparison, Self.saashub, Self.homepage] + Self.noise
        let found = CompanyNameExtractor(excluding: ["Echowave"]).extract(from: pages)
        #expect(found.prefix(3).map(\.name) == ["Sonara Labs", "Parlance AI", "Vocalith"])
        #expect(found.first { $0.name == "Sonara Labs" }?.website == "sonaralabs.com")
        #expect(
            Set(found.map(\.name)) == [
                "Parlance AI", "Vocalith", "Sonara Labs", "Murmur Systems", "Belnova Audio", "Dexwave HQ",
            ])
    }
}
