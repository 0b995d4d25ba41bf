import Foundation
import ScoutCore

/// The words of the `paraphrased` world variant: the same latent world as the standard one (domain ids, anchors,
/// role families, levels, cities) written the way real vendor data and real company pages word it, mostly in words
/// the built-in `Vocabulary` does not know ("Audio Intelligence", "Server-Side Developer", "Greater London").
enum ParaphrasedWording {
    static let wording = WorldWording(
        flavors: flavors, families: families, levels: levels, places: places, skills: skills,
        advisorRate: 0.06,
        advisorTitles: ["Advisor", "Technical Advisor", "Board Advisor", "Startup Mentor", "Advisory Board Member"],
        duplicateRate: 0.03)

    // MARK: - Domains

    /// One flavour per `DomainFlavors.list` entry, same order, same anchors, neighbours, boosts and TLDs.
    private static let flavors: [DomainFlavor] = [
        DomainFlavor(
            id: "voice_ai",
            anchors: [
                ("Echowave", "echowave.ai"), ("Parlance AI", "parlance.ai"), ("Vocalith", "vocalith.com"),
                ("Sonara Labs", "sonaralabs.com"), ("Murmur Systems", "murmursystems.io"),
            ],
            category: "Conversational Audio Platforms", categorySlug: "conversational-audio",
            products: [
                "call transcription engine", "spoken-language understanding SDK", "synthetic narration voices",
                "audio intelligence APIs", "real-time captioning", "meeting notes assistant",
                "AI dubbing and localization", "in-car virtual assistant",
            ],
            audiences: [
                "call centres", "app developers", "broadcasters", "podcast networks", "medical practices",
                "car makers", "customer service teams",
            ],
            specialties: [
                "Audio Intelligence", "Spoken Language Understanding", "Call Transcription", "Voice Cloning",
                "Dictation", "Neural Audio Synthesis", "Captioning",
            ],
            suffixes: ["Acoustics", "Sound", "Sonic", "Tone", "Vox"], tlds: ["ai", "com", "io"],
            skills: ["Audio Signal Processing", "Kaldi", "Whisper", "NVIDIA NeMo", "WebRTC", "PyTorch"],
            familyBoost: ["speech_engineer": 7, "ml_engineer": 6, "research_scientist": 3], neighbor: "llm_platforms",
            nameOverride: "Audio Intelligence", industryOverride: "Audio & Voice Software"),
        DomainFlavor(
            id: "fintech",
            anchors: [
                ("Ledgerline", "ledgerline.com"), ("Brightmint Pay", "brightmint.com"), ("Clearvault", "clearvault.io"),
                ("Quillfund", "quillfund.com"), ("Tenderloop", "tenderloop.co"),
            ],
            category: "Treasury Management Software", categorySlug: "treasury-management",
            products: [
                "money movement infrastructure", "merchant acquiring", "treasury APIs", "virtual card programs",
                "buy now, pay later financing", "global payout rails", "chargeback and dispute management",
                "accounts payable automation",
            ],
            audiences: [
                "online sellers", "platform businesses", "software vendors", "credit unions", "challenger banks",
                "finance teams", "small and midsize businesses",
            ],
            specialties: [
                "Money Movement", "Merchant Acquiring", "Treasury", "Embedded Finance", "Alternative Credit",
                "Accounts Payable", "Financial Infrastructure",
            ],
            suffixes: ["Ledger", "Fund", "Cash", "Mint", "Treasury"], tlds: ["com", "io", "co"],
            skills: ["PCI DSS", "ISO 20022", "Java", "Kotlin", "Kafka", "Event Sourcing", "Ledger Systems"],
            familyBoost: ["backend_engineer": 6, "data_scientist": 2, "security_engineer": 1], neighbor: "ecommerce",
            nameOverride: "Money Movement", industryOverride: "Financial Services"),
        DomainFlavor(
            id: "cybersecurity",
            anchors: [
                ("Sentrybyte", "sentrybyte.com"), ("Cipherhold", "cipherhold.io"),
                ("Wardline Security", "wardline.security"), ("Vigilo Labs", "vigilolabs.com"),
                ("Obsidra", "obsidra.com"),
            ],
            category: "Extended Detection and Response (XDR) Platforms",
            categorySlug: "extended-detection-and-response-xdr",
            products: [
                "attack surface management", "managed detection and response", "breach prevention",
                "privileged access management", "exposure management", "ransomware protection",
                "phishing defense", "cloud workload protection",
            ],
            audiences: [
                "SecOps teams", "CISOs", "IT departments", "cloud-first companies", "financial institutions",
                "public sector agencies", "managed service providers",
            ],
            specialties: [
                "SecOps", "Breach Prevention", "Attack Surface Management", "XDR", "Vulnerability Management",
                "Access Management", "Cyber Resilience", "InfoSec",
            ],
            suffixes: ["Guard", "Sentinel", "Bastion", "Secure", "Aegis"], tlds: ["com", "io", "security"],
            skills: [
                "Splunk", "CrowdStrike Falcon", "MITRE ATT&CK", "Threat Intelligence", "Malware Analysis", "Rust",
                "Vulnerability Management",
            ],
            familyBoost: ["security_engineer": 8, "backend_engineer": 2], neighbor: "devtools",
            nameOverride: "Cyber Defense", industryOverride: "Cyber Defense Software"),
        DomainFlavor(
            id: "devtools",
            anchors: [
                ("Forgeline", "forgeline.dev"), ("Stacktrail", "stacktrail.io"), ("Commitly", "commitly.dev"),
                ("Pipewright", "pipewright.com"), ("Tracebloom", "tracebloom.io"),
            ],
            category: "Application Release Orchestration Software", categorySlug: "application-release-orchestration",
            products: [
                "software delivery automation", "build tooling", "release engineering platform",
                "internal developer portal", "application performance monitoring", "error tracking",
                "code intelligence", "progressive rollouts", "on-call management",
            ],
            audiences: [
                "software teams", "platform engineering groups", "scale-ups", "large enterprises",
                "open-source communities", "SRE teams", "release managers",
            ],
            specialties: [
                "Software Delivery", "Build Tooling", "Release Engineering", "Application Monitoring",
                "Platform Engineering", "Developer Experience", "Code Quality",
            ],
            suffixes: ["Build", "Ship", "Deploy", "Code", "Works"], tlds: ["dev", "io", "com"],
            skills: [
                "Bazel", "GitHub Actions", "Kubernetes", "OpenTelemetry", "Golang", "TypeScript", "Release Engineering",
            ],
            familyBoost: [
                "devops_engineer": 5, "backend_engineer": 4, "frontend_engineer": 2, "solutions_engineer": 1,
            ],
            neighbor: "data_infra",
            nameOverride: "Software Delivery", industryOverride: "Software Engineering Tools"),
        DomainFlavor(
            id: "data_infra",
            anchors: [
                ("Lakehold", "lakehold.io"), ("Streamvane", "streamvane.com"), ("Quarry Data", "quarrydata.io"),
                ("Tabulo", "tabulo.ai"), ("Schemata Systems", "schemata.systems"),
            ],
            category: "Data Integration Software", categorySlug: "data-integration",
            products: [
                "open lakehouse storage", "data pipelines as a service", "metrics layer", "change data capture",
                "real-time event streaming", "data catalog", "serverless query engine", "data quality monitoring",
            ],
            audiences: [
                "data teams", "BI teams", "large enterprises", "financial services firms", "product organizations",
                "retail chains", "machine learning teams",
            ],
            specialties: [
                "Lakehouse", "Data Pipelines", "Metrics Layer", "Change Data Capture", "Data Governance",
                "Real-Time Data", "Data Integration",
            ],
            suffixes: ["Lake", "Query", "Stream", "Table", "Flow"], tlds: ["io", "com", "ai"],
            skills: ["Apache Spark", "Apache Kafka", "Apache Iceberg", "Flink", "dbt", "Trino", "Databricks"],
            familyBoost: ["data_engineer": 7, "backend_engineer": 3, "data_scientist": 2], neighbor: "llm_platforms",
            nameOverride: "Modern Data Stack", industryOverride: "Data Management Software"),
        DomainFlavor(
            id: "healthtech",
            anchors: [
                ("Mediquill", "mediquill.com"), ("Clinara Health", "clinarahealth.com"), ("Curanto", "curanto.health"),
                ("Telecura", "telecura.com"), ("Vitalis Cloud", "vitaliscloud.io"),
            ],
            category: "Patient Engagement Software", categorySlug: "patient-engagement",
            products: [
                "virtual care platform", "patient engagement suite", "medical records system",
                "revenue cycle management", "at-home vitals monitoring", "ambient medical scribe",
                "care navigation", "prior authorization automation",
            ],
            audiences: [
                "physician practices", "hospital networks", "integrated delivery networks", "health insurers",
                "mental health practices", "pharmacy chains", "home care agencies",
            ],
            specialties: [
                "Virtual Care", "Patient Engagement", "Care Delivery", "Revenue Cycle Management",
                "Population Health", "Medical Records", "Interoperability",
            ],
            suffixes: ["Medical", "Wellness", "Vital", "Cura", "Rx"], tlds: ["com", "health", "io"],
            skills: ["FHIR", "HL7 v2", "HIPAA Compliance", "Epic", "Python", "React Native", "SOC 2"],
            familyBoost: [
                "backend_engineer": 4, "data_scientist": 2, "frontend_engineer": 2, "mobile_engineer": 2,
                "product_manager": 1,
            ],
            neighbor: "hr_tech",
            nameOverride: "Virtual Care", industryOverride: "Health Care Technology"),
        DomainFlavor(
            id: "ecommerce",
            anchors: [
                ("Cartwell", "cartwell.com"), ("Shopforge", "shopforge.io"), ("Basketry", "basketry.shop"),
                ("Tillsmith", "tillsmith.com"), ("Merchanta", "merchanta.com"),
            ],
            category: "Digital Commerce Platforms", categorySlug: "digital-commerce-platforms",
            products: [
                "composable storefront", "order management system", "product information management",
                "unified commerce suite", "site search and merchandising", "subscription billing",
                "returns management", "conversion optimisation",
            ],
            audiences: [
                "consumer brands", "DTC labels", "multi-brand retailers", "wholesale distributors",
                "specialty retailers", "independent merchants", "creators",
            ],
            specialties: [
                "Digital Commerce", "Storefront", "Order Management", "Omnichannel Retail", "Product Discovery",
                "Composable Commerce", "Merchandising",
            ],
            suffixes: ["Store", "Goods", "Trade", "Basket", "Buy"], tlds: ["com", "shop", "io"],
            skills: ["Shopify", "Magento", "GraphQL", "React", "Algolia", "Redis", "Node.js"],
            familyBoost: ["frontend_engineer": 4, "backend_engineer": 4, "mobile_engineer": 2, "data_scientist": 1],
            neighbor: "martech",
            nameOverride: "Digital Commerce", industryOverride: "Retail Technology"),
        DomainFlavor(
            id: "hr_tech",
            anchors: [
                ("Talentloom", "talentloom.com"), ("Payrollo", "payrollo.com"), ("Crewlane", "crewlane.io"),
                ("Staffbright", "staffbright.com"), ("Rosterly", "rosterly.co"),
            ],
            category: "Human Capital Management Software", categorySlug: "human-capital-management",
            products: [
                "people operations platform", "employee experience suite", "compensation management",
                "applicant tracking system", "employer of record services", "shift scheduling",
                "benefits administration", "performance management",
            ],
            audiences: [
                "people teams", "hiring teams", "scaling startups", "frontline employers", "distributed companies",
                "small and midsize businesses", "staffing agencies",
            ],
            specialties: [
                "People Operations", "Employee Experience", "Compensation", "Applicant Tracking",
                "Employer of Record", "HCM", "Benefits Administration",
            ],
            suffixes: ["Crew", "Team", "Folk", "Work", "Roster"], tlds: ["com", "io", "co"],
            skills: ["Ruby on Rails", "React", "Postgres", "Workday", "Greenhouse", "SOC 2"],
            familyBoost: [
                "backend_engineer": 3, "frontend_engineer": 3, "product_manager": 2, "sales": 2, "designer": 1,
            ],
            neighbor: "fintech",
            nameOverride: "People Operations", industryOverride: "Human Resources Services"),
        DomainFlavor(
            id: "martech",
            anchors: [
                ("Campaignly", "campaignly.com"), ("Funnelcraft", "funnelcraft.io"), ("Brandpulse", "brandpulse.co"),
                ("Mailquill", "mailquill.com"), ("Leadsprout", "leadsprout.io"),
            ],
            category: "Customer Journey Orchestration Software", categorySlug: "customer-journey-orchestration",
            products: [
                "growth platform", "lifecycle messaging", "audience data platform",
                "cross-channel journey orchestration", "push notification tooling", "marketing attribution",
                "loyalty programs", "programmatic advertising",
            ],
            audiences: [
                "growth marketers", "B2B software companies", "consumer apps", "media agencies", "retail brands",
                "subscription businesses",
            ],
            specialties: [
                "Growth Marketing", "Lifecycle Messaging", "Audience Data", "Attribution", "Personalization",
                "Loyalty", "Programmatic Advertising",
            ],
            suffixes: ["Funnel", "Audience", "Boost", "Loop", "Signal"], tlds: ["com", "io", "co"],
            skills: ["Braze", "Segment", "Google Analytics", "Marketo", "Python", "Experimentation", "BigQuery"],
            familyBoost: [
                "marketing": 4, "backend_engineer": 2, "frontend_engineer": 2, "data_scientist": 2, "sales": 2,
            ],
            neighbor: "ecommerce",
            nameOverride: "Growth Platforms", industryOverride: "Advertising Services"),
        DomainFlavor(
            id: "robotics",
            anchors: [
                ("Servoline Robotics", "servoline.com"), ("Autonomo", "autonomo.ai"), ("Gantrix", "gantrix.com"),
                ("Dronewell", "dronewell.io"), ("Axlebot", "axlebot.com"),
            ],
            category: "Warehouse Automation Software", categorySlug: "warehouse-automation",
            products: [
                "warehouse automation", "unmanned aerial systems", "automated guided vehicles", "driverless trucking",
                "collaborative robot arms", "machine perception stack", "mobile manipulation",
                "fleet orchestration software",
            ],
            audiences: [
                "distribution centers", "factories", "third-party logistics providers", "agribusinesses", "mines",
                "energy utilities", "defense contractors",
            ],
            specialties: [
                "Warehouse Automation", "Unmanned Aerial Systems", "Machine Perception", "Motion Planning",
                "Mechatronics", "Driverless Trucking", "Cobots",
            ],
            suffixes: ["Robots", "Motion", "Mechanics", "Kinetics", "Bots"], tlds: ["com", "ai", "io"],
            skills: ["C++", "ROS 2", "SLAM", "Motion Planning", "Sensor Fusion", "OpenCV", "Gazebo"],
            familyBoost: ["embedded_engineer": 8, "ml_engineer": 4, "research_scientist": 2], neighbor: "climate",
            nameOverride: "Autonomous Machines", industryOverride: "Automation Machinery Manufacturing"),
        DomainFlavor(
            id: "climate",
            anchors: [
                ("Voltgrove Energy", "voltgrove.com"), ("Carbonfold", "carbonfold.io"), ("Gridlark", "gridlark.energy"),
                ("Sunhaven Energy", "sunhaven.energy"), ("Cellvault", "cellvault.com"),
            ],
            category: "Sustainability Management Software", categorySlug: "sustainability-management",
            products: [
                "decarbonization software", "renewables asset management", "power markets trading",
                "emissions tracking", "virtual power plants", "EV fleet charging",
                "distributed energy resource management", "building electrification",
            ],
            audiences: [
                "electric utilities", "industrial manufacturers", "real estate owners", "renewables developers",
                "fleet operators", "independent power producers", "sustainability teams",
            ],
            specialties: [
                "Decarbonization", "Renewables", "Power Markets", "Emissions Tracking", "Electrification",
                "Distributed Energy Resources", "ESG Reporting",
            ],
            suffixes: ["Volt", "Watt", "Carbon", "Renewables", "Electric"], tlds: ["com", "energy", "io"],
            skills: [
                "Python", "Time Series Forecasting", "Energy Modeling", "SCADA", "Mathematical Optimization",
                "Modbus", "AWS",
            ],
            familyBoost: ["backend_engineer": 3, "data_scientist": 3, "embedded_engineer": 3, "data_engineer": 2],
            neighbor: "robotics",
            nameOverride: "Decarbonization", industryOverride: "Renewables & Environment"),
        DomainFlavor(
            id: "llm_platforms",
            anchors: [
                ("Promptwell", "promptwell.ai"), ("Tokenforge", "tokenforge.ai"), ("Latentis AI", "latentis.ai"),
                ("Modelcraft", "modelcraft.io"), ("Inferix", "inferix.ai"),
            ],
            category: "AI Inference Platforms", categorySlug: "ai-inference-platforms",
            products: [
                "model serving", "AI agents infrastructure", "foundation model tooling",
                "retrieval-augmented generation", "GPU cloud", "model evaluation", "prompt management",
                "AI guardrails", "custom model fine-tuning",
            ],
            audiences: [
                "software developers", "Fortune 500 companies", "applied AI teams", "AI-native startups",
                "regulated enterprises", "academic labs",
            ],
            specialties: [
                "Model Serving", "AI Agents", "Retrieval-Augmented Generation", "Model Fine-Tuning",
                "GPU Infrastructure", "AI Safety", "Inference Optimization",
            ],
            suffixes: ["Neural", "Tensor", "Cortex", "Mind", "Cognition"], tlds: ["ai", "com", "io"],
            skills: ["PyTorch", "vLLM", "LangChain", "CUDA", "Vector Databases", "Prompt Engineering", "Kubernetes"],
            familyBoost: ["ml_engineer": 7, "research_scientist": 5, "backend_engineer": 2, "solutions_engineer": 1],
            neighbor: "voice_ai",
            nameOverride: "AI Infrastructure", industryOverride: "Machine Learning Infrastructure"),
    ]

    // MARK: - Role families

    /// Titles per `Vocabulary.roleFamilies` id, none with a level word.
    private static let families: [String: FamilyWording] = [
        "ml_engineer": FamilyWording(
            title: "Applied AI Developer",
            synonyms: ["Machine Intelligence Engineer", "Modeling Engineer", "AI/ML Developer"],
            area: "Applied AI"),
        "research_scientist": FamilyWording(
            title: "AI Scientist",
            synonyms: ["Deep Learning Scientist", "Machine Learning Researcher", "NLP Scientist"],
            area: "AI Research"),
        "speech_engineer": FamilyWording(
            title: "Voice Technology Engineer",
            synonyms: ["Speech & Audio Developer", "Acoustic Modeling Engineer", "Audio Signal Processing Engineer"],
            area: "Audio Technology"),
        "backend_engineer": FamilyWording(
            title: "Server-Side Developer",
            synonyms: ["Software Developer", "API Developer", "Systems Programmer"],
            area: "Platform Services"),
        "frontend_engineer": FamilyWording(
            title: "Front-End Developer",
            synonyms: ["JavaScript Developer", "Web Developer", "React Developer"],
            area: "Web Applications"),
        "mobile_engineer": FamilyWording(
            title: "App Developer",
            synonyms: ["iOS Developer", "Android Developer", "Swift Developer"],
            area: "Mobile Apps"),
        "data_engineer": FamilyWording(
            title: "Big Data Developer",
            synonyms: ["Data Integration Engineer", "Data Warehouse Developer", "Pipeline Engineer"],
            area: "Data Services"),
        "data_scientist": FamilyWording(
            title: "Insights Analyst",
            synonyms: ["Applied Statistician", "BI Analyst", "Statistical Modeler"],
            area: "Insights"),
        "devops_engineer": FamilyWording(
            title: "Production Engineer",
            synonyms: ["Reliability Engineer", "Cloud Operations Engineer", "Systems Engineer"],
            area: "Production Operations"),
        "security_engineer": FamilyWording(
            title: "SecOps Engineer",
            synonyms: ["Threat Hunter", "Cyber Defense Analyst", "Ethical Hacker"],
            area: "Cyber Defense"),
        "embedded_engineer": FamilyWording(
            title: "Firmware Developer",
            synonyms: ["Embedded Systems Developer", "Controls Software Developer", "Autonomy Engineer"],
            area: "Embedded Systems"),
        "product_manager": FamilyWording(
            title: "Digital Product Owner",
            synonyms: ["Product Owner", "Technical Product Owner", "Product Strategist"],
            area: "Product Management"),
        "designer": FamilyWording(
            title: "Experience Designer",
            synonyms: ["Visual Designer", "Digital Designer", "Service Designer"],
            area: "User Experience"),
        "sales": FamilyWording(
            title: "Client Partner",
            synonyms: ["Business Development Executive", "New Business Executive", "Sales Consultant"],
            area: "Business Development"),
        "solutions_engineer": FamilyWording(
            title: "Pre-Sales Consultant",
            synonyms: ["Technical Consultant", "Solutions Consultant", "Field Engineer"],
            area: "Pre-Sales"),
        "marketing": FamilyWording(
            title: "Go-to-Market Specialist",
            synonyms: ["Demand Generation Specialist", "Product Marketer", "Brand Strategist"],
            area: "Growth Marketing"),
        "engineering_manager": FamilyWording(
            title: "Software Developer",
            synonyms: ["Software Development Engineer", "Full-Stack Developer", "Application Developer"],
            area: "Product Engineering"),
    ]

    // MARK: - Levels

    /// Level patterns; `{t}` is a family title or synonym, `{a}` the family's area. No pattern appends a word to
    /// `{a}`, so every area reads well in every management pattern.
    private static let levels = LevelWording(
        intern: ["{t} Intern", "{t} (Internship)", "Working Student, {t}", "Summer Intern, {t}"],
        junior: ["Entry-Level {t}", "{t} I", "Associate {t}", "Jr. {t}"],
        mid: ["{t}", "{t} II", "Intermediate {t}", "Mid-Level {t}"],
        senior: ["Snr. {t}", "{t} III", "Senior {t}", "Sr {t}", "Experienced {t}"],
        staff: ["Lead {t}", "Staff {t}", "{t} IV"],
        principal: ["Principal {t}", "Distinguished {t}", "{t} V"],
        engineeringManager: ["Manager, {a}", "{a} Team Manager", "Team Lead, {a}"],
        manager: ["{a} Team Manager", "Manager, {a}", "{a} Team Lead"],
        engineeringDirector: ["Head of {a}", "Senior Director, {a}", "Engineering Director", "{a} Director"],
        director: ["Director, {a}", "Head of {a}", "Senior Director, {a}", "{a} Director"],
        engineeringVP: ["VP, {a}", "SVP Engineering", "Vice President of Engineering", "VP Technology"],
        vp: ["VP, {a}", "Vice President of {a}", "SVP, {a}"])

    // MARK: - Places

    /// Every `NameBank.regions` city → how profiles in this world write it.
    private static let places: [String: [String]] = [
        // United States
        "San Francisco, California, United States": ["San Francisco Bay Area", "SF, CA, USA", "San Francisco, CA"],
        "New York, New York, United States": ["New York City Metropolitan Area", "NYC", "New York, NY"],
        "Seattle, Washington, United States": ["Greater Seattle Area", "Seattle, WA"],
        "Austin, Texas, United States": ["Austin, Texas Metropolitan Area", "Austin, TX"],
        "Boston, Massachusetts, United States": ["Greater Boston", "Boston, MA"],
        // United Kingdom
        "London, England, United Kingdom": ["Greater London", "London, UK", "London Area, United Kingdom"],
        "Manchester, England, United Kingdom": ["Greater Manchester", "Manchester, UK"],
        "Edinburgh, Scotland, United Kingdom": ["Edinburgh, Scotland", "City of Edinburgh, Scotland, United Kingdom"],
        "Cambridge, England, United Kingdom": ["Cambridge, UK", "Cambridge, Cambridgeshire, UK"],
        // Ireland
        "Dublin, Ireland": ["Dublin, County Dublin, Ireland", "Greater Dublin Area"],
        "Cork, Ireland": ["Cork, County Cork, Ireland", "County Cork, Ireland"],
        "Galway, Ireland": ["Galway, County Galway, Ireland", "County Galway, Ireland"],
        // German-speaking Europe
        "Berlin, Germany": ["Berlin Metropolitan Area", "Berlin, Deutschland"],
        "Munich, Bavaria, Germany": ["München, Bayern, Deutschland", "Greater Munich Metropolitan Area"],
        "Hamburg, Germany": ["Hamburg, Deutschland", "Hamburg Metropolitan Area"],
        "Zürich, Switzerland": ["Zurich, Switzerland", "Zürich, Schweiz", "Greater Zurich Area"],
        "Vienna, Austria": ["Wien, Österreich", "Vienna, AT"],
        // French-speaking
        "Paris, Île-de-France, France": ["Greater Paris Metropolitan Region", "Paris et périphérie", "Paris, France"],
        "Lyon, France": ["Lyon et périphérie", "Lyon, Auvergne-Rhône-Alpes, France"],
        "Montréal, Quebec, Canada": ["Greater Montreal Metropolitan Area", "Montreal, QC", "Montréal, Québec, Canada"],
        // Spanish-speaking
        "Madrid, Spain": ["Madrid y alrededores", "Comunidad de Madrid, España"],
        "Barcelona, Catalonia, Spain": ["Barcelona, Cataluña, España", "Greater Barcelona Metropolitan Area"],
        "Mexico City, Mexico": ["Ciudad de México, CDMX, México", "Mexico City Metropolitan Area"],
        "Buenos Aires, Argentina": ["Ciudad Autónoma de Buenos Aires, Argentina", "Gran Buenos Aires"],
        // Poland
        "Warsaw, Masovia, Poland": ["Warszawa, Mazowieckie, Polska", "Warsaw Metropolitan Area"],
        "Kraków, Poland": ["Kraków, Małopolskie, Polska", "Krakow, Lesser Poland"],
        "Wrocław, Poland": ["Wrocław, Dolnośląskie, Polska", "Wroclaw, Poland"],
        // Nordics
        "Copenhagen, Denmark": ["Greater Copenhagen Region", "København, Danmark"],
        "Stockholm, Sweden": ["Greater Stockholm Metropolitan Area", "Stockholm, Stockholm County, Sweden"],
        "Oslo, Norway": ["Oslo, Norge", "Oslo Metropolitan Area"],
        "Helsinki, Finland": ["Helsinki Metropolitan Area", "Helsinki, Uusimaa, Finland"],
        // Vietnam
        "Ho Chi Minh City, Vietnam": ["Thành phố Hồ Chí Minh, Việt Nam", "Ho Chi Minh City Metropolitan Area"],
        "Hanoi, Vietnam": ["Hà Nội, Việt Nam", "Ha Noi, Vietnam"],
        // China and Singapore
        "Shanghai, China": ["Shanghai, Shanghai, China", "Greater Shanghai Area"],
        "Beijing, China": ["Beijing, Beijing, China", "北京市"],
        "Shenzhen, Guangdong, China": ["Shenzhen, China", "深圳市, 广东"],
        "Singapore": ["Singapore, Singapore", "Central Region, Singapore"],
        // Turkey
        "Istanbul, Turkey": ["İstanbul, Türkiye", "Greater Istanbul"],
        "Ankara, Turkey": ["Ankara, Türkiye"],
        "İzmir, Turkey": ["Izmir, Turkey", "İzmir, Türkiye"],
        // India
        "Bengaluru, Karnataka, India": ["Bangalore Urban, Karnataka, India", "Greater Bengaluru Area", "Bangalore"],
        "Hyderabad, Telangana, India": ["Greater Hyderabad Area", "Hyderabad, TG, India"],
        "Pune, Maharashtra, India": ["Pune/Pimpri-Chinchwad Area", "Pune, MH, India"],
        // Africa
        "Lagos, Nigeria": ["Lagos State, Nigeria", "Lagos, NG"],
        "Nairobi, Kenya": ["Nairobi County, Kenya", "Nairobi, KE"],
        "Accra, Ghana": ["Greater Accra Region, Ghana", "Accra Metropolitan Area"],
        // Portuguese-speaking
        "São Paulo, Brazil": ["São Paulo, São Paulo, Brasil", "Sao Paulo, Brazil", "Greater São Paulo"],
        "Rio de Janeiro, Brazil": ["Rio de Janeiro, RJ, Brasil", "Greater Rio de Janeiro"],
        "Lisbon, Portugal": ["Lisboa, Portugal", "Área Metropolitana de Lisboa"],
        // Japan
        "Tokyo, Japan": ["Greater Tokyo Area", "東京都, 日本", "Tokyo, Tokyo, Japan"],
        "Osaka, Japan": ["Osaka Prefecture, Japan", "大阪市, 大阪府"],
        // Israel
        "Tel Aviv, Israel": ["Tel Aviv-Yafo, Tel Aviv District, Israel", "Greater Tel Aviv"],
        "Haifa, Israel": ["Haifa District, Israel", "Haifa, IL"],
        // Canada
        "Toronto, Ontario, Canada": ["Greater Toronto Area, Canada", "Toronto, ON"],
        "Vancouver, British Columbia, Canada": ["Greater Vancouver, BC", "Vancouver, BC, Canada"],
        "Waterloo, Ontario, Canada": ["Waterloo, ON, Canada", "Kitchener-Waterloo Region"],
    ]

    // MARK: - Skills

    /// Canonical `Vocabulary` skill → the spelling real profiles often use.
    private static let skills: [String: String] = [
        "Go": "Golang",
        "Kubernetes": "K8s",
        "PostgreSQL": "Postgres",
        "JavaScript": "JS",
        "Machine Learning": "ML",
        "Deep Learning": "Neural Networks",
        "NLP": "Natural Language Processing",
        "Speech Recognition": "Automatic Speech Recognition",
        "TTS": "Speech Synthesis",
        "Signal Processing": "DSP",
        "CI/CD": "Continuous Delivery",
        "AWS": "Amazon Web Services",
        "GCP": "Google Cloud Platform",
        "Node.js": "NodeJS",
        "React": "React.js",
        "Next.js": "NextJS",
        "Rails": "Ruby on Rails",
        "Statistics": "Statistical Modeling",
        "A/B Testing": "Experimentation",
        "User Research": "UX Research",
        "People Management": "Team Management",
        "Hugging Face": "HuggingFace",
    ]
}
