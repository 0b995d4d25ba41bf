import Foundation
import LLMKit
import Testing

@Suite("LLM kit")
struct LLMKitTests {
    @Test("JSON replies: fences, prose around, braces inside strings")
    func jsonReply() throws {
        let fenced = "Sure.\n```json\n{\"a\": \"}{\", \"b\": 2}\n```\nThanks"
        let object = try #require(
            JSONReply.extractObject(from: fenced).flatMap {
                try? JSONSerialization.jsonObject(with: $0) as? [String: Any]
            })
        #expect(object["b"] as? Int == 2)
        #expect(JSONReply.extractObject(from: "Result: {\"x\": {\"y\": 1}} done") != nil)
        #expect(JSONReply.extractObject(from: "no json {here") == nil)
    }
}
