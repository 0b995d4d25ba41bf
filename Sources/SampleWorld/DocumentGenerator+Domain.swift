import Foundation
import ScoutCore

extension DocumentGenerator {
    /// Category pages on G2, Capterra and Gartner, a buyer's guide with a numbered list of non-companies, and news.
    func domainPages(_ flavor: DomainFlavor, _ rng: inout SplitMix64) -> [SampleDocument] {
        let members = world.companies(inDomain: flavor.id)
        let ranked =
            members.filter(\.isAnchor)
            + members.filter { !$0.isAnchor }.sorted {
                $0.employeesCount != $1.employeesCount ? $0.employeesCount > $1.employeesCount : $0.id < $1.id
            }
        var pages: [SampleDocument] = []
        let g2 = Array(ranked.prefix(15))
        pages.append(
            SampleDocument(
                kind: .category, title: "Best \(flavor.category) in 2026 | G2",
                url: "https://www.g2.com/categories/\(flavor.categorySlug)",
                content: """
                    Top \(flavor.category) products are ranked by user reviews and market presence. Popular products such as \
                    \(ListFormat.commaList(g2.prefix(3).map(\.name))) help \(flavor.audiences[0]) adopt \(flavor.products[0]).

                    \(ListFormat.numbered(g2.map { ($0.name, $0.tagline) }))
                    """,
                domainID: flavor.id))
        let capterra = Array(rng.shuffled(ranked).prefix(20))
        pages.append(
            SampleDocument(
                kind: .category, title: "Top 20 \(flavor.displayName) Companies | Capterra",
                url: "https://www.capterra.com/\(flavor.categorySlug)-software/",
                content: """
                    Compare the top \(flavor.displayName.lowercased()) companies of 2026 by verified reviews, pricing and features.

                    \(ListFormat.numbered(capterra.map { ($0.name, "\($0.tagline). \(rating(&rng)) stars") }))
                    """,
                domainID: flavor.id))
        let gartner = Array(ranked.prefix(12))
        pages.append(
            SampleDocument(
                kind: .category, title: "Gartner Peer Insights: \(flavor.category) Reviews",
                url: "https://www.gartner.com/reviews/market/\(flavor.categorySlug)",
                content: """
                    Vendors in the \(flavor.category) market include \(ListFormat.commaList(gartner.prefix(4).map(\.name))). \
                    Read verified reviews from IT decision makers.

                    \(ListFormat.numbered(gartner.map { ($0.name, "\(rating(&rng)) rating, \($0.size)") }))
                    """,
                domainID: flavor.id))
        pages.append(guide(flavor))
        let funded = rng.pick(members)
        pages.append(
            SampleDocument(
                kind: .news,
                title:
                    "\(funded.name) Raises $\(rng.int(8...120))M Series \(rng.pick(["A", "B", "C"])) | Tech Dispatch",
                url: "https://www.techdispatch.news/2026/\(rng.int(1...10))/\(funded.slug)-funding",
                content: """
                    \(funded.name) announced new funding On Tuesday to expand its \(rng.pick(flavor.products)). The Round was led by \
                    Northgate Ventures with participation from Existing Investors. The Chief Executive Officer said Demand From \
                    North America And Europe doubled. The Company plans to hire in London, Berlin and Toronto.
                    """,
                companyID: funded.id, domainID: flavor.id))
        pages.append(
            SampleDocument(
                kind: .news, title: "The State Of \(flavor.displayName) In 2026: Trends, Pricing And Hiring | Medium",
                url:
                    "https://medium.com/@techwriter/the-state-of-\(flavor.id.replacingOccurrences(of: "_", with: "-"))-2026",
                content: """
                    Every Quarter brings New Announcements. At Web Summit And Product Hunt, Founders talked about Open Source, \
                    Black Friday traffic and the General Availability of new features. Teams such as Platform, Growth and Security \
                    keep hiring. Read More on Hacker News. Terms Of Service · Privacy Policy.
                    """,
                domainID: flavor.id))
        return pages
    }

    private func guide(_ flavor: DomainFlavor) -> SampleDocument {
        let items: [(name: String, text: String)] = [
            ("Pricing And Licensing", "what it costs at ten times today's volume"),
            ("Security Reviews", "SOC 2 reports, SSO and data residency"),
            ("Integrations", "APIs, webhooks and the tools you already use"),
            ("Customer Support", "response times and a named account manager"),
            ("Roadmap", "how often new features ship"),
        ]
        return SampleDocument(
            kind: .news, title: "How To Choose \(flavor.category): 5 Questions To Ask | Buyer's Guide",
            url: "https://www.softwareadvice.guide/\(flavor.categorySlug)/how-to-choose",
            content: "Before You Buy, ask every vendor these questions.\n\n" + ListFormat.numbered(items),
            domainID: flavor.id)
    }
}
