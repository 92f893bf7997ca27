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
}
