import CopyDesk
import Foundation

// `copydesk-bench --typos`: the typo evaluation on the whole corpus (every FCGEC sentence and every seed paragraph
// with `--per-sentence` injected errors each, cycling same sound, same shape, doubled), the natural typos, the
// findings on the untouched text, and the cost of the checks per page.
func runTypoEvaluation() throws {
  let corpusPath = argument("--corpus") ?? "../shared/corpus/fcgec-clean-sentences.txt"
  let naturalPath = argument("--natural") ?? "Tests/CopyDeskTests/Fixtures/natural-typos.txt"
  let seedsDir = argument("--seeds") ?? "seeds"
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
  let load = now() - t0
  print(
    String(
      format: "load: rule data %.2f ms, lexicon %.2f ms, confusion sets %.2f ms", (tData - t0) * 1000,
      (tLexicon - tData) * 1000, (tConfusables - tLexicon) * 1000))
  let natural = try TypoEvaluation.naturalCases(String(contentsOfFile: naturalPath, encoding: .utf8), file: naturalPath)
  let cases = TypoEvaluation.inject(sentences, confusables: detector.confusables, perSentence: perSentence)
  let t1 = now()
  let report = TypoEvaluation.run(cases: cases + natural, clean: sentences) {
    TypoCheck.findings($0, detector: detector)
  }
  let elapsed = now() - t1
  print(
    "copydesk-bench --typos: \(sentences.count) sentences, \(cases.count) injected errors, \(natural.count) natural")
  print(String(format: "lexicon, confusion sets and surnames loaded in %.2f ms", load * 1000))
  print(report.summary)
  print(String(format: "evaluation: %.2f s", elapsed))
  // `--show`: every finding on the untouched text, to be read one by one.
  if CommandLine.arguments.contains("--show") {
    for s in sentences {
      let doc = Document(text: s)
      for f in TypoCheck.findings(doc, detector: detector) {
        let before = doc.slice(max(0, f.range.lowerBound - 18)..<f.range.lowerBound)
        let after = doc.slice(f.range.upperBound..<min(doc.bytes.count, f.range.upperBound + 18))
        print("  \(f.kind.rawValue): \(before)⟦\(doc.slice(f.range))⟧\(after) → \(f.replacement) (\(f.word))")
      }
    }
  }

  // Cost per page: segmentation and both checks on each seed page (a fresh document each time, as in lint).
  var times: [Double] = []
  for _ in 0..<20 {
    for p in pages {
      let doc = Document(text: p, path: "page.txt")
      let a = now()
      _ = TypoCheck.findings(doc, detector: detector)
      times.append(now() - a)
    }
  }
  times.sort()
  if !times.isEmpty {
    print(
      String(
        format: "typo checks per page: median %.2f ms, max %.2f ms (page ≈ %d bytes)", times[times.count / 2] * 1000,
        times[times.count - 1] * 1000, pages.map { $0.utf8.count }.reduce(0, +) / max(1, pages.count)))
  }
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
