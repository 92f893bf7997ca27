import CopyDesk
import Testing

@testable import CopyDeskLSP

/// Code actions, formatting, hover and document symbols.
@Suite struct FeatureTests {
  let uri = "file:///tmp/feature.txt"
  let text = "会议于昨日召开,共有300余人参加.\r\n他表示:要把实事办实!"

  func session(_ caps: JSONValue = .object([:])) throws -> TestClient {
    let c = TestClient()
    _ = try c.initialize(caps)
    c.open(uri, text)
    _ = try c.published(uri, version: 1)
    return c
  }

  func actions(_ c: TestClient, _ r: JSONValue, only: [String]? = nil) throws -> [JSONValue] {
    var context: [String: JSONValue] = ["diagnostics": .array([])]
    if let only { context["only"] = .array(only.map { .string($0) }) }
    return try c.result(
      "textDocument/codeAction",
      .object(["textDocument": .object(["uri": .string(uri)]), "range": r, "context": .object(context)])
    ).arrayValue ?? []
  }

  func edits(_ action: JSONValue) -> [JSONValue] {
    action["edit"]?["changes"]?[uri]?.arrayValue ?? action["edit"]?["documentChanges"]?.arrayValue?.first?["edits"]?
      .arrayValue ?? []
  }

  @Test func quickFixDisableAndFixAllAtACursor() throws {
    let c = try session()
    let list = try actions(c, range(0, 7, 0, 7))
    #expect(
      list.map { $0["title"]?.stringValue ?? "" } == [
        "修正：中文语境中应使用全角“，”，不用半角“,”", "本行停用 punct-halfwidth-in-cjk", "copydesk：修正全部可安全修正的问题",
      ])
    #expect(list.map { $0["kind"]?.stringValue ?? "" } == ["quickfix", "quickfix", "source.fixAll.copydesk"])
    #expect(list[0]["isPreferred"] == .bool(true))
    #expect(list[0]["diagnostics"]?.arrayValue?.first?["code"] == .string("punct-halfwidth-in-cjk"))
    #expect(applyEdits(edits(list[0]), to: text) == "会议于昨日召开，共有300余人参加.\r\n他表示:要把实事办实!")
    // The directive goes on its own line above, with the page's CRLF.
    let disabled = applyEdits(edits(list[1]), to: text)
    #expect(disabled == "<!-- copydesk-disable-next-line punct-halfwidth-in-cjk -->\r\n" + text)
    c.change(uri, version: 2, [.object(["text": .string(disabled)])])
    #expect(try c.published(uri, version: 2).map { $0["range"]!.rangeText } == ["2:3-2:4", "2:10-2:11"])
    // Fix-all = every safe fix, as edits on the current text.
    let fixAll = try #require(try actions(c, range(2, 0, 2, 0), only: ["source.fixAll"]).first)
    #expect(
      applyEdits(edits(fixAll), to: disabled)
        == "<!-- copydesk-disable-next-line punct-halfwidth-in-cjk -->\r\n会议于昨日召开,共有300余人参加.\r\n他表示：要把实事办实！")
  }

  @Test func onlyFiltersKinds() throws {
    let c = try session()
    #expect(try actions(c, range(0, 0, 0, 30), only: ["quickfix"]).allSatisfy { $0["kind"] == .string("quickfix") })
    #expect(try actions(c, range(0, 0, 0, 0), only: [LanguageServer.fixAllKind]).count == 1)
    #expect(try actions(c, range(0, 0, 0, 0), only: ["refactor"]).isEmpty)
  }

  @Test func versionedEditsWhenTheClientSupportsThem() throws {
    let c = try session(.object(["workspace": .object(["workspaceEdit": .object(["documentChanges": .bool(true)])])]))
    let fix = try #require(try actions(c, range(0, 7, 0, 8)).first)
    let change = fix["edit"]?["documentChanges"]?.arrayValue?.first
    #expect(change?["textDocument"] == .object(["uri": .string(uri), "version": .number(1)]))
  }

  @Test func formattingAppliesAllSafeFixes() throws {
    let c = try session()
    let result = try c.result(
      "textDocument/formatting",
      .object([
        "textDocument": .object(["uri": .string(uri)]),
        "options": .object(["tabSize": .number(2), "insertSpaces": .bool(true)]),
      ]))
    let list = result.arrayValue ?? []
    // One small edit per changed line, not a whole-document replacement.
    #expect(list.map { $0["range"]!.rangeText } == ["0:7-0:18", "1:3-1:11"])
    #expect(applyEdits(list, to: text) == "会议于昨日召开，共有300余人参加。\r\n他表示：要把实事办实！")
  }

  @Test func hoverExplainsTheRule() throws {
    let c = try session(
      .object(["textDocument": .object(["hover": .object(["contentFormat": .array([.string("markdown")])])])]))
    let h = try c.result(
      "textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]), "position": pos(0, 7)]))
    #expect(h["contents"]?["kind"] == .string("markdown"))
    let value = h["contents"]?["value"]?.stringValue ?? ""
    #expect(value.hasPrefix("**中文语境中应使用全角“，”，不用半角“,”**\n\n**punct-halfwidth-in-cjk** — 中文语境误用半角标点"))
    #expect(value.contains("依据: GB/T 15834—2011 §4"))
    #expect(value.contains("✗ 会议于昨日召开,共有300余人参加.") && value.contains("✓ 会议于昨日召开，共有300余人参加。"))
    // One incorrect and one correct example only.
    #expect(value.components(separatedBy: "✗").count == 2)
    #expect(value.hasSuffix("更多示例：copydesk explain punct-halfwidth-in-cjk"))
    #expect(h["range"]?.rangeText == "0:7-0:8")
    let none = try c.result(
      "textDocument/hover", .object(["textDocument": .object(["uri": .string(uri)]), "position": pos(0, 3)]))
    #expect(none == .null)
  }

  /// The document symbols of a seed page, from a client that takes them as a tree.
  func hierarchicalSymbols(ofSeed name: String) throws -> [JSONValue] {
    let c = TestClient()
    _ = try c.initialize(
      .object(["textDocument": .object(["documentSymbol": .object(["hierarchicalDocumentSymbolSupport": .bool(true)])])]
      ))
    c.open(uri, try seed(name))
    return try c.result("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))
      .arrayValue ?? []
  }

  @Test func documentSymbolsListArticlesHeadlinesAndBylines() throws {
    let symbols = try hierarchicalSymbols(ofSeed: "000_5dd187c44d6d2e13.txt")
    let first = try #require(symbols.first)
    #expect(first["kind"] == .number(3))
    #expect(first["name"] == .string("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面"))
    let children = first["children"]?.arrayValue ?? []
    #expect(
      children.map { $0["name"]?.stringValue ?? "" } == [
        "深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面", "全国总工会赴回天地区开展送温暖调研慰问活动", "本报讯（记者 张晶）",
      ])
    #expect(children.last?["selectionRange"]?.rangeText == "6:0-6:10")
    #expect(children.last?["detail"] == .string("讯头与署名"))
    #expect(symbols.count == 6)
    #expect(symbols[1]["name"] == .string("“送万福、进万家”书法公益首场示范活动在京举办"))
  }

  /// On page 002 the PDF put headlines after their stories: they are the stories' children and names, while each
  /// article's selection stays inside its range (VS Code rejects a symbol whose selection lies outside it).
  @Test func documentSymbolsOfPage002NameStoriesByTheirOwnHeadlines() throws {
    let symbols = try hierarchicalSymbols(ofSeed: "002_ae62d523afe6408c.txt")
    #expect(
      symbols.map { $0["name"]?.stringValue ?? "" } == [
        "为辖区快递员、外卖员送去保温杯、雨伞等慰问品", "怀柔区总工会去年投入援助资金145万余元", "“全国维护职工权益杰出律师”评选结果公布",
        "市政协“带着职工心声上两会”热线开通", "平谷多家基层工会为一线职工送“暖心包”", "北京老字号餐饮职工展技能比才艺",
      ])
    // Lines 2–54 (0-based 1–53) hold the story; its headlines at 199 and 201 are outside, so the lead is selected.
    #expect(symbols[0]["range"]?.rangeText == "1:0-53:8")
    #expect(symbols[0]["selectionRange"]?.rangeText == "1:0-6:10")
    #expect(
      symbols[3]["children"]?.arrayValue?.map { $0["name"]?.stringValue ?? "" } == [
        "市政协“带着职工心声上两会”热线开通", "工会界别委员值守热线倾听职工心声", "本报讯 （记者 余翠平）",
      ])
  }
}

@Suite struct TextDiffTests {
  func apply(_ edits: [TextEdit], _ old: String) -> String {
    var b = Array(old.utf8)
    for e in edits.sorted(by: { $0.range.lowerBound > $1.range.lowerBound }) {
      b.replaceSubrange(e.range, with: e.replacement.utf8)
    }
    return String(decoding: b, as: UTF8.self)
  }

  @Test(arguments: [
    ("甲,乙\n丙.丁\n戊", "甲，乙\n丙。丁\n戊", 2), ("中文", "中文", 0), ("啊", "吖", 1), ("a\r\nb", "a\nb", 1),
    ("一\n二", "一\n\n二", 1), ("𠮷,😀", "𠮷，😀", 1), ("", "新", 1),
  ])
  func editsReproduceTheNewText(_ old: String, _ new: String, _ count: Int) {
    let edits = TextDiff.edits(from: Array(old.utf8), to: Array(new.utf8))
    #expect(edits.count == count)
    #expect(apply(edits, old) == new)
    for e in edits {
      // Cut at character boundaries in the old text.
      #expect(String(decoding: Array(old.utf8)[..<e.range.lowerBound], as: UTF8.self).utf8.count == e.range.lowerBound)
      #expect(e.range.upperBound == old.utf8.count || !UTF8Scan.isContinuation(Array(old.utf8)[e.range.upperBound]))
    }
  }

  @Test func sharedLeadingBytesDoNotSplitACharacter() {
    // 啊 E5 95 8A and 吖 E5 90 96 share their first byte: the edit must cover the whole character.
    let e = TextDiff.edits(from: Array("x啊".utf8), to: Array("x吖".utf8))
    #expect(e == [TextEdit(range: 1..<4, replacement: "吖")])
  }
}
