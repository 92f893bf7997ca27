import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// One story in each shape a desk receives copy in (issue 13), in `Tests/CopyDeskTests/Fixtures/shapes/`: blank-line
/// paragraphs, one paragraph per line, `　　` indents with and without blank lines (rendered from the first by
/// `PageShapes`), a PDF column with a byline cut across lines, a column break in mid-paragraph and a paragraph end
/// without a blank line, a Markdown page with front matter, `<script>`, `<style>`, a container, HTML, a table and
/// a fence, and a wire page with datelines, a column name, `（完）` and a roundup's item headlines. Beside each:
/// `.outline` (what `copydesk outline` prints), `.lint` (every finding) and `.fixed` (the page after `copydesk fix`).
/// Re-record with `COPYDESK_RECORD=1 swift test --filter ShapeFixtureTests` and read every changed line.
@Suite struct ShapeFixtureTests {
  static let dir = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/shapes")
  static let pages: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
    return names.filter { $0.hasSuffix(".txt") || $0.hasSuffix(".md") }.sorted()
  }()

  static func read(_ name: String) throws -> String {
    try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
  }

  @Test func everyShapeHasAFixture() {
    #expect(
      Self.pages == [
        "1-blank.txt", "2-lines.txt", "3-indent-blank.txt", "3-indent.txt", "4-pdf.txt", "5-markdown.md", "6-wire.txt",
      ])
  }

  @Test(arguments: pages)
  func golden(_ name: String) throws {
    let text = try Self.read(name)
    let doc = Document(text: text, path: name)
    let linter = try Linter(configuration: .builtin())
    let outline = OutlineCommand.text(name, Outline.build(doc))
    let lint = ConciseFormatter.format(doc, linter.lint(corpus: [doc])[0])
    let fixed = Fixer.fix(text: text, path: name, format: nil, linter: linter, includeUnsafe: false).text
    for (suffix, value) in [("outline", outline), ("lint", lint), ("fixed", fixed)] {
      let url = Self.dir.appendingPathComponent(name + "." + suffix)
      if recording { try value.write(to: url, atomically: true, encoding: .utf8) }
      #expect(value == (try String(contentsOf: url, encoding: .utf8)), "\(name).\(suffix) drifted")
    }
  }

  /// The same story as blank-line paragraphs, one paragraph per line and indented: the same headlines, lead,
  /// paragraphs and credit, no finding, nothing for `fix` to do.
  @Test func cleanShapesReadAlike() throws {
    func shape(_ name: String) throws -> [String] {
      let doc = Document(text: try Self.read(name))
      return Outline.build(doc).flatMap { [$0] + $0.children }.map { n in
        // The text without layout: line breaks, blank lines and indents differ by shape, the words do not.
        "\(n.kind.rawValue) \(n.level) " + doc.slice(n.range).filter { !$0.isNewline && $0 != "\u{3000}" }
      }
    }
    let linter = try Linter(configuration: .builtin())
    let reference = try shape("1-blank.txt")
    #expect(reference.filter { $0.hasPrefix("paragraph") }.count == 3)
    #expect(reference.filter { $0.hasPrefix("headline") }.count == 3)
    for name in ["2-lines.txt", "3-indent-blank.txt", "3-indent.txt"] {
      #expect(try shape(name) == reference, "\(name)")
      let text = try Self.read(name)
      #expect(linter.lint(Document(text: text)).isEmpty, "\(name)")
      #expect(Fixer.fix(text: text, path: nil, format: nil, linter: linter, includeUnsafe: true).text == text)
    }
  }

  /// The PDF column comes back as paragraphs: every wrap and the column break joined, the byline on one line;
  /// the paragraph that ended without a blank line stays a paragraph of its own.
  @Test func pdfColumnFixesToParagraphs() throws {
    let linter = try Linter(configuration: .builtin())
    let fixed = Fixer.fix(
      text: try Self.read("4-pdf.txt"), path: nil, format: nil, linter: linter, includeUnsafe: false
    ).text
    let paragraphs = fixed.components(separatedBy: "\n").filter { !$0.isEmpty }
    let clean = try Self.read("2-lines.txt").components(separatedBy: "\n").filter { !$0.isEmpty }
    // The PDF page has no kicker and names a second reporter; otherwise it is the same story.
    #expect(paragraphs == Array(clean.dropFirst()).map { $0.replacingOccurrences(of: "张晶）", with: "张晶 通讯员 李明）") })
  }
}
