import Foundation

/// Names the same skill goes by in real profiles ("Go" / "Golang", "Kubernetes" / "K8s", "PostgreSQL" / "Postgres").
/// Evaluators look for every name of a must-have; people queries rank every name. Deliberately only unambiguous
/// aliases: "TF" (Terraform or TensorFlow) and "CV" (computer vision or a résumé) are not here.
public enum SkillAliases {
    /// The skill and its other names, the skill first; just the skill when it has none.
    public static func names(for skill: String) -> [String] {
        let key = TextTokens.words(skill).joined(separator: " ")
        guard let group = groups[key] else { return [skill] }
        return [skill] + group.filter { TextTokens.words($0).joined(separator: " ") != key }
    }

    static let table: [[String]] = [
        ["Go", "Golang"],
        ["Kubernetes", "K8s"],
        ["PostgreSQL", "Postgres"],
        ["JavaScript", "JS"],
        ["TypeScript", "TS"],
        ["Machine Learning", "ML"],
        ["Deep Learning", "Neural Networks"],
        ["NLP", "Natural Language Processing"],
        ["Speech Recognition", "Automatic Speech Recognition", "ASR"],
        ["TTS", "Text to Speech", "Speech Synthesis"],
        ["Signal Processing", "DSP", "Digital Signal Processing"],
        ["CI/CD", "Continuous Integration", "Continuous Delivery", "Continuous Deployment"],
        ["AWS", "Amazon Web Services"],
        ["GCP", "Google Cloud Platform", "Google Cloud"],
        ["Azure", "Microsoft Azure"],
        ["Node.js", "NodeJS"],
        ["React", "React.js", "ReactJS"],
        ["Next.js", "NextJS"],
        ["Rails", "Ruby on Rails"],
        ["Kafka", "Apache Kafka"],
        ["Spark", "Apache Spark"],
        ["Airflow", "Apache Airflow"],
        ["MongoDB", "Mongo"],
        ["scikit-learn", "sklearn"],
        ["Hugging Face", "HuggingFace"],
        ["LLMs", "Large Language Models", "LLM"],
        ["Reinforcement Learning", "RL"],
        ["Statistics", "Statistical Modeling", "Statistical Analysis"],
        ["A/B Testing", "Experimentation", "Split Testing"],
        ["User Research", "UX Research"],
        ["People Management", "Team Management"],
        ["ROS", "ROS 2", "ROS2"],
        ["C#", "CSharp"],
        [".NET", "dotnet"],
        ["C++", "CPP"],
    ]

    static let groups: [String: [String]] = {
        var map: [String: [String]] = [:]
        for group in table {
            for name in group { map[TextTokens.words(name).joined(separator: " ")] = group }
        }
        return map
    }()
}
