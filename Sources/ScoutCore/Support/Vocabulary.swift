import Foundation

/// A market Scout knows by name, with the words that signal it in JDs, web pages and company records.
public struct DomainTerm: Sendable, Equatable {
    /// Stable id, e.g. `voice_ai`.
    public var id: String
    /// Display name, e.g. "Voice AI".
    public var name: String
    /// Lowercase phrases that signal the domain (matched as whole words).
    public var keywords: [String]
    /// The industry label a vendor would give its companies.
    public var industry: String
}

/// A family of job titles that mean the same work at different levels.
public struct RoleFamily: Sendable, Equatable {
    public var id: String
    /// Canonical title without a level word, e.g. "Machine Learning Engineer".
    public var title: String
    /// Other ways to write it (no level words), matched as whole words.
    public var synonyms: [String]
    /// Skills people in this family usually list.
    public var skills: [String]
    /// Engineering, data, product, design, go-to-market …
    public var function: String

    /// Every title phrase of the family, canonical first.
    public var titlePhrases: [String] { [title] + synonyms }

    /// The functions whose teams a manager of this family leads: engineering managers lead data teams too.
    public var ledFunctions: Set<String> { function == "engineering" ? ["engineering", "data"] : [function] }
}

/// Shared vocabulary: domains, role families and skills. JD parsers, evaluators and the sample world read it so
/// their words agree; none of it is required for a plugin that brings its own.
public enum Vocabulary {
    public static let domains: [DomainTerm] = [
        .init(
            id: "voice_ai", name: "Voice AI",
            keywords: [
                "voice ai", "speech recognition", "speech to text", "text to speech", "asr", "tts", "conversational ai",
                "voice", "speech", "voice assistant", "voice agents", "voice ai agents", "speech analytics",
                "transcription", "speech synthesis", "voice cloning", "contact center ai", "dictation",
                "spoken language",
            ], industry: "Speech Recognition Software"),
        .init(
            id: "fintech", name: "Fintech Payments",
            keywords: [
                "fintech", "payments", "payment processing", "banking", "card issuing", "lending",
                "payments infrastructure", "money movement", "neobank", "banking as a service", "open banking",
                "cross-border payments", "remittance", "remittances", "card acquiring", "merchant acquiring",
                "digital wallet", "treasury management",
            ], industry: "Financial Services Software"),
        .init(
            id: "cybersecurity", name: "Cybersecurity",
            keywords: [
                "cybersecurity", "security", "endpoint security", "threat detection", "identity", "zero trust", "siem",
                "threat intelligence", "endpoint detection", "edr", "xdr", "security operations",
                "vulnerability management", "identity and access management", "cloud security",
                "detection and response", "ransomware", "infosec",
            ], industry: "Computer & Network Security"),
        .init(
            id: "devtools", name: "Developer Tools",
            keywords: [
                "developer tools", "devops", "ci/cd", "continuous integration", "observability", "developer platform",
                "devtools", "developer experience", "developer productivity", "build systems", "build system",
                "remote build", "build cache", "monorepos", "artifact registry", "artifact registries",
                "package registry", "package registries", "software supply chain", "application performance monitoring",
                "internal developer platform",
            ], industry: "Software Development"),
        .init(
            id: "data_infra", name: "Data Infrastructure",
            keywords: [
                "data infrastructure", "data warehouse", "data engineering", "analytics", "etl", "data platform",
                "streaming data", "data lake", "lakehouse", "reverse etl", "data observability", "data catalog",
                "query engine", "vector database", "vector search", "olap",
            ], industry: "Data Infrastructure and Analytics"),
        .init(
            id: "healthtech", name: "Health Tech",
            keywords: [
                "health tech", "healthtech", "digital health", "telehealth", "clinical", "healthcare software", "ehr",
                "patients", "clinicians", "clinics", "hospitals", "care delivery", "virtual care",
                "remote patient monitoring", "health records", "hipaa",
            ], industry: "Hospitals and Health Care Software"),
        .init(
            id: "ecommerce", name: "E-commerce Platforms",
            keywords: [
                "e-commerce", "ecommerce", "online store", "retail platform", "checkout", "marketplace",
                "online retail", "retailers", "storefront", "storefronts", "direct-to-consumer", "headless commerce",
                "order management", "shoppers", "commerce platform",
            ], industry: "Internet Retail Software"),
        .init(
            id: "hr_tech", name: "HR Tech",
            keywords: [
                "hr tech", "hr software", "recruiting software", "payroll", "talent acquisition",
                "workforce management", "hris", "people operations", "recruiting platform", "recruitment software",
                "applicant tracking", "hiring platform", "employee onboarding", "benefits administration",
                "employee engagement", "talent management", "compensation management",
            ], industry: "Human Resources Software"),
        .init(
            id: "martech", name: "Marketing Tech",
            keywords: [
                "martech", "marketing automation", "crm", "customer engagement", "email marketing", "adtech",
                "marketing platform", "marketing software", "marketing teams", "lead scoring", "customer data platform",
                "marketing attribution", "advertising technology", "campaign management", "personalization engine",
            ], industry: "Marketing Software"),
        .init(
            id: "robotics", name: "Robotics & Autonomy",
            keywords: [
                "robotics", "autonomous vehicles", "autonomy", "self-driving", "drones", "industrial automation",
                "robot", "robots", "robotic", "robotic arm", "robot arm", "mobile robots", "manipulators",
                "mobile manipulators", "gripper", "grippers", "warehouse automation", "warehouse robots",
                "picking robots", "pick and place", "cobots", "unmanned",
            ], industry: "Robotics Engineering"),
        .init(
            id: "climate", name: "Climate Tech",
            keywords: [
                "climate tech", "clean energy", "carbon accounting", "battery", "energy storage", "grid software",
                "solar", "renewable energy", "renewables", "decarbonisation", "decarbonization", "carbon removal",
                "emissions", "net zero", "ev charging", "electric vehicles", "heat pumps", "energy transition",
                "photovoltaic", "wind energy", "hydrogen",
            ], industry: "Renewable Energy Software"),
        .init(
            id: "llm_platforms", name: "LLM Platforms",
            keywords: [
                "llm", "large language models", "generative ai", "foundation models", "ai platform", "mlops", "genai",
                "language models", "inference platform", "ai infrastructure", "retrieval augmented generation",
            ], industry: "Artificial Intelligence Software"),
    ]

    public static let roleFamilies: [RoleFamily] = [
        .init(
            id: "ml_engineer", title: "Machine Learning Engineer",
            synonyms: ["ML Engineer", "AI Engineer", "Applied Scientist", "Deep Learning Engineer"],
            skills: [
                "Python", "PyTorch", "TensorFlow", "Machine Learning", "Deep Learning", "MLOps", "CUDA", "Kubernetes",
            ], function: "engineering"),
        .init(
            id: "research_scientist", title: "Research Scientist",
            synonyms: ["ML Researcher", "Research Engineer", "AI Researcher"],
            skills: ["Python", "PyTorch", "Deep Learning", "NLP", "Statistics", "JAX"], function: "engineering"),
        .init(
            id: "speech_engineer", title: "Speech Engineer",
            synonyms: ["Speech Recognition Engineer", "ASR Engineer", "Speech Scientist", "Audio ML Engineer"],
            skills: ["Python", "PyTorch", "ASR", "Speech Recognition", "Signal Processing", "Kaldi", "TTS"],
            function: "engineering"),
        .init(
            id: "backend_engineer", title: "Backend Engineer",
            synonyms: ["Software Engineer", "Backend Developer", "Server Engineer", "Platform Engineer"],
            skills: ["Go", "Java", "Python", "PostgreSQL", "Kubernetes", "gRPC", "AWS", "Distributed Systems"],
            function: "engineering"),
        .init(
            id: "frontend_engineer", title: "Frontend Engineer",
            synonyms: ["Frontend Developer", "Web Engineer", "UI Engineer"],
            skills: ["TypeScript", "React", "JavaScript", "CSS", "GraphQL", "Next.js"], function: "engineering"),
        .init(
            id: "mobile_engineer", title: "Mobile Engineer",
            synonyms: ["iOS Engineer", "Android Engineer", "Mobile Developer"],
            skills: ["Swift", "Kotlin", "iOS", "Android", "SwiftUI"], function: "engineering"),
        .init(
            id: "data_engineer", title: "Data Engineer",
            synonyms: ["Analytics Engineer", "Data Platform Engineer", "ETL Developer"],
            skills: ["SQL", "Python", "Spark", "Airflow", "dbt", "Kafka", "Snowflake"], function: "data"),
        .init(
            id: "data_scientist", title: "Data Scientist",
            synonyms: ["Data Analyst", "Quantitative Analyst", "Decision Scientist"],
            skills: ["Python", "SQL", "Statistics", "Pandas", "Machine Learning", "R", "A/B Testing"], function: "data"),
        .init(
            id: "devops_engineer", title: "Site Reliability Engineer",
            synonyms: ["SRE", "DevOps Engineer", "Infrastructure Engineer", "Cloud Engineer"],
            skills: ["Kubernetes", "Terraform", "AWS", "Linux", "Prometheus", "Go", "CI/CD"], function: "engineering"),
        .init(
            id: "security_engineer", title: "Security Engineer",
            synonyms: [
                "Application Security Engineer", "Detection Engineer", "Security Analyst", "Penetration Tester",
            ], skills: ["Threat Modeling", "Python", "SIEM", "Cloud Security", "Incident Response", "Rust"],
            function: "engineering"),
        .init(
            id: "embedded_engineer", title: "Embedded Software Engineer",
            synonyms: ["Firmware Engineer", "Robotics Software Engineer", "Controls Engineer"],
            skills: ["C++", "C", "ROS", "Embedded Linux", "RTOS", "Computer Vision"], function: "engineering"),
        .init(
            id: "product_manager", title: "Product Manager",
            synonyms: ["Technical Product Manager", "Product Owner", "Group Product Manager"],
            skills: [
                "Product Strategy", "Roadmapping", "User Research", "SQL", "A/B Testing", "Stakeholder Management",
            ], function: "product"),
        .init(
            id: "designer", title: "Product Designer",
            synonyms: ["UX Designer", "UI Designer", "Interaction Designer"],
            skills: ["Figma", "User Research", "Prototyping", "Design Systems", "Accessibility"], function: "design"),
        .init(
            id: "sales", title: "Account Executive",
            synonyms: ["Sales Executive", "Enterprise Account Executive", "Sales Representative"],
            skills: ["Enterprise Sales", "Salesforce", "Negotiation", "Pipeline Management", "SaaS"],
            function: "go_to_market"),
        .init(
            id: "solutions_engineer", title: "Solutions Engineer",
            synonyms: ["Sales Engineer", "Solutions Architect", "Customer Engineer"],
            skills: ["APIs", "Python", "Technical Demos", "Solution Design", "AWS"], function: "go_to_market"),
        .init(
            id: "marketing", title: "Product Marketing Manager",
            synonyms: ["Marketing Manager", "Growth Marketer", "Content Marketer"],
            skills: ["Positioning", "Go-to-Market", "Content Strategy", "SEO", "HubSpot"], function: "go_to_market"),
        .init(
            id: "engineering_manager", title: "Engineering Manager",
            synonyms: ["Software Engineering Manager", "Head of Engineering", "Director of Engineering"],
            skills: ["People Management", "Hiring", "Agile", "System Design", "Technical Leadership"],
            function: "engineering"),
    ]

    /// Skills not tied to one family, recognised in JDs.
    public static let extraSkills: [String] = [
        "Rust", "Scala", "C#", ".NET", "Ruby", "Rails", "Node.js", "Django", "FastAPI", "Redis", "MongoDB",
        "Elasticsearch", "GCP", "Azure", "Docker", "Linux", "LLMs", "RAG", "Transformers", "Hugging Face",
        "Computer Vision", "Reinforcement Learning", "Recommender Systems", "Triton", "ONNX", "WebRTC",
        "Streaming", "Microservices", "Swift", "Objective-C", "Flutter", "Tableau", "Looker", "Excel",
    ]

    /// Every skill Scout recognises by name, deduplicated, in a stable order.
    public static let skills: [String] = {
        var seen = Set<String>(), out: [String] = []
        for skill in roleFamilies.flatMap(\.skills) + extraSkills where seen.insert(skill.lowercased()).inserted {
            out.append(skill)
        }
        return out
    }()

    /// The known market a JD's target domain names: by id or name, else by its keywords ("generative ai platforms").
    public static func domain(named target: String?) -> DomainTerm? {
        guard let target = target?.lowercased(), !target.isEmpty else { return nil }
        return domains.first { $0.id == target || $0.name.lowercased() == target } ?? domain(matching: target)
    }

    /// The domain whose keywords best match the text, if any.
    public static func domain(matching text: String) -> DomainTerm? {
        let normalized = TextTokens.normalized(text)
        var best: (DomainTerm, Int)?
        for domain in domains {
            let score = domain.keywords.reduce(0) { sum, keyword in
                let phrase = " " + TextTokens.words(keyword).joined(separator: " ") + " "
                return sum + (normalized.contains(phrase) ? TextTokens.words(keyword).count * 2 + 1 : 0)
            }
            if score > 0, score > (best?.1 ?? 0) { best = (domain, score) }
        }
        return best?.0
    }

    /// The family with this id (``RoleFamily/id``).
    public static func roleFamily(id: String) -> RoleFamily? { roleFamilies.first { $0.id == id } }

    /// The role family a title belongs to, if any ("Senior ML Engineer" → ml_engineer).
    public static func roleFamily(forTitle title: String) -> RoleFamily? {
        var best: (RoleFamily, Int)?
        for family in roleFamilies {
            for phrase in family.titlePhrases where TextTokens.contains(title, phrase: phrase) {
                let weight = TextTokens.words(phrase).count
                if weight > (best?.1 ?? 0) { best = (family, weight) }
            }
        }
        return best?.0
    }
}
