import CopyDesk
import Foundation
import Testing

/// False positives of the punctuation pack on correct copy: the 898 FCGEC sentences judged error-free by native
/// annotators (`../shared/corpus/fcgec-clean-sentences.txt`, beside the repository). Every finding was read; the
/// ones left are real punctuation errors in those sentences (see `expectedFindings`). Each line is linted as its
/// own document: the file is a list of unrelated sentences, not a page.
@Suite struct PunctuationCorpusTests {
  static let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/corpus/fcgec-clean-sentences.txt")

  /// Findings per rule, as measured and read (the sentences are quoted in the report).
  /// All 13 are real errors in sentences whose grammar, not punctuation, was judged: `“十一“` and `“村官“` (line 6,
  /// 308), `海伦•凯勒` `迈克尔•肯纳` (74, 701), full-width decimal points `635．2万` `0．6％` `35．11亿` `8．5亿` `18．5万`
  /// (143, 262, 719, 786), `基础    上` (374), `“样板戏，，成为` (716: an unclosed quote and a doubled comma) and
  /// `北京时间4 月15日` (784).
  static let expectedFindings: [String: Int] = [
    "num-fullwidth-digit": 5, "punct-doubled": 1, "punct-interpunct-form": 2, "punct-quote-nesting": 2,
    "punct-unbalanced-pair": 1, "space-cjk-latin": 1, "space-duplicate": 1,
  ]

  static func packFindings() throws -> (findings: [(line: Int, text: String, diagnostic: Diagnostic)], characters: Int)?
  {
    guard let text = try? String(contentsOf: corpus, encoding: .utf8) else { return nil }
    let ids = punctuationPackIDs
    let linter = try Linter(configuration: try Configuration.builtin(), only: ids)
    var out: [(Int, String, Diagnostic)] = []
    var characters = 0
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() where !line.isEmpty {
      characters += line.unicodeScalars.count
      let doc = Document(text: String(line))
      for d in linter.lint(doc) { out.append((n + 1, String(line), d)) }
    }
    return (out, characters)
  }

  @Test func packOnCleanSentences() throws {
    guard let (found, characters) = try Self.packFindings() else {
      print("skipped: \(Self.corpus.path) not found (CI has it at ../shared relative to the repository root)")
      return
    }
    var perRule: [String: Int] = [:]
    for f in found { perRule[f.diagnostic.rule, default: 0] += 1 }
    if ProcessInfo.processInfo.environment["COPYDESK_SHOW_FINDINGS"] == "1" {
      print("characters: \(characters)")
      for f in found {
        let doc = Document(text: f.text)
        print("\(f.line): [\(f.diagnostic.rule)] \(doc.slice(f.diagnostic.range)) — \(f.text)")
      }
      for (rule, count) in perRule.sorted(by: { $0.key < $1.key }) {
        print(
          String(
            format: "%@: %d (%.2f per 10,000 characters)", rule, count, Double(count) * 10_000 / Double(characters)))
      }
    }
    #expect(perRule == Self.expectedFindings)
    #expect(found.count == Self.expectedFindings.values.reduce(0, +))
  }
}
