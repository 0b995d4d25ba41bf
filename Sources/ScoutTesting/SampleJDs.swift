import Foundation

/// Job descriptions over the sample world's anchor companies, shared by test suites.
public enum SampleJDs {
    /// A senior speech ML role naming three voice-AI anchors; the hiring company is excluded from discovery.
    public static let voiceML = """
        # Senior Machine Learning Engineer, Speech
        About Cantora Voice: we build voice agents.
        Location: United Kingdom
        We want people from companies like Echowave, Parlance AI and Vocalith.
        ## Requirements
        - Python
        - PyTorch
        - Speech recognition
        ## Nice to have
        - Kubernetes
        """

    /// ``voiceML`` without its location: every batch can yield its full quota, for tests of batching and cursors.
    public static let voiceMLAnywhere = voiceML.replacingOccurrences(of: "Location: United Kingdom\n", with: "")
}
