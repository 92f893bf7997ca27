import Foundation

/// The name rules' fixture set (Tests/Eval/names, issue 15): national and local political news written in the house
/// style of national papers, which must raise no finding of the name rules in any page shape, and slips injected
/// into them, each with the exact findings it must raise.
///
///     Tests/Eval/names/articles/NNN-slug.txt   the correct articles (canonical form, as Tests/Eval/articles)
///     Tests/Eval/names/register.txt            the desk's register of the invented officials (data file)
///     Tests/Eval/names/slips.txt               one injected slip a line:
///
///     026 王晓东表示 => 王晓冬表示 | news-name-variant 王晓冬
///     013 …杨国栋代表说 => …杨国东代表说 | news-name-variant 杨国东 ; 019 news-name-variant 杨国栋
///     029 书记穆晓峰介绍 => 穆晓峰介绍 && 穆晓峰表示 => 街道工委书记穆晓峰表示 | news-person-first-mention 穆晓峰
///
/// The slip replaces the text before `=>` (found exactly once in the article) with the text after it; several
/// edits are joined by ` && `, and `⏎` stands for a paragraph break. The findings it must raise follow `|`,
/// separated by ` ; `: a rule and the flagged text, in the same article, or, with a three-digit prefix, in another
/// article linted together with it (a variant across files). The first finding's rule is the kind of slip.
public enum NameFixtures {
  /// The rules judged here: the nine name rules and the title-form list that reads titles across column wraps.
  public static let rules: Set<String> = Set(NewsRules.names.map { $0.description.id } + ["news-official-title-form"])

  /// The shapes a slip is checked in (a roundup page is checked only for the correct articles).
  public static let slipShapes: [PageShape] = [.blankLines, .linePerParagraph, .indented, .columnWrapped]

  /// One finding: the article (its three-digit prefix), the rule and the flagged text (without line breaks).
  public struct Finding: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var article: String
    public var rule: String
    public var text: String

    public init(article: String, rule: String, text: String) {
      (self.article, self.rule, self.text) = (article, rule, text)
    }

    public var description: String { "\(article) \(rule) \(text)" }
    public static func < (a: Self, b: Self) -> Bool { (a.article, a.rule, a.text) < (b.article, b.rule, b.text) }
  }

  public struct Slip: Sendable {
    /// Line in slips.txt.
    public var line: Int
    public var article: String
    /// The replacements, in order: (text in the correct article, text with the slip).
    public var edits: [(from: String, to: String)]
    /// The findings the slip must raise, sorted.
    public var expected: [Finding]
    /// The rule the slip is meant to trigger: the first finding written.
    public var kind: String
  }

  public struct FixtureError: Error, CustomStringConvertible {
    public var description: String
  }

  /// The articles (`(file name, text)`, sorted), the register data file and the slips of `dir`.
  public static func load(_ dir: URL) throws -> (articles: [(String, String)], register: DataFile, slips: [Slip]) {
    let folder = dir.appendingPathComponent("articles")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
    let articles = try names.sorted().map {
      ($0, try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
    }
    let registerText = try String(contentsOf: dir.appendingPathComponent("register.txt"), encoding: .utf8)
    let register = try DataFile.parse(name: "names-fixtures/register.txt", text: registerText)
    let slipText = try String(contentsOf: dir.appendingPathComponent("slips.txt"), encoding: .utf8)
    return (articles, register, try slips(slipText))
  }

  /// Parses slips.txt (format above).
  public static func slips(_ text: String) throws -> [Slip] {
    var out: [Slip] = []
    for (k, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let line = raw.trimmingCharacters(in: .whitespaces)
      guard !line.isEmpty, !line.hasPrefix("#") else { continue }
      func fail(_ m: String) -> FixtureError { FixtureError(description: "slips.txt:\(k + 1): \(m)") }
      let parts = line.components(separatedBy: " | ")
      guard parts.count == 2 else { throw fail("expected 'NNN FROM => TO | RULE TEXT ; …'") }
      let head = parts[0]
      guard head.count > 4, head.prefix(3).allSatisfy(\.isNumber), head.dropFirst(3).first == " " else {
        throw fail("a slip starts with the article's three-digit number")
      }
      var edits: [(String, String)] = []
      for e in head.dropFirst(4).components(separatedBy: " && ") {
        let edit = e.replacingOccurrences(of: "⏎", with: "\n\n").components(separatedBy: " => ")
        guard edit.count == 2, !edit[0].isEmpty else { throw fail("expected FROM => TO") }
        edits.append((edit[0], edit[1]))
      }
      var expected: [Finding] = []
      for item in parts[1].components(separatedBy: " ; ") {
        var words = item.split(separator: " ").map(String.init)
        var article = String(head.prefix(3))
        if let first = words.first, first.count == 3, first.allSatisfy(\.isNumber) {
          article = first
          words.removeFirst()
        }
        guard words.count == 2, rules.contains(words[0]) else {
          throw fail("expected '[NNN] RULE TEXT', not '\(item)'")
        }
        expected.append(Finding(article: article, rule: words[0], text: words[1]))
      }
      out.append(
        Slip(
          line: k + 1, article: String(head.prefix(3)), edits: edits, expected: expected.sorted(),
          kind: expected[0].rule))
    }
    return out
  }

  /// The built-in configuration with the fixtures' register, judged on the eval corpus's date.
  public static func configuration(register: DataFile) throws -> Configuration {
    var c = try EvalCorpus.configuration()
    c.data.files.append(register)
    return c
  }

  public static func linter(register: DataFile) throws -> Linter {
    try Linter(configuration: configuration(register: register), only: rules)
  }

  /// Every finding on the correct articles, in every shape (shape 6: roundups of three articles).
  public static func cleanFindings(_ articles: [(String, String)], _ linter: Linter) -> [EvalFinding] {
    EvalCorpus.lint(EvalCorpus.pages(articles: articles), with: linter).filter { $0.kind == .falsePositive }
  }

  /// The findings of `slip` in `shape`: the slipped article linted together with the other articles its expected
  /// findings name. Throws when the text to replace is not in the article exactly once.
  public static func findings(
    of slip: Slip, in shape: PageShape, articles: [(String, String)], linter: Linter
  ) throws -> [Finding] {
    let prefixes = [slip.article] + Set(slip.expected.map(\.article)).subtracting([slip.article]).sorted()
    var docs: [Document] = []
    for p in prefixes {
      guard let (name, text) = articles.first(where: { $0.0.hasPrefix(p + "-") }) else {
        throw FixtureError(description: "slips.txt:\(slip.line): no article \(p)")
      }
      var body = text
      for (from, to) in p == slip.article ? slip.edits : [] {
        let parts = body.components(separatedBy: from)
        guard parts.count == 2 else {
          throw FixtureError(
            description: "slips.txt:\(slip.line): '\(from)' occurs \(parts.count - 1) times in \(name)")
        }
        body = parts.joined(separator: to)
      }
      docs.append(Document(text: PageShapes.render(body, as: shape, seed: SplitMix64.seed(name)), path: name))
    }
    var out: [Finding] = []
    for (doc, found) in zip(docs, linter.lint(corpus: docs)) {
      let article = String(doc.path!.prefix(3))
      for d in found {
        let text = doc.slice(d.range).filter { $0 != "\n" && $0 != "\r" && $0 != "\u{3000}" }
        out.append(Finding(article: article, rule: d.rule, text: text))
      }
    }
    return out.sorted()
  }
}
