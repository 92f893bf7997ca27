import Foundation
import Testing

@testable import CopyDesk

/// A page linted in parts (`Linter.lintInParts`: paragraph rules on stretches with their neighbours, article rules on
/// article groups, page rules on the page) gives exactly the findings of the whole-page lint — same rules, ranges,
/// messages, fixes, order. Checked with every stretch and article group cut apart, on every page the tests have.
@Suite struct PartsEquivalenceTests {
  static let linter = Result { try Linter(configuration: EvalCorpus.configuration()) }

  /// Pages of every kind: the seeds, the evaluation corpus in all shapes, the FCGEC sentences as articles, and
  /// pages made to stress the cuts (front matter, a BOM, CRLF, U+FEFF at a line start, non-BMP characters).
  static func pages() throws -> [(String, String)] {
    var out: [(String, String)] = []
    let seeds = repositoryRoot.appendingPathComponent("seeds")
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
      let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
      out.append((name, text))
      out.append((name + " crlf 𠮷", "𠮷" + text.replacingOccurrences(of: "\n", with: "\r\n")))
    }
    out.append(("seeds joined", out.filter { !$0.0.contains("crlf") }.map(\.1).joined(separator: "\n")))
    let (articles, markdown) = try EvalCorpus.load(repositoryRoot.appendingPathComponent("Tests/Eval"))
    for p in EvalCorpus.pages(articles: articles, markdown: markdown) { out.append((p.shape + " " + p.name, p.text)) }
    let corpus = repositoryRoot.appendingPathComponent("../shared/corpus/fcgec-clean-sentences.txt")
    if let text = try? String(contentsOf: corpus, encoding: .utf8) {
      let composed = EvalCorpus.compose(sentences: text.components(separatedBy: "\n"))
      for p in EvalCorpus.pages(articles: composed) where p.shape == "1-blank" { out.append((p.name, p.text)) }
    }
    out.append(("edges", Self.edges))
    return out
  }

  static let edges = """
    \u{FEFF}---
    title: 测试
    date: 2024-03-05
    ---

    全国总工会开展送温暖活动

    本报讯（记者 张晶）北京市总工会党组书记、副主席张良表示，“工会进万家，
    \u{FEFF}温暖送到家。”

    “我们要继续，

    “把工作做好。”张良说,他们来到航天一院进行

    实地考察。𬌗𠮷😀  中 国

    <!-- copydesk-disable space-cjk -->
    区总工会主席李新星、副主席王强出席。王强局长表示 OK.
    <!-- copydesk-enable -->
    ## 小标题。

    本报记者 于佳 摄
    """

  /// The same rules without the one comparing pages: article rules then run on article groups, not on the page.
  static let withoutCorpusRules = Result {
    let full = try linter.get()
    return try Linter(
      configuration: EvalCorpus.configuration(),
      only: Set(full.rules.filter { $0.rule.asCorpusRule == nil }.map { $0.rule.id }))
  }

  @Test(arguments: [false, true])
  func partsGiveTheWholePageFindings(_ articleGroups: Bool) throws {
    let linter = try (articleGroups ? Self.withoutCorpusRules : Self.linter).get()
    #expect(linter.rules.contains { $0.rule.asCorpusRule != nil } == !articleGroups)
    var pages = 0
    var findings = 0
    for (name, text) in try Self.pages() {
      let doc = Document(text: text, path: name.hasSuffix(".md") ? "page.md" : "page.txt")
      var whole = linter.perDocument(doc, excludingCorpusRules: false, threads: 1)
      linter.finish(&whole, doc)
      for threads in articleGroups ? [3] : [1, 3] {
        var parts = linter.lintInParts(doc, excludingCorpusRules: false, threads: threads, target: 1)
        linter.finish(&parts, doc)
        #expect(parts == whole, "\(name), \(threads) threads")
        if parts != whole {
          for d in Set(whole).subtracting(parts) {
            print("\(name): missing \(d.rule) \(doc.slice(d.range)) \(d.range)")
          }
          for d in Set(parts).subtracting(whole) { print("\(name): extra \(d.rule) \(doc.slice(d.range)) \(d.range)") }
        }
      }
      pages += 1
      findings += whole.count
    }
    #expect(pages > 400)
    #expect(findings > 1000)
  }

  @Test func stretchesAndGroupsTileThePage() throws {
    for (name, text) in try Self.pages().prefix(40) {
      let doc = Document(text: text)
      for parts in [PageParts.stretches(doc), PageParts.articleGroups(doc)] {
        #expect(parts.starts.first == 0 && parts.starts.last == doc.bytes.count, "\(name)")
        #expect(parts.blockStarts.first == 0 && parts.blockStarts.last == doc.blocks.count, "\(name)")
        for k in 0..<parts.count {
          #expect(parts.starts[k] <= parts.starts[k + 1], "\(name)")
          for b in parts.blocks(k..<(k + 1)) {
            #expect(parts.bytes(k..<(k + 1)).contains(doc.blocks[b].range.lowerBound), "\(name) block \(b)")
          }
        }
      }
    }
  }

  /// A part is the page's text with the page's structure: same bytes, zones, masks and blocks, shifted.
  @Test func aPartKeepsThePageStructure() throws {
    let text = Self.edges
    let doc = Document(text: text, path: "page.txt")
    let groups = PageParts.articleGroups(doc)
    let stretches = PageParts.stretches(doc)
    #expect(stretches.count > 4)
    for k in 1..<stretches.count {
      let part = Linter.paragraphWindow(doc, stretches, k..<(k + 1))
      let w = part.window
      #expect(Array(part.document.bytes[part.prefixLength...]) == Array(doc.bytes[w]))
      #expect(Array(part.document.zones[part.prefixLength...]) == Array(doc.zones[w]))
      #expect(Array(part.document.masks[part.prefixLength...]) == Array(doc.masks[w]))
      for b in part.document.blocks where b.range.lowerBound >= part.prefixLength {
        let page = part.pageRange(b.range)
        #expect(doc.blocks.contains { $0.range == page && $0.kind == b.kind })
        #expect(part.document.lineContentRange(b.lines.lowerBound).lowerBound <= b.range.lowerBound)
      }
    }
    // The front matter goes before every article part that does not start the page.
    let last = DocumentPart(
      doc, window: groups.bytes((groups.count - 1)..<groups.count),
      blocks: groups.blocks((groups.count - 1)..<groups.count),
      articles: true)
    #expect(groups.count == 1 || last.document.blocks.first?.kind == .frontMatter)
  }
}
