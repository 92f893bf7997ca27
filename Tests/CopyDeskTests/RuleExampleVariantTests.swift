import CopyDesk
import Testing

/// More reruns of every rule's description examples, beyond the 𠮷 and CRLF ones of `RuleExampleTests`: a
/// suppression directive silences a triggering example, so does putting it in Markdown code, a fixed example is
/// clean for its rule, and the fixer settles on every example (no fix keeps rewriting its own output).
@Suite struct RuleExampleVariantTests {
  static let rules = RuleExampleTests.rules

  /// The example under a directive naming the rule: `disable-next-line` for a one-line example, a
  /// `disable`…`enable` block around a longer one.
  static func suppressed(_ text: String, _ id: String) -> String {
    text.contains("\n")
      ? "<!-- copydesk-disable \(id) -->\n\(text)\n<!-- copydesk-enable -->"
      : "<!-- copydesk-disable-next-line \(id) -->\n\(text)"
  }

  /// The example as Markdown code: a code span for one line, a fence for more.
  static func asCode(_ text: String) -> String? {
    guard !text.contains("`") else { return nil }
    return text.contains("\n") ? "```\n\(text)\n```\n" : "代码 `\(text)` 照录。"
  }

  @Test(arguments: rules)
  func triggeringExampleUnderADirectiveIsSilent(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    for e in d.triggering {
      let found = try e.findings(id, Self.suppressed(e.text, id))
      #expect(found.isEmpty, "suppressed: \(e.text) — got \(found.map(\.message.en))")
    }
  }

  @Test(arguments: rules)
  func triggeringExampleInMarkdownCodeIsSilent(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    for e in d.triggering {
      guard let code = Self.asCode(e.text) else { continue }
      let found = try findings(id, code, options: e.options, path: "page.md", profile: e.profile)
      #expect(found.isEmpty, "in code: \(code) — got \(found.map(\.message.en))")
    }
  }

  @Test(arguments: rules)
  func fixedExampleIsCleanForItsRule(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    for e in d.triggering {
      guard let expected = e.fixed else { continue }
      let found = try e.findings(id, expected)
      #expect(found.isEmpty, "fixed text still triggers: \(expected) — got \(found.map(\.message.en))")
    }
  }

  /// Every example, triggering or not, with all fixes of its rule (unsafe ones too) applied until stable: the fixer
  /// converges, and running it again on its output changes nothing (`fix` is idempotent).
  @Test(arguments: rules)
  func fixerSettlesOnEveryExample(_ id: String) throws {
    let d = try #require(RuleRegistry.description(of: id))
    for e in d.triggering + d.nonTriggering {
      let linter = try CopyDeskTests.linter(only: id, options: e.options, profile: e.profile ?? "newspaper")
      let first = Fixer.fix(text: e.text, path: e.path, format: nil, linter: linter, includeUnsafe: true)
      #expect(first.converged, "did not settle: \(e.text) — rules \(first.unsettledRules)")
      let again = Fixer.fix(text: first.text, path: e.path, format: nil, linter: linter, includeUnsafe: true)
      #expect(
        again.text == first.text && again.applied == 0, "not idempotent: \(e.text) → \(first.text) → \(again.text)")
    }
  }
}
