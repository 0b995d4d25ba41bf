import Foundation
public import ScoutCore

/// The evidence check of ``EvidenceCheck`` under its test-suite name: every fact an evaluation cites must quote the
/// dossier.
public enum ProfileFactCheck {
    public static func haystack(_ dossier: CandidateDossier) -> String { EvidenceCheck.haystack(dossier) }

    public static func problems(in evaluation: Evaluation, dossier: CandidateDossier) -> [String] {
        EvidenceCheck.problems(in: evaluation, dossier: dossier)
    }
}
