import Foundation
import HeuristicJDParser
import ScoutCore
import Testing

/// Free-text JDs: markdown and plain text.
@Suite struct JDParserTests {
    let parser = HeuristicJDParser()

    static let markdown = """
        # Senior or Staff Machine Learning Engineer — Acme Voice

        ## About Acme Voice
        At Acme Voice, we build real-time speech recognition for call centres.
        We'd love someone with experience at companies like Echowave, Parlance AI and Sonora Labs.

        Location: London, UK
        Exclude: Globex, Initech

        ## Requirements
        - 5+ years of Python and PyTorch
        - Production ASR systems
        - Kaldi
        - Strong communication skills

        ## Nice to have
        - CUDA kernels
        - Experience with TTS

        ## Target companies
        - Murmur AI — voice agents
        - Vox 42
        """

    @Test func markdownJD() async throws {
        let r = try await parser.parse(Self.markdown)
        #expect(r.roleTitle == "Senior or Staff Machine Learning Engineer")
        #expect(r.seniorityLevels == [.senior, .staff])
        #expect(
            r.titleKeywords == [
                "Machine Learning Engineer", "ML Engineer", "AI Engineer", "Applied Scientist",
                "Deep Learning Engineer",
            ])
        #expect(r.mustHaveSkills == ["Python", "PyTorch", "ASR", "Kaldi", "Strong communication skills"])
        #expect(r.niceToHaveSkills == ["CUDA", "TTS"])
        #expect(r.location == "London, UK")
        #expect(r.targetDomain == "voice ai")
        #expect(r.hiringCompany == "Acme Voice")
        #expect(r.mentionedCompanies == ["Echowave", "Parlance AI", "Sonora Labs", "Murmur AI", "Vox 42"])
        #expect(r.excludedCompanies == ["Globex", "Initech"])
    }

    @Test func plainTextJD() async throws {
        let text = """
            We're hiring a Senior Backend Engineer at Ledgerly!
            We build payment processing for small shops. Competitors: Stripe, Adyen.
            Seniority: senior or staff

            What you'll need:
            - Go and PostgreSQL
            - Kubernetes on AWS
            Bonus:
            - Kafka
            Do not source from Paypal or Square.
            """
        let r = try await parser.parse(text)
        #expect(r.roleTitle == "Senior Backend Engineer")
        #expect(r.hiringCompany == "Ledgerly")
        #expect(r.seniorityLevels == [.senior, .staff])
        #expect(r.titleKeywords.first == "Backend Engineer")
        #expect(r.mustHaveSkills == ["Go", "PostgreSQL", "Kubernetes", "AWS"])
        #expect(r.niceToHaveSkills == ["Kafka"])
        #expect(r.targetDomain == "fintech payments")
        #expect(r.mentionedCompanies == ["Stripe", "Adyen"])
        #expect(r.excludedCompanies == ["Paypal", "Square"])
    }

    struct TitleCase: Sendable, CustomTestStringConvertible {
        var text: String
        var title: String
        var levels: [Seniority]
        var keywords: [String]?
        var testDescription: String { title }
    }

    @Test(arguments: [
        TitleCase(
            text: "Title: Principal Data Engineer\nWe move data.", title: "Principal Data Engineer",
            levels: [.principal], keywords: nil),
        TitleCase(
            text: "Role: Growth Hacker (Remote)\n", title: "Growth Hacker", levels: [], keywords: ["Growth Hacker"]),
        TitleCase(
            text: "Job: Junior iOS Engineer\nSwift please", title: "Junior iOS Engineer", levels: [.junior],
            keywords: nil),
        TitleCase(
            text: "About us\n\nWe are hiring a Lead Site Reliability Engineer to run our fleet.",
            title: "Lead Site Reliability Engineer to run our fleet", levels: [.staff], keywords: nil),
        TitleCase(
            text: "## Head of Product Design\nFigma.", title: "Head of Product Design", levels: [.director],
            keywords: nil),
        TitleCase(
            text: "Senior/Staff Wizard Engineer\nDetails follow.", title: "Senior/Staff Wizard Engineer",
            levels: [.senior, .staff], keywords: ["Wizard Engineer"]),
    ])
    func titles(_ c: TitleCase) async throws {
        let r = try await parser.parse(c.text)
        #expect(r.roleTitle == c.title)
        #expect(r.seniorityLevels == c.levels)
        if let keywords = c.keywords { #expect(r.titleKeywords == keywords) }
        #expect(!r.titleKeywords.isEmpty)
    }

    @Test(arguments: [
        "", "  \n ", "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod.\nMore text here.",
    ])
    func rejectsTextWithoutRole(_ text: String) async {
        await #expect(throws: ScoutError.badInput("")) { _ = try await parser.parse(text) }
    }

    @Test func skillMatchingIsWholeWordAndCaseInsensitive() async throws {
        let text =
            "# ML Engineer\n## Requirements\n- pytorch and python in production; gopher wrangling\n- Rustic charm and a can-do attitude, in spades"
        let r = try await parser.parse(text)
        #expect(r.mustHaveSkills == ["PyTorch", "Python"])
    }

    @Test func deterministic() async throws {
        let a = try await parser.parse(Self.markdown), b = try await parser.parse(Self.markdown)
        #expect(a == b)
    }
}

/// Layouts without markdown: bare section words and no sections at all.
@Suite struct PlainLayoutTests {
    let parser = HeuristicJDParser()

    @Test func bareSectionWords() async throws {
        let text = """
            Data Engineer
            Company: Northwind Analytics
            Requirements
            - Spark
            - dbt models
            Nice to have
            - Airflow
            Not: Contoso
            """
        let r = try await parser.parse(text)
        #expect(r.roleTitle == "Data Engineer")
        #expect(r.hiringCompany == "Northwind Analytics")
        #expect(r.mustHaveSkills == ["Spark", "dbt"])
        #expect(r.niceToHaveSkills == ["Airflow"])
        #expect(r.excludedCompanies == ["Contoso"])
        #expect(r.excludedKeys == ["contoso", "northwind analytics"])
    }

    @Test func noSectionsTakesSkillsFromText() async throws {
        let r = try await parser.parse(
            "Backend Engineer at Ledgerly\nYou know Go, PostgreSQL and Kubernetes, e.g. from Monzo or Wise.")
        #expect(r.roleTitle == "Backend Engineer")
        #expect(r.hiringCompany == "Ledgerly")
        #expect(r.mustHaveSkills == ["Go", "PostgreSQL", "Kubernetes"])
        #expect(r.mentionedCompanies == ["Monzo", "Wise"])
        #expect(r.seniorityLevels.isEmpty)
    }

    @Test func oneLineJDWithALanguageTitleAndNamedCompanies() async throws {
        let r = try await parser.parse(
            "Senior Go engineer for a fintech / payments scale-up — ideally someone from Ledgerline, Brightmint Pay or Quillfund."
        )
        #expect(r.roleTitle == "Senior Go engineer")
        #expect(r.seniorityLevels == [.senior])
        #expect(r.titleKeywords.contains("Backend Engineer"))
        #expect(r.mentionedCompanies == ["Ledgerline", "Brightmint Pay", "Quillfund"])
        let ex = try await parser.parse("Staff React engineer, ex-Cartwell or Shopforge welcome")
        #expect(ex.titleKeywords.contains("Frontend Engineer"))
        #expect(ex.mentionedCompanies.contains("Cartwell"))
    }
}

@Suite("JD locations without a Location: line")
struct JDLocationTests {
    @Test func theHeaderLineOrARemoteSentenceGivesThePlaces() async throws {
        let header = try await HeuristicJDParser().parse(
            """
            # Senior Frontend Engineer

            **Wickerbox** · Berlin or Wrocław · Hybrid, or remote within Germany, Austria, Switzerland or Poland

            We build checkout software. Come work with us.
            """)
        #expect(
            header.location
                == "Wickerbox · Berlin or Wrocław · Hybrid, or remote within Germany, Austria, Switzerland or Poland")
        let sentence = try await HeuristicJDParser().parse(
            """
            # Data Scientist

            You will be based in Lisbon or remote within the EU.
            """)
        #expect(sentence.location == "You will be based in Lisbon or remote within the EU.")
        let open = try await HeuristicJDParser().parse(
            "# Product Manager\n\n**Halyard** · Remote-first (hubs in Austin and Tel Aviv) · Full-time\n\n"
                + "$175k + equity (US) · equivalent in Israel · remote stipend")
        #expect(open.location == "Halyard · Remote-first (hubs in Austin and Tel Aviv) · Full-time")
        #expect(PlaceSet.parse(open.location ?? "").isEmpty)
        let none = try await HeuristicJDParser().parse("# Data Scientist\n\nFully remote, async, work from anywhere.")
        #expect(none.location == "Fully remote, async, work from anywhere.")  // said, and it accepts everyone
        #expect(PlaceSet.parse(none.location ?? "").isEmpty)
        let silent = try await HeuristicJDParser().parse("# Data Scientist\n\nWe build forecasting tools.")
        #expect(silent.location == nil)
    }
}

@Suite("JD levels stated in prose and alternatives")
struct JDLevelsAndAlternativesTests {
    @Test func levelsWrittenWithTheWordLevel() async throws {
        let parser = HeuristicJDParser()
        #expect(try await parser.parse("# Backend Engineer\n\nMid-level role, fully remote.").seniorityLevels == [.mid])
        #expect(try await parser.parse("# Engineering Manager\n\nManager level.").seniorityLevels == [.manager])
        #expect(
            try await parser.parse("# Security Engineer\n\nStaff or principal level.").seniorityLevels == [
                .staff, .principal,
            ])
        #expect(try await parser.parse("# Data Engineer\n\nA high level of ownership.").seniorityLevels.isEmpty)
        // A management title is its own level; a job called "manager" is not.
        #expect(
            try await parser.parse("# Engineering Manager — Payouts\n\nLead the team.").seniorityLevels == [.manager])
        #expect(try await parser.parse("# Product Manager\n\nOwn the roadmap.").seniorityLevels.isEmpty)
        // A level in the heading's aside, and a level that describes the team rather than the role.
        #expect(
            try await parser.parse("# Site Reliability Engineer (mid-level) — Build Infra\n\nRun the fleet.")
                .seniorityLevels == [.mid])
        #expect(
            try await parser.parse("# Senior ML Engineer\n\n- Mentor two mid-level ML engineers").seniorityLevels == [
                .senior
            ])
    }

    @Test func examplesAndAlternativesInsideLongerSentences() async throws {
        let jd = """
            # Senior Application Security Engineer

            You've done application security at a payments company (places like Clearvault or Quillfund) or at a
            security vendor (Cipherhold, Wardline Security and the like).

            ## Requirements
            - Able to read and write code comfortably (Python, Go, Kotlin, Java or Rust)
            - Threat modeling and cloud security (AWS)
            """
        let requirements = try await HeuristicJDParser().parse(jd)
        #expect(requirements.mentionedCompanies == ["Clearvault", "Quillfund", "Cipherhold", "Wardline Security"])
        #expect(
            requirements.mustHaveSkills == [
                "Python or Go or Kotlin or Java or Rust", "Threat Modeling", "Cloud Security", "AWS",
            ])
    }

    @Test func twoFieldsSharingAHeadAreTwoTitles() async throws {
        let r = try await HeuristicJDParser().parse(
            "Staff platform / infrastructure engineer — devtools background (Forgeline, Pipewright or Tracebloom alumni ideal), remote US."
        )
        #expect(r.titleKeywords.contains("Platform Engineer") && r.titleKeywords.contains("Infrastructure Engineer"))
        #expect(r.mentionedCompanies == ["Forgeline", "Pipewright", "Tracebloom"])
        #expect(r.seniorityLevels == [.staff])
        // Level alternatives are not two fields.
        let designer = try await HeuristicJDParser().parse("# Senior or Lead Product Designer\n\nDesign things.")
        #expect(designer.titleKeywords.first == "Product Designer" && designer.seniorityLevels == [.senior, .staff])
        let firmware = try await HeuristicJDParser().parse("# Junior Firmware / Controls Engineer\n\nWrite drivers.")
        #expect(
            firmware.titleKeywords.contains("Firmware Engineer") && firmware.titleKeywords.contains("Controls Engineer")
        )
    }

    @Test func theExperienceAskedForImpliesTheLevelWhenNothingStatesIt() async throws {
        let parser = HeuristicJDParser()
        func levels(_ line: String, title: String = "Data Scientist") async throws -> [Seniority] {
            try await parser.parse("# \(title)\n\n## About you\n\n- \(line)").seniorityLevels
        }
        #expect(try await levels("Roughly 2–5 years as an SRE or platform engineer") == [.mid])
        #expect(try await levels("0-2 years of professional experience") == [.junior])
        #expect(try await levels("5+ years building ML systems") == [.senior, .staff])
        #expect(try await levels("3 years of experience with SQL") == [.mid])
        #expect(try await levels("A 4-week paid sabbatical after 4 years").isEmpty)  // not a requirement
        // stated wins
        #expect(try await levels("5+ years building ML systems", title: "Staff Data Scientist") == [.staff])
        #expect(try await levels("2+ years managing engineers", title: "Engineering Manager") == [.manager])
        // Ages, decimals and the first real requirement in a line.
        #expect(try await levels("You must be at least 18 years of age").isEmpty)
        #expect(try await levels("1.5 years of experience with Python") == [.junior])
        #expect(try await levels("Founded 10 years ago; you bring 3+ years of experience") == [.mid, .senior])
        // A sales "manager" is a job, not a management level.
        #expect(try await levels("3+ years of closing", title: "Business Development Manager") == [.mid, .senior])
        // The company's story is not a requirement.
        let story = try await HeuristicJDParser().parse(
            "# Data Scientist\n\nWith 15 years of experience in payments, Acme moves money.\n\nYou analyse data.")
        #expect(story.seniorityLevels.isEmpty)
    }

    @Test func namesBeforeATrailingCueAreTheListNotTheSentence() async throws {
        let r = try await HeuristicJDParser().parse(
            "# Backend Engineer\n\n- Bonus points for Stripe alumni\n- Ideally from a vendor like Adyen or Mollie and the like"
        )
        #expect(r.mentionedCompanies == ["Stripe", "Adyen", "Mollie"])
        let two = try await HeuristicJDParser().parse("# Data Scientist or ML Engineer\n\nModels.")
        #expect(!two.titleKeywords.contains("Data Scientist Engineer"))
    }

    @Test func alternativesAreOneRequirement() async throws {
        let r = try await HeuristicJDParser().parse(
            """
            # Backend Engineer

            ## Requirements
            - Go or Rust
            - PostgreSQL and Kafka
            - React, Vue or Angular
            """)
        #expect(r.mustHaveSkills == ["Go or Rust", "PostgreSQL", "Kafka", "React or Vue or Angular"])
    }
}
