import CopyDesk
import Foundation
import Testing

@testable import CopyDeskLSP

/// Rules that compare pages (names across open pages) run over all open pages; the per-page rules only on the page
/// that changed. The split must give exactly what one linter over the page set gives.
@Suite struct PageComparisonTests {
  func seeds() throws -> [Document] {
    try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("seeds").path)
      .filter { $0.hasSuffix(".txt") }.sorted()
      .map { Document(text: try seed($0), path: "/seeds/" + $0) }
  }

  @Test func splitLintersGiveWhatOneLinterGives() throws {
    var config = try Configuration.builtin()
    config.settings["news-name-variant"] = RuleSetting(enabled: true)
    let full = try Linter(configuration: config)
    let set = try LinterSet(full)
    #expect(set.comparesPages)
    let docs = try seeds() + [Document(text: "全国总工会兼职副主席张晓兰出席。", path: "/x/a.txt")]
    let expected = full.lint(corpus: docs)
    let inputs = docs.enumerated().map { k, d in
      LintInput(
        open: OpenDocument(
          uri: "file://\(d.path!)", languageID: "plaintext", version: 1, buffer: TextBuffer(d.text), path: d.path),
        cached: nil)
    }
    let outputs = try #require(LintJob.run(inputs, set))
    #expect(outputs.map(\.diagnostics) == expected)
    // With every page's per-page part taken from a previous lint, the result is the same.
    let cached = zip(inputs, outputs).map { i, o in LintInput(open: i.open, cached: (o.document, o.perPage)) }
    #expect(try #require(LintJob.run(cached, set)).map(\.diagnostics) == expected)
  }

  @Test func aNameVariantAcrossOpenPagesIsReportedWithTheOtherPlaceAndGoesWhenFixed() throws {
    let a = "file:///tmp/names/a.txt"
    let b = "file:///tmp/names/b.txt"
    let c = TestClient()
    _ = try c.initialize(extra: ["initializationOptions": .object(["debounceMs": .number(0)])])
    c.open(a, "全国总工会兼职副主席张晓兰出席。")
    c.open(b, "全国总工会兼职副主席张小兰讲话。")
    let found = try c.waitFor {
      $0["params"]?["uri"] == .string(a)
        && $0["params"]?["diagnostics"]?.arrayValue?.contains { $0["code"] == .string("news-name-variant") } == true
    }
    let d = try #require(
      found["params"]?["diagnostics"]?.arrayValue?.first { $0["code"] == .string("news-name-variant") })
    #expect(d["range"]?.rangeText == "0:10-0:13")
    let related = try #require(d["relatedInformation"]?.arrayValue?.first)
    #expect(related["location"]?["uri"] == .string(b))
    #expect(related["location"]?["range"]?.rangeText == "0:10-0:13")
    // Correcting the name on page b clears page a (page a itself did not change: version 1 again).
    c.clear()
    c.change(b, version: 2, [textEdit(range(0, 11, 0, 12), "晓")])
    #expect(try c.published(b, version: 2).isEmpty)
    #expect(try c.published(a, version: 1).isEmpty)
  }
}
