import Foundation

/// What the same work is called across the industry, per ``Vocabulary/roleFamilies`` id: title variants a recruiter
/// would accept for the role (no level words) and the cue words such titles are made of. Kept apart from the
/// vocabulary the sample world is generated from, and deliberately broader: real people write "Client Partner" for an
/// account executive and "Production Engineer" for an SRE.
public enum TitleThesaurus {
    /// One family's variants and cue words (lowercase).
    public struct Entry: Sendable, Equatable {
        public var variants: [String]
        public var cues: Set<String>
    }

    /// The family of a role named by several titles: the first title the vocabulary knows, else the first the
    /// thesaurus knows.
    public static func family(ofTitles titles: [String]) -> String? {
        for title in titles where !title.isEmpty {
            if let family = Vocabulary.roleFamily(forTitle: title) { return family.id }
        }
        return titles.lazy.compactMap(family(ofTitle:)).first
    }

    /// The family whose longest phrase (vocabulary title or synonym, or thesaurus variant) the title contains:
    /// "Embedded Systems Engineer" is embedded work although it contains "Systems Engineer". Ties go to the smaller id.
    public static func family(ofTitle title: String) -> String? {
        guard !title.isEmpty else { return nil }
        let normalized = TextTokens.normalized(title)
        var best: (id: String, weight: Int)?
        for (id, phrases) in phrasesByFamily {
            for phrase in phrases where normalized.contains(phrase.text) {
                if phrase.weight > (best?.weight ?? 0) || (phrase.weight == best?.weight && id < best!.id) {
                    best = (id, phrase.weight)
                }
            }
        }
        return best?.id
    }

    /// Every phrase of every family, normalised (" word word "), with its word count.
    private static let phrasesByFamily: [String: [(text: String, weight: Int)]] = {
        var map: [String: [(text: String, weight: Int)]] = [:]
        for family in Vocabulary.roleFamilies {
            let phrases = family.titlePhrases + (entries[family.id]?.variants ?? [])
            map[family.id] = phrases.map { phrase in
                let words = TextTokens.words(phrase)
                return (" " + words.joined(separator: " ") + " ", words.count)
            }
        }
        return map
    }()

    /// Variants and cues per family id.
    public static let entries: [String: Entry] = [
        "ml_engineer": Entry(
            variants: [
                "Machine Learning Engineer", "ML Engineer", "AI Engineer", "Applied AI Engineer", "Applied Scientist",
                "Deep Learning Engineer", "MLOps Engineer", "AI/ML Engineer", "Machine Intelligence Engineer",
                "Modeling Engineer", "Modelling Engineer", "AI Developer", "ML Developer", "AI/ML Developer",
                "Applied AI Developer", "Computer Vision Engineer", "NLP Engineer",
            ],
            cues: [
                "machine", "learning", "ml", "ai", "applied", "intelligence", "modeling", "modelling", "deep", "mlops",
                "vision", "nlp",
            ]),
        "research_scientist": Entry(
            variants: [
                "Research Scientist", "Research Engineer", "AI Scientist", "AI Researcher", "ML Researcher",
                "Machine Learning Researcher", "Deep Learning Scientist", "NLP Scientist", "Applied Research Scientist",
                "Machine Learning Scientist",
            ],
            cues: ["research", "researcher", "scientist", "ai", "ml", "deep", "nlp", "learning"]),
        "speech_engineer": Entry(
            variants: [
                "Speech Engineer", "Speech Recognition Engineer", "ASR Engineer", "Speech Scientist", "Voice Engineer",
                "Voice Technology Engineer", "Voice AI Engineer", "Audio ML Engineer", "Speech & Audio Engineer",
                "Speech & Audio Developer", "Acoustic Modeling Engineer", "Audio Signal Processing Engineer",
                "Conversational AI Engineer", "DSP Engineer",
            ],
            cues: ["speech", "voice", "audio", "acoustic", "asr", "tts", "signal", "dsp", "conversational"]),
        "backend_engineer": Entry(
            variants: [
                "Backend Engineer", "Back-End Engineer", "Backend Developer", "Back-End Developer",
                "Server-Side Engineer", "Server-Side Developer", "Server Engineer", "API Engineer", "API Developer",
                "Platform Engineer", "Software Engineer", "Software Developer", "Systems Programmer",
                "Distributed Systems Engineer", "Java Developer", "Go Developer", "Python Developer",
                "Services Engineer",
            ],
            cues: ["backend", "server", "api", "apis", "services", "distributed"]),
        "frontend_engineer": Entry(
            variants: [
                "Frontend Engineer", "Front-End Engineer", "Frontend Developer", "Front-End Developer",
                "Web Developer", "Web Engineer", "JavaScript Developer", "JavaScript Engineer", "React Developer",
                "React Engineer", "TypeScript Engineer", "UI Engineer", "UI Developer",
            ],
            cues: ["frontend", "front", "web", "javascript", "react", "typescript", "ui", "angular", "vue"]),
        "mobile_engineer": Entry(
            variants: [
                "Mobile Engineer", "Mobile Developer", "iOS Engineer", "iOS Developer", "Android Engineer",
                "Android Developer", "App Developer", "Mobile App Developer", "Swift Developer", "Kotlin Developer",
                "React Native Developer", "Flutter Developer",
            ],
            cues: ["mobile", "ios", "android", "app", "apps", "swift", "kotlin", "flutter", "native"]),
        "data_engineer": Entry(
            variants: [
                "Data Engineer", "Big Data Engineer", "Big Data Developer", "Data Platform Engineer",
                "Data Integration Engineer", "Data Warehouse Engineer", "Data Warehouse Developer", "ETL Developer",
                "ETL Engineer", "Pipeline Engineer", "Data Pipeline Engineer", "Analytics Engineer",
            ],
            cues: ["data", "pipeline", "pipelines", "etl", "warehouse", "integration", "analytics", "big", "streaming"]),
        "data_scientist": Entry(
            variants: [
                "Data Scientist", "Data Analyst", "Decision Scientist", "Quantitative Analyst", "Insights Analyst",
                "Applied Statistician", "Statistician", "BI Analyst", "Business Intelligence Analyst",
                "Statistical Modeler", "Analytics Scientist", "Product Analyst", "Research Analyst",
            ],
            cues: [
                "data", "insights", "statistician", "statistical", "statistics", "analytics", "quantitative", "bi",
                "intelligence", "decision", "modeler", "modeller",
            ]),
        "devops_engineer": Entry(
            variants: [
                "Site Reliability Engineer", "SRE", "Reliability Engineer", "DevOps Engineer", "Production Engineer",
                "Infrastructure Engineer", "Cloud Engineer", "Cloud Operations Engineer",
                "Cloud Infrastructure Engineer",
                "Platform Engineer", "Operations Engineer", "Systems Engineer", "Systems Administrator",
                "Build Engineer", "Release Engineer",
            ],
            cues: [
                "reliability", "sre", "devops", "production", "infrastructure", "cloud", "operations", "ops",
                "platform",
                "build", "release",
            ]),
        "security_engineer": Entry(
            variants: [
                "Security Engineer", "Application Security Engineer", "AppSec Engineer", "Product Security Engineer",
                "Cybersecurity Engineer", "Cyber Security Engineer", "SecOps Engineer", "Security Analyst",
                "SOC Analyst", "Cyber Defense Analyst", "Cyber Defence Analyst", "Detection Engineer",
                "Threat Hunter", "Threat Intelligence Analyst", "Incident Responder", "Penetration Tester",
                "Ethical Hacker", "Offensive Security Engineer", "Red Team Operator",
            ],
            cues: [
                "security", "secops", "appsec", "cyber", "cybersecurity", "defense", "defence", "threat", "soc",
                "detection", "incident", "penetration", "pentest", "hacker", "offensive", "vulnerability",
            ]),
        "embedded_engineer": Entry(
            variants: [
                "Embedded Software Engineer", "Embedded Engineer", "Embedded Systems Engineer",
                "Embedded Systems Developer", "Embedded Developer", "Firmware Engineer", "Firmware Developer",
                "Robotics Software Engineer", "Robotics Engineer", "Controls Engineer", "Controls Software Engineer",
                "Controls Software Developer", "Autonomy Engineer", "Perception Engineer", "Motion Control Engineer",
            ],
            cues: [
                "embedded", "firmware", "controls", "control", "robotics", "robot", "autonomy", "perception", "motion",
                "rtos", "hardware",
            ]),
        "product_manager": Entry(
            variants: [
                "Product Manager", "Technical Product Manager", "Product Owner", "Digital Product Owner",
                "Technical Product Owner", "Product Strategist", "Product Lead", "Group Product Manager",
            ],
            cues: ["product"]),
        "designer": Entry(
            variants: [
                "Product Designer", "UX Designer", "UI Designer", "UX/UI Designer", "Interaction Designer",
                "Experience Designer", "User Experience Designer", "Visual Designer", "Digital Designer",
                "Service Designer",
            ],
            cues: ["design", "designer", "ux", "ui", "experience", "visual", "interaction"]),
        "sales": Entry(
            variants: [
                "Account Executive", "Sales Executive", "Enterprise Account Executive", "Sales Representative",
                "Account Manager", "Key Account Manager", "Client Executive", "Client Partner",
                "Business Development", "Business Development Executive", "Business Development Manager",
                "Business Development Representative",
                "New Business Executive", "New Business Manager", "Sales Consultant", "Sales Specialist",
                "Territory Manager", "Commercial Executive",
            ],
            cues: ["sales", "account", "business", "development", "client", "commercial", "territory", "revenue"]),
        "solutions_engineer": Entry(
            variants: [
                "Solutions Engineer", "Sales Engineer", "Solutions Architect", "Customer Engineer",
                "Pre-Sales Engineer", "Presales Engineer", "Pre-Sales Consultant", "Presales Consultant",
                "Solutions Consultant", "Technical Consultant", "Field Engineer", "Forward Deployed Engineer",
                "Technical Account Manager",
            ],
            cues: ["solutions", "solution", "presales", "pre", "sales", "technical", "field", "customer", "deployed"]),
        "marketing": Entry(
            variants: [
                "Product Marketing Manager", "Product Marketer", "Marketing Manager", "Growth Marketer",
                "Content Marketer", "Go-to-Market Specialist", "Go-to-Market Manager", "Demand Generation Specialist",
                "Demand Generation Manager", "Brand Strategist", "Brand Manager", "Marketing Specialist",
                "Performance Marketer", "Lifecycle Marketer",
            ],
            cues: [
                "marketing", "marketer", "growth", "demand", "generation", "brand", "content", "gtm", "market",
                "lifecycle", "performance",
            ]),
        "engineering_manager": Entry(
            variants: [
                "Engineering Manager", "Software Engineering Manager", "Software Development Manager",
                "Development Manager", "Head of Engineering", "Director of Engineering", "Engineering Director",
                "Engineering Lead", "VP Engineering", "VP of Engineering", "Vice President of Engineering",
            ],
            cues: ["engineering", "software", "technology", "engineers"]),
    ]
}
