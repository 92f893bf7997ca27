import CopyDesk
import Foundation
import Testing

@testable import CopyDeskLSP

/// The repository root, found from this file's path (Tests/CopyDeskLSPTests/TestClient.swift).
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

func seed(_ name: String) throws -> String {
  try String(contentsOf: repositoryRoot.appendingPathComponent("seeds/\(name)"), encoding: .utf8)
}

/// A client side of an LSP session: sends raw bytes, collects the server's messages. Helpers below build on these.
protocol LSPClient: AnyObject {
  func sendRaw(_ bytes: [UInt8])
  var messages: [JSONValue] { get }
  func clear()
  func makeID() -> RequestID
}

/// Drives an in-process `LanguageServer` through its byte interface, exactly as the stdio transport does.
final class TestClient: LSPClient, Sendable {
  private struct State {
    var received: [JSONValue] = []
    var exitStatus: Int32?
    var nextID = 1
  }
  private let state: Locked<State>
  let server: LanguageServer

  init() {
    let state = Locked(State())
    self.state = state
    server = LanguageServer(
      options: .init(
        version: "test", logToStandardError: false,
        send: { bytes in
          var framer = MessageFramer()
          for case .message(let body) in framer.feed(bytes) {
            let v = try! JSONParser.parse(body)
            state.withLock { $0.received.append(v) }
          }
        },
        onExit: { status in state.withLock { $0.exitStatus = status } }))
  }

  var messages: [JSONValue] { state.withLock { $0.received } }
  var status: Int32? { state.withLock { $0.exitStatus } }
  func clear() { state.withLock { $0.received = [] } }
  func sendRaw(_ bytes: [UInt8]) { server.receive(bytes) }
  func makeID() -> RequestID {
    state.withLock {
      $0.nextID += 1
      return .number($0.nextID - 1)
    }
  }
}

extension LSPClient {
  func frame(_ v: JSONValue) -> [UInt8] { MessageFramer.frame(Array(v.serialized.utf8)) }

  func notify(_ method: String, _ params: JSONValue) {
    sendRaw(frame(Outgoing.notification(method, params)))
  }

  /// Sends a request and returns its id without waiting.
  @discardableResult
  func send(_ method: String, _ params: JSONValue) -> RequestID {
    let id = makeID()
    sendRaw(frame(Outgoing.request(id: id, method, params)))
    return id
  }

  /// Sends a request and waits for its response (result or error object).
  func request(_ method: String, _ params: JSONValue = .null) throws -> JSONValue {
    let id = send(method, params)
    return try waitFor { $0["id"] == id.json && $0["method"] == nil }
  }

  func result(_ method: String, _ params: JSONValue = .null) throws -> JSONValue {
    let r = try request(method, params)
    if let e = r["error"] { throw TestError("\(method) failed: \(e.serialized)") }
    return r["result"] ?? .null
  }

  /// Waits (up to `timeout` seconds) for a received message matching `predicate`.
  func waitFor(timeout: Double = 20, _ predicate: (JSONValue) -> Bool) throws -> JSONValue {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let m = messages.first(where: predicate) { return m }
      usleep(1000)
    }
    throw TestError("timed out waiting for a message; received: \(messages.map(\.serialized).joined(separator: "\n"))")
  }

  /// The publishDiagnostics for `uri` with the given version.
  func published(_ uri: String, version: Int) throws -> [JSONValue] {
    let m = try waitFor {
      $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == uri
        && $0["params"]?["version"]?.intValue == version
    }
    return m["params"]?["diagnostics"]?.arrayValue ?? []
  }

  func initialize(_ capabilities: JSONValue = .object([:]), extra: [String: JSONValue] = [:]) throws -> JSONValue {
    var params: [String: JSONValue] = ["capabilities": capabilities, "processId": .null]
    for (k, v) in extra { params[k] = v }
    let r = try result("initialize", .object(params))
    notify("initialized", .object([:]))
    return r
  }

  func open(_ uri: String, _ text: String, version: Int = 1, language: String = "plaintext") {
    notify(
      "textDocument/didOpen",
      .object([
        "textDocument": .object([
          "uri": .string(uri), "languageId": .string(language), "version": .number(Double(version)),
          "text": .string(text),
        ])
      ]))
  }

  func change(_ uri: String, version: Int, _ changes: [JSONValue]) {
    notify(
      "textDocument/didChange",
      .object([
        "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]),
        "contentChanges": .array(changes),
      ]))
  }
}

struct TestError: Error, CustomStringConvertible {
  var description: String
  init(_ d: String) { description = d }
}

func pos(_ line: Int, _ character: Int) -> JSONValue {
  .object(["line": .number(Double(line)), "character": .number(Double(character))])
}

func range(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> JSONValue {
  .object(["start": pos(l1, c1), "end": pos(l2, c2)])
}

func textEdit(_ r: JSONValue, _ text: String) -> JSONValue { .object(["range": r, "text": .string(text)]) }

extension JSONValue {
  /// `"line:character-line:character"` of an LSP range, for readable assertions.
  var rangeText: String {
    func lc(_ p: JSONValue?) -> String { "\(p?["line"]?.int ?? -1):\(p?["character"]?.int ?? -1)" }
    return lc(self["start"]) + "-" + lc(self["end"])
  }
}

/// Applies LSP text edits (utf-16 positions unless told) to a text, the way an editor does.
func applyEdits(_ edits: [JSONValue], to text: String, encoding: PositionEncoding = .utf16) -> String {
  let doc = Document(text: text)
  let byteEdits = edits.map { e -> TextEdit in
    let r = e["range"]!
    let lo = doc.offset(
      line: r["start"]!["line"]!.intValue!, character: r["start"]!["character"]!.intValue!, encoding: encoding)
    let hi = doc.offset(
      line: r["end"]!["line"]!.intValue!, character: r["end"]!["character"]!.intValue!, encoding: encoding)
    return TextEdit(range: lo..<hi, replacement: e["newText"]!.stringValue!)
  }
  var bytes = Array(text.utf8)
  for e in byteEdits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
    bytes.replaceSubrange(e.range, with: e.replacement.utf8)
  }
  return String(decoding: bytes, as: UTF8.self)
}
