import CopyDesk
import Foundation

/// Pages for the shape tests: the evaluation corpus's articles, articles composed from the seeds' paragraphs and
/// from the corpus's correct sentences, each rendered by `PageShapes` in every shape, and Markdown pages.
enum ShapePages {
  static let evalDir = repositoryRoot.appendingPathComponent("Tests/Eval")

  /// The eval corpus's canonical articles (name, text).
  static let evalArticles: [(String, String)] = (try? EvalCorpus.load(evalDir).articles) ?? []
  static let evalMarkdown: [(String, String)] = (try? EvalCorpus.load(evalDir).markdown) ?? []

  /// The corpus's correct sentences composed into articles without headlines.
  static let sentenceArticles: [(String, String)] = {
    let url = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus")
    let files = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
    let sentences = files.filter { $0.hasSuffix(".txt") }.sorted().flatMap { f in
      ((try? String(contentsOf: url.appendingPathComponent(f), encoding: .utf8)) ?? "").components(separatedBy: "\n")
    }
    return EvalCorpus.compose(sentences: sentences)
  }()

  /// The seeds' paragraphs (their lines joined, as a canonical paragraph has none), shuffled into articles of three
  /// to twelve paragraphs with a seeded generator. They hold real slips and column-break fragments.
  static let seedArticles: [(String, String)] = {
    let dir = repositoryRoot.appendingPathComponent("seeds")
    let names = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }
    var paragraphs: [String] = []
    for n in names.sorted() {
      let text = (try? String(contentsOf: dir.appendingPathComponent(n), encoding: .utf8)) ?? ""
      paragraphs += PageShapes.paragraphs(of: text)
    }
    var rng = SplitMix64(seed: 13)
    var out: [(String, String)] = []
    var rest = paragraphs.shuffled(using: &rng)[...]
    while !rest.isEmpty {
      let n = min(rest.count, 3 + Int(rng.next() % 10))
      out.append((String(format: "seed-%03d.txt", out.count + 1), rest.prefix(n).joined(separator: "\n\n") + "\n"))
      rest = rest.dropFirst(n)
    }
    return out
  }()

  /// Every article in the plain shapes (1, 2, 3 with and without blank lines, 4) and roundups of three (6).
  static func rendered(_ articles: [(String, String)]) -> [EvalPage] {
    EvalCorpus.pages(articles: articles)
  }

  /// A Markdown page around an article: front matter, a `<script>` and a `<style>` with Chinese strings, the
  /// headline as `#`, a container, an HTML block, a padded table, a fence and the paragraphs — the markup a fix
  /// must leave byte for byte.
  static func markdown(_ canonical: String, seed: UInt64) -> String {
    let paras = PageShapes.paragraphs(of: canonical)
    guard let first = paras.first else { return "" }
    let body = paras.dropFirst()
    let cell = String((body.first ?? first).prefix(6))
    var page = "---\ntitle: \(first)\ntags: [新闻, 稿件]\n---\n\n"
    page += "<script setup>\nconst items = [{ text: '学习 Vue' }, { text: \"编写文档, 发布上线\" }]\n</script>\n\n"
    page += "<style scoped>\n.tip::before { content: '提示：'; }\n</style>\n\n"
    page += "# \(first)\n\n"
    for (n, p) in body.enumerated() {
      switch (Int(seed) + n) % 5 {
      case 0: page += "::: tip 提示 信息\n\(p)\n:::\n\n"
      case 1: page += "<div class=\"note\" title=\"说明 文字, 勿改\">\n<p>\(p)</p>\n</div>\n\n"
      case 2: page += "| 项目     | 内容   |\n| -------- | ------ |\n| \(cell)  | 10,000 |\n\n\(p)\n\n"
      case 3: page += "```text\n代码 不查,也不改\n```\n\n\(p)\n\n"
      default: page += p + "\n\n"
      }
    }
    return page
  }

  /// The Han characters of a text, in order.
  static func han(_ s: String) -> [Unicode.Scalar] {
    s.unicodeScalars.filter { CharClass.isHan($0.value) }
  }

  /// Paragraphs as the page proves them: headlines, leads, paragraphs, captions, credits and tables; a block that a
  /// proven column cut split off counts with the paragraph it continues, and a break the page does not prove a wrap
  /// (a full-width line ending a sentence on a page that marks no paragraphs) counts as a paragraph break — a safe
  /// fix never joins one.
  static func paragraphCount(_ doc: Document) -> Int {
    doc.blocks.reduce(0) { n, b in
      guard b.kind != .code && b.kind != .frontMatter else { return n }
      return n + (b.continues == .proven ? 0 : 1) + b.unprovenBreaks.count
    }
  }

  /// The runs of markup and code (masked or in code zones), in order: what a fix must leave byte for byte.
  static func protectedRuns(_ doc: Document) -> [String] {
    var runs: [String] = []
    var start: Int?
    for i in 0...doc.bytes.count {
      let p =
        i < doc.bytes.count
        && (doc.masks[i] == .code || doc.masks[i] == .markup || doc.zones[i] == .code || doc.zones[i] == .frontMatter)
      if p, start == nil { start = i }
      if !p, let s = start {
        runs.append(doc.slice(s..<i))
        start = nil
      }
    }
    return runs
  }
}
