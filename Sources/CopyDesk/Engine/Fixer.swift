/// Applies fixes: skips edits that overlap an earlier accepted one, re-lints and repeats until nothing changes.
public enum Fixer {
  public struct Result: Sendable {
    public var text: String
    /// Fixes applied over all passes.
    public var applied: Int
    /// What is left after the last pass.
    public var remaining: [Diagnostic]
  }

  /// Applies non-overlapping fixes in order of position; returns the new text and how many fixes were used.
  public static func apply(_ fixes: [Fix], to text: String) -> (text: String, applied: Int) {
    let sorted = fixes.sorted { ($0.span.lowerBound, $0.span.upperBound) < ($1.span.lowerBound, $1.span.upperBound) }
    var accepted: [Fix] = []
    var lastEnd = 0
    var lastInsertAt = -1
    for f in sorted {
      let span = f.span
      if span.lowerBound < lastEnd { continue }
      if span.isEmpty && span.lowerBound == lastInsertAt { continue }
      accepted.append(f)
      lastEnd = max(lastEnd, span.upperBound)
      if span.isEmpty { lastInsertAt = span.lowerBound }
    }
    guard !accepted.isEmpty else { return (text, 0) }
    let bytes = Array(text.utf8)
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count)
    var cursor = 0
    for e in accepted.flatMap(\.edits).sorted(by: { $0.range.lowerBound < $1.range.lowerBound }) {
      guard e.range.lowerBound >= cursor, e.range.upperBound <= bytes.count else { continue }
      out.append(contentsOf: bytes[cursor..<e.range.lowerBound])
      out.append(contentsOf: e.replacement.utf8)
      cursor = e.range.upperBound
    }
    out.append(contentsOf: bytes[cursor...])
    return (String(decoding: out, as: UTF8.self), accepted.count)
  }

  /// Lints and fixes until stable (at most `maxPasses` passes).
  public static func fix(
    text: String, path: String?, format: SourceFormat?, linter: Linter, includeUnsafe: Bool, maxPasses: Int = 8
  ) -> Result {
    var current = text
    var applied = 0
    for _ in 0..<maxPasses {
      let doc = Document(text: current, path: path, format: format)
      let fixes = linter.lint(doc).compactMap(\.fix).filter { includeUnsafe || $0.applicability == .safe }
      let (next, n) = apply(fixes, to: current)
      if n == 0 || next == current { break }
      applied += n
      current = next
    }
    let remaining = linter.lint(Document(text: current, path: path, format: format))
    return Result(text: current, applied: applied, remaining: remaining)
  }
}
