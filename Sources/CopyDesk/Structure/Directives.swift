import Foundation

/// Inline suppressions in HTML-comment form, valid in both Markdown and plain text:
/// `<!-- copydesk-disable RULE[,RULE] -- reason -->` … `<!-- copydesk-enable [RULE] -->`, and
/// `<!-- copydesk-disable-next-line RULE -- reason -->`. No rule list means every rule.
public struct Directives: Sendable {
  public enum Kind: String, Sendable {
    case disable, enable
    case disableNextLine = "disable-next-line"
  }

  public struct Directive: Sendable {
    public var kind: Kind
    /// Empty: all rules.
    public var rules: [String]
    public var reason: String?
    /// The whole comment.
    public var range: Range<Int>
    /// Byte range of each rule id inside the comment (for reporting unknown ids).
    public var ruleRanges: [Range<Int>]
    /// 0-based line of the comment.
    public var line: Int
  }

  public private(set) var items: [Directive] = []
  private var lineStarts: [Int] = []

  /// A comment inside code — a fence or a Markdown code span — is text being shown, not a directive
  /// (`` `<!-- copydesk-disable space-cjk -->` `` in a page explaining the directives).
  public static func parse(bytes: [UInt8], lineStarts: [Int], zones: [Zone] = [], masks: [MaskKind] = []) -> Directives
  {
    var d = Directives()
    d.lineStarts = lineStarts
    let n = bytes.count
    // Most pages have no comment at all: find a `<` first, cheaply.
    guard let firstOpen = bytes.withUnsafeBufferPointer({ UTF8Scan.find(0x3C, in: $0, from: 0) }) else { return d }
    var i = firstOpen
    while i + 4 <= n {
      guard bytes[i] == 0x3C, bytes[i + 1] == 0x21, bytes[i + 2] == 0x2D, bytes[i + 3] == 0x2D else {
        i += 1
        continue
      }
      var e = i + 4
      while e + 2 < n && !(bytes[e] == 0x2D && bytes[e + 1] == 0x2D && bytes[e + 2] == 0x3E) { e += 1 }
      guard e + 2 < n else { break }
      let inCode = (i < zones.count && zones[i] == .code) || (i < masks.count && masks[i] == .code)
      if !inCode, let item = parseBody(bytes, i + 4, e, commentRange: i..<(e + 3), lineStarts: lineStarts) {
        d.items.append(item)
      }
      i = e + 3
    }
    return d
  }

  private static func parseBody(_ b: [UInt8], _ s: Int, _ e: Int, commentRange: Range<Int>, lineStarts: [Int])
    -> Directive?
  {
    var k = s
    func skipSpaces() { while k < e && (b[k] == 0x20 || b[k] == 0x09) { k += 1 } }
    func word() -> Range<Int> {
      let w = k
      while k < e && b[k] != 0x20 && b[k] != 0x09 && b[k] != 0x2C { k += 1 }
      return w..<k
    }
    skipSpaces()
    let head = word()
    let name = String(decoding: b[head], as: UTF8.self)
    let kind: Kind
    switch name {
    case "copydesk-disable": kind = .disable
    case "copydesk-enable": kind = .enable
    case "copydesk-disable-next-line": kind = .disableNextLine
    default: return nil
    }
    var rules: [String] = []
    var ranges: [Range<Int>] = []
    var reason: String?
    while k < e {
      skipSpaces()
      if k < e && b[k] == 0x2C {
        k += 1
        continue
      }
      if k + 1 < e && b[k] == 0x2D && b[k + 1] == 0x2D {
        let text = String(decoding: b[(k + 2)..<e], as: UTF8.self).trimmingSpaces()
        reason = text.isEmpty ? nil : text
        break
      }
      let r = word()
      if r.isEmpty { break }
      rules.append(String(decoding: b[r], as: UTF8.self))
      ranges.append(r)
    }
    var lo = 0
    var hi = lineStarts.count - 1
    while lo < hi {
      let mid = (lo + hi + 1) / 2
      if lineStarts[mid] <= commentRange.lowerBound { lo = mid } else { hi = mid - 1 }
    }
    return Directive(kind: kind, rules: rules, reason: reason, range: commentRange, ruleRanges: ranges, line: lo)
  }

  /// Whether a finding of `rule` starting at `offset` on 0-based `line` is suppressed.
  public func suppresses(rule: String, offset: Int, line: Int) -> Bool {
    guard !items.isEmpty else { return false }
    var disabled = false
    for d in items {
      let applies = d.rules.isEmpty || d.rules.contains(rule)
      guard applies else { continue }
      switch d.kind {
      case .disableNextLine:
        if line == d.line + 1 { return true }
      case .disable:
        if d.range.upperBound <= offset { disabled = true }
      case .enable:
        if d.range.upperBound <= offset { disabled = false }
      }
    }
    return disabled
  }
}

extension StringProtocol {
  /// Trims spaces, tabs, ideographic spaces and line breaks (the engine needs nothing from Foundation for this).
  func trimmingSpaces() -> String {
    func isSpace(_ c: Character) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\n" || c == "\r" }
    var s = Substring(self)
    while let f = s.first, isSpace(f) { s = s.dropFirst() }
    while let l = s.last, isSpace(l) { s = s.dropLast() }
    return String(s)
  }
}
