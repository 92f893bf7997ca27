import Foundation
import Testing

@Suite struct LintCommandTests {
  @Test func exitCodes() throws {
    let dir = try temporaryDirectory()
    try "会议于昨日召开。".write(to: dir.appendingPathComponent("good.txt"), atomically: true, encoding: .utf8)
    try "会议于昨日召开,共有300余人参加.".write(to: dir.appendingPathComponent("bad.txt"), atomically: true, encoding: .utf8)
    try "精神 and 中央".write(to: dir.appendingPathComponent("warn.txt"), atomically: true, encoding: .utf8)
    #expect(try copydesk(["lint", dir.appendingPathComponent("good.txt").path]).status == 0)
    #expect(try copydesk(["lint", dir.appendingPathComponent("bad.txt").path]).status == 1)
    // A warning does not fail by default; --fail-on warning makes it fail.
    #expect(try copydesk(["lint", dir.appendingPathComponent("warn.txt").path]).status == 0)
    #expect(try copydesk(["lint", "--fail-on", "warning", dir.appendingPathComponent("warn.txt").path]).status == 1)
    // Usage and I/O errors are 2, in every format.
    #expect(try copydesk(["lint", "--format", "yaml", dir.path]).status == 2)
    #expect(try copydesk(["lint", "--format", "json", dir.appendingPathComponent("missing.txt").path]).status == 2)
    #expect(try copydesk(["frobnicate"]).status == 2)
  }

  @Test func jsonContract() throws {
    let r = try copydesk(["lint", "--format", "json", "--stdin-filename", "draft.txt", "-"], stdin: "𠮷说,好")
    #expect(r.status == 1)
    let items = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
    #expect(items.count == 1)
    let d = items[0]
    #expect(Set(d.keys) == ["path", "rule", "severity", "message", "start", "end", "fix"])
    #expect(d["path"] as? String == "draft.txt")
    #expect(d["rule"] as? String == "punct-halfwidth-in-cjk")
    #expect(d["severity"] as? String == "error")
    #expect(d["message"] as? String == "中文语境中应使用全角“，”，不用半角“,”")
    // 𠮷 is one column (one scalar) but four bytes.
    #expect(d["start"] as? [String: Int] == ["line": 1, "column": 3, "offset": 7])
    #expect(d["end"] as? [String: Int] == ["line": 1, "column": 4, "offset": 8])
    let fix = try #require(d["fix"] as? [String: Any])
    #expect(fix["applicability"] as? String == "safe")
    let edits = try #require(fix["edits"] as? [[String: Any]])
    #expect(edits.count == 1)
    #expect(edits[0]["replacement"] as? String == "，")
    #expect(edits[0]["start"] as? [String: Int] == ["line": 1, "column": 3, "offset": 7])
  }

  @Test func englishMessages() throws {
    let r = try copydesk(["lint", "--format", "json", "--lang", "en", "-"], stdin: "会议,开始")
    #expect(r.stdout.contains("use the full-width '，' instead of ',' in Chinese text"))
  }

  @Test func textFormatCaretCountsDoubleWidth() throws {
    let r = try copydesk(["lint", "--color", "never", "--stdin-filename", "稿件.txt", "-"], stdin: "会议,开始\n")
    let expected = """
      稿件.txt:1:3: error[punct-halfwidth-in-cjk] 中文语境中应使用全角“，”，不用半角“,” [fixable]
        |
      1 | 会议,开始
        |     ^
      1 finding (1 error, 0 warning, 0 info) in 1 file; 1 fixable with `copydesk fix`

      """
    #expect(r.stdout == expected)
  }

  @Test func colourOnlyWhenAsked() throws {
    let plain = try copydesk(["lint", "-"], stdin: "会议,开始")
    #expect(!plain.stdout.contains("\u{1B}["), "not a terminal: no colour")
    let forced = try copydesk(["lint", "--color", "always", "-"], stdin: "会议,开始")
    #expect(forced.stdout.contains("\u{1B}[31;1merror"))
  }

  @Test func directoriesAreRecursiveAndExtensionsChosen() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("a/b"), withIntermediateDirectories: true)
    try "会议,开始".write(to: dir.appendingPathComponent("a/b/one.md"), atomically: true, encoding: .utf8)
    try "会议,开始".write(to: dir.appendingPathComponent("a/two.txt"), atomically: true, encoding: .utf8)
    try "会议,开始".write(to: dir.appendingPathComponent("a/three.rst"), atomically: true, encoding: .utf8)
    let r = try copydesk(["lint", "--format", "concise", dir.path])
    #expect(r.stdout.split(separator: "\n").count == 2)
    let rst = try copydesk(["lint", "--format", "concise", "--ext", "rst", dir.path])
    #expect(rst.stdout.split(separator: "\n").count == 1)
    #expect(rst.stdout.contains("three.rst:1:3-1:4"))
  }

  @Test func invalidUTF8IsAClearError() throws {
    let dir = try temporaryDirectory()
    let file = dir.appendingPathComponent("gbk.txt")
    try Data([0xE4, 0xBC, 0x9A, 0x0A, 0x41, 0xC4, 0xE3]).write(to: file)  // 会\nA + GBK bytes
    let r = try copydesk(["lint", file.path])
    #expect(r.status == 2)
    #expect(r.stderr.contains("\(file.path):2:2: not valid UTF-8 (byte offset 5)"))
  }

  @Test func badConfigNamesFileLineColumn() throws {
    let dir = try temporaryDirectory()
    try "{\n  \"rules\": {\n    \"space-cjk\": \"loud\"\n  }\n}\n".write(
      to: dir.appendingPathComponent(".copydesk.json"), atomically: true, encoding: .utf8)
    try "会议开始。".write(to: dir.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    let r = try copydesk(["lint", dir.appendingPathComponent("a.txt").path])
    #expect(r.status == 2)
    #expect(r.stderr.contains(".copydesk.json:3:18: expected \"off\""))
  }

  @Test func configIsDiscoveredUpward() throws {
    let dir = try temporaryDirectory()
    try FileManager.default.createDirectory(
      at: dir.appendingPathComponent("desk/drafts"), withIntermediateDirectories: true)
    try "{ \"rules\": { \"punct-halfwidth-in-cjk\": \"off\" } }".write(
      to: dir.appendingPathComponent("desk/.copydesk.json"), atomically: true, encoding: .utf8)
    try "会议,开始".write(to: dir.appendingPathComponent("desk/drafts/a.txt"), atomically: true, encoding: .utf8)
    try "会议,开始".write(to: dir.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
    #expect(try copydesk(["lint", dir.appendingPathComponent("desk/drafts/a.txt").path]).status == 0)
    #expect(try copydesk(["lint", dir.appendingPathComponent("b.txt").path]).status == 1)
    // --config overrides discovery.
    #expect(
      try copydesk([
        "lint", "--config", dir.appendingPathComponent("desk/.copydesk.json").path,
        dir.appendingPathComponent("b.txt").path,
      ])
      .status == 0)
  }

  @Test func rulesExplainVersionHelp() throws {
    let rules = try copydesk(["rules"])
    #expect(rules.stdout.contains("punct-halfwidth-in-cjk"))
    #expect(rules.stdout.contains("script-stray-ascii"))
    let explain = try copydesk(["explain", "punct-halfwidth-in-cjk"])
    #expect(explain.stdout.contains("依据: GB/T 15834—2011 §4"))
    #expect(explain.stdout.contains("✗ 会议于昨日召开,共有300余人参加."))
    #expect(try copydesk(["explain", "no-such-rule"]).status == 2)
    #expect(try copydesk(["--version"]).stdout == "copydesk 0.1.0\n")
    for command in ["lint", "fix", "rules", "explain", "schema"] {
      let h = try copydesk([command, "--help"])
      #expect(h.status == 0 && h.stdout.hasPrefix("Usage: copydesk \(command)"), "\(command) --help")
    }
  }
}
