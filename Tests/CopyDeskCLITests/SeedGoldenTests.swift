import CopyDesk
import CopyDeskCLI
import Foundation
import Testing

/// The seed pages are the spec by example. Beside each `seeds/NAME.txt`: `NAME.txt.lint` (every finding, concise
/// format, in Chinese) and `NAME.txt.fixed` (the page after `copydesk fix`). Any drift fails; re-record with
/// `COPYDESK_RECORD=1 swift test --filter SeedGoldenTests` and review the diff line by line.
@Suite struct SeedGoldenTests {
  static let pages: [String] = {
    let dir = repositoryRoot.appendingPathComponent("seeds").path
    return ((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }()

  @Test func allFivePagesArePresent() { #expect(Self.pages.count == 5) }

  @Test(arguments: pages)
  func golden(_ name: String) throws {
    let dir = repositoryRoot.appendingPathComponent("seeds")
    let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
    let linter = try Linter(configuration: .builtin())
    let doc = Document(text: text, path: name)
    let lint = ConciseFormatter.format(doc, linter.lint(corpus: [doc])[0])
    let fixed = Fixer.fix(text: text, path: name, format: nil, linter: linter, includeUnsafe: false).text
    let lintURL = dir.appendingPathComponent(name + ".lint")
    let fixedURL = dir.appendingPathComponent(name + ".fixed")
    if recording {
      try lint.write(to: lintURL, atomically: true, encoding: .utf8)
      try fixed.write(to: fixedURL, atomically: true, encoding: .utf8)
    }
    #expect(lint == (try String(contentsOf: lintURL, encoding: .utf8)), "findings on \(name) drifted")
    #expect(fixed == (try String(contentsOf: fixedURL, encoding: .utf8)), "fix output of \(name) drifted")
  }
}
