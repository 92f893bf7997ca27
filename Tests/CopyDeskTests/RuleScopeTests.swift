import Testing

@testable import CopyDesk

/// Every rule states how far it looks (`RuleScope`), so that a new rule is placed deliberately: a rule left out
/// would be linted as a page rule, right but slow on every keystroke in the editor.
@Suite struct RuleScopeTests {
  @Test func everyRuleHasAScope() {
    let ids = Set(RuleRegistry.all.map { $0.description.id })
    #expect(ids.subtracting(RuleRegistry.scopes.keys).sorted() == [])
    // No scope for a rule that does not exist (a renamed rule would silently fall back to `page`).
    #expect(Set(RuleRegistry.scopes.keys).subtracting(ids).sorted() == [])
  }

  @Test func rulesComparingPagesArePageRules() {
    for t in RuleRegistry.all where t is any CorpusRule.Type {
      #expect(RuleRegistry.scope(of: t.description.id) == .page, "\(t.description.id)")
    }
    #expect(RuleRegistry.scope(of: "no-such-rule") == .page)
  }

  /// The engine asks `comparesDocuments` / `asCorpusRule` instead of casting: they must agree with the cast for every
  /// rule (a rule whose conformance picked the wrong default would have its pages compared never, or twice).
  @Test func corpusRulesAreKnownWithoutACast() throws {
    let config = try Configuration.builtin()
    let linter = try Linter(configuration: config)
    for t in RuleRegistry.all {
      #expect(t.comparesDocuments == (t is any CorpusRule.Type), "\(t.description.id)")
    }
    for (rule, _) in linter.rules {
      #expect((rule.asCorpusRule != nil) == (rule is any CorpusRule), "\(type(of: rule).description.id)")
    }
    #expect(RuleRegistry.all.filter { $0.comparesDocuments }.map { $0.description.id } == ["news-name-variant"])
  }
}
