import Foundation

extension ScoutPayloads {
    /// `scout sessions --json`: a workspace's active sessions, last accessed first.
    public struct SessionList: Encodable {
        public var workspace: String
        public var sessions: [SessionSummary]

        public init(workspace: String, sessions: [SessionSummary]) {
            self.workspace = workspace
            self.sessions = sessions
        }
    }

    /// `scout workspaces --json`.
    public struct WorkspaceList: Encodable {
        public struct Row: Encodable {
            public var name: String
            public var activeSessions: Int
            public var clearedSessions: Int
        }

        public var workspaces: [Row]

        public init(_ summaries: [WorkspaceSummary]) {
            workspaces = summaries.map {
                Row(name: $0.name, activeSessions: $0.activeSessions, clearedSessions: $0.clearedSessions)
            }
        }
    }

    /// `scout clear --json` and `scout restore --json`: what changed, in which workspace.
    public struct SessionChange: Encodable {
        public var workspace: String
        /// `cleared` or `restored`.
        public var action: String
        public var sessionIds: [String]
        public var count: Int

        public init(workspace: String, action: String, sessionIds: [String], count: Int) {
            self.workspace = workspace
            self.action = action
            self.sessionIds = sessionIds
            self.count = count
        }
    }

    /// `scout plugins --json`: every registered plugin type per stage kind, and the core sections, with their keys.
    public struct PluginCatalog: Encodable {
        public struct Key: Encodable {
            public var name: String
            public var type: String
            /// As written in YAML, or `required`.
            public var `default`: String
            public var doc: String

            public init(_ key: ConfigKey) {
                name = key.name
                type = key.type
                self.default = key.defaultValue
                doc = key.doc
            }
        }

        public struct Plugin: Encodable {
            public var kind: String
            public var type: String
            public var summary: String
            public var keys: [Key]
        }

        public struct Section: Encodable {
            public var name: String
            public var keys: [Key]
        }

        public var plugins: [Plugin]
        public var coreSections: [Section]

        public init(registry: PluginRegistry, coreSections: [(name: String, keys: [ConfigKey])]) {
            plugins = StageKind.allCases.flatMap { kind in
                registry.descriptions(of: kind).map {
                    Plugin(kind: kind.rawValue, type: $0.type, summary: $0.summary, keys: $0.keys.map(Key.init))
                }
            }
            self.coreSections = coreSections.map { Section(name: $0.name, keys: $0.keys.map(Key.init)) }
        }
    }

    /// `scout config validate --json`: the file checked and the stage each section configures.
    public struct ConfigSummary: Encodable {
        public struct Stage: Encodable {
            public var path: String
            public var type: String
            public var id: String
        }

        public var file: String
        public var stages: [Stage]
        public var batchingEnabled: Bool
        /// The environment variables the config's secrets name, each checked to be set.
        public var environment: [String]

        public init(file: String, config: PipelineConfig, environment: [String]) {
            self.file = file
            stages = config.stages.map { Stage(path: $0.path, type: $0.type, id: $0.id) }
            batchingEnabled = config.batchingEnabled
            self.environment = environment
        }
    }
}

extension ScoutPayloads {
    /// `scout rescore --json` and `POST /api/jd/rescore`: what scoring a session's FAILED candidates again did.
    public struct Rescore: Encodable {
        public var sessionId: String
        /// Candidates scored now.
        public var rescored: Int
        /// Candidates that failed again and stay FAILED.
        public var stillFailed: Int
        /// FAILED candidates whose profile is no longer cached (a rescore never collects).
        public var withoutProfile: Int
        public var candidates: [SessionCandidate]
        public var error: String?

        public init(_ result: RescoreResult) {
            sessionId = result.session.id
            rescored = result.rescored.count
            stillFailed = result.stillFailed
            withoutProfile = result.withoutProfile
            candidates = result.rescored
            error = result.failure?.message
        }
    }
}
