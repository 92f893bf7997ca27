import CopyDesk
import Foundation
import Testing

@testable import CopyDeskLSP

/// Push and pull diagnostics, debounce without stale results, configuration layers and their changes.
@Suite struct DiagnosticTests {
  let text = "会议于昨日召开,共有300余人参加."
  let uri = "file:///tmp/diag.txt"

  @Test func pushedDiagnosticsCarryRuleSourceSeverityAndVersion() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.open(uri, text, version: 3)
    let d = try c.published(uri, version: 3)
    #expect(d.map { $0["range"]!.rangeText } == ["0:7-0:8", "0:17-0:18"])
    #expect(d[0]["code"] == .string("punct-halfwidth-in-cjk"))
    #expect(d[0]["source"] == .string("copydesk"))
    #expect(d[0]["severity"] == .number(1))
    #expect(d[0]["message"]?.stringValue == "中文语境中应使用全角“，”，不用半角“,”")
  }

  @Test func localeChoosesTheMessageLanguageAndSettingsOverrideIt() throws {
    let en = TestClient()
    _ = try en.initialize(extra: ["locale": .string("en-US")])
    en.open(uri, text)
    #expect(
      try en.published(uri, version: 1)[0]["message"]?.stringValue
        == "use the full-width '，' instead of ',' in Chinese text")
    let zh = TestClient()
    _ = try zh.initialize(extra: [
      "locale": .string("en"), "initializationOptions": .object(["language": .string("zh")]),
    ])
    zh.open(uri, text)
    #expect(try zh.published(uri, version: 1)[0]["message"]?.stringValue?.hasPrefix("中文语境") == true)
  }

  @Test func debouncedChangesPublishOnlyTheNewestVersion() throws {
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .object(["debounceMs": .number(80)])])
    c.open(uri, text)
    _ = try c.published(uri, version: 1)
    // Five quick edits each replace the first comma's neighbourhood; only version 6 may be published.
    for v in 2...6 { c.change(uri, version: v, [textEdit(range(0, 0, 0, 0), "〇")]) }
    // (Five 〇 in a row are a finding of their own; only the two commas' positions matter here.)
    let d = try c.published(uri, version: 6).filter { $0["code"] == .string("punct-halfwidth-in-cjk") }
    #expect(d.map { $0["range"]!.rangeText } == ["0:12-0:13", "0:22-0:23"])
    let versions = c.messages.compactMap { m -> Int? in
      m["method"]?.stringValue == "textDocument/publishDiagnostics" ? m["params"]?["version"]?.intValue : nil
    }
    #expect(versions == [1, 6])
  }

  @Test func fixingAnErrorRemovesItsDiagnostic() throws {
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .object(["debounceMs": .number(0)])])
    c.open(uri, text)
    #expect(try c.published(uri, version: 1).count == 2)
    c.change(uri, version: 2, [textEdit(range(0, 7, 0, 8), "，")])
    let d = try c.published(uri, version: 2)
    #expect(d.map { $0["range"]!.rangeText } == ["0:17-0:18"])
  }

  @Test func outOfRangeEditsAreClampedLoggedAndLinted() throws {
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .object(["debounceMs": .number(0)])])
    c.open(uri, text)
    _ = try c.published(uri, version: 1)
    c.change(uri, version: 2, [textEdit(range(0, 99, 9, 0), "他说,好")])
    let log = try c.waitFor { $0["method"] == .string("window/logMessage") && $0["params"]?["type"] == .number(2) }
    #expect(log["params"]?["message"]?.stringValue?.contains("clamped") == true)
    let d = try c.published(uri, version: 2).filter { $0["code"] == .string("punct-halfwidth-in-cjk") }
    #expect(d.map { $0["range"]!.rangeText } == ["0:7-0:8", "0:17-0:18", "0:20-0:21"])
  }

  @Test func closeClearsPushedDiagnostics() throws {
    let c = TestClient()
    _ = try c.initialize()
    c.open(uri, text)
    _ = try c.published(uri, version: 1)
    c.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(uri)])]))
    let m = try c.waitFor { $0["params"]?["uri"]?.stringValue == uri && $0["params"]?["diagnostics"] == .array([]) }
    #expect(m["params"]?["version"] == nil)
  }

  @Test func pullDiagnosticsReportFullThenUnchanged() throws {
    let c = TestClient()
    _ = try c.initialize(.object(["textDocument": .object(["diagnostic": .object([:])])]))
    c.open(uri, text)
    let full = try c.result("textDocument/diagnostic", .object(["textDocument": .object(["uri": .string(uri)])]))
    #expect(full["kind"] == .string("full"))
    #expect(full["items"]?.arrayValue?.map { $0["range"]!.rangeText } == ["0:7-0:8", "0:17-0:18"])
    let id = try #require(full["resultId"]?.stringValue)
    let again = try c.result(
      "textDocument/diagnostic",
      .object(["textDocument": .object(["uri": .string(uri)]), "previousResultId": .string(id)]))
    #expect(again == .object(["kind": .string("unchanged"), "resultId": .string(id)]))
    c.change(uri, version: 2, [textEdit(range(0, 17, 0, 18), "。")])
    let after = try c.result(
      "textDocument/diagnostic",
      .object(["textDocument": .object(["uri": .string(uri)]), "previousResultId": .string(id)]))
    #expect(after["items"]?.arrayValue?.map { $0["range"]!.rangeText } == ["0:7-0:8"])
    let ws = try c.result("workspace/diagnostic", .object(["previousResultIds": .array([])]))
    #expect(ws["items"]?.arrayValue?.map { $0["uri"]?.stringValue } == [uri])
    #expect(ws["items"]?.arrayValue?.first?["version"] == .number(2))
    #expect(!c.messages.contains { $0["method"]?.stringValue == "textDocument/publishDiagnostics" })
  }

  @Test func initializationOptionsTurnRulesOff() throws {
    let c = TestClient()
    _ = try c.initialize(extra: [
      "initializationOptions": .object(["rules": .object(["punct-halfwidth-in-cjk": .string("off")])])
    ])
    c.open(uri, text)
    #expect(try c.published(uri, version: 1).isEmpty)
  }

  @Test func badSettingsAreShownAndDefaultsStillLint() throws {
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .object(["rules": .object(["no-such-rule": .string("off")])])]
    )
    c.open(uri, text)
    #expect(try c.published(uri, version: 1).count == 2)
    let shown = try c.waitFor { $0["method"]?.stringValue == "window/showMessage" }
    #expect(shown["params"]?["message"]?.stringValue?.contains("no-such-rule") == true)
  }

  @Test func configFileSettingsAndWatchedFileChanges() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-lsp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("desk"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let config = dir.appendingPathComponent(".copydesk.json")
    try #"{"rules": {"punct-halfwidth-in-cjk": "warning"}}"#.write(to: config, atomically: true, encoding: .utf8)
    let page = DocumentStore.uri(ofPath: dir.appendingPathComponent("desk/page.txt").path)

    let c = TestClient()
    _ = try c.initialize(
      .object([
        "workspace": .object([
          "configuration": .bool(true), "didChangeWatchedFiles": .object(["dynamicRegistration": .bool(true)]),
        ])
      ]),
      extra: ["rootUri": .string(DocumentStore.uri(ofPath: dir.path))])
    // The server asks for its section and registers its file watchers.
    let ask = try c.waitFor { $0["method"]?.stringValue == "workspace/configuration" }
    #expect(ask["params"]?["items"] == .array([.object(["section": .string("copydesk")])]))
    let register = try c.waitFor { $0["method"]?.stringValue == "client/registerCapability" }
    #expect(
      register["params"]?["registrations"]?.arrayValue?.first?["method"] == .string("workspace/didChangeWatchedFiles"))
    c.sendRaw(c.frame(Outgoing.response(id: RequestID(ask["id"])!, result: .array([.null]))))

    c.open(page, text)
    #expect(try c.published(page, version: 1).map { $0["severity"] } == [.number(2), .number(2)])
    // workspace/configuration overrides the file: the rule is back to error.
    c.clear()
    c.notify("workspace/didChangeConfiguration", .object(["settings": .null]))
    let ask2 = try c.waitFor { $0["method"]?.stringValue == "workspace/configuration" }
    c.sendRaw(
      c.frame(
        Outgoing.response(
          id: RequestID(ask2["id"])!,
          result: .array([
            .object(["rules": .object(["punct-halfwidth-in-cjk": .string("info")])])
          ]))))
    #expect(try c.published(page, version: 1).map { $0["severity"] } == [.number(3), .number(3)])
    // The config file changes on disk; settings still win for that rule, the file now turns another one on.
    c.clear()
    c.sendRaw(c.frame(Outgoing.response(id: .string("unused"), result: .null)))
    try #"{"rules": {"punct-halfwidth-in-cjk": "off"}}"#.write(to: config, atomically: true, encoding: .utf8)
    c.notify(
      "workspace/didChangeWatchedFiles",
      .object(["changes": .array([.object(["uri": .string(config.absoluteString), "type": .number(2)])])]))
    #expect(try c.published(page, version: 1).map { $0["severity"] } == [.number(3), .number(3)])
    c.clear()
    c.notify("workspace/didChangeConfiguration", .object(["settings": .null]))
    let ask3 = try c.waitFor { $0["method"]?.stringValue == "workspace/configuration" }
    c.sendRaw(c.frame(Outgoing.response(id: RequestID(ask3["id"])!, result: .array([.null]))))
    #expect(try c.published(page, version: 1).isEmpty)
  }

  @Test func relatedLocationsBecomeRelatedInformation() throws {
    let c = TestClient()
    _ = try c.initialize(.object(["general": .object(["positionEncodings": .array([.string("utf-16")])])]))
    c.open(uri, "𠮷张晶说\n张静说")
    _ = try c.published(uri, version: 1)
    let lsp = c.server.sync { s -> JSONValue in
      let r = s.lints[uri]!
      let d = CopyDesk.Diagnostic(
        rule: "x-names", severity: .warning, message: Message(zh: "不一致", en: "inconsistent"), range: 14..<20,
        related: [RelatedLocation(range: 4..<10, message: Message(zh: "首次出现", en: "first mention"))])
      return s.lspDiagnostic(d, r)
    }
    #expect(lsp["range"]!.rangeText == "1:0-1:2")
    let rel = try #require(lsp["relatedInformation"]?.arrayValue?.first)
    #expect(rel["location"]?["uri"] == .string(uri))
    #expect(rel["location"]?["range"]?.rangeText == "0:2-0:4")
    #expect(rel["message"] == .string("首次出现"))
  }
}

@Suite struct SettingsTests {
  @Test func emptyLuaTablesAreNoSettings() throws {
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .array([])])
    c.open("file:///tmp/s.txt", "会议于昨日召开,共有300余人参加.")
    #expect(try c.published("file:///tmp/s.txt", version: 1).count == 2)
    #expect(!c.messages.contains { $0["method"]?.stringValue == "window/showMessage" })
  }

  @Test func serverSettingsAreReadAndStripped() {
    let r = ConfigResolver()
    r.setInitializationOptions(.object(["debounceMs": .number(20), "profile": .string("web")]))
    #expect(r.serverSettings.debounceMilliseconds == 20)
    #expect(r.linter(forDocumentPath: nil).configuration.profile == "web")
    #expect(r.takeProblems().isEmpty)
    #expect(Language(locale: "zh-Hant-TW") == .zh && Language(locale: "en_GB") == .en && Language(locale: "fr") == nil)
  }
}

/// Pages linted together (rules comparing pages): a change in one updates the others' findings.
@Suite struct PageSetTests {
  let a = "file:///tmp/a.txt"
  let b = "file:///tmp/b.txt"
  let text = "会议于昨日召开,共有300余人参加."

  /// Another page is sent again when its findings changed (a name one character away from a name on the edited
  /// page appears or goes), and only then: unchanged pages are not re-sent on every keystroke.
  @Test func pushRepublishesTheOtherPagesWhenTheirFindingsChange() throws {
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .object(["debounceMs": .number(0)])])
    c.server.sync { $0.lintPagesTogether = true }
    func rules(_ ds: [JSONValue]) -> [String] { ds.compactMap { $0["code"]?.stringValue } }
    func publishedB() -> Bool {
      c.messages.contains {
        $0["method"]?.stringValue == "textDocument/publishDiagnostics" && $0["params"]?["uri"]?.stringValue == b
      }
    }
    // 张晓兰 on a, 张小兰 on b, both 全国总工会兼职副主席: one is a typo.
    c.open(a, "全国总工会兼职副主席张晓兰出席。")
    c.open(b, "全国总工会兼职副主席张小兰讲话。")
    #expect(rules(try c.published(b, version: 1)) == ["news-name-variant"])
    c.clear()
    c.change(a, version: 2, [textEdit(range(0, 11, 0, 12), "小")])
    #expect(try c.published(a, version: 2).isEmpty)
    #expect(try c.published(b, version: 1).isEmpty)
    c.clear()
    // A half-width full stop on a changes nothing on b: b is not sent again.
    c.change(a, version: 3, [textEdit(range(0, 15, 0, 16), ".")])
    #expect(rules(try c.published(a, version: 3)) == ["punct-halfwidth-in-cjk"])
    c.server.sync { _ in }  // the server handles a lint's results in one turn of its queue
    #expect(!publishedB())
    c.change(a, version: 4, [textEdit(range(0, 11, 0, 12), "晓")])
    #expect(rules(try c.published(b, version: 1)) == ["news-name-variant"])
    c.clear()
    c.notify("textDocument/didClose", .object(["textDocument": .object(["uri": .string(a)])]))
    #expect(try c.published(b, version: 1).isEmpty)
  }

  @Test func pullAsksTheClientToPullAgain() throws {
    let c = TestClient()
    _ = try c.initialize(
      .object([
        "textDocument": .object(["diagnostic": .object([:])]),
        "workspace": .object(["diagnostics": .object(["refreshSupport": .bool(true)])]),
      ]), extra: ["initializationOptions": .object(["debounceMs": .number(10)])])
    c.server.sync { $0.lintPagesTogether = true }
    c.open(a, text)
    c.open(b, text)
    let params: JSONValue = .object(["textDocument": .object(["uri": .string(b)])])
    let first = try c.result("textDocument/diagnostic", params)["resultId"]
    c.clear()
    c.change(a, version: 2, [textEdit(range(0, 7, 0, 8), "，")])
    let refresh = try c.waitFor { $0["method"] == .string("workspace/diagnostic/refresh") }
    c.sendRaw(c.frame(Outgoing.response(id: RequestID(refresh["id"])!, result: .null)))
    let again = try c.result("textDocument/diagnostic", params)
    #expect(again["kind"] == .string("full"))
    #expect(again["resultId"] != first)
  }
}
