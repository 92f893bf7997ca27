import CopyDesk
import Foundation
import Testing

/// False positives on correct copy: every finding of the default configuration on the 898 FCGEC sentences
/// (judged error-free for grammar by annotators) is recorded with its context in
/// `Fixtures/fcgec-findings.txt`; each was read and judged (see README, "Precision"). A new finding fails the test:
/// read it, then fix the rule or re-record with `COPYDESK_RECORD=1 swift test --filter CorpusPrecisionTests`.
@Suite struct CorpusPrecisionTests {
  static let corpus = repositoryRoot.deletingLastPathComponent().appendingPathComponent(
    "shared/corpus/fcgec-clean-sentences.txt")

  @Test func fcgecFindingsAreTheReviewedOnes() throws {
    guard let text = try? String(contentsOf: Self.corpus, encoding: .utf8) else {
      print("skipping: \(Self.corpus.path) not found (it lives in ../shared beside the repository)")
      return
    }
    let linter = try Linter(configuration: .builtin())
    var out = ""
    var perRule: [String: Int] = [:]
    var characters = 0
    for (n, sentence) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !sentence.isEmpty {
      characters += sentence.count
      let doc = Document(text: String(sentence))
      for d in linter.lint(doc) {
        perRule[d.rule, default: 0] += 1
        let before = doc.slice(max(0, d.range.lowerBound - 15)..<d.range.lowerBound)
        let after = doc.slice(d.range.upperBound..<min(doc.bytes.count, d.range.upperBound + 15))
        out += "\(n + 1) \(d.rule) \(before)⟦\(doc.slice(d.range))⟧\(after)\n"
      }
    }
    var summary = "# \(characters) characters\n"
    for (rule, count) in perRule.sorted(by: { $0.key < $1.key }) {
      summary +=
        "# \(rule): \(count) (\(String(format: "%.2f", Double(count) * 10_000 / Double(characters))) per 10,000 characters)\n"
    }
    let golden = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/fcgec-findings.txt")
    if recording { try (summary + out).write(to: golden, atomically: true, encoding: .utf8) }
    #expect(summary + out == (try String(contentsOf: golden, encoding: .utf8)))
  }
}
