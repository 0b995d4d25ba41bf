import DiscoveryKit
import Foundation
import Testing

@Suite("Salient words")
struct SalientWordsTests {
    @Test func salientWordsSayWhatTheCompanyDoes() {
        let jd = """
            We make the remote build cache and artifact registry that large organisations put under their monorepos.
            Our build cache serves thousands of builds a day.

            ## About you
            - 3+ years of experience with Kubernetes; great communication skills.
            """
        let words = SalientWords.top(jd, limit: 3, excluding: ["kubernetes"])
        #expect(words.first == "cache")
        #expect(words.contains("artifact") || words.contains("registry"))
        #expect(!words.contains("experience") && !words.contains("years"))
    }
}
