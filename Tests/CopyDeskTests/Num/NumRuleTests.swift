import CopyDesk
import Testing

/// The number pack beyond its examples and table: one finding where another rule sees the same characters, the house
/// options and the profiles, findings milder than their rule, zones (datelines, headlines, quotations, code, URLs)
/// and the fix applicability each finding states.
@Suite struct NumRuleTests {
  /// `rule⟦text⟧` of every finding of the full default configuration (or of a profile).
  static func all(_ text: String, profile: String = "newspaper", path: String? = nil) throws -> [String] {
    let doc = Document(text: text, path: path)
    return try Linter(configuration: try Configuration.builtin(profile: profile)).lint(doc).map {
      "\($0.rule)⟦\(doc.slice($0.range))⟧"
    }
  }

  static func fixedAll(_ text: String, unsafe: Bool = false) throws -> String {
    Fixer.fix(
      text: text, path: nil, format: nil, linter: try Linter(configuration: try Configuration.builtin()),
      includeUnsafe: unsafe
    ).text
  }

  // MARK: One finding per character

  @Test func wrongYearZeroIsTheDateRulesAlone() throws {
    #expect(try Self.all("二Ｏ二四年三月，工程全面完工。") == ["num-date-form⟦二Ｏ二四⟧"])
    #expect(try Self.all("二０二四年三月，工程全面完工。") == ["num-date-form⟦二０二四⟧"])
    #expect(try Self.all("二O二四年三月，工程全面完工。") == ["num-date-form⟦二O二四⟧"])
    #expect(try Self.fixedAll("二Ｏ二四年三月，工程全面完工。") == "二〇二四年三月，工程全面完工。")
  }

  @Test func rangeConnectorAndOmittedUnitAreTwoFindings() throws {
    #expect(try Self.all("项目计划投资3-5亿元。") == ["num-range-unit-omitted⟦3⟧", "punct-range-connector⟦-⟧"])
    #expect(try Self.fixedAll("项目计划投资3-5亿元。", unsafe: true) == "项目计划投资3亿—5亿元。")
    // Safe fixes alone change only the connector: the unit is a suggestion.
    #expect(try Self.fixedAll("项目计划投资3-5亿元。") == "项目计划投资3—5亿元。")
  }

  @Test func chineseAndArabicApproximationsBelongToDifferentRules() throws {
    #expect(
      try Self.all("他已经3、4个月没有回家，三、四个月。") == ["num-approx-arabic⟦3、4⟧", "punct-dunhao-approx-number⟦、⟧"])
  }

  @Test func doubleHedgeReportedByTheNumberRuleOnly() throws {
    #expect(try Self.all("约300多人左右参加活动。") == ["num-approx-precision-conflict⟦300多人左右⟧"])
    #expect(try Self.all("约有300人左右参加活动。") == ["word-redundancy⟦约有300人左右⟧"])
  }

  @Test func fullwidthDigitsAndTheDayMarker() throws {
    #expect(try Self.all("２０２３年12月29号召开。") == ["num-fullwidth-digit⟦２０２３⟧", "num-date-form⟦号⟧"])
  }

  // MARK: Options and profiles

  @Test func dayMarkerOption() throws {
    #expect(try findings("num-date-form", "活动定于12月29号举行。").map(\.severity) == [.warning])
    #expect(try findings("num-date-form", "活动定于12月29号举行。", options: #"{"dayMarker": "either"}"#).isEmpty)
    #expect(try Self.all("活动定于12月29号举行。", profile: "web").filter { $0.hasPrefix("num-") }.isEmpty)
    #expect(throws: RuleConfigurationError.self) { try linter(only: "num-date-form", options: #"{"dayMarker": "号"}"#) }
  }

  @Test func ratioSignOption() throws {
    let ascii = "主队最终以3:1战胜客队。"
    let sign = "主队最终以3∶1战胜客队。"
    // By default both signs are accepted (`1:500` is everyday copy); a house that requires one sees the other.
    #expect(try findings("num-time-format", ascii).isEmpty)
    #expect(try findings("num-time-format", sign).isEmpty)
    #expect(try findings("num-time-format", ascii, options: #"{"ratioSign": "∶"}"#).map(\.severity) == [.info])
    #expect(try findings("num-time-format", sign, options: #"{"ratioSign": ":"}"#).map(\.severity) == [.info])
    #expect(try findings("num-time-format", ascii, options: #"{"ratioSign": ":"}"#).isEmpty)
    #expect(try Self.all(ascii, profile: "web").filter { $0.hasPrefix("num-") }.isEmpty)
    // The full-width colon is wrong under every option, and an error.
    for option in ["∶", ":", "either"] {
      let found = try findings("num-time-format", "中国队以3：0的比分战胜对手。", options: #"{"ratioSign": "\#(option)"}"#)
      #expect(found.map(\.severity) == [.error])
    }
  }

  @Test func configuredSeverityWinsOverAMilderFinding() throws {
    var config = try Configuration.builtin()
    var s = config.settings["num-wan-yi-units"] ?? RuleSetting()
    s.severity = .error
    s.enabled = true
    config.settings["num-wan-yi-units"] = s
    // Configured at the default: the split figure is a warning; the 百万 unit an error.
    let doc = Document(text: "项目总投资3亿4500万元，盈利50百万美元。")
    let found = try Linter(configuration: config, only: ["num-wan-yi-units"]).lint(doc)
    #expect(found.map(\.severity) == [.warning, .error])
    s.severity = .info
    config.settings["num-wan-yi-units"] = s
    #expect(try Linter(configuration: config, only: ["num-wan-yi-units"]).lint(doc).map(\.severity) == [.info, .info])
  }

  @Test func separatorStyleNoneFlagsEverySeparator() throws {
    let text = "全年接待游客12,500人次，其中外地游客8,000人次。"
    #expect(try findings("num-thousands-separator", text).map(\.severity) == [.warning, .warning])
    #expect(try fixed("num-thousands-separator", text) == "全年接待游客12500人次，其中外地游客8000人次。")
  }

  @Test func separatorStyleAnyFlagsTheMinorityInOneArticle() throws {
    let any = #"{"thousandsSeparator": "any"}"#
    // Two separated, one plain: the plain one is out of line.
    let mostlySeparated = "接待游客12,500人次，销售门票624,000张，收入24315元。"
    let doc = Document(text: mostlySeparated)
    #expect(
      try findings("num-thousands-separator", mostlySeparated, options: any).map { doc.slice($0.range) } == ["24315"])
    // One each: the separated one goes.
    let tie = "接待游客12,500人次，收入24315元。"
    #expect(try fixed("num-thousands-separator", tie, options: any) == "接待游客12500人次，收入24315元。")
    // Two articles, one style each: nothing.
    let pages = "# 第一篇\n\n本报讯（记者 张晶）接待游客12,500人次。\n\n# 第二篇\n\n本报讯（记者 白莹）收入24315元。"
    #expect(try findings("num-thousands-separator", pages, options: any).isEmpty)
  }

  @Test func theProfilesDeclareTheHouseChoices() throws {
    let newspaper = try Configuration.builtin(profile: "newspaper")
    let web = try Configuration.builtin(profile: "web")
    func option(_ c: Configuration, _ rule: String, _ key: String) -> String? {
      c.setup(of: rule).optionValues[key]?.stringValue
    }
    #expect(option(newspaper, "num-thousands-separator", "thousandsSeparator") == "none")
    #expect(option(web, "num-thousands-separator", "thousandsSeparator") == "any")
    #expect(option(newspaper, "num-time-format", "ratioSign") == "either")
    #expect(option(web, "num-time-format", "ratioSign") == "either")
    #expect(option(newspaper, "num-date-form", "dayMarker") == "日")
    #expect(option(web, "num-date-form", "dayMarker") == "either")
  }

  // MARK: Zones and masks

  @Test func datelinesAreTheBylineRulesBusiness() throws {
    let lead = "中新社北京六月二十五日电（记者 洪坚鹏）二〇二三年12月29日，新馆开放。"
    #expect(try Self.all(lead).filter { $0.hasPrefix("num-") } == ["num-date-form⟦二〇二三年12月29⟧"])
    let house = "本报北京1月16日电（记者 张晶）活动定于12月29号举行。"
    #expect(try Self.all(house).filter { $0.hasPrefix("num-") } == ["num-date-form⟦号⟧"])
  }

  @Test func headlinesAreChecked() throws {
    let page = "# 投资3千万元建职工之家\n\n本报讯（记者 张晶）近日，职工之家建成开放。"
    #expect(try Self.all(page).filter { $0.hasPrefix("num-") } == ["num-mixed-arabic-chinese⟦3千⟧"])
  }

  @Test func codeAndURLsAreNoNumbers() throws {
    let md = "调用 `parse(\"3～5亿\")`，见 https://example.com/a?t=9：30&p=.5 ，`周5` 照录。"
    #expect(try Self.all(md, path: "page.md").filter { $0.hasPrefix("num-") }.isEmpty)
  }

  @Test func quotationsKeepSpokenForms() throws {
    // Speech keeps 号, two-digit years and 百分之5; a fixed expression in quotes is still one.
    let text = "他说：“我03年来的，12月29号就到了，涨了百分之5。”全市编制“14五”规划。"
    #expect(try Self.all(text).filter { $0.hasPrefix("num-") } == ["num-fixed-expression⟦14五⟧"])
  }

  // MARK: Applicability

  @Test func certainFixesAreSafeAndTheOthersSuggestions() throws {
    func applicability(_ rule: String, _ text: String) throws -> [Applicability?] {
      try findings(rule, text).map { $0.fix?.applicability }
    }
    #expect(try applicability("num-date-form", "展览将持续到二○二四年年底。") == [.safe])
    #expect(try applicability("num-date-form", "二〇二三年12月29日，新馆开放。") == [.unsafe])
    #expect(try applicability("num-time-format", "会议于上午9：30开始。") == [.safe])
    #expect(try applicability("num-time-format", "会议定在9：30开始。") == [.unsafe])
    #expect(try applicability("num-thousands-separator", "全年接待游客12，500人次。") == [.safe])
    #expect(try applicability("num-thousands-separator", "每人补贴3、000元。") == [.unsafe])
    #expect(try applicability("num-approx-precision-conflict", "今年招募3.44多万名高校毕业生。") == [nil])
  }

  @Test func messagesNameTheFix() throws {
    let found = try findings("num-wan-yi-units", "项目总投资3亿4500万元。")
    #expect(found.map(\.message.zh) == ["“3亿4500万”宜写作“3.45亿”（亿、万不分写）"])
    let year = try findings("num-year-abbrev", "截至22年底，累计建成基站3万个。")
    #expect(year.map(\.message.zh) == ["“22年”的年份不能简写为两位数"])
  }

  // MARK: Positions after non-BMP characters

  @Test func positionsAfterNonBMPCharacters() throws {
    let text = "𠮷田健一说，𬌗项目投资3～5亿元，😀增长10—15%。"
    let doc = Document(text: text)
    let found = try findings("num-range-unit-omitted", text)
    #expect(found.map { doc.lc($0.range.lowerBound) } == ["1:12", "1:21"])
    #expect(try fixed("num-range-unit-omitted", text) == "𠮷田健一说，𬌗项目投资3亿～5亿元，😀增长10%—15%。")
  }
}
