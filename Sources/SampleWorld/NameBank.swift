import Foundation

/// One region people come from: cities, names in their own script, schools.
struct Region: Sendable {
    /// "City, Region, Country" strings; the last component is the country.
    var cities: [String]
    var given: [String]
    var family: [String]
    /// Written family name first with no given-name order swap (Vietnamese), or as whole names (Chinese).
    var familyFirst = false
    /// Whole names used as-is (e.g. "王芳"), chosen with `wholeNameRate`.
    var wholeNames: [String] = []
    var wholeNameRate = 0.0
    var schools: [String]
    var weight: Int
}

/// The people-name and place tables of the sample world.
enum NameBank {
    static let regions: [Region] = [
        Region(
            cities: [
                "San Francisco, California, United States", "New York, New York, United States",
                "Seattle, Washington, United States", "Austin, Texas, United States",
                "Boston, Massachusetts, United States",
            ],
            given: [
                "James", "Emily", "Michael", "Sarah", "David", "Jessica", "Chris", "Ashley", "Daniel", "Megan",
                "Ryan", "Lauren", "Kevin", "Rachel", "Brian", "Nicole", "Tyler", "Hannah", "Marcus", "Jasmine",
            ],
            family: [
                "Smith", "Johnson", "Williams", "Brown", "Miller", "Davis", "Garcia", "Rodriguez", "Wilson",
                "Anderson", "Taylor", "Thomas", "Moore", "Martin", "Lee", "Walker", "Kim", "Nguyen",
            ],
            schools: [
                "Stanford University", "University of California, Berkeley", "Carnegie Mellon University",
                "Georgia Institute of Technology", "University of Michigan", "University of Texas at Austin",
            ], weight: 22),
        Region(
            cities: [
                "London, England, United Kingdom", "Manchester, England, United Kingdom",
                "Edinburgh, Scotland, United Kingdom", "Cambridge, England, United Kingdom",
            ],
            given: ["Oliver", "Amelia", "Harry", "Isla", "George", "Poppy", "Jack", "Freya", "Charlie", "Imogen"],
            family: ["Clarke", "Hughes", "Evans", "Patel", "Wright", "Green", "Hall", "Wood", "Turner", "Cooper"],
            schools: [
                "University of Cambridge", "Imperial College London", "University of Edinburgh",
                "University of Manchester",
            ],
            weight: 8),
        Region(
            cities: ["Dublin, Ireland", "Cork, Ireland", "Galway, Ireland"],
            given: ["Siobhán", "Seán", "Aoife", "Ciarán", "Niamh", "Oisín", "Róisín", "Pádraig"],
            family: ["Ó Briain", "Murphy", "Kelly", "O'Sullivan", "Byrne", "Ní Bhriain", "Walsh", "McCarthy"],
            schools: ["Trinity College Dublin", "University College Cork", "University of Galway"], weight: 3),
        Region(
            cities: [
                "Berlin, Germany", "Munich, Bavaria, Germany", "Hamburg, Germany", "Zürich, Switzerland",
                "Vienna, Austria",
            ],
            given: ["Jürgen", "Lena", "Lukas", "Sophie", "Maximilian", "Jana", "Björn", "Anja", "Felix", "Käthe"],
            family: [
                "Müller", "Schmidt", "Schneider", "Fischer", "Weiß", "Becker", "Schäfer", "Köhler", "Hoffmann", "Groß",
            ],
            schools: [
                "Technische Universität München", "ETH Zürich", "Humboldt-Universität zu Berlin",
                "RWTH Aachen University",
            ],
            weight: 9),
        Region(
            cities: ["Paris, Île-de-France, France", "Lyon, France", "Montréal, Quebec, Canada"],
            given: ["Chloé", "Léa", "Théo", "Hélène", "François", "Zoë", "Amélie", "Jérôme", "Étienne", "Maël"],
            family: [
                "Dubois", "Lefèvre", "Moreau", "Girard", "Bénard", "Rousseau", "Fontaine", "Chevalier", "Lemaître",
                "Faure",
            ],
            schools: [
                "École Polytechnique", "Sorbonne Université", "École Normale Supérieure", "Université de Montréal",
            ], weight: 6),
        Region(
            cities: ["Madrid, Spain", "Barcelona, Catalonia, Spain", "Mexico City, Mexico", "Buenos Aires, Argentina"],
            given: ["José", "María", "Jesús", "Lucía", "Andrés", "Sofía", "Raúl", "Inés", "Martín", "Valentina"],
            family: [
                "García", "Martínez", "Rodríguez", "López", "Hernández", "Pérez", "Gómez", "Sánchez", "Núñez", "Ibáñez",
            ],
            schools: [
                "Universidad Politécnica de Madrid", "Universitat Politècnica de Catalunya", "UNAM",
                "Universidad de Buenos Aires",
            ],
            weight: 6),
        Region(
            cities: ["Warsaw, Masovia, Poland", "Kraków, Poland", "Wrocław, Poland"],
            given: [
                "Łukasz", "Małgorzata", "Paweł", "Agnieszka", "Michał", "Zofia", "Wojciech", "Katarzyna", "Jędrzej",
                "Ewa",
            ],
            family: [
                "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański",
                "Dąbrowski", "Mazur",
            ],
            schools: ["Uniwersytet Warszawski", "AGH University of Kraków", "Politechnika Wrocławska"], weight: 5),
        Region(
            cities: ["Copenhagen, Denmark", "Stockholm, Sweden", "Oslo, Norway", "Helsinki, Finland"],
            given: ["Søren", "Åsa", "Björn", "Freja", "Mikael", "Ingrid", "Jørgen", "Sigrid", "Mads", "Elin"],
            family: [
                "Jørgensen", "Andersson", "Nielsen", "Lindqvist", "Østergaard", "Johansson", "Hansen", "Bergström",
                "Sørensen", "Virtanen",
            ],
            schools: [
                "KTH Royal Institute of Technology", "Aalto University", "Danmarks Tekniske Universitet", "NTNU",
            ], weight: 5),
        Region(
            cities: ["Ho Chi Minh City, Vietnam", "Hanoi, Vietnam"],
            given: ["Thị Lan", "Văn Minh", "Đức Anh", "Thu Hà", "Quang Huy", "Ngọc Ánh", "Minh Tuấn", "Hồng Nhung"],
            family: ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi"], familyFirst: true,
            schools: ["Vietnam National University", "Hanoi University of Science and Technology"], weight: 3),
        Region(
            cities: ["Shanghai, China", "Beijing, China", "Shenzhen, Guangdong, China", "Singapore"],
            given: ["Wei", "Fang", "Jing", "Lei", "Yan", "Hao", "Xin", "Ming"],
            family: ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang"],
            wholeNames: ["王芳", "李娜", "张伟", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴敏"], wholeNameRate: 0.4,
            schools: [
                "Tsinghua University", "Peking University", "Zhejiang University", "National University of Singapore",
            ], weight: 5),
        Region(
            cities: ["Istanbul, Turkey", "Ankara, Turkey", "İzmir, Turkey"],
            given: ["Ayşe", "Mehmet", "Elif", "Emre", "Zeynep", "Çağlar", "Gülşen", "Barış", "Şule", "Oğuz"],
            family: ["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Öztürk", "Aydın", "Özdemir", "Arslan"],
            schools: ["Boğaziçi University", "Middle East Technical University", "İstanbul Teknik Üniversitesi"],
            weight: 3),
        Region(
            cities: ["Bengaluru, Karnataka, India", "Hyderabad, Telangana, India", "Pune, Maharashtra, India"],
            given: ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Divya"],
            family: ["Sharma", "Iyer", "Reddy", "Gupta", "Nair", "Patel", "Rao", "Menon", "Singh", "Krishnan"],
            schools: ["Indian Institute of Technology Bombay", "IIT Madras", "BITS Pilani", "IIIT Hyderabad"], weight: 9
        ),
        Region(
            cities: ["Lagos, Nigeria", "Nairobi, Kenya", "Accra, Ghana"],
            given: ["Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Tunde", "Funmilayo", "Emeka", "Yewande"],
            family: ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Adebayo", "Nwosu", "Ogunleye"],
            schools: ["University of Lagos", "University of Nairobi", "Covenant University"], weight: 3),
        Region(
            cities: ["São Paulo, Brazil", "Rio de Janeiro, Brazil", "Lisbon, Portugal"],
            given: ["João", "Ana", "Luís", "Beatriz", "Gonçalo", "Letícia", "Thiago", "Conceição"],
            family: ["Silva", "Santos", "Oliveira", "Souza", "Gonçalves", "Araújo", "Simões", "Brandão"],
            schools: ["Universidade de São Paulo", "Unicamp", "Instituto Superior Técnico"], weight: 4),
        Region(
            cities: ["Tokyo, Japan", "Osaka, Japan"],
            given: ["Haruto", "Yui", "Sōta", "Aoi", "Ren", "Hina"],
            family: ["Satō", "Suzuki", "Takahashi", "Tanaka", "Itō", "Watanabe"],
            schools: ["University of Tokyo", "Kyoto University"], weight: 2),
        Region(
            cities: ["Tel Aviv, Israel", "Haifa, Israel"],
            given: ["Noa", "Yonatan", "Tamar", "Itai", "Maya", "Omer"],
            family: ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman"],
            schools: ["Technion – Israel Institute of Technology", "Tel Aviv University"], weight: 4),
        Region(
            cities: ["Toronto, Ontario, Canada", "Vancouver, British Columbia, Canada", "Waterloo, Ontario, Canada"],
            given: ["Liam", "Émilie", "Noah", "Gabrielle", "Ethan", "Mégane"],
            family: ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "MacDonald"],
            schools: ["University of Waterloo", "University of Toronto", "University of British Columbia"], weight: 5),
    ]

    /// Cumulative region weights for `SplitMix64.weightedIndex(cumulative:)`.
    static let cumulativeWeights: [Double] = {
        var total = 0.0
        return regions.map {
            total += Double($0.weight); return total
        }
    }()

    /// Employers without a vendor id: stealth and self-employment.
    static let unknownEmployers = [
        "Stealth Startup", "Stealth Mode Startup", "Confidential", "Self-employed", "Freelance",
        "Independent Consultant",
    ]

    static let degrees: [String: [String]] = [
        "engineering": ["BSc", "MSc", "BEng", "MEng", "PhD"], "data": ["BSc", "MSc", "PhD"],
        "product": ["BA", "BSc", "MBA"], "design": ["BA", "BFA", "MA"], "go_to_market": ["BA", "BBA", "MBA"],
    ]
    static let majors: [String: [String]] = [
        "engineering": [
            "Computer Science", "Electrical Engineering", "Software Engineering", "Mathematics", "Physics",
        ],
        "data": ["Statistics", "Computer Science", "Mathematics", "Economics"],
        "product": ["Business Administration", "Computer Science", "Economics"],
        "design": ["Interaction Design", "Graphic Design", "Human-Computer Interaction"],
        "go_to_market": ["Business Administration", "Marketing", "Communications", "Economics"],
    ]
}
