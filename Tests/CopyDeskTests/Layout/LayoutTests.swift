import CopyDesk
import Testing

/// Broken paragraphs and hard line breaks: exact ranges, the join fix, and how the two rules combine on a page.
@Suite struct LayoutTests {
  @Test func brokenParagraphRangeAndJoin() throws {
    // Alone, a paragraph of prose that stops without a final mark may just lack its `。`: the join needs review.
    let text = "随后，全国总工会一行到达\n\n\n\n天通苑北街道“家圆驿站”户外站点。"
    let doc = Document(text: text)
    let d = try #require(try findings("layout-broken-paragraph", text).first)
    #expect(doc.lc(d.range.lowerBound) == "1:12")
    #expect(doc.lc(d.range.upperBound) == "5:1")
    #expect(d.fix == .replace(36..<40, with: "", .unsafe))
    #expect(try fixed("layout-broken-paragraph", text) == "随后，全国总工会一行到达天通苑北街道“家圆驿站”户外站点。")
    // On a page that shows other cuts (`……、⏎⏎`, `……为⏎⏎`) it is a PDF's column break: the join is safe.
    let page =
      "来到航天一院，张良一行先后参观了院史展、\n\n高凤林大师劳模创新工作室。\n\n" + text
      + "\n\n为劳模工匠代表以及社区工作者等一线职工书写春联，为\n\n职工群众写福字。"
    let onPage = try findings("layout-broken-paragraph", page)
    #expect(onPage.count == 3)
    #expect(onPage.allSatisfy { $0.fix?.applicability == .safe })
  }

  @Test func aLoneBreakWithoutEvidenceIsAParagraphBreak() throws {
    // One paragraph per line: a headline over its story, a lead-in before a list, a sentence per line.
    let text = "春天来了\n公园里的玉兰花开了，游人络绎不绝。\n具体安排如下：\n1.上午参观；\n2.下午座谈。"
    #expect(try findings("layout-hard-line-break", text).isEmpty)
    #expect(try findings("layout-broken-paragraph", text).isEmpty)
    #expect(Document(text: text).blocks.count == 5)
  }

  @Test func headlinesBylinesAndCreditsAreNeverTheFirstHalf() throws {
    let page = """
      全国总工会赴回天地区开展送温暖调研慰问活动

      本报讯（记者 张晶）昨天，全国总工会开展慰问。

      本报记者 于佳 摄

      “送万福、进万家”书法公益首场示范活动在京举办

      为劳模工匠代表及医务工作者等一线职工书写春联和“福”字

      本报讯（记者 白莹）近日，活动举办。
      """
    #expect(try findings("layout-broken-paragraph", page).isEmpty)
  }

  /// Lines of one width that stop mid-sentence are wraps; a full-width line that ends a sentence is one too, but
  /// proven only on a page that marks its paragraphs otherwise (here by blank lines).
  static let wrapped = "据了解，为推动健全完善新就业形\n态劳动者权益保障机制，充分发挥\n工会组织送温暖示范带动作用。\n同时，结合实际开展慰问活动。"

  @Test func hardBreaksReportedPerBreakWithinWrappedParagraphsOnly() throws {
    let text = "第一句话写完了。\n第二句话也写完了。\n\n" + Self.wrapped
    let doc = Document(text: text)
    let found = try findings("layout-hard-line-break", text)
    #expect(found.map { doc.lc($0.range.lowerBound) } == ["4:16", "5:16", "6:15"])
    #expect(found.map(\.message.zh) == ["句子中间有硬换行，应删去", "句子中间有硬换行，应删去", "段落内有硬换行，应删去"])
    // The page separates only two paragraphs by a blank line: not enough to prove the third break.
    #expect(found.map { $0.fix?.applicability } == [.safe, .safe, .unsafe])
    let marked = "第一段写完了。\n\n第二段也写完了。\n\n" + Self.wrapped + "\n\n最后一段。"
    #expect(try findings("layout-hard-line-break", marked).map { $0.fix?.applicability } == [.safe, .safe, .safe])
    #expect(
      try fixed("layout-hard-line-break", text)
        == "第一句话写完了。\n第二句话也写完了。\n\n据了解，为推动健全完善新就业形态劳动者权益保障机制，充分发挥工会组织送温暖示范带动作用。同时，结合实际开展慰问活动。")
  }

  @Test func hardBreakRuleCanBeTurnedOff() throws {
    var config = try Configuration.builtin()
    config.settings["layout-hard-line-break"] = RuleSetting(enabled: false)
    let linter = try Linter(configuration: config)
    #expect(!linter.ruleIDs.contains("layout-hard-line-break"))
  }

  /// A column-wrapped page from a PDF (seed 002): byline, broken paragraph and hard breaks all fixed together.
  @Test func columnWrappedPageFixesToCleanParagraphs() throws {
    let text = "本报讯 （记者 王路曼 ） 近\n日，密云区总工会新就业形态劳\n动者送温暖慰问活动启动。该活\n\n动将为辖区2000余名快递员送去保温杯。"
    let config = try Configuration.builtin()
    let linter = try Linter(
      configuration: config, only: ["news-byline-format", "layout-broken-paragraph", "layout-hard-line-break"])
    let result = Fixer.fix(text: text, path: nil, format: nil, linter: linter, includeUnsafe: false)
    #expect(result.text == "本报讯（记者 王路曼）近日，密云区总工会新就业形态劳动者送温暖慰问活动启动。该活动将为辖区2000余名快递员送去保温杯。")
    #expect(result.remaining.isEmpty)
  }
}
