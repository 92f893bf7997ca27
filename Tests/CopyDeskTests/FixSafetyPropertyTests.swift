import CopyDesk
import Foundation
import Testing

/// A fix never breaks a page (issue 13): over pages in every shape — the evaluation corpus's articles, articles
/// composed from the seeds' paragraphs and from the corpus's correct sentences, each in shapes 1–4 and as wire
/// roundups, and Markdown pages full of markup — `copydesk fix` (safe) keeps the number of paragraphs and the
/// sequence of Han characters, and leaves every byte of markup and code as it was.
@Suite struct FixSafetyPropertyTests {
  /// Rules whose fixes replace words by design (`布署` → `部署`, `北朝鲜` → `朝鲜`, 讯 → 电 in a dateline): on copy
  /// with real slips they change Han characters rightly. Known from their own examples.
  static let wordRules: Set<String> = Set(
    RuleRegistry.all.map { $0.description }.filter { d in
      d.triggering.contains { e in e.fixed.map { ShapePages.han($0) != ShapePages.han(e.text) } ?? false }
    }.map(\.id))

  /// `expected`: the number of paragraphs the page was rendered from, when known (correct copy).
  func check(_ pages: [(name: String, text: String)], linter: Linter, expected: (String) -> Int? = { _ in nil }) {
    for (name, text) in pages {
      let before = Document(text: text, path: name)
      let fixed = Fixer.fix(text: text, path: name, format: nil, linter: linter, includeUnsafe: false).text
      let after = Document(text: fixed, path: name)
      #expect(ShapePages.paragraphCount(after) == ShapePages.paragraphCount(before), "paragraphs: \(name)")
      if let n = expected(name) { #expect(ShapePages.paragraphCount(before) == n, "read as rendered: \(name)") }
      #expect(ShapePages.han(fixed) == ShapePages.han(text), "Han characters: \(name)")
      #expect(ShapePages.protectedRuns(after) == ShapePages.protectedRuns(before), "markup and code: \(name)")
    }
  }

  @Test func wordRulesAreKnownFromTheirExamples() {
    #expect(Self.wordRules.isSuperset(of: ["word-typo", "word-variant-standard", "news-banned-term"]))
    #expect(!Self.wordRules.contains("layout-hard-line-break") && !Self.wordRules.contains("punct-halfwidth-in-cjk"))
  }

  /// Correct copy: no rule may change a Han character, in any shape.
  @Test func evalCorpusInEveryShape() throws {
    #expect(ShapePages.evalArticles.count >= 45)
    let linter = try Linter(configuration: EvalCorpus.configuration())
    // Every shape is read as the paragraphs it was rendered from (a roundup page: its three articles').
    var counts: [String: Int] = [:]
    for (name, text) in ShapePages.evalArticles {
      counts[String(name.prefix { $0 != "-" })] = PageShapes.paragraphs(of: text).count
    }
    let pages = ShapePages.rendered(ShapePages.evalArticles)
    check(pages.map { ($0.shape + " " + $0.name, $0.text) }, linter: linter) { label in
      let name = label.split(separator: " ").last.map(String.init) ?? ""
      let parts = name.split(separator: "+").map { String($0.prefix { $0 != "-" }) }
      let sizes = parts.compactMap { counts[$0] }
      return sizes.count == parts.count ? sizes.reduce(0, +) : nil
    }
  }

  /// Pages with real slips and column-break fragments: every rule but the word replacements.
  @Test func seedParagraphsAndCorpusSentencesInEveryShape() throws {
    #expect(ShapePages.seedArticles.count >= 10)
    var config = try Configuration.builtin()
    config.setArticleDate(EvalCorpus.articleDate)
    let ids = Set(RuleRegistry.all.map { $0.description.id }).subtracting(Self.wordRules)
    let linter = try Linter(configuration: config, only: ids)
    let articles =
      ShapePages.seedArticles
      + ShapePages.sentenceArticles.enumerated().filter { $0.offset % 2 == 0 }
      .map(\.element)
    check(ShapePages.rendered(articles).map { ($0.shape + " " + $0.name, $0.text) }, linter: linter)
  }

  /// Markdown: the corpus's pages and articles wrapped in front matter, `<script>`, `<style>`, containers, HTML,
  /// padded tables and fences.
  @Test func markdownPages() throws {
    let linter = try Linter(configuration: EvalCorpus.configuration())
    var pages = ShapePages.evalMarkdown
    for (n, (name, text)) in ShapePages.evalArticles.enumerated() {
      pages.append((name + ".md", ShapePages.markdown(text, seed: UInt64(n))))
    }
    check(pages, linter: linter)
    // The generated pages really hold the markup: a script body, a table's padding, a container marker.
    let doc = Document(text: ShapePages.markdown(ShapePages.evalArticles[0].1, seed: 0), path: "a.md")
    let runs = ShapePages.protectedRuns(doc)
    #expect(runs.contains { $0.contains("const items = [{ text: '学习 Vue' }") })
    #expect(runs.contains { $0.hasPrefix("::: tip") })
  }
}
