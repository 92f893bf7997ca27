import CopyDesk
import Testing

/// `fix` repeats until the text settles, and says so when it does not (ruff's "failed to converge").
@Suite struct FixerConvergenceTests {
  let quotes = "他说" + String(repeating: "\"", count: 34) + "好。"

  @Test func aLongRunOfStraightQuotesConverges() throws {
    let l = try linter(only: "punct-ascii-quotes")
    let r = Fixer.fix(text: quotes, path: nil, format: nil, linter: l, includeUnsafe: false)
    #expect(r.converged)
    #expect(r.text == "他说" + String(repeating: "“”", count: 17) + "好。")
    #expect(r.applied == 34)
    let again = Fixer.fix(text: r.text, path: nil, format: nil, linter: l, includeUnsafe: false)
    #expect(again.text == r.text && again.applied == 0 && again.converged && again.passes == 0)
  }

  @Test func hittingThePassLimitIsReportedNotSilent() throws {
    let l = try linter(only: "punct-ascii-quotes")
    let r = Fixer.fix(text: quotes, path: nil, format: nil, linter: l, includeUnsafe: false, maxPasses: 1)
    #expect(!r.converged)
    #expect(r.passes == 1)
    #expect(r.unsettledRules == ["punct-ascii-quotes"])
    #expect(r.remaining.contains { $0.rule == "punct-ascii-quotes" })
  }

  @Test func passLimitGrowsWithTheFixesNeeded() {
    #expect(Fixer.passLimit(firstPassFixes: 0) == 8)
    #expect(Fixer.passLimit(firstPassFixes: 34) == 76)
    #expect(Fixer.passLimit(firstPassFixes: 1_000_000) == 2000)
  }
}
