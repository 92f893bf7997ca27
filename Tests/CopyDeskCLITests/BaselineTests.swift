import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// `copydesk baseline` and `lint --baseline`: matching by rule, path and text in context, never by line.
@Suite struct BaselineTests {
  typealias S = IntegrationSupport
  static let rules: Set<String> = ["space-cjk"]
  /// Two findings of space-cjk: `中国 人民` (line 1) and `北京 上海` (line 3).
  static let original = "中国 人民站起来了。\n\n今天北京 上海都下雨。\n"

  /// Lints `text` as drafts/a.txt under a baseline kept in `dir`, returning the findings left and how many went.
  static func filtered(_ text: String, baseline: Baseline, dir: String) throws -> ([String], Int) {
    let reports = try S.lint([(dir + "/drafts/a.txt", text)], only: rules)
    let (left, suppressed) = baseline.filter(reports, baselineDirectory: dir)
    let doc = left[0].document
    return (
      left[0].diagnostics.map {
        "\($0.rule)@\(S.lc(doc, $0.range.lowerBound)):\(doc.slice($0.range).debugDescription)"
      }, suppressed
    )
  }

  static func baseline(of text: String, dir: String) throws -> Baseline {
    Baseline.make(try S.lint([(dir + "/drafts/a.txt", text)], only: rules), baselineDirectory: dir)
  }

  @Test func recordsRulePathTextAndContextWithoutLines() throws {
    let dir = "/work/desk"
    let b = try Self.baseline(of: Self.original, dir: dir)
    #expect(
      b.serialized() == """
        {
          "version": 1,
          "generatedBy": "copydesk \(CLI.version)",
          "findings": [
            {"after":"人民站起来了。","before":"中国","count":1,"path":"drafts/a.txt","rule":"space-cjk","text":" "},
            {"after":"上海都下雨。","before":"今天北京","count":1,"path":"drafts/a.txt","rule":"space-cjk","text":" "}
          ]
        }

        """)
    let reparsed = try Baseline.parse(b.serialized(), file: "x")
    #expect(reparsed.counts == b.counts)
  }

  @Test func unchangedTextIsFullySuppressed() throws {
    let dir = try S.temporaryDirectory()
    let b = try Self.baseline(of: Self.original, dir: dir)
    let (left, suppressed) = try Self.filtered(Self.original, baseline: b, dir: dir)
    #expect(left == [])
    #expect(suppressed == 2)
  }

  @Test func editAboveAFindingKeepsItSuppressed() throws {
    let dir = try S.temporaryDirectory()
    let b = try Self.baseline(of: Self.original, dir: dir)
    // A new paragraph at the top moves both old findings down two lines; they stay suppressed.
    let edited = "编者按：本文有删节。\n\n" + Self.original
    let (left, suppressed) = try Self.filtered(edited, baseline: b, dir: dir)
    #expect(left == [])
    #expect(suppressed == 2)
  }

  @Test func newFindingIsReportedOldOnesAreNot() throws {
    let dir = try S.temporaryDirectory()
    let b = try Self.baseline(of: Self.original, dir: dir)
    let edited = Self.original + "\n上午 下午都有雨。\n"
    let (left, suppressed) = try Self.filtered(edited, baseline: b, dir: dir)
    #expect(left == ["space-cjk@5:3:\" \""])
    #expect(suppressed == 2)
  }

  @Test func rewordingNextToAFindingBringsItBack() throws {
    let dir = try S.temporaryDirectory()
    let b = try Self.baseline(of: Self.original, dir: dir)
    let edited = Self.original.replacingOccurrences(of: "今天北京 上海", with: "昨天北京 上海")
    let (left, suppressed) = try Self.filtered(edited, baseline: b, dir: dir)
    #expect(left == ["space-cjk@3:5:\" \""])
    #expect(suppressed == 1)
  }

  @Test func duplicatesAreCountedAndExtrasReported() throws {
    let dir = try S.temporaryDirectory()
    let line = "中国 人民站起来了。\n"
    let b = try Self.baseline(of: line + line, dir: dir)
    #expect(b.counts.values.sorted() == [2])
    // A third identical sentence: the first two are the recorded ones, the third is new.
    let (left, suppressed) = try Self.filtered(line + line + line, baseline: b, dir: dir)
    #expect(left == ["space-cjk@3:3:\" \""])
    #expect(suppressed == 2)
  }

  @Test func otherFilesAndRulesDoNotMatch() throws {
    let dir = try S.temporaryDirectory()
    let b = try Self.baseline(of: Self.original, dir: dir)
    let reports = try S.lint([(dir + "/drafts/b.txt", Self.original)], only: Self.rules)
    let (left, suppressed) = b.filter(reports, baselineDirectory: dir)
    #expect(left[0].diagnostics.count == 2)
    #expect(suppressed == 0)
  }

  @Test func pathsAreRelativeToTheBaselineDirectory() {
    #expect(Baseline.relativePath("/srv/desk/drafts/a.txt", to: "/srv/desk") == "drafts/a.txt")
    #expect(Baseline.relativePath("/srv/desk/./x/../a.txt", to: "/srv/desk/") == "a.txt")
    #expect(Baseline.relativePath("/elsewhere/a.txt", to: "/srv/desk") == "/elsewhere/a.txt")
    #expect(Baseline.directory(ofBaselineFile: "/srv/desk/.copydesk-baseline.json") == "/srv/desk")
  }

  @Test func rejectsFilesThatAreNotBaselines() {
    #expect(throws: CLIError.self) { try Baseline.parse("{\"findings\": []}", file: "b.json") }
    #expect(throws: CLIError.self) { try Baseline.parse("{\"version\": 1, \"findings\": [{}]}", file: "b.json") }
    #expect(throws: CLIError.self) { try Baseline.parse("{oops", file: "b.json") }
  }

  @Test func longFindingsKeepTheirEnds() {
    let long = String(repeating: "甲", count: 50) + String(repeating: "乙", count: 50)
    let text = "前文" + long + "后文\n"
    let d = S.finding("r", on: long, in: text)
    let k = FindingKey(d, in: Document(text: text), path: "a.txt")
    #expect(k.text == String(repeating: "甲", count: 40) + "…" + String(repeating: "乙", count: 40))
    #expect(k.before == "前文")
    #expect(k.after == "后文")
  }
}
