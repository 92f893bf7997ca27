import Foundation

/// One page of the evaluation corpus: an article (or a roundup of three) in one shape, or a Markdown page.
public struct EvalPage: Sendable {
  /// The shape label: a `PageShape` raw value, or `EvalCorpus.markdownShape`.
  public let shape: String
  /// The file it was rendered from (`001-songwennuan-bushu.txt`), or `001+002+003` for a shape-6 roundup.
  public let name: String
  public let text: String

  public init(shape: String, name: String, text: String) {
    self.shape = shape
    self.name = name
    self.text = text
  }
}

/// A finding on a page of the corpus, with the flagged text and a little context (line breaks shown as `⏎`).
public struct EvalFinding: Sendable, Hashable {
  public enum Kind: Sendable, Hashable {
    /// Any finding on this correct copy, except the layout findings at the breaks shape 4 inserted.
    case falsePositive
    /// A layout finding at a line break the shape-4 renderer inserted: the page really is wrapped, so this is the
    /// one finding correct copy should get.
    case wrapReported
    /// A line break shape 4 inserted that no layout finding reports (recorded with the rule `(missed-wrap)`).
    case wrapMissed
  }

  public let shape: String
  public let page: String
  public let line: Int
  public let column: Int
  public let rule: String
  public let before: String
  public let text: String
  public let after: String
  public let kind: Kind

  /// `1-blank 013-zhengxie-taolun.txt 11:5 news-title-after-name 讨论中，⟦王丽娜委员⟧、郭永胜委员也`
  public var record: String { "\(shape) \(page) \(line):\(column) \(rule) \(before)⟦\(text)⟧\(after)" }

  public init(
    shape: String, page: String, line: Int, column: Int, rule: String, before: String, text: String, after: String,
    kind: Kind
  ) {
    (self.shape, self.page, self.line, self.column, self.rule) = (shape, page, line, column, rule)
    (self.before, self.text, self.after, self.kind) = (before, text, after, kind)
  }
}

/// The corpus of correct copy the false-positive rate is measured on (Tests/Eval): every article in every plain-text
/// shape, roundup pages of three articles as shape 6, and the Markdown pages as shape 5. `EvalCorpusTests` records
/// its findings and `copydesk-bench --eval` prints the rates, both from these pages, so they always agree.
public enum EvalCorpus {
  public static let markdownShape = "5-md"

  /// Shape labels in table order.
  public static let shapes: [String] =
    [PageShape.blankLines, .linePerParagraph, .indentedBlank, .indented, .columnWrapped].map(\.rawValue)
    + [markdownShape, PageShape.wire.rawValue]

  /// The article date the name rules judge the corpus on (its copy is set in 2024), so findings do not change with
  /// the day the tests run.
  public static let articleDate = "2024-12-31"

  /// `(file name, text)` of `dir/articles/*.txt` and `dir/markdown/*.md`, sorted by name. A corpus may have no
  /// Markdown pages (`Tests/Eval/names` has articles only).
  public static func load(_ dir: URL) throws -> (articles: [(String, String)], markdown: [(String, String)]) {
    func read(_ sub: String, _ ext: String) throws -> [(String, String)] {
      let folder = dir.appendingPathComponent(sub)
      if sub == "markdown" && !FileManager.default.fileExists(atPath: folder.path) { return [] }
      let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(ext) }
      return try names.sorted().map { ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)) }
    }
    return (try read("articles", ".txt"), try read("markdown", ".md"))
  }

  /// Every article in shapes 1–4 (shape 4's column width chosen by the file name), consecutive groups of three
  /// articles as shape-6 roundup pages, and the Markdown pages unchanged as shape 5.
  public static func pages(articles: [(String, String)], markdown: [(String, String)] = []) -> [EvalPage] {
    var out: [EvalPage] = []
    let plain: [PageShape] = [.blankLines, .linePerParagraph, .indentedBlank, .indented, .columnWrapped]
    for shape in plain {
      for (name, text) in articles {
        out.append(
          EvalPage(
            shape: shape.rawValue, name: name,
            text: PageShapes.render(text, as: shape, seed: SplitMix64.seed(name))))
      }
    }
    out += markdown.map { EvalPage(shape: markdownShape, name: $0.0, text: $0.1) }
    for start in stride(from: 0, to: articles.count, by: 3) {
      let group = articles[start..<min(articles.count, start + 3)]
      let name = group.map { short($0.0) }.joined(separator: "+")
      out.append(EvalPage(shape: PageShape.wire.rawValue, name: name, text: PageShapes.wirePage(group.map(\.1))))
    }
    return out
  }

  /// `001` for `001-songwennuan-bushu.txt`, `fcgec-001` for `fcgec-001.txt`: enough to name a page of a roundup.
  private static func short(_ name: String) -> String {
    let digits = name.prefix { $0.isASCII && $0.isNumber }
    return digits.isEmpty ? String(name.prefix { $0 != "." }) : String(digits)
  }

  /// Correct sentences (one per line, e.g. ../shared/corpus) composed into canonical articles without headlines:
  /// two to four sentences a paragraph, three to six paragraphs an article, sizes drawn from `seed`.
  public static func compose(sentences: [String], seed: UInt64 = 13) -> [(String, String)] {
    var rng = SplitMix64(seed: seed)
    var rest = sentences.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }[...]
    var out: [(String, String)] = []
    while !rest.isEmpty {
      var paras: [String] = []
      for _ in 0..<(3 + Int(rng.next() % 4)) where !rest.isEmpty {
        let n = min(rest.count, 2 + Int(rng.next() % 3))
        paras.append(rest.prefix(n).joined())
        rest = rest.dropFirst(n)
      }
      out.append((String(format: "fcgec-%03d.txt", out.count + 1), paras.joined(separator: "\n\n") + "\n"))
    }
    return out
  }

  /// The characters a rate is counted over: every character that is not whitespace, so an article counts the same
  /// in every shape.
  public static func characters(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + (CharacterSet.whitespacesAndNewlines.contains($1) ? 0 : 1) }
  }

  /// The built-in configuration, judged on `articleDate`.
  public static func configuration() throws -> Configuration {
    var c = try Configuration.builtin()
    c.setArticleDate(articleDate)
    return c
  }

  /// Lints the pages shape by shape, each shape's pages together as `copydesk lint` lints a folder (the rules that
  /// compare pages see only pages of the same shape). Findings in page order, then position; on shape-4 pages the
  /// breaks no layout finding reports follow as `wrapMissed` entries.
  public static func lint(_ pages: [EvalPage], with linter: Linter) -> [EvalFinding] {
    var out: [EvalFinding] = []
    for shape in shapes {
      let group = pages.filter { $0.shape == shape }
      let docs = group.map { Document(text: $0.text, path: $0.shape == markdownShape ? $0.name : $0.name + ".txt") }
      for (page, (doc, found)) in zip(group, zip(docs, linter.lint(corpus: docs))) {
        guard shape == PageShape.columnWrapped.rawValue else {
          out += found.map { finding($0.rule, $0.range, on: page, doc, .falsePositive) }
          continue
        }
        var missed = Set(wrapBreaks(doc.bytes))
        for d in found {
          let at = missed.filter { d.range.contains($0) || d.range.lowerBound == $0 }
          let reported = d.rule.hasPrefix("layout-") && !at.isEmpty
          missed.subtract(reported ? at : [])
          out.append(finding(d.rule, d.range, on: page, doc, reported ? .wrapReported : .falsePositive))
        }
        out += missed.sorted().map { finding("(missed-wrap)", $0..<($0 + 1), on: page, doc, .wrapMissed) }
      }
    }
    return out
  }

  private static func finding(
    _ rule: String, _ range: Range<Int>, on page: EvalPage, _ doc: Document, _ kind: EvalFinding.Kind
  ) -> EvalFinding {
    let p = doc.position(ofOffset: range.lowerBound)
    func shown(_ r: Range<Int>) -> String {
      doc.slice(r).replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "⏎")
    }
    return EvalFinding(
      shape: page.shape, page: page.name, line: p.line, column: p.column, rule: rule,
      before: shown(startOfContext(doc, range.lowerBound)..<range.lowerBound), text: shown(range),
      after: shown(range.upperBound..<endOfContext(doc, range.upperBound)), kind: kind)
  }

  /// The offsets of the line breaks the shape-4 renderer inserted: a lone `\n` (paragraphs and display lines are
  /// separated by blank lines, so every other break is one of a pair).
  public static func wrapBreaks(_ bytes: [UInt8]) -> [Int] {
    bytes.indices.filter { i in
      bytes[i] == 0x0A && (i == 0 || bytes[i - 1] != 0x0A) && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)
        && i + 1 < bytes.count
    }
  }

  /// Eight characters of context on each side, on whole characters.
  private static func startOfContext(_ doc: Document, _ offset: Int) -> Int {
    var i = offset
    var n = 0
    while i > 0, n < 8 {
      i -= 1
      if doc.bytes[i] & 0xC0 != 0x80 { n += 1 }
    }
    return i
  }

  private static func endOfContext(_ doc: Document, _ offset: Int) -> Int {
    var i = offset
    var n = 0
    while i < doc.bytes.count, n < 8 {
      i += 1
      while i < doc.bytes.count, doc.bytes[i] & 0xC0 == 0x80 { i += 1 }
      n += 1
    }
    return i
  }
}
