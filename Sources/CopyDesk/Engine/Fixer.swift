/// Applies fixes: skips edits that overlap an earlier accepted one, re-lints and repeats until nothing changes.
public enum Fixer {
  public struct Result: Sendable {
    public var text: String
    /// Fixes applied over all passes.
    public var applied: Int
    /// What is left after the last pass.
    public var remaining: [Diagnostic]
    /// Whether the text settled: a last pass found no fix to apply. False when the pass limit was reached or the
    /// text came back to an earlier state (two fixes undoing each other); `text` is then the last state reached.
    public var converged: Bool = true
    /// Passes that changed the text.
    public var passes: Int = 0
    /// When not converged: the rules whose fixes the last pass applied (the ones that keep changing the text).
    public var unsettledRules: [String] = []
  }

  /// Applies non-overlapping fixes in order of position; returns the new text and how many fixes were used.
  public static func apply(_ fixes: [Fix], to text: String) -> (text: String, applied: Int) {
    let (next, accepted) = applyReturningAccepted(fixes, to: text)
    return (next, accepted.count)
  }

  static func applyReturningAccepted(_ fixes: [Fix], to text: String) -> (text: String, accepted: [Int]) {
    let order = fixes.indices.sorted {
      (fixes[$0].span.lowerBound, fixes[$0].span.upperBound) < (fixes[$1].span.lowerBound, fixes[$1].span.upperBound)
    }
    var accepted: [Int] = []
    var lastEnd = 0
    var lastInsertAt = -1
    for k in order {
      let span = fixes[k].span
      if span.lowerBound < lastEnd { continue }
      if span.isEmpty && span.lowerBound == lastInsertAt { continue }
      accepted.append(k)
      lastEnd = max(lastEnd, span.upperBound)
      if span.isEmpty { lastInsertAt = span.lowerBound }
    }
    guard !accepted.isEmpty else { return (text, []) }
    var source = text
    let out = source.withUTF8 { bytes -> [UInt8] in
      var out: [UInt8] = []
      out.reserveCapacity(bytes.count)
      var cursor = 0
      for e in accepted.flatMap({ fixes[$0].edits }).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
        guard e.range.lowerBound >= cursor, e.range.upperBound <= bytes.count else { continue }
        out.append(contentsOf: bytes[cursor..<e.range.lowerBound])
        out.append(contentsOf: e.replacement.utf8)
        cursor = e.range.upperBound
      }
      out.append(contentsOf: bytes[cursor...])
      return out
    }
    return (String(decoding: out, as: UTF8.self), accepted)
  }

  /// How many passes a text may take: every pass but the last applies at least one fix, and a fix seldom makes
  /// more than one new one, so a few more passes than the first pass has fixes is enough for any real page (a run
  /// of 34 straight quotes takes 18). The cap keeps a pathological page from costing passes × size for long.
  public static func passLimit(firstPassFixes: Int) -> Int { min(8 + 2 * firstPassFixes, 2000) }

  /// Lints and fixes until stable. `maxPasses` overrides `passLimit(firstPassFixes:)`.
  public static func fix(
    text: String, path: String?, format: SourceFormat?, linter: Linter, includeUnsafe: Bool, maxPasses: Int? = nil
  ) -> Result {
    var current = text
    var applied = 0
    var passes = 0
    var limit = maxPasses
    var seen: Set<Int> = [current.hashValue]
    var cycled = false
    while true {
      let findings = linter.lint(Document(text: current, path: path, format: format))
      let fixable = findings.filter { $0.fix.map { includeUnsafe || $0.applicability == .safe } ?? false }
      if limit == nil { limit = passLimit(firstPassFixes: fixable.count) }
      let (next, accepted) = applyReturningAccepted(fixable.map { $0.fix! }, to: current)
      if accepted.isEmpty || next == current {
        return Result(text: current, applied: applied, remaining: findings, converged: true, passes: passes)
      }
      if cycled || passes >= limit! {
        return Result(
          text: current, applied: applied, remaining: findings, converged: false, passes: passes,
          unsettledRules: Set(accepted.map { fixable[$0].rule }).sorted())
      }
      applied += accepted.count
      passes += 1
      current = next
      // Back to an earlier text: the fixes undo each other and would go round for ever.
      cycled = !seen.insert(current.hashValue).inserted
    }
  }
}
