import Foundation
import ScoutCore

/// Renders an ``ExperimentReport`` as a terminal table, CSV or JSON.
public enum ReportRenderer {
    /// Per-arm aggregates (mean / worst), arm overlap, then one line per arm × world × JD.
    public static func table(_ report: ExperimentReport) -> String {
        var out: [String] = []
        let jds = Set(report.runs.map(\.jd)).count, worlds = ExperimentReport.distinct(report.runs.map(\.world))
        out.append(
            "scout ab · \(report.arms.count) arm(s) × \(jds) JD(s) × \(worlds.count) world(s) · target \(report.target.label)"
                + " · judge: \(report.judge == "truth" ? "sample-world ground truth" : report.judge == "evaluator" ? "the evaluator's own recommendations (no ground truth here)" : "truth where known, else the evaluator")"
        )
        out.append("")
        let header = [
            "arm", "world", "P@10", "P@20", "nDCG@10", "nDCG@20", "recall3", "recall2", "off-dom co.", "off-dom cand.",
            "cr/rel", "STRONG→rel", "rank corr", "credits", "calls", "hits", "failed", "wall s",
        ]
        var rows: [[String]] = []
        for summary in report.summaries {
            func stat(_ key: String, percent: Bool = false) -> String {
                guard let s = summary.metrics[key] else { return "–" }
                return percent
                    ? Format.percent(s.mean) + "/" + Format.percent(s.worst)
                    : Format.fixed(s.mean) + "/" + Format.fixed(s.worst)
            }
            func spread(_ key: String) -> String {
                guard let s = summary.metrics[key] else { return "–" }
                return Format.fixed(s.mean) + "±" + Format.fixed(s.spread) + "/" + Format.fixed(s.worst)
            }
            func sum(_ key: String) -> String {
                guard let s = summary.metrics[key] else { return "–" }
                return String(Int((s.mean * Double(s.runs)).rounded()))
            }
            rows.append([
                summary.arm, summary.world, spread("p10"), stat("p20"), stat("ndcg10"), spread("ndcg20"),
                stat("recall3"),
                stat("recall2"), stat("off_domain_companies", percent: true),
                stat("off_domain_candidates", percent: true),
                stat("credits_per_relevant"), stat("strong_fit_relevant"),
                Format.fixed(summary.metrics["spearman"]?.mean),
                sum("credits"),
                sum("vendor_calls"), sum("cache_hits"), "\(summary.failed)/\(summary.runs)", sum("seconds"),
            ])
        }
        out.append(
            "Per arm: mean/worst over the JDs (±: standard deviation); credits, calls, hits and time summed over the runs"
                + " (credits cold-equivalent per run)")
        out.append(Format.table(header, rows))
        out.append(
            "Cold-equivalent credits per arm, each record paid once across all its JDs and worlds: "
                + report.arms.map { "\($0) \(report.armCredits[$0] ?? 0)" }.joined(separator: " · "))
        if !report.overlaps.isEmpty {
            out.append("")
            out.append(
                "Between arms: overlap of the persons surfaced (Jaccard), of the first 20, and rank agreement (Spearman)"
            )
            out.append(
                Format.table(
                    ["arms", "jaccard", "top-20", "rank agreement"],
                    report.overlaps.map {
                        [
                            "\($0.a) vs \($0.b)", Format.fixed($0.jaccard), Format.fixed($0.jaccardTop20),
                            Format.fixed($0.rankAgreement),
                        ]
                    }))
        }
        out.append("")
        out.append("Per JD")
        out.append(
            Format.table(
                [
                    "jd", "arm", "world", "cands", "P@10", "P@20", "nDCG@20", "recall3", "world r3", "off-dom co.",
                    "cr/rel", "STRONG→rel",
                    "credits", "note",
                ],
                report.runs.map { run in
                    [
                        run.jd, run.arm, run.world, String(run.candidates), Format.fixed(run.precision10),
                        Format.fixed(run.precision20),
                        Format.fixed(run.ndcg20), Format.fixed(run.recall3), run.world3.map(String.init) ?? "–",
                        Format.percent(run.offDomainCompanies), Format.fixed(run.creditsPerRelevant, 1),
                        Format.fixed(
                            run.calibration.first { $0.band == Recommendation.strongFit.rawValue }?.relevantShare),
                        String(run.creditsCold), run.error.map { "FAILED: \($0)" } ?? "",
                    ]
                }))
        return out.joined(separator: "\n")
    }

    /// One row per run, every scalar metric a column.
    public static func csv(_ report: ExperimentReport) -> String {
        let header = [
            "arm", "world", "jd", "title", "judge", "error", "candidates", "p10", "p20", "p10_expected", "ndcg10",
            "ndcg20", "ndcg_local20", "recall3", "recall2", "recall3_bound", "world_rel3", "world_rel2",
            "relevant_found", "credits_cold", "credits_spent", "credits_per_relevant", "vendor_calls", "cache_hits",
            "companies", "off_domain_companies", "off_domain_candidates", "strong_fit_relevant", "spearman",
            "ties_at_10", "seconds",
        ]
        func n(_ v: Double?) -> String { v.map { String(format: "%.4f", $0) } ?? "" }
        let rows = report.runs.map { r -> [String] in
            [
                r.arm, r.world, r.jd, r.title, r.judge, r.error ?? "", String(r.candidates), n(r.precision10),
                n(r.precision20),
                n(r.precision10Expected), n(r.ndcg10), n(r.ndcg20), n(r.ndcgLocal20), n(r.recall3), n(r.recall2),
                n(r.recall3Bound),
                r.world3.map(String.init) ?? "", r.world2.map(String.init) ?? "", String(r.relevantFound),
                String(r.creditsCold),
                String(r.creditsSpent), n(r.creditsPerRelevant), String(r.vendorCalls), String(r.cacheHits),
                String(r.companies),
                n(r.offDomainCompanies), n(r.offDomainCandidates),
                n(r.calibration.first { $0.band == Recommendation.strongFit.rawValue }?.relevantShare), n(r.spearman),
                String(r.tiesAt10), n(r.seconds),
            ]
        }
        return ([header] + rows).map { $0.map(SessionReport.csvField).joined(separator: ",") }.joined(separator: "\n")
            + "\n"
    }

    /// The whole report as JSON (stable key order).
    public static func json(_ report: ExperimentReport) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.nonConformingFloatEncodingStrategy = .convertToString(
            positiveInfinity: "inf", negativeInfinity: "-inf", nan: "nan")
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }
}
