import CopyDesk
import Foundation
import Testing

@testable import CopyDeskLSP

/// The built `copydesk` executable, next to the test bundle in the build products directory.
func builtExecutable() throws -> URL {
  var candidates: [URL] = []
  let bundle = Bundle.main.bundleURL
  candidates.append(bundle.deletingLastPathComponent().appendingPathComponent("copydesk"))
  candidates.append(bundle.appendingPathComponent("copydesk"))
  for b in Bundle.allBundles where b.bundlePath.hasSuffix(".xctest") {
    candidates.append(b.bundleURL.deletingLastPathComponent().appendingPathComponent("copydesk"))
  }
  candidates.append(
    URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("copydesk"))
  candidates.append(repositoryRoot.appendingPathComponent(".build/debug/copydesk"))
  for c in candidates where FileManager.default.isExecutableFile(atPath: c.path) { return c }
  throw TestError("copydesk executable not found; looked at \(candidates.map(\.path))")
}

/// `copydesk lsp` as a child process over pipes: only protocol on its stdout, logs on stderr.
final class ProcessClient: LSPClient, Sendable {
  let process = Process()
  private let stdin = Pipe()
  private let stdout = Pipe()
  private let stderr = Pipe()
  private struct State {
    var received: [JSONValue] = []
    var framer = MessageFramer()
    var framingErrors: [String] = []
    var nextID = 1
  }
  private let state = Locked(State())

  init() throws {
    process.executableURL = try builtExecutable()
    process.arguments = ["lsp"]
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    let state = self.state
    stdout.fileHandleForReading.readabilityHandler = { h in
      let data = h.availableData
      guard !data.isEmpty else { return }
      state.withLock { s in
        for e in s.framer.feed([UInt8](data)) {
          switch e {
          case .message(let body):
            if let v = try? JSONParser.parse(body) { s.received.append(v) } else { s.framingErrors.append("bad JSON") }
          case .error(let m): s.framingErrors.append(m)
          }
        }
      }
    }
    stderr.fileHandleForReading.readabilityHandler = { h in _ = h.availableData }
    try process.run()
  }

  var messages: [JSONValue] { state.withLock { $0.received } }
  var framingErrors: [String] { state.withLock { $0.framingErrors } }
  func clear() { state.withLock { $0.received = [] } }
  func sendRaw(_ bytes: [UInt8]) { stdin.fileHandleForWriting.write(Data(bytes)) }
  func makeID() -> RequestID {
    state.withLock {
      $0.nextID += 1
      return .number($0.nextID - 1)
    }
  }

  func closeInput() { try? stdin.fileHandleForWriting.close() }

  /// Waits for the process to end (at most `timeout` seconds) and returns its status.
  func waitForExit(timeout: Double = 20) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while process.isRunning && Date() < deadline { usleep(2000) }
    guard !process.isRunning else {
      process.terminate()
      throw TestError("copydesk lsp did not exit")
    }
    return process.terminationStatus
  }
}

@Suite(.serialized) struct ProcessSessionTests {
  let seedName = "004_272e18b5ed2af28f.txt"

  /// The engine's own findings for the page, in LSP coordinates (utf-16): what the server must report.
  func expected(_ text: String) throws -> [String] {
    let doc = Document(text: text, path: "/tmp/" + seedName)
    return try Linter(configuration: .builtin()).lint(doc).map { d in
      let s = doc.lineAndCharacter(ofOffset: d.range.lowerBound, encoding: .utf16)
      let e = doc.lineAndCharacter(ofOffset: d.range.upperBound, encoding: .utf16)
      return "\(d.rule)@\(s.line):\(s.character)-\(e.line):\(e.character)"
    }
  }

  func keys(_ diagnostics: [JSONValue]) -> [String] {
    diagnostics.map { "\($0["code"]?.stringValue ?? "")@\($0["range"]!.rangeText)" }
  }

  @Test func wholeSessionOverPipes() throws {
    let c = try ProcessClient()
    let uri = "file:///tmp/" + seedName
    var text = try seed(seedName)
    let r = try c.initialize(
      .object(["general": .object(["positionEncodings": .array([.string("utf-16")])])]),
      extra: ["locale": .string("zh-CN")])
    #expect(r["capabilities"]?["positionEncoding"] == .string("utf-16"))
    #expect(r["serverInfo"]?["name"] == .string("copydesk"))

    // didOpen → diagnostics with exact positions: the seed's half-width parentheses on line 7 (0-based 6).
    c.open(uri, text)
    let first = try c.published(uri, version: 1)
    #expect(keys(first) == (try expected(text)))
    #expect(
      Array(keys(first).filter { $0.hasPrefix("punct-halfwidth-in-cjk@") }.prefix(3)) == [
        "punct-halfwidth-in-cjk@6:9-6:10", "punct-halfwidth-in-cjk@6:13-6:14", "punct-halfwidth-in-cjk@8:21-8:22",
      ])
    #expect(first[0]["message"] == .string("中文语境中应使用全角“（”，不用半角“(”"))

    // An incremental edit fixes the first error: that diagnostic disappears, the others stay where they were.
    c.change(uri, version: 2, [textEdit(range(6, 9, 6, 10), "（")])
    text = applyEdits([.object(["range": range(6, 9, 6, 10), "newText": .string("（")])], to: text)
    let second = try c.published(uri, version: 2)
    #expect(keys(second) == Array(keys(first).dropFirst()))

    // codeAction at the next error → its quick fix, applied by the client and sent back as an edit.
    let actions =
      try c.result(
        "textDocument/codeAction",
        .object([
          "textDocument": .object(["uri": .string(uri)]), "range": range(6, 13, 6, 13),
          "context": .object(["diagnostics": .array([second[0]])]),
        ])
      ).arrayValue ?? []
    let fix = try #require(actions.first { $0["kind"] == .string("quickfix") && $0["isPreferred"] == .bool(true) })
    let fixEdits = fix["edit"]?["changes"]?[uri]?.arrayValue ?? []
    #expect(fixEdits == [.object(["range": range(6, 13, 6, 14), "newText": .string("）")])])
    text = applyEdits(fixEdits, to: text)
    c.change(uri, version: 3, fixEdits.map { textEdit($0["range"]!, $0["newText"]!.stringValue!) })
    let third = try c.published(uri, version: 3)
    #expect(keys(third) == Array(keys(first).dropFirst(2)))
    #expect(keys(third) == (try expected(text)))

    // Formatting = all safe fixes; afterwards no safely fixable finding is left.
    let formatting =
      try c.result(
        "textDocument/formatting",
        .object([
          "textDocument": .object(["uri": .string(uri)]),
          "options": .object(["tabSize": .number(2), "insertSpaces": .bool(true)]),
        ])
      ).arrayValue ?? []
    #expect(!formatting.isEmpty)
    text = applyEdits(formatting, to: text)
    c.change(uri, version: 4, formatting.map { textEdit($0["range"]!, $0["newText"]!.stringValue!) })
    let fourth = try c.published(uri, version: 4)
    #expect(keys(fourth) == (try expected(text)))
    #expect(fourth.allSatisfy { $0["data"]?["fix"] != .string("safe") })
    #expect(text == (try safelyFixed(seed(seedName))))

    #expect(try c.result("shutdown") == .null)
    c.notify("exit", .null)
    #expect(try c.waitForExit() == 0)
    #expect(c.framingErrors.isEmpty, "stdout carries only framed protocol messages")
  }

  func safelyFixed(_ text: String) throws -> String {
    Fixer.fix(
      text: text, path: "/tmp/" + seedName, format: nil, linter: try Linter(configuration: .builtin()),
      includeUnsafe: false
    ).text
  }

  @Test func exitWithoutShutdownIsStatusOne() throws {
    let c = try ProcessClient()
    _ = try c.initialize()
    c.notify("exit", .null)
    #expect(try c.waitForExit() == 1)
  }

  @Test func endOfInputEndsCleanlyAndMalformedInputIsSurvived() throws {
    let c = try ProcessClient()
    _ = try c.initialize()
    c.sendRaw(Array("Content-Length: 3\r\n\r\n{x}".utf8))
    _ = try c.waitFor { $0["error"]?["code"] == .number(-32700) }
    c.sendRaw(Array("Content-Length: nope\r\n\r\n".utf8))
    #expect(try c.result("shutdown") == .null)
    c.closeInput()
    #expect(try c.waitForExit() == 0)
    #expect(c.framingErrors.isEmpty)
  }
}
