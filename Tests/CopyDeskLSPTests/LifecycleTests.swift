import CopyDesk
import Testing

@testable import CopyDeskLSP

/// JSON-RPC behaviour: ordering, errors, cancellation, shutdown and exit.
@Suite struct LifecycleTests {
  @Test func requestBeforeInitializeIsRefused() throws {
    let c = TestClient()
    let r = try c.request("textDocument/hover", .object([:]))
    #expect(r["error"]?["code"] == .number(-32002))
  }

  @Test func unknownRequestIsMethodNotFoundAndUnknownNotificationIsIgnored() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.notify("custom/somethingElse", .object([:]))
    let r = try c.request("custom/unknown", .object([:]))
    #expect(r["error"]?["code"] == .number(-32601))
    #expect(c.messages.allSatisfy { $0["id"] == nil || $0["id"] == r["id"] || $0["id"] == .number(1) })
  }

  @Test func malformedJSONIsAParseErrorAndTheServerKeepsRunning() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.sendRaw(Array("Content-Length: 9\r\n\r\n{\"id\": 1,".utf8))
    let e = try c.waitFor { $0["error"]?["code"] == .number(-32700) }
    #expect(e["id"] == .null)
    // A bad length costs that frame only.
    c.sendRaw(Array("Content-Length: x\r\n\r\n{}".utf8))
    #expect(try c.result("shutdown") == .null)
  }

  @Test func cancelledRequestAnswersRequestCancelled() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.open("file:///tmp/c.txt", "会议于昨日召开,共有300余人参加.")
    // The request and its cancellation arrive in one read: the request must not run.
    let request = c.frame(
      Outgoing.request(
        id: .number(77), "textDocument/hover",
        .object([
          "textDocument": .object(["uri": .string("file:///tmp/c.txt")]), "position": pos(0, 7),
        ])))
    let cancel = c.frame(Outgoing.notification("$/cancelRequest", .object(["id": .number(77)])))
    c.sendRaw(request + cancel)
    let r = try c.waitFor { $0["id"] == .number(77) }
    #expect(r["error"]?["code"] == .number(-32800))
    // Cancelling an answered request changes nothing.
    c.notify("$/cancelRequest", .object(["id": .number(1)]))
    #expect(try c.result("shutdown") == .null)
  }

  @Test func shutdownThenExitIsStatusZero() throws {
    let c = TestClient()
    _ = try c.initialize()
    #expect(try c.result("shutdown") == .null)
    let after = try c.request("textDocument/hover", .object([:]))
    #expect(after["error"]?["code"] == .number(-32600))
    c.notify("exit", .null)
    #expect(c.server.endOfInput() == 0)
    #expect(c.status == 0)
  }

  @Test func exitWithoutShutdownIsStatusOne() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.notify("exit", .null)
    #expect(c.server.endOfInput() == 1)
    #expect(c.status == 1)
  }

  /// The server's state belongs to its actor, whose executor is the state queue: a task awaiting the actor runs there
  /// in turn with the client's messages, and sees what they did.
  @Test func awaitedAccessRunsOnTheStateQueue() async throws {
    let c = TestClient()
    _ = try c.initialize()
    c.open("file:///tmp/a.txt", "会议于昨日召开,共有300余人参加.")
    c.open("file:///tmp/b.txt", "会议于昨日召开。")
    let uris = await c.server.store.uris
    #expect(uris == ["file:///tmp/a.txt", "file:///tmp/b.txt"])
  }

  @Test func endOfInputEndsCleanly() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.open("file:///tmp/eof.txt", "会议于昨日召开,共有300余人参加.")
    #expect(c.server.endOfInput() == 0)
    #expect(c.status == nil)
  }

  @Test(arguments: [
    (#"["utf-16","utf-8"]"#, "utf-8"), (#"["utf-16"]"#, "utf-16"), (#"["utf-32"]"#, "utf-32"),
    (#"["utf-32","utf-16"]"#, "utf-16"), ("[]", "utf-16"), ("null", "utf-16"),
  ])
  func positionEncodingNegotiation(_ offered: String, _ chosen: String) throws {
    let c = TestClient()
    let offers = try JSONParser.parse(offered)
    let caps: JSONValue = offers == .null ? .object([:]) : .object(["general": .object(["positionEncodings": offers])])
    let r = try c.initialize(caps)
    #expect(r["capabilities"]?["positionEncoding"]?.stringValue == chosen)
    #expect(r["offsetEncoding"] == nil)
  }

  @Test func clangdOffsetEncodingExtensionIsAnswered() throws {
    let c = TestClient()
    let r = try c.initialize(.object(["offsetEncoding": .array([.string("utf-8"), .string("utf-16")])]))
    #expect(r["offsetEncoding"]?.stringValue == "utf-8")
    #expect(r["capabilities"]?["positionEncoding"]?.stringValue == "utf-8")
  }

  @Test func capabilitiesFollowTheClient() throws {
    let push = try TestClient().initialize()
    #expect(push["capabilities"]?["diagnosticProvider"] == nil)
    #expect(push["capabilities"]?["textDocumentSync"]?["change"] == .number(2))
    let pull = try TestClient().initialize(.object(["textDocument": .object(["diagnostic": .object([:])])]))
    #expect(pull["capabilities"]?["diagnosticProvider"]?["workspaceDiagnostics"] == .bool(true))
  }
}
