import Foundation

/// The sizes Scout accepts from its users, the same for the CLI and the HTTP API, and the bounds on what a parsed JD
/// may make a people query hold (``PeopleQuery/capped()``). A long real JD is under 20 KB and names a handful of
/// companies; the limits leave ample room for that and none for amplification (a 229 KB JD once made an 809 KB
/// people query of 20,000 clauses).
public enum InputLimits {
    /// The largest JD, in UTF-8 bytes (100 KB).
    public static let jdBytes = 100_000
    /// The most seed companies a search may name.
    public static let seedCompanies = 100
    /// The longest seed company name, in characters.
    public static let seedNameCharacters = 200
    /// The most title phrases one people query asks for.
    public static let queryTitles = 24
    /// The most skill names (aliases included) one people query ranks by.
    public static let querySkills = 40
    /// The longest title phrase or skill name a people query keeps, in characters.
    public static let queryTermCharacters = 100

    /// Why a JD is refused (too long), or nil when it is accepted.
    public static func jdProblem(_ text: String, name: String = "the job description") -> String? {
        let bytes = text.utf8.count
        guard bytes > jdBytes else { return nil }
        return "\(name) is \(bytes) bytes; Scout reads JDs up to \(jdBytes) bytes (100 KB)"
    }

    /// Why a list of seed companies is refused (too many, or a name too long), or nil when it is accepted.
    public static func seedProblem(_ names: [String], name: String = "seed_companies") -> String? {
        if names.count > seedCompanies {
            return "\(name) holds \(names.count) companies; at most \(seedCompanies) are accepted"
        }
        if let index = names.firstIndex(where: { $0.count > seedNameCharacters }) {
            return "\(name)[\(index)] is \(names[index].count) characters; a company name may have at most "
                + "\(seedNameCharacters)"
        }
        return nil
    }
}
