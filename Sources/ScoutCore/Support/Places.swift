import Foundation

/// Where a JD accepts people, read from free text with a small world gazetteer: cities, countries (with local and
/// short names) and regions ("EU", "DACH", "North America", "Nordics" …). A person matches by city or country.
public struct PlaceSet: Sendable, Equatable {
    /// Canonical city names ("Munich").
    public var cities: Set<String>
    /// Canonical country names ("Germany").
    public var countries: Set<String>

    public init(cities: Set<String> = [], countries: Set<String> = []) {
        self.cities = cities
        self.countries = countries
    }

    public var isEmpty: Bool { cities.isEmpty && countries.isEmpty }

    /// Every word of every place name the gazetteer knows ("united", "states", "berlin" …).
    public static let placeWords: Set<String> = Set(
        (Places.countryAliases.map(\.alias) + Places.cityAliases.map(\.alias) + Places.regions.map(\.0)).flatMap(
            TextTokens.words))

    /// Every place named in `text`; a region adds its countries. Text that opens the role to everyone ("relocation
    /// provided", "visa sponsorship", "remote-first", "worldwide") names no constraint, unless it says "within" a place.
    public static func parse(_ text: String) -> PlaceSet {
        let normalized = TextTokens.normalized(text)
        if opensRole(text) { return PlaceSet() }
        var set = PlaceSet()
        for (name, countries) in Places.regions where normalized.contains(" \(name) ") {
            set.countries.formUnion(countries)
        }
        // "us" is a country only when written "US" or "U.S." ("remote US"), never the pronoun.
        let saysUS = text.range(of: #"\bU\.?S\.?\b"#, options: .regularExpression) != nil
        for (alias, country) in Places.countryAliases
        where (alias != "us" || saysUS) && normalized.contains(" \(alias) ") {
            set.countries.insert(country)
        }
        for (alias, city) in Places.cityAliases where normalized.contains(" \(alias) ") { set.cities.insert(city.name) }
        return set
    }

    /// True when the text opens the role to people anywhere (see ``parse(_:)``).
    public static func opensRole(_ text: String) -> Bool {
        let normalized = TextTokens.normalized(text)
        let open =
            [
                " relocation ", " relocate ", " visa ", " worldwide ", " remote first ", " anywhere in the world ",
                " any country ",
            ].contains(where: normalized.contains)
            || (normalized.contains(" from anywhere ") && !normalized.contains(" from anywhere in "))
        return open && !normalized.contains(" within ")
            && (!normalized.contains(" anywhere in ") || normalized.contains(" anywhere in the world "))
    }

    /// The first place `text` names, canonically ("Berlin", "Germany"): a short location for a vendor's query.
    public static func primary(in text: String) -> String? {
        let normalized = TextTokens.normalized(text)
        var best: (offset: Int, name: String)?
        let names =
            Places.cityAliases.map { ($0.alias, $0.city.name) }
            + Places.countryAliases.filter { $0.alias != "us" }.map { ($0.alias, $0.country) }
        for (alias, name) in names {
            guard let range = normalized.range(of: " \(alias) ") else { continue }
            let offset = normalized.distance(from: normalized.startIndex, to: range.lowerBound)
            if offset < (best?.offset ?? .max) { best = (offset, name) }
        }
        return best?.name
    }

    /// The city and country a person's location text names, if the gazetteer knows them.
    public static func locate(_ text: String) -> (city: String?, country: String?) {
        let normalized = TextTokens.normalized(text)
        let city = Places.cityAliases.first { normalized.contains(" \($0.alias) ") }?.city
        let country = Places.countryAliases.first { normalized.contains(" \($0.alias) ") }?.country
        return (city?.name, country ?? city?.country)
    }

    /// True when a person located by `text` is in one of the places.
    public func contains(location text: String) -> Bool? {
        let (city, country) = Self.locate(text)
        if city == nil, country == nil { return nil }
        if let city, cities.contains(city) { return true }
        if let country, countries.contains(country) { return true }
        // A city in an accepted place's country is accepted only when the JD named that country (not just a city).
        return false
    }
}

/// The gazetteer behind ``PlaceSet``: names as ``TextTokens`` words (lowercase, no diacritics).
enum Places {
    static let eu = [
        "Austria", "Belgium", "Bulgaria", "Croatia", "Cyprus", "Czechia", "Denmark", "Estonia", "Finland", "France",
        "Germany", "Greece", "Hungary", "Ireland", "Italy", "Latvia", "Lithuania", "Luxembourg", "Malta",
        "Netherlands", "Poland", "Portugal", "Romania", "Slovakia", "Slovenia", "Spain", "Sweden",
    ]
    static let europe = eu + ["United Kingdom", "Switzerland", "Norway", "Iceland", "Ukraine", "Serbia"]

    static let regions: [(String, [String])] = [
        ("eu", eu), ("european union", eu), ("europe", europe),
        (
            "emea",
            europe + [
                "Israel", "United Arab Emirates", "Turkey",
                "South Africa", "Nigeria", "Kenya", "Egypt", "Ghana", "Saudi Arabia",
            ]
        ),
        ("dach", ["Germany", "Austria", "Switzerland"]),
        ("nordics", ["Denmark", "Sweden", "Norway", "Finland", "Iceland"]),
        ("nordic", ["Denmark", "Sweden", "Norway", "Finland", "Iceland"]),
        ("benelux", ["Belgium", "Netherlands", "Luxembourg"]),
        ("north america", ["United States", "Canada"]),
        ("latin america", ["Mexico", "Brazil", "Argentina", "Colombia", "Chile", "Peru"]),
        ("latam", ["Mexico", "Brazil", "Argentina", "Colombia", "Chile", "Peru"]),
        ("south america", ["Brazil", "Argentina", "Colombia", "Chile", "Peru"]),
        (
            "apac",
            ["Singapore", "Japan", "India", "Australia", "China", "Vietnam", "South Korea", "Indonesia", "New Zealand"]
        ),
        ("asia", ["Singapore", "Japan", "India", "China", "Vietnam", "South Korea", "Indonesia"]),
        ("africa", ["Nigeria", "Kenya", "Ghana", "South Africa", "Egypt"]),
        ("middle east", ["Israel", "Turkey", "United Arab Emirates", "Saudi Arabia"]),
        ("uk or ireland", ["United Kingdom", "Ireland"]), ("british isles", ["United Kingdom", "Ireland"]),
    ]

    /// Country aliases → canonical name: English, local and short names.
    static let countryAliases: [(alias: String, country: String)] = {
        let table: [String: [String]] = [
            "United States": ["united states", "usa", "us", "u s", "united states of america", "america"],
            "United Kingdom": [
                "united kingdom", "uk", "u k", "england", "scotland", "wales", "great britain", "britain",
            ],
            "Germany": ["germany", "deutschland"], "Austria": ["austria", "osterreich"],
            "Switzerland": ["switzerland", "schweiz", "suisse"],
            "France": ["france"], "Spain": ["spain", "espana"], "Italy": ["italy", "italia"], "Portugal": ["portugal"],
            "Netherlands": ["netherlands", "the netherlands", "holland", "nederland"],
            "Belgium": ["belgium", "belgique"],
            "Ireland": ["ireland", "eire"], "Poland": ["poland", "polska"], "Czechia": ["czechia", "czech republic"],
            "Denmark": ["denmark", "danmark"], "Sweden": ["sweden", "sverige"], "Norway": ["norway", "norge"],
            "Finland": ["finland", "suomi"],
            "Iceland": ["iceland"], "Greece": ["greece"], "Romania": ["romania"], "Hungary": ["hungary"],
            "Ukraine": ["ukraine"],
            "Estonia": ["estonia"], "Latvia": ["latvia"], "Lithuania": ["lithuania"], "Luxembourg": ["luxembourg"],
            "Serbia": ["serbia"],
            "Croatia": ["croatia"], "Bulgaria": ["bulgaria"], "Slovakia": ["slovakia"], "Slovenia": ["slovenia"],
            "Cyprus": ["cyprus"], "Malta": ["malta"],
            "Canada": ["canada"], "Mexico": ["mexico"], "Brazil": ["brazil", "brasil"], "Argentina": ["argentina"],
            "Colombia": ["colombia"],
            "Chile": ["chile"], "Peru": ["peru"], "Turkey": ["turkey", "turkiye"], "Israel": ["israel"],
            "United Arab Emirates": ["united arab emirates", "uae"], "Saudi Arabia": ["saudi arabia"],
            "Egypt": ["egypt"],
            "India": ["india"], "China": ["china"], "Japan": ["japan", "nihon"], "Singapore": ["singapore"],
            "Vietnam": ["vietnam", "viet nam"],
            "South Korea": ["south korea", "korea"], "Indonesia": ["indonesia"], "Australia": ["australia"],
            "New Zealand": ["new zealand"],
            "Nigeria": ["nigeria"], "Kenya": ["kenya"], "Ghana": ["ghana"], "South Africa": ["south africa"],
        ]
        return table.flatMap { country, aliases in aliases.map { (alias: $0, country: country) } }.sorted {
            $0.alias.count > $1.alias.count
        }
    }()

    /// City aliases → (canonical city, country). Local spellings and metro-area names included.
    static let cityAliases: [(alias: String, city: (name: String, country: String))] = {
        let table: [(String, String, [String])] = [
            ("San Francisco", "United States", ["san francisco", "sf", "bay area", "silicon valley"]),
            ("New York", "United States", ["new york", "nyc", "new york city"]),
            ("Seattle", "United States", ["seattle"]),
            ("Austin", "United States", ["austin"]), ("Boston", "United States", ["boston"]),
            ("Chicago", "United States", ["chicago"]),
            ("Los Angeles", "United States", ["los angeles"]), ("Denver", "United States", ["denver"]),
            ("Toronto", "Canada", ["toronto"]), ("Vancouver", "Canada", ["vancouver"]),
            ("Montreal", "Canada", ["montreal"]),
            ("Waterloo", "Canada", ["waterloo"]), ("London", "United Kingdom", ["london"]),
            ("Manchester", "United Kingdom", ["manchester"]),
            ("Edinburgh", "United Kingdom", ["edinburgh"]), ("Cambridge", "United Kingdom", ["cambridge"]),
            ("Dublin", "Ireland", ["dublin"]), ("Cork", "Ireland", ["cork"]), ("Galway", "Ireland", ["galway"]),
            ("Berlin", "Germany", ["berlin"]), ("Munich", "Germany", ["munich", "munchen"]),
            ("Hamburg", "Germany", ["hamburg"]),
            ("Frankfurt", "Germany", ["frankfurt"]), ("Cologne", "Germany", ["cologne", "koln"]),
            ("Vienna", "Austria", ["vienna", "wien"]),
            ("Zurich", "Switzerland", ["zurich"]), ("Geneva", "Switzerland", ["geneva", "geneve"]),
            ("Paris", "France", ["paris"]),
            ("Lyon", "France", ["lyon"]), ("Madrid", "Spain", ["madrid"]), ("Barcelona", "Spain", ["barcelona"]),
            ("Lisbon", "Portugal", ["lisbon", "lisboa"]), ("Porto", "Portugal", ["porto"]),
            ("Amsterdam", "Netherlands", ["amsterdam"]),
            ("Rotterdam", "Netherlands", ["rotterdam"]), ("Brussels", "Belgium", ["brussels", "bruxelles"]),
            ("Milan", "Italy", ["milan", "milano"]),
            ("Rome", "Italy", ["rome", "roma"]), ("Warsaw", "Poland", ["warsaw", "warszawa"]),
            ("Krakow", "Poland", ["krakow"]),
            ("Wroclaw", "Poland", ["wroclaw", "wrocław"]), ("Lodz", "Poland", ["lodz", "łodz"]),
            ("Prague", "Czechia", ["prague", "praha"]), ("Copenhagen", "Denmark", ["copenhagen", "kobenhavn"]),
            ("Stockholm", "Sweden", ["stockholm"]), ("Oslo", "Norway", ["oslo"]), ("Helsinki", "Finland", ["helsinki"]),
            ("Tallinn", "Estonia", ["tallinn"]), ("Bucharest", "Romania", ["bucharest"]),
            ("Budapest", "Hungary", ["budapest"]),
            ("Athens", "Greece", ["athens"]), ("Kyiv", "Ukraine", ["kyiv", "kiev"]),
            ("Istanbul", "Turkey", ["istanbul"]),
            ("Ankara", "Turkey", ["ankara"]), ("Izmir", "Turkey", ["izmir"]), ("Tel Aviv", "Israel", ["tel aviv"]),
            ("Haifa", "Israel", ["haifa"]),
            ("Dubai", "United Arab Emirates", ["dubai"]), ("Bengaluru", "India", ["bengaluru", "bangalore"]),
            ("Hyderabad", "India", ["hyderabad"]),
            ("Pune", "India", ["pune"]), ("Mumbai", "India", ["mumbai"]), ("Delhi", "India", ["delhi", "new delhi"]),
            ("Shanghai", "China", ["shanghai"]), ("Beijing", "China", ["beijing"]), ("Shenzhen", "China", ["shenzhen"]),
            ("Tokyo", "Japan", ["tokyo"]), ("Osaka", "Japan", ["osaka"]), ("Seoul", "South Korea", ["seoul"]),
            ("Ho Chi Minh City", "Vietnam", ["ho chi minh city", "saigon"]), ("Hanoi", "Vietnam", ["hanoi"]),
            ("Sydney", "Australia", ["sydney"]), ("Melbourne", "Australia", ["melbourne"]),
            ("Lagos", "Nigeria", ["lagos"]),
            ("Nairobi", "Kenya", ["nairobi"]), ("Accra", "Ghana", ["accra"]),
            ("Cape Town", "South Africa", ["cape town"]),
            ("Sao Paulo", "Brazil", ["sao paulo"]), ("Rio de Janeiro", "Brazil", ["rio de janeiro"]),
            ("Mexico City", "Mexico", ["mexico city", "cdmx"]),
            ("Buenos Aires", "Argentina", ["buenos aires"]), ("Bogota", "Colombia", ["bogota"]),
            ("Santiago", "Chile", ["santiago"]),
        ]
        return table.flatMap { name, country, aliases in
            aliases.map { (alias: $0, city: (name: name, country: country)) }
        }
        .sorted { $0.alias.count > $1.alias.count }
    }()
}
