import CopyDesk
import Foundation
import Testing

/// The word-list rule kinds: exact findings, contexts, quotations, per-entry severity, bad data, desk lists.
@Suite struct WordsListTests {
  /// (rule, text) → the flagged texts.
  func flagged(_ rule: String, _ text: String) throws -> [String] {
    let doc = Document(text: text)
    return try findings(rule, text).map { doc.slice($0.range) }
  }

  @Test func substitutionReportsTheTermWithAFix() throws {
    let text = "各项工作已布署到位，大家迫不急待。"
    let doc = Document(text: text)
    let found = try findings("word-typo", text)
    #expect(found.map { doc.slice($0.range) } == ["布署", "迫不急待"])
    #expect(found.map { doc.lc($0.range.lowerBound) } == ["1:6", "1:13"])
    #expect(found[0].message.zh == "错别字：“布署”应为“部署”")
    #expect(found[0].message.en == "misspelling: '布署' should be '部署'")
    #expect(found[0].fix == .replace(found[0].range, with: "部署", .safe))
  }

  @Test func contextsDecideConfusables() throws {
    #expect(try flagged("word-confusable", "截止到2010年底，截止到目前。") == ["截止到", "截止到"])
    #expect(try flagged("word-confusable", "报名截止到此结束。").isEmpty)
    #expect(try flagged("word-confusable", "做出了新的更大贡献，做出一桌菜。") == ["做出"])
    #expect(try flagged("word-confusable", "公司其它业务收入与其它收入。") == ["其它"])
  }

  @Test func quotationsAndTitlesAreExempt() throws {
    #expect(try flagged("word-confusable", "他说：“这是惟一的办法。”").isEmpty)
    #expect(try flagged("word-typo", "他在《布署》一文中写道，工作已布署。") == ["布署"])
    // A quotation that runs on into the next paragraph (no closing mark) is still a quotation.
    #expect(try flagged("news-banned-term", "“北朝鲜的代表说，\n\n我们会再来。”").isEmpty)
    #expect(try flagged("news-sovereignty-term", "“一带一路”战略") == ["“一带一路”战略"])
  }

  @Test func partnerWithinAWindowButNotAcrossAClause() throws {
    let text = "约有300人左右参加，约有300人参加，左右为难。"
    let doc = Document(text: text)
    let found = try findings("word-redundancy", text)
    #expect(found.map { doc.slice($0.range) } == ["约有300人左右"])
    #expect(found[0].fix == nil)
  }

  @Test func cooccurrenceWithAndWithout() throws {
    #expect(try flagged("news-caution-term", "犯罪嫌疑人王某已被刑拘，该罪犯曾多次作案。") == ["罪犯"])
    #expect(try flagged("news-caution-term", "该罪犯曾多次作案。").isEmpty)
    #expect(try flagged("news-caution-term", "犯罪嫌疑人王某已被判处有期徒刑，该罪犯服刑中。").isEmpty)
  }

  @Test func perEntrySeverityUnlessConfigured() throws {
    let text = "中华民国时期以后不称中华民国，解放前后。"
    let found = try findings("news-sovereignty-term", text)
    #expect(found.map(\.severity) == [.warning, .warning])
    var config = try Configuration.builtin()
    config.settings["news-sovereignty-term"] = RuleSetting(severity: .info, enabled: true)
    let configured = try Linter(configuration: config, only: ["news-sovereignty-term"]).lint(Document(text: text))
    #expect(configured.map(\.severity) == [.info, .info])
  }

  @Test func badEntriesFailWithFileAndLine() throws {
    func load(_ text: String) throws -> Linter {
      var config = try Configuration.builtin()
      config.data.files.append(try DataFile.parse(name: "desk/bad.txt", text: text))
      return try Linter(configuration: config, only: ["word-typo"])
    }
    #expect(throws: RuleConfigurationError.self) { _ = try load("@rule word-typo\n\n工做 => 工作 | sevrity=error\n") }
    do {
      _ = try load("@rule word-typo\n工做 => 工作\n工做 => 工作 | severity=fatal\n")
      Issue.record("a bad severity must fail")
    } catch let error as RuleConfigurationError {
      #expect(error.description == "desk/bad.txt:3:1: severity must be error, warning or info, not 'fatal'")
    }
    do {
      _ = try load("@rule word-typo\n# comment\n工做 => 工作 | except=做工\n")
      Issue.record("an exception that does not contain the term must fail")
    } catch let error as RuleConfigurationError {
      #expect(error.description == "desk/bad.txt:3:1: except '做工' does not contain the term '工做'")
    }
  }

  /// A desk adds its own list through `.copydesk.json` without rebuilding copydesk.
  @Test func deskListThroughConfigDataAdd() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-desk-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("desk"), withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    try #"{ "data": { "add": ["desk/union-terms.txt"] } }"#.write(
      to: dir.appendingPathComponent(".copydesk.json"), atomically: true, encoding: .utf8)
    try """
    # Our desk's own list: the union's name and a house word.
    @rule word-typo
    全国总公会 => 全国总工会
    京彩暖冬 | advice=活动名称须加引号 | severity=warning
    @trigger 全国总公会召开会议。
    @clean 全国总工会召开会议。
    """.write(to: dir.appendingPathComponent("desk/union-terms.txt"), atomically: true, encoding: .utf8)
    var config = try Configuration.builtin()
    try config.apply(ConfigFile.load(path: dir.appendingPathComponent(".copydesk.json").path))
    let linter = try Linter(configuration: config, only: ["word-typo"])
    let text = "全国总公会举办京彩暖冬活动，各项工作已布署。"
    let doc = Document(text: text)
    let found = linter.lint(doc)
    #expect(found.map { doc.slice($0.range) } == ["全国总公会", "京彩暖冬", "布署"])
    #expect(found.map(\.severity) == [.error, .warning, .error])
    #expect(found[0].fix?.edits.first?.replacement == "全国总工会")
    #expect(found[1].message.zh == "错别字：“京彩暖冬”，活动名称须加引号")
    #expect(found[1].fix == nil)
  }
}
