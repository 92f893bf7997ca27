import CopyDesk
import Foundation
import Testing

/// Behaviour of the punctuation pack beyond its description examples: exact ranges and fixes, one diagnostic where
/// two rules see the same characters, profile-driven spacing, option validation, and the findings on the seeds.
@Suite struct PunctuationRuleTests {
  /// `rule line:col-line:col` of every finding of the full default configuration.
  static func all(_ text: String, profile: String = "newspaper") throws -> [String] {
    let doc = Document(text: text)
    let linter = try Linter(configuration: try Configuration.builtin(profile: profile))
    return linter.lint(doc).map { "\($0.rule) \(doc.lc($0.range.lowerBound))-\(doc.lc($0.range.upperBound))" }
  }

  static func spans(_ rule: String, _ text: String, options: String? = nil) throws -> [String] {
    let doc = Document(text: text)
    return try findings(rule, text, options: options).map {
      "\(doc.lc($0.range.lowerBound))-\(doc.lc($0.range.upperBound))"
    }
  }

  // MARK: One diagnostic where two rules see the same characters

  @Test func interpunctSupersedesHalfwidthPeriod() throws {
    #expect(try Self.all("马丁.路德.金的演讲") == ["punct-interpunct-form 1:3-1:4", "punct-interpunct-form 1:6-1:7"])
  }

  @Test func duplicateSpaceSupersedesSingleSpaceRules() throws {
    #expect(try Self.all("全市  共有职工书屋500家。") == ["space-duplicate 1:3-1:5"])
    #expect(try Self.all("近日，  密云区总工会开展慰问。") == ["space-duplicate 1:4-1:6"])
  }

  @Test func ellipsisSupersedesDoubled() throws {
    #expect(try Self.all("等待了很久。。。终于来了") == ["punct-ellipsis-form 1:6-1:9"])
  }

  @Test func headlineEndSupersedesHalfwidthAndDoubled() throws {
    let page = "# 北京推出十项便民举措,\n\n本报讯（记者 张晶）近日，北京推出十项便民举措。"
    #expect(try Self.all(page) == ["punct-headline-end 1:13-1:14"])
    let doubled = "# 北京推出十项便民举措。。\n\n本报讯（记者 张晶）近日，北京推出十项便民举措。"
    #expect(try Self.all(doubled) == ["punct-headline-end 1:13-1:15"])
  }

  @Test func headlineEndAfterAPhotoCredit() throws {
    let page = "本报讯（记者 张晶）近日，活动举行。\n\n本报记者 于佳 摄\n\n第二篇的标题。\n\n本报讯（记者 白莹）近日，慰问举行。"
    #expect(try Self.spans("punct-headline-end", page) == ["5:7-5:8"])
  }

  @Test func dengSupersedesDoubledDunhao() throws {
    #expect(try Self.all("苹果、香蕉、、等水果") == ["punct-dunhao-before-deng 1:7-1:8"])
  }

  @Test func straightQuoteAmongCurlyReportedOnce() throws {
    // The straight quote is punct-ascii-quotes'; the curly quote it closes is not reported as unmatched.
    #expect(try Self.all("今年“十一\"黄金周期间") == ["punct-ascii-quotes 1:6-1:7"])
  }

  @Test func reversedQuoteNotAlsoUnbalanced() throws {
    #expect(try Self.all("今年“十一“黄金周期间") == ["punct-quote-nesting 1:6-1:7"])
    #expect(try Self.all("推进”十四五“规划落实") == ["punct-quote-nesting 1:3-1:8"])
  }

  @Test func halfwidthParenthesisNotAlsoUnbalanced() throws {
    #expect(try Self.all("慰问组将赴31个省(区、市和新疆生产建设兵团") == ["punct-halfwidth-in-cjk 1:10-1:11"])
  }

  @Test func strayEnglishWordNotAlsoSpacing() throws {
    #expect(try Self.all("为深入学习贯彻党的二十大精神 and 中央经济工作会议精神") == ["script-stray-ascii 1:16-1:19"])
  }

  @Test func noBreakSpaceReportedByInvisibleCharOnly() throws {
    #expect(try Self.all("近日\u{00A0}密云区总工会开展慰问。") == ["script-invisible-char 1:3-1:4"])
    let fixed = Fixer.fix(
      text: "近日\u{00A0}密云区总工会开展慰问。", path: nil, format: nil,
      linter: try Linter(configuration: try Configuration.builtin()), includeUnsafe: false)
    #expect(fixed.text == "近日密云区总工会开展慰问。")
  }

  // MARK: Exact ranges and fixes

  @Test func asciiQuotesRangesAndMessages() throws {
    let text = "他说：\"我们要把好事办好。\"然后离开。"
    #expect(try Self.spans("punct-ascii-quotes", text) == ["1:4-1:5", "1:14-1:15"])
    let lone = try findings("punct-ascii-quotes", "他说\"好")
    #expect(lone.count == 1 && lone[0].fix == nil)
  }

  @Test func unbalancedPairReportsTheLoneMark() throws {
    #expect(try Self.spans("punct-unbalanced-pair", "《关于加强职工书屋建设的意见 正式印发") == ["1:1-1:2"])
    #expect(try Self.spans("punct-unbalanced-pair", "投资约5亿元）。") == ["1:7-1:8"])
  }

  @Test func quotationOverSeveralParagraphs() throws {
    let text = "他说：“第一段。\n\n“第二段，‘娘家人’很好。\n\n“第三段，到这里结束。”"
    #expect(try findings("punct-unbalanced-pair", text).isEmpty)
    #expect(try findings("punct-quote-nesting", text).isEmpty)
  }

  @Test func oneParagraphPerLineWithoutBlankLines() throws {
    // A CMS export: one paragraph per line. An unclosed quote on line 1 must not swallow the quotes after it.
    let text = "今年“十一“黄金周期间，官兵坚守岗位。\n他说：“大家辛苦了。”\n记者了解到，“村官“的水平提高了。"
    #expect(try Self.spans("punct-quote-nesting", text) == ["1:6-1:7", "3:10-3:11"])
    #expect(try findings("punct-unbalanced-pair", text).isEmpty)
  }

  @Test func hardWrappedQuotationStaysOneUnit() throws {
    // Seed 002 style: a quotation hard-wrapped after a full stop is not cut in two.
    let text = "“夏天的时候，工会给我们送清凉。\n到了冬天，又给我们送来保温杯。”收到慰问品的外卖员说。"
    #expect(try findings("punct-unbalanced-pair", text).isEmpty)
  }

  @Test func ellipsisFixes() throws {
    #expect(try fixed("punct-ellipsis-form", "真是・・・没想到") == "真是……没想到")
    #expect(try fixed("punct-ellipsis-form", "我习惯一个人 ... 这一刻") == "我习惯一个人……这一刻")
    let deng = try findings("punct-ellipsis-form", "含铁食物有猪肝、大豆、菠菜……等")
    #expect(deng.count == 1 && deng[0].fix?.applicability == .unsafe)
  }

  @Test func rangeConnectorOptionAndValidation() throws {
    #expect(try fixed("punct-range-connector", "0-6岁儿童", options: #"{"connector": "～"}"#) == "0～6岁儿童")
    #expect(throws: RuleConfigurationError.self) {
      try linter(only: "punct-range-connector", options: #"{"connector": "~"}"#)
    }
  }

  @Test func spaceCJKLatinFollowsTheProfile() throws {
    let text = "今年同比增长 5.2%，在LeanCloud上运行。"
    let newspaper = try Linter(
      configuration: try Configuration.builtin(profile: "newspaper"), only: ["space-cjk-latin"])
    let web = try Linter(configuration: try Configuration.builtin(profile: "web"), only: ["space-cjk-latin"])
    let doc = Document(text: text)
    #expect(newspaper.lint(doc).map { doc.lc($0.range.lowerBound) } == ["1:7"])
    #expect(web.lint(doc).map { doc.slice($0.range) } == ["LeanCloud"])
    #expect(throws: RuleConfigurationError.self) {
      try linter(only: "space-cjk-latin", options: #"{"mode": "sometimes"}"#)
    }
  }

  @Test func spaceCJKLatinSkipsQuotedSlogansButNotShortNames() throws {
    let opts = #"{"mode": "forbid"}"#
    #expect(try findings("space-cjk-latin", "开展“京彩暖冬 2024”系列活动", options: opts).isEmpty)
    #expect(try Self.spans("space-cjk-latin", "推广普及“北京 i会员”扫码入会", options: opts) == ["1:8-1:9"])
  }

  @Test func invisibleCharNamesTheCodePoint() throws {
    let f = try findings("script-invisible-char", "全国总工会\u{200B}\u{200B}赴回天地区")
    #expect(f.count == 1)
    #expect(f.first?.message.zh.contains("U+200B") == true)
    #expect(f.first?.message.en.contains("U+200B") == true)
  }

  @Test func bookTitleFixIsUnsafeAndWrapsTheName() throws {
    let f = try findings("punct-book-title-missing", "开展了中华人民共和国退役军人保障法知识竞赛")
    #expect(f.count == 1 && f[0].fix?.applicability == .unsafe)
    #expect(try Self.spans("punct-book-title-missing", "开展了中华人民共和国退役军人保障法知识竞赛") == ["1:4-1:18"])
  }

  // MARK: Seeds

  /// Findings per rule of the pack on the five seed pages, each read: `———` in 002 (`迎新春展技艺———2023`), the bare
  /// law name in 004 (`中华人民共和国退役军人保障法知识竞赛`), and the PDF-split `北京 i会员` in 002.
  static let seedFindings: [String: Int] = [
    "punct-dash-form": 1, "punct-book-title-missing": 1, "space-cjk-latin": 1,
  ]

  @Test func packOnSeedPages() throws {
    let dir = repositoryRoot.appendingPathComponent("seeds")
    let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".txt") }.sorted()
    let ids = punctuationPackIDs
    let linter = try Linter(configuration: try Configuration.builtin(), only: ids)
    var perRule: [String: Int] = [:]
    for name in names {
      let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
      for d in linter.lint(Document(text: text, path: name)) { perRule[d.rule, default: 0] += 1 }
    }
    #expect(perRule == Self.seedFindings)
  }
}
