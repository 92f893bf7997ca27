import CopyDesk
import Testing

@Suite struct ConfigTests {
  @Test func commentsAndTrailingCommas() throws {
    let c = try ConfigFile.parse(
      text: """
        // house settings
        {
          "profile": "web", /* web copy */
          "rules": { "space-cjk": "off", "punct-halfwidth-in-cjk": { "severity": "warning", }, },
        }
        """, path: "/tmp/x/.copydesk.json")
    #expect(c.profile == "web")
    #expect(c.rules["space-cjk"]?.enabled == false)
    #expect(c.rules["punct-halfwidth-in-cjk"]?.severity == .warning)
  }

  func error(_ text: String) -> RuleConfigurationError? {
    do {
      _ = try ConfigFile.parse(text: text, path: "cfg.json")
      return nil
    } catch {
      return error
    }
  }

  @Test func syntaxErrorsNameLineAndColumn() throws {
    let e = try #require(error("{\n  \"profile\": \"newspaper\"\n  \"rules\": {}\n}"))
    #expect(e.description == "cfg.json:3:3: expected ',' or '}' in object, found '\"'")
  }

  @Test func unknownRuleIsAnErrorAtItsKey() throws {
    let e = try #require(error("{\n  \"rules\": {\n    \"space-cjkk\": \"off\"\n  }\n}"))
    #expect(e.line == 3 && e.column == 5)
    #expect(e.message.contains("unknown rule \"space-cjkk\""))
  }

  @Test func badSeverityIsAnErrorAtItsValue() throws {
    let e = try #require(error("{\"rules\": {\"space-cjk\": \"loud\"}}"))
    #expect(e.line == 1 && e.column == 25)
    #expect(e.message.contains("expected \"off\", \"info\", \"warning\", \"error\""))
  }

  @Test func unknownTopLevelKeyAndProfile() throws {
    #expect(error("{\"rulez\": {}}")?.message.hasPrefix("unknown key \"rulez\"") == true)
    #expect(error("{\"profile\": \"magazine\"}")?.message.hasPrefix("unknown profile \"magazine\"") == true)
  }

  @Test func severityOverrideAndOff() throws {
    var c = try Configuration.builtin()
    try c.apply(
      ConfigFile.parse(text: "{\"rules\": {\"space-cjk\": \"off\", \"script-stray-ascii\": \"error\"}}", path: "c"))
    let l = try Linter(configuration: c)
    #expect(!l.ruleIDs.contains("space-cjk"))
    let d = Document(text: "精神 and 中央")
    #expect(l.lint(d).first { $0.rule == "script-stray-ascii" }?.severity == .error)
  }

  @Test func badDataFileNamesFileAndLine() {
    do {
      _ = try DataFile.parse(name: "desk.txt", text: "@rule word-typo\n布署 =>\n")
      Issue.record("expected an error")
    } catch {
      #expect(error.description == "desk.txt:2:1: '=>' with nothing after it")
    }
  }
}

@Suite struct JSONValueTests {
  @Test func intValueNeverTraps() throws {
    #expect(try JSONC.parse("1e300").value.intValue == nil)
    #expect(try JSONC.parse("2.5").value.intValue == nil)
    #expect(try JSONC.parse("-42").value.intValue == -42)
  }
}
