import CopyDesk
import Testing

/// Broken paragraphs and hard line breaks: exact ranges, the join fix, and how the two rules combine on a page.
@Suite struct LayoutTests {
  @Test func brokenParagraphRangeAndJoin() throws {
    let text = "随后，全国总工会一行到达\n\n\n\n天通苑北街道“家圆驿站”户外站点。"
    let doc = Document(text: text)
    let d = try #require(try findings("layout-broken-paragraph", text).first)
    #expect(doc.lc(d.range.lowerBound) == "1:12")
    #expect(doc.lc(d.range.upperBound) == "5:1")
    #expect(d.fix == .replace(36..<40, with: "", .safe))
    #expect(try fixed("layout-broken-paragraph", text) == "随后，全国总工会一行到达天通苑北街道“家圆驿站”户外站点。")
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

  @Test func hardBreaksReportedPerBreakWithinWrappedParagraphsOnly() throws {
    let text = "第一句话写完了。\n第二句话也写完了。\n\n据了解，为推动健全完善新\n就业形态劳动者权益保障机制。\n同时，结合实际。"
    let doc = Document(text: text)
    let found = try findings("layout-hard-line-break", text)
    #expect(found.map { doc.lc($0.range.lowerBound) } == ["4:13", "5:15"])
    #expect(found[0].message.zh == "句子中间有硬换行，应删去")
    #expect(found[1].message.zh == "段落内有硬换行，应删去")
    #expect(
      try fixed("layout-hard-line-break", text)
        == "第一句话写完了。\n第二句话也写完了。\n\n据了解，为推动健全完善新就业形态劳动者权益保障机制。同时，结合实际。")
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
