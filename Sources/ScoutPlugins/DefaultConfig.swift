/// The embedded default configuration, identical to the repository's `plugins.yaml` (a test keeps them equal).
/// Used when no `--config` is given and the working directory has no plugins.yaml.
public enum DefaultConfig {
    public static let fileName = "plugins.yaml"
    public static let yaml = #"""
        # Scout's embedded default: runs the whole product offline, with no keys and no network.
        # Every key is documented in docs/configuration.md; `scout plugins` lists every type and its keys.
        version: 1

        # Turns the JD (markdown, plain text, or structured YAML/JSON) into requirements.
        jd_parser:
          type: heuristic

        # Web search used by discovery. `sample` searches the generated sample world's web pages.
        web_search:
          type: sample
          seed: 42

        # Discovery strategies run together; their companies are merged and deduplicated.
        discovery:
          - type: seed_expansion      # competitors / alternatives / similar to the companies the JD names
            max_seeds: 15
          - type: domain_queries      # G2 / Capterra / Gartner / Crunchbase-style queries for the JD's domain
            max_queries: 5

        # How companies are cut into batches. `enabled: false` (or ENABLE_COMPANY_BATCHING=false) = one search over all.
        batching:
          type: company_batch         # or seniority_variation
          enabled: true
          batch_size: 5

        # People-data source. `sample` serves the sample world with CoreSignal's semantics (20 per page, 100 cap).
        people:
          type: sample
          seed: 42

        # Sessions, the profile/company cache and the credit ledger.
        store:
          type: sqlite
          path: .scout/scout.sqlite

        # Scores each candidate against the JD.
        evaluator:
          type: heuristic

        session:
          candidates_per_batch: 20    # new candidates a batch yields before the next batch
          max_batches: 20
          concurrency: 8
          initial_count: 20

        cache:
          profile_fresh_days: 3       # younger: fresh
          profile_max_age_days: 90    # older: collected again; in between: used, flagged stale
          company_max_age_days: 30
          enrich_first: 3             # first N experiences always get company data
          enrich_since_year: 2020     # later ones only if they started this year or later

        pricing:
          usd_per_credit: 0.20

        """#
}
