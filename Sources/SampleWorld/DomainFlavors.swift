import Foundation

/// The twelve domain flavours. Anchor names and websites are fixed forever: example JDs and docs name them.
enum DomainFlavors {
    static let list: [DomainFlavor] = [
        DomainFlavor(
            id: "voice_ai",
            anchors: [
                ("Echowave", "echowave.ai"), ("Parlance AI", "parlance.ai"), ("Vocalith", "vocalith.com"),
                ("Sonara Labs", "sonaralabs.com"), ("Murmur Systems", "murmursystems.io"),
            ],
            category: "Speech Recognition Software", categorySlug: "speech-recognition",
            products: [
                "real-time speech recognition API", "voice agents for customer support", "text-to-speech voices",
                "speech analytics", "conversational AI platform", "voice biometrics",
            ],
            audiences: [
                "contact centers", "developers", "media companies", "healthcare providers", "automotive brands",
                "enterprises",
            ],
            specialties: [
                "Speech Recognition", "Text to Speech", "Conversational AI", "ASR", "Voice AI", "Speaker Diarization",
            ],
            suffixes: ["AI", "Labs", "Voice", "Speech", "Audio"], tlds: ["ai", "com", "io"],
            skills: ["Speech Recognition", "ASR", "TTS", "Signal Processing", "WebRTC", "Transformers"],
            familyBoost: ["speech_engineer": 7, "ml_engineer": 6, "research_scientist": 3], neighbor: "llm_platforms"),
        DomainFlavor(
            id: "fintech",
            anchors: [
                ("Ledgerline", "ledgerline.com"), ("Brightmint Pay", "brightmint.com"), ("Clearvault", "clearvault.io"),
                ("Quillfund", "quillfund.com"), ("Tenderloop", "tenderloop.co"),
            ],
            category: "Payment Processing Software", categorySlug: "payment-processing",
            products: [
                "payment processing APIs", "card issuing platform", "embedded lending", "cross-border payouts",
                "fraud prevention for payments", "open banking APIs",
            ],
            audiences: ["online merchants", "marketplaces", "SaaS platforms", "banks", "neobanks", "small businesses"],
            specialties: ["Payments", "Fintech", "Card Issuing", "Lending", "Payment Processing", "Open Banking"],
            suffixes: ["Pay", "Finance", "Money", "Capital", "Bank"], tlds: ["com", "io", "co"],
            skills: ["Payments", "PostgreSQL", "Java", "Go", "Kafka", "Microservices"],
            familyBoost: ["backend_engineer": 6, "data_scientist": 2, "security_engineer": 1], neighbor: "ecommerce"),
        DomainFlavor(
            id: "cybersecurity",
            anchors: [
                ("Sentrybyte", "sentrybyte.com"), ("Cipherhold", "cipherhold.io"),
                ("Wardline Security", "wardline.security"),
                ("Vigilo Labs", "vigilolabs.com"), ("Obsidra", "obsidra.com"),
            ],
            category: "Threat Detection Software", categorySlug: "threat-detection",
            products: [
                "threat detection and response", "cloud security posture management", "identity threat protection",
                "endpoint security", "zero trust network access", "security analytics (SIEM)",
            ],
            audiences: [
                "security teams", "mid-market IT teams", "cloud-native companies", "financial institutions",
                "government agencies", "MSSPs",
            ],
            specialties: [
                "Cybersecurity", "Threat Detection", "Endpoint Security", "Zero Trust", "SIEM", "Identity Security",
            ],
            suffixes: ["Security", "Shield", "Defense", "Cyber", "Labs"], tlds: ["com", "io", "security"],
            skills: ["SIEM", "Threat Modeling", "Incident Response", "Cloud Security", "Rust", "Go"],
            familyBoost: ["security_engineer": 8, "backend_engineer": 2], neighbor: "devtools"),
        DomainFlavor(
            id: "devtools",
            anchors: [
                ("Forgeline", "forgeline.dev"), ("Stacktrail", "stacktrail.io"), ("Commitly", "commitly.dev"),
                ("Pipewright", "pipewright.com"), ("Tracebloom", "tracebloom.io"),
            ],
            category: "Continuous Integration Software", categorySlug: "continuous-integration",
            products: [
                "CI/CD pipelines", "observability platform", "feature flags", "developer portal",
                "code review automation", "incident management",
            ],
            audiences: [
                "engineering teams", "platform teams", "startups", "enterprises", "open-source maintainers",
                "DevOps teams",
            ],
            specialties: [
                "Developer Tools", "DevOps", "CI/CD", "Observability", "Continuous Integration", "Developer Platform",
            ],
            suffixes: ["HQ", "Labs", "Dev", "Cloud", "Systems"], tlds: ["dev", "io", "com"],
            skills: ["Go", "Kubernetes", "Docker", "CI/CD", "TypeScript", "Rust"],
            familyBoost: [
                "devops_engineer": 5, "backend_engineer": 4, "frontend_engineer": 2, "solutions_engineer": 1,
            ],
            neighbor: "data_infra"),
        DomainFlavor(
            id: "data_infra",
            anchors: [
                ("Lakehold", "lakehold.io"), ("Streamvane", "streamvane.com"), ("Quarry Data", "quarrydata.io"),
                ("Tabulo", "tabulo.ai"), ("Schemata Systems", "schemata.systems"),
            ],
            category: "Data Warehouse Software", categorySlug: "data-warehouse",
            products: [
                "cloud data warehouse", "streaming data platform", "ETL pipelines", "data observability",
                "reverse ETL", "lakehouse analytics",
            ],
            audiences: [
                "data teams", "analytics engineers", "enterprises", "fintech companies", "product teams", "retailers",
            ],
            specialties: [
                "Data Infrastructure", "Data Warehouse", "ETL", "Streaming Data", "Analytics", "Data Platform",
            ],
            suffixes: ["Data", "Analytics", "Labs", "Systems", "Cloud"], tlds: ["io", "com", "ai"],
            skills: ["Spark", "Kafka", "SQL", "Airflow", "Snowflake", "Scala"],
            familyBoost: ["data_engineer": 7, "backend_engineer": 3, "data_scientist": 2], neighbor: "llm_platforms"),
        DomainFlavor(
            id: "healthtech",
            anchors: [
                ("Mediquill", "mediquill.com"), ("Clinara Health", "clinarahealth.com"), ("Curanto", "curanto.health"),
                ("Telecura", "telecura.com"), ("Vitalis Cloud", "vitaliscloud.io"),
            ],
            category: "EHR Software", categorySlug: "ehr",
            products: [
                "telehealth platform", "EHR for specialty clinics", "remote patient monitoring",
                "clinical documentation AI", "care coordination software", "patient intake automation",
            ],
            audiences: [
                "clinics", "hospitals", "health systems", "payers", "behavioral health providers", "pharmacies",
            ],
            specialties: [
                "Digital Health", "Telehealth", "EHR", "Clinical Software", "Healthcare Software", "Health Tech",
            ],
            suffixes: ["Health", "Care", "Med", "Clinical", "Bio"], tlds: ["com", "health", "io"],
            skills: ["HL7", "FHIR", "HIPAA", "Python", "TypeScript", "PostgreSQL"],
            familyBoost: [
                "backend_engineer": 4, "data_scientist": 2, "frontend_engineer": 2, "mobile_engineer": 2,
                "product_manager": 1,
            ],
            neighbor: "hr_tech"),
        DomainFlavor(
            id: "ecommerce",
            anchors: [
                ("Cartwell", "cartwell.com"), ("Shopforge", "shopforge.io"), ("Basketry", "basketry.shop"),
                ("Tillsmith", "tillsmith.com"), ("Merchanta", "merchanta.com"),
            ],
            category: "E-Commerce Platforms", categorySlug: "e-commerce-platforms",
            products: [
                "headless commerce platform", "one-click checkout", "marketplace software",
                "product search for online stores", "subscription commerce", "order management",
            ],
            audiences: ["online stores", "DTC brands", "retailers", "marketplaces", "B2B wholesalers", "creators"],
            specialties: [
                "E-commerce", "Checkout", "Marketplace", "Online Store", "Retail Platform", "Headless Commerce",
            ],
            suffixes: ["Commerce", "Shop", "Cart", "Market", "Retail"], tlds: ["com", "shop", "io"],
            skills: ["TypeScript", "React", "GraphQL", "Node.js", "Redis", "Elasticsearch"],
            familyBoost: ["frontend_engineer": 4, "backend_engineer": 4, "mobile_engineer": 2, "data_scientist": 1],
            neighbor: "martech"),
        DomainFlavor(
            id: "hr_tech",
            anchors: [
                ("Talentloom", "talentloom.com"), ("Payrollo", "payrollo.com"), ("Crewlane", "crewlane.io"),
                ("Staffbright", "staffbright.com"), ("Rosterly", "rosterly.co"),
            ],
            category: "Core HR Software", categorySlug: "core-hr",
            products: [
                "payroll software", "recruiting software", "workforce management", "employee onboarding",
                "performance reviews", "global payroll and EOR",
            ],
            audiences: ["HR teams", "recruiters", "growing startups", "hourly workforces", "global companies", "SMBs"],
            specialties: [
                "HR Tech", "Payroll", "Recruiting Software", "Talent Acquisition", "Workforce Management",
                "HR Software",
            ],
            suffixes: ["HR", "People", "Talent", "Works", "Hire"], tlds: ["com", "io", "co"],
            skills: ["Ruby", "Rails", "TypeScript", "React", "PostgreSQL", "Salesforce"],
            familyBoost: [
                "backend_engineer": 3, "frontend_engineer": 3, "product_manager": 2, "sales": 2, "designer": 1,
            ],
            neighbor: "fintech"),
        DomainFlavor(
            id: "martech",
            anchors: [
                ("Campaignly", "campaignly.com"), ("Funnelcraft", "funnelcraft.io"), ("Brandpulse", "brandpulse.co"),
                ("Mailquill", "mailquill.com"), ("Leadsprout", "leadsprout.io"),
            ],
            category: "Marketing Automation Software", categorySlug: "marketing-automation",
            products: [
                "marketing automation", "email marketing", "customer data platform", "ad campaign optimisation",
                "SMS marketing", "customer engagement platform",
            ],
            audiences: [
                "marketers", "B2B SaaS companies", "e-commerce brands", "agencies", "growth teams", "enterprises",
            ],
            specialties: [
                "Marketing Automation", "CRM", "Email Marketing", "Customer Engagement", "Adtech", "Martech",
            ],
            suffixes: ["Marketing", "Media", "Growth", "Reach", "Labs"], tlds: ["com", "io", "co"],
            skills: ["HubSpot", "SEO", "SQL", "TypeScript", "Python", "A/B Testing"],
            familyBoost: [
                "marketing": 4, "backend_engineer": 2, "frontend_engineer": 2, "data_scientist": 2, "sales": 2,
            ],
            neighbor: "ecommerce"),
        DomainFlavor(
            id: "robotics",
            anchors: [
                ("Servoline Robotics", "servoline.com"), ("Autonomo", "autonomo.ai"), ("Gantrix", "gantrix.com"),
                ("Dronewell", "dronewell.io"), ("Axlebot", "axlebot.com"),
            ],
            category: "Robotics Software", categorySlug: "robotics",
            products: [
                "autonomous mobile robots", "warehouse picking robots", "self-driving trucks", "inspection drones",
                "robot fleet management", "industrial automation controllers",
            ],
            audiences: [
                "warehouses", "manufacturers", "logistics companies", "farms", "mining operators", "utilities",
            ],
            specialties: [
                "Robotics", "Autonomy", "Autonomous Vehicles", "Drones", "Industrial Automation", "Computer Vision",
            ],
            suffixes: ["Robotics", "Automation", "Autonomy", "Dynamics", "Machines"], tlds: ["com", "ai", "io"],
            skills: ["C++", "ROS", "Computer Vision", "Embedded Linux", "Python", "Reinforcement Learning"],
            familyBoost: ["embedded_engineer": 8, "ml_engineer": 4, "research_scientist": 2], neighbor: "climate"),
        DomainFlavor(
            id: "climate",
            anchors: [
                ("Voltgrove Energy", "voltgrove.com"), ("Carbonfold", "carbonfold.io"), ("Gridlark", "gridlark.energy"),
                ("Sunhaven Energy", "sunhaven.energy"), ("Cellvault", "cellvault.com"),
            ],
            category: "Energy Management Software", categorySlug: "energy-management",
            products: [
                "grid software for utilities", "carbon accounting", "battery energy storage", "solar asset management",
                "EV charging software", "demand response",
            ],
            audiences: [
                "utilities", "manufacturers", "commercial buildings", "solar developers", "fleet operators",
                "enterprises",
            ],
            specialties: [
                "Climate Tech", "Clean Energy", "Carbon Accounting", "Energy Storage", "Grid Software", "Solar",
            ],
            suffixes: ["Energy", "Power", "Climate", "Grid", "Solar"], tlds: ["com", "energy", "io"],
            skills: ["Python", "Optimization", "Embedded Linux", "SQL", "AWS", "Data Modeling"],
            familyBoost: ["backend_engineer": 3, "data_scientist": 3, "embedded_engineer": 3, "data_engineer": 2],
            neighbor: "robotics"),
        DomainFlavor(
            id: "llm_platforms",
            anchors: [
                ("Promptwell", "promptwell.ai"), ("Tokenforge", "tokenforge.ai"), ("Latentis AI", "latentis.ai"),
                ("Modelcraft", "modelcraft.io"), ("Inferix", "inferix.ai"),
            ],
            category: "Generative AI Infrastructure Software", categorySlug: "generative-ai-infrastructure",
            products: [
                "LLM inference platform", "foundation models for enterprises", "RAG and vector search",
                "LLM evaluation and observability", "fine-tuning platform", "AI agents platform",
            ],
            audiences: ["developers", "enterprises", "AI teams", "startups", "regulated industries", "research labs"],
            specialties: [
                "Generative AI", "LLM", "Foundation Models", "MLOps", "AI Platform", "Large Language Models",
            ],
            suffixes: ["AI", "Labs", "Intelligence", "Models", "Compute"], tlds: ["ai", "com", "io"],
            skills: ["LLMs", "RAG", "Transformers", "PyTorch", "CUDA", "Triton"],
            familyBoost: ["ml_engineer": 7, "research_scientist": 5, "backend_engineer": 2, "solutions_engineer": 1],
            neighbor: "voice_ai"),
    ]
}
