import Foundation
import Testing

@testable import CopyDesk

/// The typo checks measured on a fixed sample: the first 300 FCGEC sentences (judged correct by annotators) with
/// one injected error each in three copies (same sound, same shape, doubled), the natural typos of
/// `Fixtures/natural-typos.txt`, and the untouched sentences. Exact counts: a change to the lexicon or the checks
/// that moves them must be looked at (the larger run is `copydesk-bench --typos`).
@Suite struct TypoEvaluationTests {
  static let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/corpus/fcgec-clean-sentences.txt")
  static let natural = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/natural-typos.txt")

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
    let report = TypoEvaluation.run(cases: cases, clean: sentences, detect: Self.detect(detector))
    print(report.summary)
    var counts: [String] = []
    for k in TypoEvaluation.Kind.allCases.map(\.rawValue) {
      guard let t = report.byKind[k] else { continue }
      counts.append("\(k) \(t.cases) \(t.found) \(t.corrected) \(t.elsewhere)")
    }
    counts.append("clean \(report.cleanCharacters) \(report.cleanFindings)")
    #expect(
      counts == [
        "same-sound 110 26 26 0", "other-tone 172 43 42 1", "same-shape 177 36 34 1", "doubled 300 113 113 1",
        "clean 16511 1",
      ])
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
