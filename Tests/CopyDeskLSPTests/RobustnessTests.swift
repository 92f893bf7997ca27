import CopyDesk
import Testing

@testable import CopyDeskLSP

/// A confused client must never take the server down: wrong parameter shapes, impossible numbers, random bytes.
@Suite struct RobustnessTests {
  static let badParams: [String] = [
    "null", "[]", "5", #""x""#, #"{"textDocument": 5}"#, #"{"textDocument": {"uri": 7}}"#,
    #"{"textDocument": {"uri": "file:///tmp/r.txt"}, "position": "a", "range": {"start": 1}}"#,
    #"{"textDocument": {"uri": "file:///tmp/r.txt"}, "position": {"line": 1e300, "character": -1e300}}"#,
    #"{"textDocument": {"uri": "file:///tmp/r.txt"}, "range": {"start": {"line": 0.5, "character": 1}, "#
      + #""end": {"line": -3, "character": 99999999}}, "context": {"only": "x"}}"#,
    #"{"textDocument": {"uri": "file:///tmp/nope.txt"}, "position": {"line": 0, "character": 0}}"#,
  ]

  @Test func everyMethodAnswersBadParams() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.open("file:///tmp/r.txt", "会议于昨日召开,共有300余人参加.")
    let methods = Array(LanguageServer.requests.keys).filter { $0 != "initialize" && $0 != "shutdown" }.sorted()
    for method in methods {
      for params in Self.badParams {
        let r = try c.request(method, try JSONParser.parse(params))
        #expect(r["result"] != nil || r["error"] != nil, "\(method) \(params)")
      }
    }
    for method in LanguageServer.notifications.keys.sorted() where method != "initialized" {
      for params in Self.badParams { c.notify(method, try JSONParser.parse(params)) }
    }
    // Ids that are not integers are answered as invalid requests; the server goes on.
    c.sendRaw(Array("Content-Length: 45\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1e300,\"method\":\"x/y\"}  ".utf8))
    _ = try c.waitFor { $0["error"]?["code"] == .number(-32600) }
    #expect(try c.result("shutdown") == .null)
  }

  @Test func randomBytesAreSurvived() throws {
    let c = TestClient()
    _ = try c.initialize()
    var rng = SplitMix(seed: 7)
    let pieces: [[UInt8]] = [
      Array("Content-Length: 10\r\n\r\n".utf8), Array("{\"id\":".utf8), Array("\r\n\r\n".utf8), [0xFF, 0xFE, 0x00],
      Array("Content-Length: -1\r\n".utf8), Array("{}".utf8), Array("中文".utf8),
    ]
    for _ in 0..<500 {
      c.sendRaw(pieces[Int(rng.next() % UInt64(pieces.count))])
    }
    // Whatever state the framer is in, a well-formed message after enough junk is read again.
    c.sendRaw(Array(String(repeating: " ", count: 64).utf8))
    c.sendRaw(Array("\r\n\r\n".utf8))
    let r = try c.request("shutdown")
    #expect(r["result"] == .null || r["error"] != nil)
  }
}
