import CompanyBatchBatching
import Foundation
import ScoutCore
import ScoutTesting
import Testing
import Yams

@Suite("company_batch")
struct CompanyBatchTests {
    typealias Mode = CompanyBatchBatching.CompanyBatch

    static func mode(batchSize: Int) -> Mode {
        var config = Mode.Config()
        config.batchSize = batchSize
        return Mode(config: config)
    }

    @Test("12 companies in batches of 5 → 5, 5, 2; of 3 → 3 × 4")
    func sizes() {
        let companies = sampleCompanies(12)
        let jd = JobRequirements(roleTitle: "Engineer")
        #expect(Self.mode(batchSize: 5).plan(companies, for: jd).map(\.companies.count) == [5, 5, 2])
        #expect(Self.mode(batchSize: 3).plan(companies, for: jd).map(\.companies.count) == [3, 3, 3, 3])
        #expect(Self.mode(batchSize: 100).plan(companies, for: jd).map(\.companies.count) == [12])
        #expect(Self.mode(batchSize: 5).plan(companies, for: jd).allSatisfy { $0.seniorities == nil })
        #expect(Mode().plan(companies, for: jd)[1].companies.first == companies[5])
    }

    @Test("conformance", arguments: [(1, 1), (5, 12), (3, 12), (5, 5), (7, 30)])
    func conformance(batchSize: Int, count: Int) async throws {
        try await BatchingConformance.run(
            Self.mode(batchSize: batchSize), companies: sampleCompanies(count), coverage: .exactlyOnce)
    }

    @Test("config: YAML, defaults, validation")
    func config() throws {
        #expect(try YAMLDecoder().decode(Mode.Config.self, from: "batch_size: 3").batchSize == 3)
        #expect(try YAMLDecoder().decode(Mode.Config.self, from: "{}").batchSize == 5)
        #expect(Mode.Config().validate().isEmpty)
        var bad = Mode.Config()
        bad.batchSize = 0
        #expect(bad.validate().map(\.key) == ["batch_size"])
        bad.batchSize = 101
        #expect(bad.validate().count == 1)
        #expect(Mode.Config.keys.map(\.name) == ["batch_size"])
        #expect(Mode.factory.type == "company_batch")
    }
}
