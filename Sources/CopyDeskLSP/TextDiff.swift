import CopyDesk

/// Small edits that turn one text into another. Fix-all and formatting run the engine's multi-pass `Fixer`, whose
/// later passes edit the output of earlier ones; rather than composing those edits, the result is compared with
/// the original. Fixes keep lines, so lines are paired one to one and each changed line yields one edit trimmed
/// to its changed middle; when the line count changed, one edit covers the changed middle of the whole text.
/// Editors then move the cursor and marks only where text really changed.
public enum TextDiff {
  public static func edits(from old: [UInt8], to new: [UInt8]) -> [TextEdit] {
    if old == new { return [] }
    let a = lines(old)
    let b = lines(new)
    guard a.count == b.count else { return [middle(old, 0..<old.count, new, 0..<new.count)] }
    var out: [TextEdit] = []
    for (ra, rb) in zip(a, b) where !old[ra].elementsEqual(new[rb]) {
      out.append(middle(old, ra, new, rb))
    }
    return out
  }

  /// Byte ranges of lines including their terminators.
  static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    var i = 0
    while i < bytes.count {
      if bytes[i] == 0x0A || bytes[i] == 0x0D {
        if bytes[i] == 0x0D, i + 1 < bytes.count, bytes[i + 1] == 0x0A { i += 1 }
        out.append(start..<(i + 1))
        start = i + 1
      }
      i += 1
    }
    out.append(start..<bytes.count)
    return out
  }

  /// One edit replacing the differing middle of `old[ra]` by that of `new[rb]`, cut at character boundaries.
  static func middle(_ old: [UInt8], _ ra: Range<Int>, _ new: [UInt8], _ rb: Range<Int>) -> TextEdit {
    var p = 0
    let maxP = min(ra.count, rb.count)
    while p < maxP && old[ra.lowerBound + p] == new[rb.lowerBound + p] { p += 1 }
    // Back off to a character start in both texts.
    func midCharacter(_ p: Int) -> Bool {
      (ra.lowerBound + p < ra.upperBound && UTF8Scan.isContinuation(old[ra.lowerBound + p]))
        || (rb.lowerBound + p < rb.upperBound && UTF8Scan.isContinuation(new[rb.lowerBound + p]))
    }
    while p > 0 && midCharacter(p) { p -= 1 }
    var s = 0
    let maxS = min(ra.count, rb.count) - p
    while s < maxS && old[ra.upperBound - 1 - s] == new[rb.upperBound - 1 - s] { s += 1 }
    // The kept suffix must start at a character start.
    while s > 0 && UTF8Scan.isContinuation(old[ra.upperBound - s]) { s -= 1 }
    let oldRange = (ra.lowerBound + p)..<(ra.upperBound - s)
    let replacement = String(decoding: new[(rb.lowerBound + p)..<(rb.upperBound - s)], as: UTF8.self)
    return TextEdit(range: oldRange, replacement: replacement)
  }
}
