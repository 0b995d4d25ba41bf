import Foundation
import Yams

extension JobRequirements {
    /// The requirements as a structured JD (the YAML form every JD parser reads back): what `scout parse` prints, for a
    /// user to check, edit and feed back with `scout search --jd FILE`.
    public func structuredYAML() throws -> String {
        func list(_ items: [String]) -> Node { .sequence(Node.Sequence(items.map { Node($0) })) }
        var pairs: [(Node, Node)] = [(Node("role_title"), Node(roleTitle))]
        if !seniorityLevels.isEmpty { pairs.append((Node("seniority"), list(seniorityLevels.map(\.rawValue)))) }
        if !titleKeywords.isEmpty { pairs.append((Node("title_keywords"), list(titleKeywords))) }
        pairs.append((Node("must_have"), list(mustHaveSkills)))
        pairs.append((Node("nice_to_have"), list(niceToHaveSkills)))
        if let location { pairs.append((Node("location"), Node(location))) }
        if let targetDomain { pairs.append((Node("target_domain"), Node(targetDomain))) }
        pairs.append((Node("mentioned_companies"), list(mentionedCompanies)))
        if !excludedCompanies.isEmpty { pairs.append((Node("excluded_companies"), list(excludedCompanies))) }
        if let hiringCompany { pairs.append((Node("hiring_company"), Node(hiringCompany))) }
        return try Yams.serialize(node: .mapping(Node.Mapping(pairs)), width: -1, allowUnicode: true)
    }
}
