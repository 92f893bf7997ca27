import CopyDesk
import Foundation

// False positives on correct copy, per page shape (issue 13):
//   swift run -c release copydesk-bench --eval Tests/Eval [--corpus FILE] [--list]
// Lints every article of Tests/Eval in every shape (1 blank-line paragraphs, 2 one per line, 3 indented with and
// without blank lines, 4 PDF column-wrapped, 6 roundups of three), the Markdown pages as shape 5, and the correct
// FCGEC sentences (`--corpus`, default ../shared/corpus/fcgec-clean-sentences.txt) composed into articles, with all
// default rules. Prints characters, findings and findings per 10,000 characters per shape and per rule and shape;
// `--list` prints every finding with its text. The layout findings at the line breaks shape 4 inserted are right
// (the page is wrapped): they are counted apart and not listed; the breaks no layout finding reports are listed as
// `(missed-wrap)`. Every finding on this copy is a false positive (or a slip in the
// corpus, which is then corrected).

func runEval(_ dir: String) throws {
  let linter = try Linter(configuration: EvalCorpus.configuration())
  let (articles, markdown) = try EvalCorpus.load(URL(fileURLWithPath: dir))
  guard !articles.isEmpty else {
    FileHandle.standardError.write(Data("copydesk-bench: no articles in \(dir)/articles\n".utf8))
    exit(2)
  }
  print("copydesk-bench --eval: \(linter.ruleIDs.count) rules, article date \(EvalCorpus.articleDate)")
  report(
    "\(dir): \(articles.count) articles, \(markdown.count) Markdown pages",
    EvalCorpus.pages(articles: articles, markdown: markdown), linter)

  let corpus = argument("--corpus") ?? "../shared/corpus/fcgec-clean-sentences.txt"
  if let text = try? String(contentsOfFile: corpus, encoding: .utf8) {
    let composed = EvalCorpus.compose(sentences: text.components(separatedBy: "\n"))
    print("")
    report(
      "\(corpus): sentences composed into \(composed.count) articles (no headlines)",
      EvalCorpus.pages(articles: composed), linter)
  } else {
    print("\n(\(corpus) not found: FCGEC sentences skipped; pass --corpus FILE)")
  }
}

private func report(_ title: String, _ pages: [EvalPage], _ linter: Linter) {
  let t0 = now()
  let all = EvalCorpus.lint(pages, with: linter)
  let elapsed = now() - t0
  // The layout findings at the breaks shape 4 inserted are right; everything else is a false positive.
  let findings = all.filter { $0.kind == .falsePositive }
  let wrapsFound = all.filter { $0.kind == .wrapReported }.count
  let missed = all.filter { $0.kind == .wrapMissed }
  let shapes = EvalCorpus.shapes.filter { s in pages.contains { $0.shape == s } }
  var chars: [String: Int] = [:]
  var count: [String: Int] = [:]
  var pageCount: [String: Int] = [:]
  var perRule: [String: [String: Int]] = [:]
  for p in pages {
    chars[p.shape, default: 0] += EvalCorpus.characters(p.text)
    pageCount[p.shape, default: 0] += 1
  }
  for f in findings {
    count[f.shape, default: 0] += 1
    perRule[f.rule, default: [:]][f.shape, default: 0] += 1
  }
  func rate(_ n: Int, _ c: Int) -> String { c == 0 ? "-" : String(format: "%.2f", Double(n) * 10_000 / Double(c)) }
  func pad(_ s: String, _ w: Int, left: Bool = false) -> String {
    let fill = String(repeating: " ", count: max(0, w - s.count))
    return left ? s + fill : fill + s
  }

  print("\(title) — linted in \(String(format: "%.2f", elapsed)) s")
  print(
    pad("shape", 16, left: true) + pad("pages", 7) + pad("characters", 12) + pad("findings", 10) + pad("per 10k", 9))
  for s in shapes {
    let c = chars[s] ?? 0
    let n = count[s] ?? 0
    let note =
      s == PageShape.columnWrapped.rawValue
      ? "   + \(wrapsFound) layout findings at its wraps, \(missed.count) wraps missed" : ""
    print(
      pad(s, 16, left: true) + pad("\(pageCount[s] ?? 0)", 7) + pad("\(c)", 12) + pad("\(n)", 10) + pad(rate(n, c), 9)
        + note)
  }
  guard !perRule.isEmpty else { return }
  print("per rule and shape: findings per 10,000 characters (count)")
  print(pad("rule", 30, left: true) + shapes.map { pad($0, 15) }.joined())
  for (rule, byShape) in perRule.sorted(by: { $0.key < $1.key }) {
    let cells = shapes.map { s -> String in
      let n = byShape[s] ?? 0
      return pad(n == 0 ? "." : "\(rate(n, chars[s] ?? 0)) (\(n))", 15)
    }
    print(pad(rule, 30, left: true) + cells.joined())
  }
  if CommandLine.arguments.contains("--list") {
    for f in findings + missed { print(f.record) }
  }
}
