import CopyDesk
import Foundation
import Testing

/// Issue 14's table: mixed Chinese–Latin–digit newspaper copy (acronyms, brands, figures, units, English quotes,
/// URLs, Markdown), each paragraph with every finding of the built-in rules and the text `copydesk fix` makes of it,
/// in the newspaper and the web profile. The expectations were written by hand in
/// Fixtures/mixed-script-table.txt; the file's header explains the format.
@Suite struct MixedScriptTableTests {
  static let table = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/mixed-script-table.txt")

  struct Entry {
    var line: Int
    var text: String
    var markdown: Bool
    /// Expectation lines by profile letter (`N`, `W`), `B` lines copied into both.
    var findings: [Character: [String]] = ["N": [], "W": []]
    var fixed: [Character: String] = [:]
  }

  static func unshow(_ s: Substring) -> String { s.replacingOccurrences(of: "⏎", with: "\n") }
  static func show(_ s: String) -> String { s.replacingOccurrences(of: "\n", with: "⏎") }

  static func entries() throws -> [Entry] {
    var out: [Entry] = []
    for (n, line) in try String(contentsOf: table, encoding: .utf8).split(separator: "\n").enumerated() {
      if line.hasPrefix(">md ") || line.hasPrefix("> ") {
        let md = line.hasPrefix(">md ")
        out.append(Entry(line: n + 1, text: unshow(line.dropFirst(md ? 4 : 2)), markdown: md))
        continue
      }
      guard let kind = line.first, "NWB".contains(kind), line.count > 2, var e = out.popLast() else { continue }
      let profiles: [Character] = kind == "B" ? ["N", "W"] : [kind]
      let isFix = line.dropFirst().first == "="
      for p in profiles {
        if isFix {
          e.fixed[p] = unshow(line.dropFirst(3))
        } else {
          e.findings[p, default: []].append(String(line.dropFirst(2)))
        }
      }
      out.append(e)
    }
    return out
  }

  static func linter(_ profile: String) throws -> Linter {
    var c = try Configuration.builtin(profile: profile)
    c.setArticleDate("2024-12-31")
    return try Linter(configuration: c)
  }

  /// The findings of `linter` on `doc` written as the table writes them: `rule column ⟦text⟧`.
  static func findings(_ linter: Linter, _ doc: Document) -> [String] {
    linter.lint(corpus: [doc])[0].map { d in
      let p = doc.position(ofOffset: d.range.lowerBound)
      let at = p.line == 1 ? "\(p.column)" : "\(p.line):\(p.column)"
      return (p.line, p.column, d.rule, "\(d.rule) \(at) ⟦\(show(doc.slice(d.range)))⟧")
    }.sorted { ($0.0, $0.1, $0.2) < ($1.0, $1.1, $1.2) }.map(\.3)
  }

  @Test func everyParagraphHasItsFindingsAndFixInBothProfiles() throws {
    let entries = try Self.entries()
    #expect(entries.count >= 150)
    var matching: [Character: Int] = ["N": 0, "W": 0]
    for (p, profile) in [(Character("N"), "newspaper"), (Character("W"), "web")] {
      let linter = try Self.linter(profile)
      for e in entries {
        let path = e.markdown ? "table.md" : "table.txt"
        let found = Self.findings(linter, Document(text: e.text, path: path))
        let fixed = Fixer.fix(text: e.text, path: path, format: nil, linter: linter, includeUnsafe: false).text
        let expectedFix = e.fixed[p] ?? e.text
        #expect(found == e.findings[p], "line \(e.line), \(profile): \(Self.show(e.text))")
        #expect(fixed == expectedFix, "line \(e.line), \(profile) fix: \(Self.show(e.text))")
        if found == e.findings[p] && fixed == expectedFix { matching[p, default: 0] += 1 }
      }
    }
    print(
      "mixed-script table: \(entries.count) paragraphs, newspaper \(matching["N"]!) and web \(matching["W"]!) as expected"
    )
  }

  /// The table covers what issue 14 lists, triggering and silent, in numbers worth the name.
  @Test func tableCoversTheIssuesClasses() throws {
    let entries = try Self.entries()
    func count(_ rule: String, _ p: Character = "N") -> Int {
      entries.filter { $0.findings[p]!.contains { $0.hasPrefix(rule + " ") } }.count
    }
    #expect(count("punct-halfwidth-in-cjk") >= 25)
    #expect(count("punct-range-connector") >= 8)
    #expect(count("punct-ellipsis-form") >= 3)
    #expect(count("space-cjk") >= 5)
    #expect(count("space-number-unit") >= 5)
    #expect(count("space-cjk-latin", "W") >= 80)
    #expect(entries.filter { $0.markdown }.count >= 10)
    #expect(entries.filter { $0.findings["N"]!.isEmpty }.count >= 60, "silent newspaper copy")
    #expect(entries.filter { $0.text.contains("://") }.count >= 6)
  }
}
