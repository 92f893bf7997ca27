import CopyDesk
import Foundation
import Testing

/// Rule options are typed and read through one reader: a bad value is an error at the file, line and column where
/// it is written, with its key path and the layer (profile, configuration file, command line) that set it.
@Suite struct RuleOptionsTests {
  func error(_ text: String, path: String = ".copydesk.json", layer: ConfigLayer = .configFile)
    -> RuleConfigurationError?
  {
    do {
      _ = try ConfigFile.parse(text: text, path: path, layer: layer)
      return nil
    } catch {
      return error
    }
  }

  static let byline = """
    {
      "rules": {
        "news-byline-format": {
          "options": {
            %@
          }
        }
      }
    }
    """

  func bylineError(_ options: String, path: String = ".copydesk.json", layer: ConfigLayer = .configFile)
    -> String?
  {
    error(Self.byline.replacingOccurrences(of: "%@", with: options), path: path, layer: layer)?.description
  }

  @Test func unknownOptionIsAnErrorAtItsKey() {
    #expect(
      bylineError(#""roleSpace": true, "roleSapce": false"#)
        == ".copydesk.json:5:28: rules.news-byline-format.options.roleSapce: unknown option of news-byline-format; "
        + "expected one of: nameSeparator, roleSpace, roles, spaceBeforeParenthesis (from the configuration file)")
    let none = error(#"{"rules": {"space-cjk": {"severity": "warning", "options": {"mode": "forbid"}}}}"#)
    #expect(
      none?.description
        == ".copydesk.json:1:61: rules.space-cjk.options.mode: unknown option of space-cjk; space-cjk takes no options "
        + "(from the configuration file)")
  }

  @Test func wrongTypeIsAnErrorAtTheValue() {
    #expect(
      bylineError(#""roleSpace": "yes""#)
        == #".copydesk.json:5:22: rules.news-byline-format.options.roleSpace: expected true or false, found "yes" "#
        + "(from the configuration file)")
    #expect(
      bylineError(#""roles": "记者""#)
        == #".copydesk.json:5:18: rules.news-byline-format.options.roles: expected an array, each item a string, "#
        + #"found "记者" (from the configuration file)"#)
  }

  @Test func aBadArrayItemIsReportedAtTheItem() {
    #expect(
      bylineError(#""roles": ["记者", 3]"#)
        == ".copydesk.json:5:25: rules.news-byline-format.options.roles[1]: expected a string, found 3 "
        + "(from the configuration file)")
  }

  @Test func badEnumValueNamesTheAllowedValues() {
    let e = error(
      """
      {
        // web copy
        "rules": {"space-cjk-latin": {"options": {"mode": "always"}}}
      }
      """)
    #expect(
      e?.description
        == #".copydesk.json:3:53: rules.space-cjk-latin.options.mode: expected "forbid" or "require", found "always" "#
        + "(from the configuration file)")
    #expect(
      bylineError(#""nameSeparator": "/""#)
        == #".copydesk.json:5:26: rules.news-byline-format.options.nameSeparator: expected "keep", " " or "、", "#
        + #"found "/" (from the configuration file)"#)
    #expect(
      error(#"{"rules": {"news-leader-order": {"options": {"date": "2024-13-01"}}}}"#)?.message
        == #"rules.news-leader-order.options.date: expected a date YYYY-MM-DD, found "2024-13-01" "#
        + "(from the configuration file)")
  }

  @Test func errorsInAProfileNameTheProfile() {
    let path = "rules/profiles/magazine.json"
    #expect(
      bylineError(#""roleSpace": 1"#, path: path, layer: .profile("magazine"))
        == "rules/profiles/magazine.json:5:22: rules.news-byline-format.options.roleSpace: expected true or false, "
        + #"found 1 (from profile "magazine")"#)
    #expect(
      bylineError(#""spaceBefore": true"#, path: path, layer: .profile("magazine"))?.hasPrefix(
        "rules/profiles/magazine.json:5:9: rules.news-byline-format.options.spaceBefore: unknown option") == true)
    let e = error(
      #"{"rules": {"punct-range-connector": {"options": {"connector": "~"}}}}"#, path: path,
      layer: .profile("magazine"))
    #expect(
      e?.description
        == #"rules/profiles/magazine.json:1:63: rules.punct-range-connector.options.connector: expected "—" or "～", "#
        + #"found "~" (from profile "magazine")"#)
  }

  /// The issue's case: a bad option in a desk's `.copydesk.json` was reported as `rules/profiles/newspaper.json:1:1`.
  @Test func aBadOptionInALoadedConfigNamesThatFile() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-options-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let file = dir.appendingPathComponent(".copydesk.json")
    try """
    {
      "profile": "web",
      "rules": {
        "punct-range-connector": {"options": {"connector": "~"}}
      }
    }
    """.write(to: file, atomically: true, encoding: .utf8)
    var c = try Configuration.builtin()
    do {
      try c.apply(ConfigFile.load(path: file.path))
      Issue.record("expected an error")
    } catch {
      #expect(error.file == file.path && error.line == 4 && error.column == 56)
      #expect(error.message.hasPrefix("rules.punct-range-connector.options.connector: expected"))
    }
  }

  /// Options merge profile → configuration file → command line, and each value remembers the layer that set it.
  @Test func layersMergeAndKeepTheirOrigin() throws {
    var c = try Configuration.builtin()
    try c.apply(
      ConfigFile.parse(
        text:
          #"{"rules": {"news-byline-format": {"options": {"roleSpace": false}}, "news-leader-order": {"options": {"date": "2019-03-05"}}}}"#,
        path: ".copydesk.json"))
    c.setArticleDate("2024-03-05")
    let byline = try #require(c.settings["news-byline-format"])
    #expect(byline.options?["roleSpace"] == .bool(false) && byline.options?["spaceBeforeParenthesis"] == .bool(false))
    #expect(byline.origins["roleSpace"]?.layer == .configFile)
    #expect(byline.origins["spaceBeforeParenthesis"]?.layer == .profile("newspaper"))
    #expect(byline.origins["spaceBeforeParenthesis"]?.file == "rules/profiles/newspaper.json")
    let leaders = try #require(c.settings["news-leader-order"])
    #expect(
      leaders.options?["date"] == .string("2024-03-05") && leaders.origins["date"]?.layer == .commandLine("--date"))
    // The command line's date wins: on 2019-03-05 李强 was not on the roster and the list was not checked.
    let doc = Document(text: "李强、习近平、赵乐际等出席会议。")
    #expect(try Linter(configuration: c, only: ["news-leader-order"]).lint(doc).count == 1)
    #expect(try Linter(configuration: c, only: ["news-byline-format"]).lint(Document(text: "本报讯（记者张晶）开会。")).isEmpty)
  }

  @Test func aBadValueOnTheCommandLineNamesTheFlag() throws {
    var c = try Configuration.builtin()
    c.setArticleDate("2024-13-40")
    do {
      _ = try Linter(configuration: c)
      Issue.record("expected an error")
    } catch let e as RuleConfigurationError {
      #expect(
        e.description
          == #"command line: rules.news-register-title.options.date: expected a date YYYY-MM-DD, found "2024-13-40" "#
          + "(from --date on the command line)")
    }
  }

  /// Options set in code (tests, embedders) still go through the reader; without an origin they name the rule.
  @Test func optionsWithoutAnOriginNameTheRule() {
    #expect(throws: RuleConfigurationError.self) { try linter(only: "layout-hard-line-break", options: #"{"on": 1}"#) }
    do {
      _ = try linter(only: "layout-hard-line-break", options: #"{"enabled": "no"}"#)
    } catch {
      #expect(
        "\(error)" == #"options of layout-hard-line-break: rules.layout-hard-line-break.options.enabled: "#
          + #"expected true or false, found "no""#)
    }
  }

  /// `directive-unknown-rule` is a rule like the others: it can be turned off, given a severity, and has no options.
  @Test func thePseudoRuleIsConfigurable() throws {
    let text = "<!-- copydesk-disable-next-line space-cjkk -->\n奋进新时代"
    func found(_ config: String) throws -> [Diagnostic] {
      var c = try Configuration.builtin()
      try c.apply(ConfigFile.parse(text: config, path: ".copydesk.json"))
      return try Linter(configuration: c).lint(Document(text: text)).filter { $0.rule == "directive-unknown-rule" }
    }
    #expect(try found("{}").map(\.severity) == [.warning])
    #expect(try found(#"{"rules": {"directive-unknown-rule": "error"}}"#).map(\.severity) == [.error])
    #expect(try found(#"{"rules": {"directive-unknown-rule": "off"}}"#).isEmpty)
    #expect(error(#"{"rules": {"directive-unknown-rule": {"options": {"strict": true}}}}"#) != nil)
  }
}
