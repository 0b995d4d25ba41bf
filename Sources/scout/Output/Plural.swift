import ScoutCore

/// "1 batch", "7 batches", "1 candidate": a count with its noun in the right number.
enum Plural {
    static func count(_ n: Int, _ singular: String, _ plural: String? = nil) -> String {
        "\(n) " + (n == 1 ? singular : plural ?? Self.plural(of: singular))
    }

    static func plural(of noun: String) -> String {
        if ["s", "x", "ch", "sh"].contains(where: noun.hasSuffix) { return noun + "es" }
        if noun.hasSuffix("y"), let last = noun.dropLast().last, !"aeiou".contains(last) {
            return noun.dropLast() + "ies"
        }
        return noun + "s"
    }
}

/// The one batch counter every command prints: batches fully searched of the batches the session may search.
/// `scout sessions`, `scout show` and the footers of `search` and `more` all say "1 of 7 batches done".
struct BatchCounter: CustomStringConvertible {
    let done: Int
    let total: Int

    init(_ session: SearchSession) {
        total = min(session.batches.count, session.settings.maxBatches)
        done = min(session.cursor.batchIndex, total)
    }

    var left: Int { total - done }

    /// "1 of 7 batches done".
    var description: String { "\(done) of \(Plural.count(total, "batch")) done" }
}
