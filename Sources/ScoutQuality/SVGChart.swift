import Foundation

/// A self-contained SVG of an experiment (no scripts, fonts or network): the main metrics per arm as grouped bars,
/// and each arm's score distribution.
public enum SVGChart {
    static let metrics: [(key: String, label: String)] = [
        ("p10", "P@10"), ("p20", "P@20"), ("ndcg20", "nDCG@20"), ("recall3", "recall3"),
        ("strong_fit_relevant", "STRONG→rel"),
    ]
    static let palette = ["#2563eb", "#dc2626", "#16a34a", "#9333ea", "#ea580c", "#0891b2", "#4b5563", "#ca8a04"]

    public static func render(_ report: ExperimentReport) -> String {
        let arms = report.arms
        let world = report.summaries.contains { $0.world == "all" } ? "all" : report.summaries.first?.world ?? "all"
        let width = 760.0, barsHeight = 260.0, histHeight = 200.0, top = 60.0, left = 50.0
        let height = top + barsHeight + 90 + histHeight + 60
        var svg: [String] = []
        svg.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
                + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"sans-serif\" font-size=\"12\">")
        svg.append("<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>")
        svg.append(
            text(
                left, 24,
                "scout ab — \(escape(report.target.label)), judge: \(escape(report.judge)), world: \(escape(world))",
                size: 15, weight: "bold"))
        // Legend.
        for (i, arm) in arms.enumerated() {
            let x = left + Double(i) * 120
            svg.append("<rect x=\"\(x)\" y=\"34\" width=\"12\" height=\"12\" fill=\"\(color(i))\"/>")
            svg.append(text(x + 16, 45, escape(arm)))
        }
        // Grouped bars: metric groups on x, arms within a group, 0…1 on y.
        let plotWidth = width - left - 20
        let group = plotWidth / Double(metrics.count)
        let bar = min(28, (group - 16) / Double(max(1, arms.count)))
        let base = top + barsHeight
        for tick in stride(from: 0.0, through: 1.0, by: 0.25) {
            let y = base - tick * (barsHeight - 20)
            svg.append("<line x1=\"\(left)\" y1=\"\(y)\" x2=\"\(width - 20)\" y2=\"\(y)\" stroke=\"#e5e7eb\"/>")
            svg.append(text(left - 8, y + 4, Format.fixed(tick), anchor: "end"))
        }
        for (m, metric) in metrics.enumerated() {
            let gx = left + Double(m) * group + 8
            for (i, arm) in arms.enumerated() {
                let value = report.summary(arm: arm, world: world)?.metrics[metric.key]?.mean ?? 0
                let h = max(0, min(1, value)) * (barsHeight - 20)
                let x = gx + Double(i) * bar
                svg.append(
                    "<rect x=\"\(f(x))\" y=\"\(f(base - h))\" width=\"\(f(bar - 2))\" height=\"\(f(h))\" fill=\"\(color(i))\">"
                        + "<title>\(escape(arm)) \(metric.label): \(Format.fixed(value))</title></rect>")
                svg.append(text(x + bar / 2 - 1, base - h - 4, Format.fixed(value), size: 9, anchor: "middle"))
            }
            svg.append(text(gx + bar * Double(arms.count) / 2, base + 16, metric.label, anchor: "middle"))
        }
        // Score distributions: share of candidates per 1-point score bin, one line per arm.
        let hTop = base + 70, hBase = hTop + histHeight
        svg.append(
            text(
                left, hTop - 14, "Score distribution (share of candidates per score bin, all runs)", size: 13,
                weight: "bold"))
        var maxShare = 0.05
        let bins: [[Double]] = arms.map { arm in
            let scores = report.runs.filter { $0.arm == arm }.flatMap(\.scores)
            var counts = [Double](repeating: 0, count: 11)
            for s in scores { counts[min(10, max(0, Int(s.rounded(.down))))] += 1 }
            let total = max(1, Double(scores.count))
            let shares = counts.map { $0 / total }
            maxShare = max(maxShare, shares.max() ?? 0)
            return shares
        }
        svg.append("<line x1=\"\(left)\" y1=\"\(hBase)\" x2=\"\(width - 20)\" y2=\"\(hBase)\" stroke=\"#9ca3af\"/>")
        for b in 0...10 {
            let x = left + Double(b) / 10 * plotWidth
            svg.append(text(x, hBase + 16, String(b), anchor: "middle"))
        }
        svg.append(text(left - 8, hTop + 4, Format.percent(maxShare), anchor: "end"))
        for (i, shares) in bins.enumerated() {
            let points = shares.enumerated().map { b, share in
                "\(f(left + Double(b) / 10 * plotWidth)),\(f(hBase - share / maxShare * histHeight))"
            }.joined(separator: " ")
            svg.append("<polyline points=\"\(points)\" fill=\"none\" stroke=\"\(color(i))\" stroke-width=\"2\"/>")
        }
        svg.append(text(left + plotWidth / 2, hBase + 34, "overall score", anchor: "middle"))
        svg.append("</svg>")
        return svg.joined(separator: "\n") + "\n"
    }

    static func color(_ i: Int) -> String { palette[i % palette.count] }
    static func f(_ v: Double) -> String { String(format: "%.1f", v) }

    static func text(
        _ x: Double, _ y: Double, _ content: String, size: Int = 12, weight: String = "normal",
        anchor: String = "start"
    ) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" font-size=\"\(size)\" font-weight=\"\(weight)\" text-anchor=\"\(anchor)\" fill=\"#111827\">\(content)</text>"
    }

    /// XML-escapes text (arm names come from the command line).
    static func escape(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
