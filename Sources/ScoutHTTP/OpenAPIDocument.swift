import ScoutCore

/// Scout's HTTP API as an OpenAPI 3.1 document, served at `/openapi.yaml`. Hand-written: keep it in step with
/// the routes (the fuzz run in `scripts/fuzz-http` checks every response against it).
public enum OpenAPIDocument {
    public static let yaml = #"""
        openapi: 3.1.0
        info:
          title: Scout
          version: 1.0.0
          description: |
            Scout finds and ranks candidates for a job description. Every /api/jd route needs an API key
            (`Authorization: Bearer <key>`), and so does every /api/admin route; a key belongs to one workspace, and
            sessions of other workspaces are 404.
            Errors are `{"error": {"code", "message", "field"}}`. Streaming routes answer `text/event-stream`
            (`event:` name, optional `id:`, one line of JSON `data:`).

            Limits (defaults; `scout serve` flags change them): a body of at most 1 MiB (413 body_too_large); JSON
            nested at most 32 deep with at most 10,000 keys and array elements in all, checked before parsing (413
            json_too_complex); a key given twice in one object is 422 duplicate_key; a JD of at most 100,000 bytes,
            at most 100 seed companies of at most 200 characters each (422 invalid_field); header fields of at most
            16 KiB (32 KiB in all) and at most 100 of them (400, connection closed). At most 64 API requests in
            flight (503 overloaded, `Retry-After`) and 8 per API key (429 too_many_requests, `Retry-After`); a JSON
            answer not ready within 300 s is 503 deadline_exceeded. Every GET route also answers HEAD; another method
            on a known path is 405 method_not_allowed with `Allow`.
        servers:
          - url: /
        security:
          - bearer: []
        tags:
          - name: page
          - name: search
          - name: sessions
          - name: operations
          - name: admin
        paths:
          /healthz:
            get:
              tags: [operations]
              operationId: healthz
              summary: Liveness.
              security: []
              responses:
                '200':
                  description: The process is up.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Health'}
                '405': {$ref: '#/components/responses/MethodNotAllowed'}
            head:
              tags: [operations]
              operationId: healthzHead
              summary: Liveness, headers only.
              security: []
              responses:
                '200':
                  description: The process is up.
          /readyz:
            get:
              tags: [operations]
              operationId: readyz
              summary: Readiness (the store answers).
              security: []
              responses:
                '200':
                  description: Ready.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Health'}
                '503':
                  description: The store is unreachable.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Health'}
          /metrics:
            get:
              tags: [operations]
              operationId: metrics
              summary: Prometheus text exposition.
              security: []
              responses:
                '200':
                  description: Metrics.
                  content:
                    text/plain:
                      schema: {type: string}
          /openapi.yaml:
            get:
              tags: [operations]
              operationId: openapi
              summary: This document.
              security: []
              responses:
                '200':
                  description: OpenAPI 3.1 YAML.
                  content:
                    application/yaml:
                      schema: {type: string}
          /:
            get:
              tags: [page]
              operationId: page
              summary: The recruiter's web page (its API key stays in the browser; the page sends it as a Bearer header).
              security: []
              responses:
                '200':
                  description: HTML.
                  content:
                    text/html:
                      schema: {type: string}
          /sessions/{id}:
            get:
              tags: [page]
              operationId: sessionPage
              summary: The web page opened on one session (a deep link; the page checks the session).
              security: []
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: HTML.
                  content:
                    text/html:
                      schema: {type: string}
          /app.js:
            get:
              tags: [page]
              operationId: pageScript
              summary: The page's script (a JavaScript module).
              security: []
              responses:
                '200':
                  description: JavaScript.
                  content:
                    text/javascript:
                      schema: {type: string}
          /app.css:
            get:
              tags: [page]
              operationId: pageStyle
              summary: The page's style sheet.
              security: []
              responses:
                '200':
                  description: CSS.
                  content:
                    text/css:
                      schema: {type: string}
          /api/jd/domain-search:
            post:
              tags: [search]
              operationId: domainSearch
              summary: Create a session from a JD and load its first candidates (SSE with Accept text/event-stream).
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SearchRequest'}
              responses:
                '200':
                  description: The session and its first candidates; or, with `Accept text/event-stream`, the same work as events
                    (requirements_parsed, discovery_started, strategy_finished, strategy_failed, strategy_incomplete, companies_discovered,
                    companies_resolved, session_created, batch_started, candidate_found, profile_collected, candidate_evaluated,
                    candidate_unavailable, batch_finished, batch_failed, totals, then search_complete or error; shutdown on
                    server shutdown).
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/LoadResult'}
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/ServerSentEvent'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '502': {$ref: '#/components/responses/Upstream'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/load-more-previews:
            post:
              tags: [search]
              operationId: loadMorePreviews
              summary: Load \#(CandidateCount.choicesText) more candidates into a session.
              parameters:
                - name: Idempotency-Key
                  in: header
                  required: false
                  description: A retried request with the same key (and body) returns the first answer and spends nothing.
                  schema: {type: string, minLength: 1, maxLength: 200}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/LoadMoreRequest'}
              responses:
                '200':
                  description: The new candidates (an `error` field is set when a batch failed; the next call retries it).
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/LoadResult'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '409': {$ref: '#/components/responses/InFlight'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '502': {$ref: '#/components/responses/Upstream'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/evaluate-stream:
            post:
              tags: [search]
              operationId: evaluateStream
              summary: Stream a session's evaluated candidates (id = ordinal), progress, and a final ranking.
              parameters:
                - name: Last-Event-ID
                  in: header
                  required: false
                  description: Resume after this candidate ordinal.
                  schema: {type: string, pattern: '^-?[0-9]{1,9}$'}
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SessionRequest'}
              responses:
                '200':
                  description: Events evaluation_started, candidate_evaluated (with id), progress, evaluation_complete
                    (or shutdown).
                  content:
                    text/event-stream:
                      schema: {$ref: '#/components/schemas/ServerSentEvent'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/list-sessions:
            get:
              tags: [sessions]
              operationId: listSessions
              summary: The workspace's active sessions, last accessed first.
              parameters:
                - {name: limit, in: query, required: false, schema: {type: integer, minimum: 1, maximum: 100, default: 20}}
                - {name: offset, in: query, required: false, schema: {type: integer, minimum: 0, maximum: 1000000, default: 0}}
              responses:
                '200':
                  description: One page of sessions; `next_offset` is set when there are more.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/SessionList'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/sessions/{id}:
            get:
              tags: [sessions]
              operationId: getSession
              summary: A session's state and ranked shortlist (`format=csv` exports it).
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: format, in: query, required: false, schema: {type: string, enum: [json, csv], default: json}}
              responses:
                '200':
                  description: The session.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/SessionReport'}
                    text/csv:
                      schema: {type: string}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/sessions/{id}/candidates/{employee_id}:
            get:
              tags: [sessions]
              operationId: getCandidate
              summary: Everything stored about one candidate of a session (full profile, every reason and its facts).
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: employee_id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The candidate.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/CandidateDetail'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/sessions/{id}/shortlist:
            get:
              tags: [sessions]
              operationId: getShortlist
              summary: The session's shortlist (employee ids in the order they were starred).
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
              responses:
                '200':
                  description: The shortlist.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Shortlist'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/sessions/{id}/export:
            get:
              tags: [sessions]
              operationId: exportSession
              summary: CSV of the ranked candidates, or of the shortlist (profile_url, current role, location, score,
                recommendation, strengths, concerns).
              parameters:
                - {name: id, in: path, required: true, schema: {type: string}}
                - {name: only, in: query, required: false, schema: {type: string, enum: [all, shortlist], default: all}}
              responses:
                '200':
                  description: The CSV.
                  content:
                    text/csv:
                      schema: {type: string}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/shortlist:
            post:
              tags: [sessions]
              operationId: setShortlisted
              summary: Star (shortlisted true) or unstar one candidate of a session; answers the shortlist after it.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ShortlistRequest'}
              responses:
                '200':
                  description: The shortlist.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Shortlist'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/clear-session:
            post:
              tags: [sessions]
              operationId: clearSession
              summary: Soft-delete one session.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SessionRequest'}
              responses:
                '200':
                  description: Cleared.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Cleared'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/rescore:
            post:
              tags: [sessions]
              operationId: rescore
              summary: Score a session's FAILED candidates again from the cached profiles (no profile credits).
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/SessionRequest'}
              responses:
                '200':
                  description: What was scored again; candidates holds the new evaluations.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Rescore'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '404': {$ref: '#/components/responses/NotFound'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '502': {$ref: '#/components/responses/Upstream'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/jd/clear-all-sessions:
            post:
              tags: [sessions]
              operationId: clearAllSessions
              summary: Soft-delete every session of the key's workspace (admin scope).
              requestBody:
                required: false
                content:
                  application/json:
                    schema: {type: object, additionalProperties: false}
              responses:
                '200':
                  description: How many sessions were cleared.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Cleared'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/admin/erase:
            post:
              tags: [admin]
              operationId: erase
              summary: Erase a person from the key's workspace (admin scope), or from every workspace with `everywhere`
                (deployment_admin scope); they are not collected again there until allowed.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ErasureRequest'}
              responses:
                '200':
                  description: The audit record of the erasure (no personal data) and what was removed.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Erasure'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
          /api/admin/allow:
            post:
              tags: [admin]
              operationId: allowErased
              summary: Lift an erasure's suppression (same scopes as erase), so the person may be collected again.
              requestBody:
                required: true
                content:
                  application/json:
                    schema: {$ref: '#/components/schemas/ErasureRequest'}
              responses:
                '200':
                  description: The audit record; `suppressions` counts the entries lifted.
                  content:
                    application/json:
                      schema: {$ref: '#/components/schemas/Erasure'}
                '400': {$ref: '#/components/responses/BadRequest'}
                '401': {$ref: '#/components/responses/Unauthorized'}
                '403': {$ref: '#/components/responses/Forbidden'}
                '429': {$ref: '#/components/responses/TooManyRequests'}
                '413': {$ref: '#/components/responses/TooLarge'}
                '422': {$ref: '#/components/responses/Unprocessable'}
                '503': {$ref: '#/components/responses/Unavailable'}
        components:
          securitySchemes:
            bearer: {type: http, scheme: bearer}
          responses:
            BadRequest:
              description: The body is not a JSON object (code malformed_json).
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            Unauthorized:
              description: No or unknown API key (code unauthorized).
              headers:
                WWW-Authenticate: {schema: {type: string}}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            Forbidden:
              description: The key lacks the scope (code forbidden).
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            NotFound:
              description: No such active session in this workspace (code session_not_found), or no such candidate in
                it (code candidate_not_found).
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            TooLarge:
              description: The body exceeds 1 MiB (code body_too_large), or its JSON nests deeper than 32 levels or holds
                more than 10,000 keys and array elements (code json_too_complex; checked before parsing).
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            Unprocessable:
              description: Unknown field, wrong type, missing field or value out of range (codes unknown_field, invalid_field,
                missing_field, bad_input, no_companies, idempotency_key_reused), a key given twice in one object (code
                duplicate_key), a JD above 100,000 bytes, more than 100 seed companies or a seed name above 200
                characters (code invalid_field); `field` names the culprit.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            InFlight:
              description: The first request with this Idempotency-Key is still running after 5 minutes (code
                idempotency_key_in_flight); retry later.
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            Upstream:
              description: A vendor failed (code vendor), or the evaluator cannot score anyone (code evaluator_failed).
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            Unavailable:
              description: The store failed, the vendor quota is spent, the server is shutting down, the server has its
                limit of requests in flight (code overloaded, with `Retry-After`), or the answer was not ready within the
                request deadline (code deadline_exceeded).
              headers:
                Retry-After: {schema: {type: integer}}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            TooManyRequests:
              description: This API key has its limit of requests in flight (code too_many_requests).
              headers:
                Retry-After: {schema: {type: integer}}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
            MethodNotAllowed:
              description: The path does not answer this method (code method_not_allowed); `Allow` lists the ones it does.
              headers:
                Allow: {schema: {type: string}}
              content:
                application/json:
                  schema: {$ref: '#/components/schemas/Error'}
          schemas:
            Error:
              type: object
              required: [error]
              properties:
                error:
                  type: object
                  required: [code, message, field]
                  properties:
                    code: {type: string}
                    message: {type: string}
                    field: {type: [string, 'null']}
            ServerSentEvent:
              description: One event of a stream; `data` is one line of JSON whose shape depends on `event`.
              type: object
              required: [event, data]
              properties:
                event:
                  type: string
                  enum: [requirements_parsed, discovery_started, strategy_finished, strategy_failed, strategy_incomplete, companies_discovered,
                         companies_resolved, session_created, batch_started, candidate_found, profile_collected,
                         candidate_evaluated, candidate_unavailable, batch_finished, batch_failed, totals, search_complete,
                         evaluation_started, progress, evaluation_complete, error, shutdown]
                id: {type: string, pattern: '^[0-9]+$'}
                data: {type: string}
            Health:
              type: object
              required: [status]
              properties:
                status: {type: string}
                store: {type: string}
            SearchRequest:
              type: object
              additionalProperties: false
              required: [jd]
              example:
                jd: "# Senior Machine Learning Engineer, Speech\nLocation: United Kingdom\nWe want people from companies like Echowave, Parlance AI and Vocalith.\n## Requirements\n- Python\n- PyTorch\n"
                count: 5
              properties:
                jd:
                  description: The JD as text, or structured (a mapping with role_title and the other requirement fields).
                  oneOf:
                    - {type: string, minLength: 1, maxLength: \#(InputLimits.jdBytes)}
                    - type: object
                      required: [role_title]
                      properties:
                        role_title: {type: string, minLength: 1}
                seed_companies:
                  type: array
                  maxItems: \#(InputLimits.seedCompanies)
                  items: {type: string, maxLength: \#(InputLimits.seedNameCharacters)}
                count: {type: integer, minimum: \#(CandidateCount.range.lowerBound), maximum: \#(CandidateCount.range.upperBound)}
                refresh:
                  type: boolean
                  description: Ask the vendors again instead of reusing cached answers (web searches, the JD parse, preview pages, evaluations).
                batching:
                  type: object
                  additionalProperties: false
                  properties:
                    mode: {type: string, enum: [company_batch, seniority_variation]}
                    batch_size: {type: integer, minimum: 1, maximum: 100}
                hide_seen:
                  description: Skip people the workspace's other active sessions already hold, before collecting them.
                  type: boolean
                  default: false
            LoadMoreRequest:
              type: object
              additionalProperties: false
              required: [session_id]
              properties:
                session_id: {type: string}
                count: {type: integer, enum: [\#(CandidateCount.loadMoreChoices.map(String.init).joined(separator: ", "))], default: \#(CandidateCount.loadMoreDefault)}
                mode: {type: string, enum: [company_batch, seniority_variation, 'off']}
            SessionRequest:
              type: object
              additionalProperties: false
              required: [session_id]
              properties:
                session_id: {type: string}
            ShortlistRequest:
              type: object
              additionalProperties: false
              required: [session_id, employee_id, shortlisted]
              properties:
                session_id: {type: string}
                employee_id: {type: integer}
                shortlisted: {type: boolean}
            Shortlist:
              type: object
              required: [session_id, shortlist]
              properties:
                session_id: {type: string}
                shortlist: {type: array, items: {type: integer}}
            CandidateDetail:
              type: object
              required: [session_id, query_summary, ranked, candidate, companies]
              properties:
                session_id: {type: string}
                query_summary: {type: string}
                rank: {type: integer, minimum: 1}
                ranked: {type: integer, minimum: 0}
                candidate: {$ref: '#/components/schemas/Candidate'}
                profile:
                  type: object
                  description: The full profile as collected (experiences in the order the evaluation's facts index).
                  required: [employee_id, full_name, experiences, skills, education]
                  properties:
                    employee_id: {type: integer}
                    full_name: {type: string}
                    headline: {type: string}
                    location: {type: string}
                    profile_url: {type: string}
                    experiences: {type: array, items: {type: object}}
                    skills: {type: array, items: {type: string}}
                    education: {type: array, items: {type: object}}
                profile_fetched_at: {type: string, format: date-time}
                companies: {type: array, items: {type: object}}
            CacheStats:
              type: object
              required: [hits, misses]
              properties:
                hits: {type: integer, minimum: 0}
                misses: {type: integer, minimum: 0}
            CacheSummary:
              type: object
              required: [hits, misses, profiles, companies]
              properties:
                hits: {type: integer, minimum: 0}
                misses: {type: integer, minimum: 0}
                profiles: {$ref: '#/components/schemas/CacheStats'}
                companies: {$ref: '#/components/schemas/CacheStats'}
            Credits:
              type: object
              required: [used, saved, cost_usd, saved_usd]
              properties:
                used: {type: integer, minimum: 0}
                saved: {type: integer, minimum: 0}
                cost_usd: {type: number}
                saved_usd: {type: number}
                web_search_credits: {type: integer, minimum: 0, description: "web-search credits (Tavily's), apart from the people source's"}
                web_search_credits_saved: {type: integer, minimum: 0, description: "web-search credits that cached answers saved"}
                llm_input_tokens: {type: integer, minimum: 0}
                llm_output_tokens: {type: integer, minimum: 0}
                llm_usd: {type: number, minimum: 0, description: "LLM tokens × the configured USD per million tokens"}
            Company:
              type: object
              required: [name, key, source, confidence, evidence]
              properties:
                name: {type: string}
                website: {type: string}
                key: {type: string}
                vendor_id: {type: integer}
                source: {type: string, enum: [mentioned, seed_expansion, domain_query, supplied]}
                confidence: {type: number}
                evidence: {type: array, items: {type: string}}
            Batch:
              type: object
              required: [index, companies]
              properties:
                index: {type: integer}
                companies: {type: array, items: {$ref: '#/components/schemas/Company'}}
                seniorities: {type: array, items: {type: string}}
            Evaluation:
              type: object
              required: [overall, domain_fit, experience_match, strengths, concerns, recommendation, summary, evaluator, status]
              properties:
                overall: {type: number}
                domain_fit: {type: number}
                experience_match: {type: number}
                strengths: {type: array, items: {type: object}}
                concerns: {type: array, items: {type: object}}
                unknowns: {type: array, items: {type: string}}
                recommendation: {type: string, enum: [STRONG_FIT, GOOD_FIT, MODERATE_FIT, WEAK_FIT]}
                summary: {type: string}
                evaluator: {type: string}
                status: {type: string, enum: [ok, failed]}
                failure_reason: {type: string}
            Candidate:
              type: object
              required: [session_id, employee_id, batch_index, ordinal, preview, status, found_at]
              properties:
                session_id: {type: string}
                employee_id: {type: integer}
                batch_index: {type: integer}
                ordinal: {type: integer}
                preview:
                  type: object
                  required: [employee_id, name]
                  properties:
                    employee_id: {type: integer}
                    name: {type: string}
                    headline: {type: string}
                    location: {type: string}
                    current_title: {type: string}
                    current_company: {type: string}
                    score: {type: number}
                status: {type: string, enum: [evaluated, unavailable]}
                freshness: {type: string, enum: [fetched, cached, stale, refetched]}
                profile_fetched_at: {type: string, format: date-time}
                evaluation: {$ref: '#/components/schemas/Evaluation'}
                note: {type: string}
                found_at: {type: string, format: date-time}
            LoadResult:
              type: object
              required: [session_id, query_summary, new_profiles, total_discovered, batch_index, total_batches, remaining_batches,
                         cache_stats, credits]
              properties:
                session_id: {type: string}
                query_summary: {type: string}
                companies: {type: array, items: {$ref: '#/components/schemas/Company'}}
                batches: {type: array, items: {$ref: '#/components/schemas/Batch'}}
                new_profiles: {type: array, items: {$ref: '#/components/schemas/Candidate'}}
                total_discovered: {type: integer, minimum: 0}
                batch_index: {type: integer, minimum: 0}
                total_batches: {type: integer, minimum: 0}
                remaining_batches: {type: integer, minimum: 0}
                cache_stats: {$ref: '#/components/schemas/CacheSummary'}
                credits: {$ref: '#/components/schemas/Credits'}
                error: {type: string}
            SessionSummary:
              type: object
              required: [session_id, query_summary, created_at, last_accessed, total_discovered, batch_index, total_batches,
                         remaining_batches, credits]
              properties:
                session_id: {type: string}
                query_summary: {type: string}
                created_at: {type: string, format: date-time}
                last_accessed: {type: string, format: date-time}
                total_discovered: {type: integer, minimum: 0}
                batch_index: {type: integer, minimum: 0}
                total_batches: {type: integer, minimum: 0}
                remaining_batches: {type: integer, minimum: 0}
                credits: {$ref: '#/components/schemas/Credits'}
            SessionList:
              type: object
              required: [sessions, limit, offset]
              properties:
                sessions: {type: array, items: {$ref: '#/components/schemas/SessionSummary'}}
                limit: {type: integer}
                offset: {type: integer}
                next_offset: {type: integer}
            SessionReport:
              type: object
              required: [session_id, query_summary, requirements, created_at, last_accessed, batch_index, total_batches,
                         remaining_batches, companies, candidates, unavailable, cache_stats, credits]
              properties:
                session_id: {type: string}
                query_summary: {type: string}
                requirements: {type: object}
                created_at: {type: string, format: date-time}
                last_accessed: {type: string, format: date-time}
                batch_index: {type: integer}
                total_batches: {type: integer}
                remaining_batches: {type: integer}
                companies: {type: array, items: {$ref: '#/components/schemas/Company'}}
                candidates: {type: array, items: {$ref: '#/components/schemas/Candidate'}}
                unavailable: {type: array, items: {type: integer}}
                cache_stats: {$ref: '#/components/schemas/CacheSummary'}
                credits: {$ref: '#/components/schemas/Credits'}
            Rescore:
              type: object
              required: [session_id, rescored, still_failed, without_profile, candidates]
              properties:
                session_id: {type: string}
                rescored: {type: integer, minimum: 0}
                still_failed: {type: integer, minimum: 0}
                without_profile: {type: integer, minimum: 0}
                candidates:
                  type: array
                  items: {$ref: '#/components/schemas/Candidate'}
                error: {type: string}
            Cleared:
              type: object
              required: [cleared]
              properties:
                session_id: {type: string}
                cleared: {type: integer, minimum: 0}
            ErasureRequest:
              type: object
              additionalProperties: false
              description: An employee id, a full name (every person of that name in the workspace's sessions and the
                profile cache; at least 3 characters), or both.
              properties:
                employee_id: {type: integer, minimum: 1}
                name: {type: string, minLength: 3}
                everywhere: {type: boolean, default: false}
            Erasure:
              type: object
              required: [action, audit_id, scope, subject_hash, people, counts, suppressions, at]
              properties:
                action: {type: string, enum: [erase, allow]}
                audit_id: {type: string}
                scope: {type: string, description: 'The workspace, or * for every workspace.'}
                subject_hash: {type: string, description: SHA-256 of the store's salt and the subject.}
                people: {type: integer, minimum: 0}
                counts:
                  type: object
                  required: [candidates, shortlists, profiles, answers, idempotent_answers, ledger_entries]
                  properties:
                    candidates: {type: integer, minimum: 0}
                    shortlists: {type: integer, minimum: 0}
                    profiles: {type: integer, minimum: 0}
                    answers: {type: integer, minimum: 0}
                    idempotent_answers: {type: integer, minimum: 0}
                    ledger_entries: {type: integer, minimum: 0}
                suppressions: {type: integer, minimum: 0}
                at: {type: string, format: date-time}
        """#
}
