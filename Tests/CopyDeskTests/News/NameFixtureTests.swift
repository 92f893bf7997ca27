import CopyDesk
import Foundation
import Testing

/// The name fixtures (Tests/Eval/names, issue 15): 64 national and local political news articles in the house style
/// of national papers, and slips injected into them. The correct articles raise no finding of the name rules in any
/// page shape (the record is Tests/Eval/names/findings.txt); every slip raises exactly the findings slips.txt gives
/// it, in shapes 1, 2, 3 and 4. Re-record the clean findings after reading every changed line:
/// `COPYDESK_RECORD=1 swift test --filter NameFixtureTests`.
@Suite struct NameFixtureTests {
  static let dir = repositoryRoot.appendingPathComponent("Tests/Eval/names")
  static let fixtures = Result { try NameFixtures.load(dir) }

  @Test func theArticlesAreEnoughAndCanonical() throws {
    let (articles, _, slips) = try Self.fixtures.get()
    #expect(articles.count >= 60)
    for (name, text) in articles {
      #expect(PageShapes.render(text, as: .blankLines) == text, "\(name) is not in canonical form")
    }
    // Every name rule is tested by slips of its own kind.
    #expect(Set(slips.map(\.kind)).isSuperset(of: NewsRules.names.map { $0.description.id }))
  }

  @Test func correctArticlesRaiseTheRecordedFindingsOnly() throws {
    let (articles, register, _) = try Self.fixtures.get()
    let linter = try NameFixtures.linter(register: register)
    let findings = NameFixtures.cleanFindings(articles, linter)
    let pages = EvalCorpus.pages(articles: articles)
    var out = "# Tests/Eval/names: \(articles.count) articles; the name rules and news-official-title-form, "
    out += "article date \(EvalCorpus.articleDate). Findings per 10,000 non-space characters:\n"
    for shape in PageShape.allCases.map(\.rawValue) {
      let chars = pages.filter { $0.shape == shape }.reduce(0) { $0 + EvalCorpus.characters($1.text) }
      let n = findings.filter { $0.shape == shape }.count
      let rate = Double(n) * 10_000 / Double(max(chars, 1))
      out += "# \(shape): \(chars) characters, \(n) findings, " + String(format: "%.2f", rate) + "\n"
      #expect(rate <= 0.2, "\(shape): \(n) findings on \(chars) characters")
    }
    for f in findings { out += f.record + "\n" }
    let golden = Self.dir.appendingPathComponent("findings.txt")
    let (matches, changes) = try GoldenFile.compare(out, with: golden, recording: recording)
    #expect(matches, "\(golden.lastPathComponent) changed:\n\(changes)")
  }

  @Test func everySlipRaisesExactlyItsFindings() throws {
    let (articles, register, slips) = try Self.fixtures.get()
    let linter = try NameFixtures.linter(register: register)
    var caught: [String: (Int, Int)] = [:]
    var wrong: [String] = []
    for slip in slips {
      var kindFound = true
      var byShape: [String: [String]] = [:]
      for shape in NameFixtures.slipShapes {
        let found = try NameFixtures.findings(of: slip, in: shape, articles: articles, linter: linter)
        if found != slip.expected {
          byShape[found.map(\.description).joined(separator: " ; "), default: []].append(shape.rawValue)
        }
        if !found.contains(where: { $0.rule == slip.kind && slip.expected.contains($0) }) { kindFound = false }
      }
      for (got, shapes) in byShape.sorted(by: { $0.key < $1.key }) {
        wrong.append("slips.txt:\(slip.line) \(shapes.joined(separator: ",")): got [\(got)]")
      }
      caught[slip.kind, default: (0, 0)].0 += kindFound ? 1 : 0
      caught[slip.kind, default: (0, 0)].1 += 1
    }
    for w in wrong { print(w) }
    #expect(wrong.isEmpty, "\(wrong.count) slips raise other findings than slips.txt gives")
    let total = caught.values.reduce(0) { $0 + $1.1 }
    let found = caught.values.reduce(0) { $0 + $1.0 }
    print("name fixtures: \(found) of \(total) slips caught in every shape")
    for (kind, (f, n)) in caught.sorted(by: { $0.key < $1.key }) { print("  \(kind): \(f)/\(n)") }
    #expect(Double(found) >= 0.95 * Double(total))
  }

  @Test func slipsFileErrorsNameTheLine() {
    #expect(throws: NameFixtures.FixtureError.self) { try NameFixtures.slips("026 王晓东 => 王晓冬\n") }
    #expect(throws: NameFixtures.FixtureError.self) { try NameFixtures.slips("\n026 王 => 汪 | no-such-rule 汪\n") }
    let s = try? NameFixtures.slips("# c\n026 王晓东表示 => 王晓冬表示 | news-name-variant 王晓冬 ; 030 news-name-variant 王晓东\n")
    #expect(
      s?.first?.line == 2
        && s?.first?.expected.map(\.description) == ["026 news-name-variant 王晓冬", "030 news-name-variant 王晓东"])
  }
}
