import CopyDesk
import Foundation
import Testing

/// The evaluation corpus of correct copy (Tests/Eval, issue 13): every finding of the built-in rules on it, in every
/// page shape, is recorded in `Tests/Eval/findings.txt`. All of them are false positives (read and classified in the
/// baseline note); a change in any rule that adds or removes one fails this test, so the change shows in review.
/// Re-record after reading every changed line: `COPYDESK_RECORD=1 swift test --filter EvalCorpusTests`.
@Suite struct EvalCorpusTests {
  static let dir = repositoryRoot.appendingPathComponent("Tests/Eval")

  @Test func findingsAreTheRecordedOnes() throws {
    let (articles, markdown) = try EvalCorpus.load(Self.dir)
    let pages = EvalCorpus.pages(articles: articles, markdown: markdown)
    let findings = EvalCorpus.lint(pages, with: try Linter(configuration: EvalCorpus.configuration()))
    var out = "# Tests/Eval: \(articles.count) articles, \(markdown.count) Markdown pages; built-in rules, "
    out += "article date \(EvalCorpus.articleDate). Findings per 10,000 non-space characters:\n"
    for shape in EvalCorpus.shapes {
      let chars = pages.filter { $0.shape == shape }.reduce(0) { $0 + EvalCorpus.characters($1.text) }
      let n = findings.filter { $0.shape == shape && $0.kind == .falsePositive }.count
      out += "# \(shape): \(chars) characters, \(n) findings, "
      out += String(format: "%.2f", Double(n) * 10_000 / Double(max(chars, 1))) + "\n"
    }
    let reported = findings.filter { $0.kind == .wrapReported }.count
    let missed = findings.filter { $0.kind == .wrapMissed }.count
    out += "# 4-pdf: of the \(reported + missed) line breaks wrapping inserted, \(reported) have a layout finding "
    out += "(right, not listed), \(missed) none (listed as (missed-wrap))\n"
    for f in findings where f.kind != .wrapReported { out += f.record + "\n" }
    let golden = Self.dir.appendingPathComponent("findings.txt")
    let (matches, changes) = try GoldenFile.compare(out, with: golden, recording: recording)
    #expect(matches, "\(golden.lastPathComponent) changed:\n\(changes)")
  }

  /// The corpus is what the brief asks for: enough articles and pages, each article canonical (shape 1 renders it
  /// unchanged) and 300–2,000 characters long.
  @Test func articlesAreCanonicalAndOfArticleLength() throws {
    let (articles, markdown) = try EvalCorpus.load(Self.dir)
    #expect(articles.count >= 45)
    #expect(markdown.count >= 8)
    for (name, text) in articles {
      #expect(PageShapes.render(text, as: .blankLines) == text, "\(name) is not in canonical form")
      #expect((300...2000).contains(EvalCorpus.characters(text)), "\(name): \(EvalCorpus.characters(text))")
    }
  }

  static let sample =
    "比技能 展风采\n\n本报讯（记者 余翠平）4月18日，2024年北京市职工职业技能大赛启动，共设26个项目。\n\n据介绍，决赛选手可申报“北京市职工技术能手”称号。\n\n本报记者 于佳 摄\n"

  @Test func shapesOfOneArticle() {
    let s = Self.sample
    #expect(PageShapes.render(s, as: .blankLines) == s)
    #expect(
      PageShapes.render(s, as: .linePerParagraph)
        == "比技能 展风采\n本报讯（记者 余翠平）4月18日，2024年北京市职工职业技能大赛启动，共设26个项目。\n据介绍，决赛选手可申报“北京市职工技术能手”称号。\n本报记者 于佳 摄\n"
    )
    #expect(PageShapes.render(s, as: .wire) == PageShapes.render(s, as: .linePerParagraph))
    #expect(
      PageShapes.render(s, as: .indented)
        == "比技能 展风采\n　　本报讯（记者 余翠平）4月18日，2024年北京市职工职业技能大赛启动，共设26个项目。\n　　据介绍，决赛选手可申报“北京市职工技术能手”称号。\n本报记者 于佳 摄\n"
    )
    #expect(
      PageShapes.render(s, as: .indentedBlank)
        == "比技能 展风采\n\n　　本报讯（记者 余翠平）4月18日，2024年北京市职工职业技能大赛启动，共设26个项目。\n\n　　据介绍，决赛选手可申报“北京市职工技术能手”称号。\n\n本报记者 于佳 摄\n"
    )
    // Width 16, the first line 14: `，` is kept up (line 1 runs to 15 columns, line 2 to 17), `“` is not left at a
    // line end, and `2024` is not split.
    #expect(PageShapes.wrapWidth(seed: 7) == 16)
    #expect(
      PageShapes.render(s, as: .columnWrapped, seed: 7)
        == "比技能 展风采\n\n本报讯（记者 余翠平）4月18日，\n2024年北京市职工职业技能大赛启动，\n共设26个项目。\n\n据介绍，决赛选手可申报“北京\n市职工技术能手”称号。\n\n本报记者 于佳 摄\n"
    )
    #expect(
      PageShapes.wirePage([s, "冬季冰雪运动季启动\n\n11月30日，本市冬季冰雪运动季启动。\n"])
        == "比技能 展风采\n本报讯（记者 余翠平）4月18日，2024年北京市职工职业技能大赛启动，共设26个项目。\n据介绍，决赛选手可申报“北京市职工技术能手”称号。\n本报记者 于佳 摄\n冬季冰雪运动季启动\n11月30日，本市冬季冰雪运动季启动。\n"
    )
  }

  @Test func displayLinesAreNeitherIndentedNorWrapped() {
    for display in [
      "全国总工会部署送温暖活动 各地工会积极响应", "“巾帼建功新时代”", "【新春走基层】", "本报记者 陈曦", "收入涨了 心气足了",
      "平台骑手与企业是否存在劳动关系？法院这样判",
    ] {
      #expect(PageShapes.isDisplayLine(display), "\(display)")
    }
    for body in [
      "本次疗休养活动的具体安排如下：", "记者：您怎么看？", "……吸引了500余名职工参加。新华社发", "报名时间：2024年4月1日—4月30日；",
      "“有人问我，哪来的心思写诗？”",
    ] {
      #expect(!PageShapes.isDisplayLine(body), "\(body)")
    }
  }

  /// On every article of the corpus: shape 4 gives the paragraphs back when its inserted breaks are removed, keeps
  /// its lines within the width (one mark over where a closing mark is kept up), never starts a line with a
  /// closing mark or ends one with an opening mark, and is the same on every run.
  @Test func columnWrappingIsReversibleAndTypesetLikeAPage() throws {
    let (articles, _) = try EvalCorpus.load(Self.dir)
    for (name, text) in articles {
      let seed = SplitMix64.seed(name)
      let width = PageShapes.wrapWidth(seed: seed)
      #expect((14...24).contains(width))
      let page = PageShapes.render(text, as: .columnWrapped, seed: seed)
      #expect(page == PageShapes.render(text, as: .columnWrapped, seed: seed))
      let unwrapped = page.replacingOccurrences(of: "\n\n", with: "\u{1}").replacingOccurrences(of: "\n", with: "")
        .replacingOccurrences(of: "\u{1}", with: "\n\n")
      #expect(unwrapped + "\n" == text, "\(name)")
      for line in page.split(separator: "\n") where !PageShapes.isDisplayLine(String(line)) {
        let cols = line.reduce(0.0) { $0 + ($1.isASCII ? 0.5 : 1) }
        #expect(cols <= Double(width) + 3, "\(name): \(line)")
        #expect(!"，。、；：？！）》”’".contains(line.first!), "\(name): \(line)")
        #expect(!"（《“‘".contains(line.last!), "\(name): \(line)")
      }
    }
  }
}
