import Foundation
import Testing

@testable import CopyDesk

/// The typo checks measured on a fixed sample: the first 300 FCGEC sentences (judged correct by annotators) with
/// one injected error each in three copies (same sound, same shape, doubled), the natural typos of
/// `Fixtures/natural-typos.txt`, the untouched sentences and the correct articles of Tests/Eval. The real errors
/// the "correct" text carries (`Fixtures/clean-text-errors.txt`: 周星弛 in FCGEC) are counted apart. Exact counts:
/// a change to the lexicon or the checks that moves them must be looked at (the larger run is
/// `copydesk-bench --typos`).
@Suite struct TypoEvaluationTests {
  static let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/corpus/fcgec-clean-sentences.txt")
  static let natural = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/natural-typos.txt")
  static let known = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/clean-text-errors.txt")

  static func detect(_ detector: TypoDetector) -> (Document) -> [TypoFinding] {
    { TypoCheck.findings($0, detector: detector) }
  }

  @Test func naturalTypos() throws {
    let detector = try TypoDetector.builtin(data: RuleData.builtin())
    let cases = try TypoEvaluation.naturalCases(String(contentsOf: Self.natural, encoding: .utf8), file: "natural")
    let report = TypoEvaluation.run(cases: cases, clean: [], detect: Self.detect(detector))
    print(report.summary)

    let t = try #require(report.byKind["natural"])
    #expect(t.cases == 149)
    #expect(t.found == 67 && t.corrected == 66 && t.elsewhere == 0)
    #expect(t.recall >= 0.30 && t.precision >= 0.90)
  }

  @Test func injectedErrorsOnAFixedSample() throws {
    guard let text = try? String(contentsOf: Self.corpus, encoding: .utf8) else {
      print("skipping: \(Self.corpus.path) not found (it lives in ../shared beside the repository)")
      return
    }
    let sentences = Array(text.split(separator: "\n").map(String.init).prefix(300))
    let detector = try TypoDetector.builtin(data: RuleData.builtin())
    let cases = TypoEvaluation.inject(sentences, confusables: detector.confusables, perSentence: 3)
    let known = TypoEvaluation.knownErrors(try String(contentsOf: Self.known, encoding: .utf8))
    #expect(known == ["周星弛", "浑水漠鱼", "真正正"])
    let report = TypoEvaluation.run(cases: cases, clean: sentences, known: known, detect: Self.detect(detector))
    print(report.summary)
    var counts: [String] = []
    for k in TypoEvaluation.Kind.allCases.map(\.rawValue) {
      guard let t = report.byKind[k] else { continue }
      counts.append("\(k) \(t.cases) \(t.found) \(t.corrected) \(t.elsewhere)")
    }
    counts.append("clean \(report.cleanCharacters) \(report.cleanFindings) \(report.cleanKnownErrors)")
    #expect(
      counts == [
        "same-sound 110 26 26 0", "other-tone 172 41 40 0", "same-shape 177 36 34 0", "doubled 300 113 113 0",
        "clean 16506 1 1",
      ])
  }

  /// The correct articles and Markdown pages of Tests/Eval: no finding at all.
  @Test func correctArticlesGetNoFinding() throws {
    let (articles, markdown) = try EvalCorpus.load(repositoryRoot.appendingPathComponent("Tests/Eval"))
    let docs = (articles + markdown).map { Document(text: $0.1, path: $0.0) }
    let detector = try TypoDetector.builtin(data: RuleData.builtin())
    var report = TypoEvaluation.Report()
    TypoEvaluation.scoreClean(docs, known: [], into: &report, detect: Self.detect(detector))
    #expect(docs.count == 76 && report.cleanCharacters == 40119)
    #expect(report.cleanFindings == 0)
  }

  @Test func naturalFixtureErrorsNameTheLine() {
    #expect(throws: LexiconSource.Error(file: "n", line: 2, message: "expected WRONG => RIGHT | SENTENCE")) {
      _ = try TypoEvaluation.naturalCases("按装 => 安装 | 请按装空调。\n按装 安装\n", file: "n")
    }
    #expect(
      throws: LexiconSource.Error(
        file: "n", line: 1, message: "WRONG and RIGHT differ in one character and the sentence has WRONG")
    ) {
      _ = try TypoEvaluation.naturalCases("按装 => 安置 | 请按装空调。\n", file: "n")
    }
  }

  @Test func injectionIsDeterministicAndMarksTheError() throws {
    let c = Confusables.builtin
    let a = TypoEvaluation.inject(["𠮷各项工作已部署到位。"], confusables: c, perSentence: 3, seed: 5)
    let b = TypoEvaluation.inject(["𠮷各项工作已部署到位。"], confusables: c, perSentence: 3, seed: 5)
    #expect(a.map(\.text) == b.map(\.text))
    // One of the three picks lands on a character without confusables (𠮷) and is skipped.
    #expect(a.count == 2)
    for x in a {
      let wrong = String(decoding: Array(x.text.utf8)[x.wrong], as: UTF8.self)
      #expect(x.kind == .doubled ? wrong == x.original + x.original : wrong != x.original)
    }
  }
}
