import CopyDesk
import Foundation
import Testing

/// One article, many shapes (issue 13): rendered as blank-line paragraphs, one paragraph per line and `　　`-indented
/// (with and without blank lines), it gets the same findings — same rules, same flagged text — and no layout
/// finding; rendered as a PDF column, `fix` gives back the blank-line form byte for byte. Over the evaluation
/// corpus's articles (my colleagues' writing, 361–1,360 characters) and the corpus's correct sentences composed
/// into articles of three to six paragraphs.
@Suite struct ShapeInvarianceTests {
  static let layoutRules: Set<String> = Set(LayoutRules.all.map { $0.description.id })

  static var articles: [(String, String)] {
    ShapePages.evalArticles + ShapePages.sentenceArticles.enumerated().filter { $0.offset % 2 == 1 }.map(\.element)
  }

  /// The articles that are correct copy in their canonical form. One corpus sentence lacks its final mark
  /// (`……生物过程也减慢了`, line 871): composed at a paragraph's end, it is a paragraph that stops mid-sentence in
  /// every shape, and no shape of its article is correct copy.
  static let correct: [(String, String)] = {
    guard let linter = try? Linter(configuration: EvalCorpus.configuration(), only: layoutRules) else { return [] }
    return articles.filter { linter.lint(Document(text: PageShapes.render($0.1, as: .blankLines))).isEmpty }
  }()

  @Test func nearlyAllArticlesAreCorrectCopy() {
    #expect(Self.correct.count >= Self.articles.count - 1)
    #expect(Self.correct.count >= 100)
  }

  @Test func sameFindingsInShapesOneTwoAndThree() throws {
    let linter = try Linter(configuration: EvalCorpus.configuration())
    func findings(_ text: String) -> (other: [String], layout: [String]) {
      let doc = Document(text: text)
      let all = linter.lint(doc).map { "\($0.rule) \(doc.slice($0.range))" }
      return (
        all.filter { !Self.layoutRules.contains(String($0.prefix { $0 != " " })) }.sorted(),
        all.filter { Self.layoutRules.contains(String($0.prefix { $0 != " " })) }
      )
    }
    var compared = 0
    for (name, text) in Self.correct {
      let reference = findings(PageShapes.render(text, as: .blankLines))
      #expect(reference.layout.isEmpty, "\(name) 1-blank: \(reference.layout)")
      for shape in [PageShape.linePerParagraph, .indentedBlank, .indented] {
        let f = findings(PageShapes.render(text, as: shape))
        #expect(f.other == reference.other, "\(name) \(shape.rawValue)")
        #expect(f.layout.isEmpty, "\(name) \(shape.rawValue): \(f.layout)")
        compared += 1
      }
    }
    #expect(compared >= 240)
  }

  @Test func columnWrappedPagesFixBackToBlankLineParagraphs() throws {
    let linter = try Linter(configuration: EvalCorpus.configuration(), only: Self.layoutRules)
    var restored = 0
    for (name, text) in Self.correct {
      let wrapped = PageShapes.render(text, as: .columnWrapped, seed: SplitMix64.seed(name))
      #expect(wrapped != text)
      // Every join on these pages is proven (paragraphs are separated by blank lines): the safe fix suffices.
      let fixed = Fixer.fix(text: wrapped, path: nil, format: nil, linter: linter, includeUnsafe: false).text
      guard fixed == PageShapes.render(text, as: .blankLines) else {
        Issue.record("\(name): the PDF column did not fix back to its paragraphs")
        continue
      }
      restored += 1
    }
    #expect(restored == Self.correct.count)
  }
}
