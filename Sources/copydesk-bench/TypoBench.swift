import CopyDesk
import Foundation

// `copydesk-bench --typos`: the typo evaluation on the whole corpus (every FCGEC sentence and every seed paragraph
// with `--per-sentence` injected errors each, cycling same sound, same shape, doubled), the natural typos, the
// findings on the untouched text and on the correct articles of `--eval-dir` (Tests/Eval), and the cost of the
// checks per page. `--show` lists every finding on untouched text.
func runTypoEvaluation() throws {
  let corpusPath = argument("--corpus") ?? "../shared/corpus/fcgec-clean-sentences.txt"
  let naturalPath = argument("--natural") ?? "Tests/CopyDeskTests/Fixtures/natural-typos.txt"
  let knownPath = argument("--known") ?? "Tests/CopyDeskTests/Fixtures/clean-text-errors.txt"
  let seedsDir = argument("--seeds") ?? "seeds"
  let evalDir = argument("--eval-dir") ?? "Tests/Eval"
  let perSentence = Int(argument("--per-sentence") ?? "6") ?? 6
  var sentences = ((try? String(contentsOfFile: corpusPath, encoding: .utf8)) ?? "").split(separator: "\n").map(
    String.init)
  let seedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: seedsDir)) ?? []).filter {
    $0.hasSuffix(".txt")
  }.sorted()
  let pages = seedFiles.compactMap { try? String(contentsOfFile: seedsDir + "/" + $0, encoding: .utf8) }
  // Seed paragraphs of 20 characters or more: real published copy (their few real errors count as findings).
  let seedParagraphs = pages.flatMap { $0.split(separator: "\n") }.map(String.init).filter {
    $0.unicodeScalars.count >= 20
  }
  sentences += seedParagraphs
  guard !sentences.isEmpty else {
    FileHandle.standardError.write(Data("copydesk-bench: no sentences in \(corpusPath) or \(seedsDir)\n".utf8))
    exit(2)
  }
  let t0 = now()
  let data = try RuleData.builtin()
  let tData = now()
  _ = Lexicon.builtin.contains("取得")
  let tLexicon = now()
  _ = Confusables.builtin.candidates(for: 0x5B89).count
  let tConfusables = now()
  let detector = try TypoDetector.builtin(data: data)
  print(
    String(
      format: "load: rule data %.2f ms, lexicon %.3f ms, confusion sets %.3f ms, detector %.2f ms", (tData - t0) * 1000,
      (tLexicon - tData) * 1000, (tConfusables - tLexicon) * 1000, (now() - tConfusables) * 1000))
  let natural = try TypoEvaluation.naturalCases(String(contentsOfFile: naturalPath, encoding: .utf8), file: naturalPath)
  let known = TypoEvaluation.knownErrors((try? String(contentsOfFile: knownPath, encoding: .utf8)) ?? "")
  let cases = TypoEvaluation.inject(sentences, confusables: detector.confusables, perSentence: perSentence)
  let detect = { (doc: Document) in TypoCheck.findings(doc, detector: detector) }
  let t1 = now()
  let report = TypoEvaluation.run(cases: cases + natural, clean: sentences, known: known, detect: detect)
  let elapsed = now() - t1
  print(
    "copydesk-bench --typos: \(sentences.count) sentences, \(cases.count) injected errors, \(natural.count) natural")
  print(report.summary)
  print(String(format: "evaluation: %.2f s", elapsed))

  var articles: [Document] = []
  if let (texts, markdown) = try? EvalCorpus.load(URL(fileURLWithPath: evalDir)) {
    articles = texts.map { Document(text: $0.1, path: $0.0) } + markdown.map { Document(text: $0.1, path: $0.0) }
    var eval = TypoEvaluation.Report()
    TypoEvaluation.scoreClean(articles, known: known, into: &eval, detect: detect)
    print(
      String(
        format: "%@: %d pages, %d characters, %d findings (%.2f per 10,000 characters)", evalDir as NSString,
        articles.count, eval.cleanCharacters, eval.cleanFindings, eval.perTenThousand))
  }
  // `--show`: every finding on the untouched text, to be read one by one.
  if CommandLine.arguments.contains("--show") {
    for doc in sentences.map({ Document(text: $0) }) + articles {
      for f in detect(doc) {
        let before = doc.slice(max(0, f.range.lowerBound - 18)..<f.range.lowerBound)
        let after = doc.slice(f.range.upperBound..<min(doc.bytes.count, f.range.upperBound + 18))
        print("  \(f.kind.rawValue): \(before)⟦\(doc.slice(f.range))⟧\(after) → \(f.replacement) (\(f.word))")
      }
    }
  }
  measureTypoCost(pages, detector)
}

/// Cost per page, as thread CPU time (the machine is shared: wall time would count other processes): the
/// segmentation alone and with both checks, on each seed page as a fresh document (as in lint); then the seed pages
/// joined into one document 1, 4 and 16 times over, to show the time is linear in the text.
func measureTypoCost(_ pages: [String], _ detector: TypoDetector) {
  guard !pages.isEmpty else { return }
  var segmentation: [Double] = []
  var checks: [Double] = []
  for _ in 0..<20 {
    for p in pages {
      let doc = Document(text: p, path: "page.txt")
      var a = cpuNow()
      _ = WordSegmentation(doc, lexicon: detector.lexicon)
      segmentation.append(cpuNow() - a)
      a = cpuNow()
      _ = TypoCheck.findings(doc, detector: detector)
      checks.append(cpuNow() - a)
    }
  }
  segmentation.sort()
  checks.sort()
  let bytes = pages.map { $0.utf8.count }.reduce(0, +) / pages.count
  print(
    String(
      format: "per seed page (≈ %d bytes, CPU time): segmentation median %.2f ms; "
        + "segmentation + both checks median %.2f ms, max %.2f ms (%.1f MB/s)",
      bytes, segmentation[segmentation.count / 2] * 1000, checks[checks.count / 2] * 1000,
      checks[checks.count - 1] * 1000,
      Double(bytes) / 1e6 / checks[checks.count / 2]))
  for copies in [1, 4, 16] {
    let text = Array(repeating: pages.joined(separator: "\n"), count: copies).joined(separator: "\n")
    var best = Double.infinity
    for _ in 0..<3 {
      let doc = Document(text: text, path: "joined.txt")
      let a = cpuNow()
      _ = TypoCheck.findings(doc, detector: detector)
      best = min(best, cpuNow() - a)
    }
    print(
      String(
        format: "  %d pages in one document (%d KB): %.1f ms, %.2f ms per 10 KB", copies * pages.count,
        text.utf8.count / 1000, best * 1000, best * 1000 * 10_000 / Double(text.utf8.count)))
  }
}

/// This thread's CPU time in seconds.
func cpuNow() -> Double {
  var ts = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts)
  return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
}

// `copydesk-bench --typo-file FILE`: what a one-page `copydesk lint` with the typo checks switched on adds, as a
// whole process (time it with hyperfine against `copydesk lint FILE`): the embedded lexicon and confusion sets
// loaded, the surnames read from the rule data, the page segmented and checked. Prints the findings.
func runTypoFile(_ path: String) throws {
  let text = try String(contentsOfFile: path, encoding: .utf8)
  let detector = try TypoDetector.builtin(data: RuleData.builtin())
  let doc = Document(text: text, path: path)
  for f in TypoCheck.findings(doc, detector: detector) {
    print("\(path):\(f.range.lowerBound): \(doc.slice(f.range)) → \(f.replacement) (\(f.word))")
  }
}
