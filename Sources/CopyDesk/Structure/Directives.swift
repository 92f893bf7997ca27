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

  /// A comment inside code — a fence or a Markdown code span — is text being shown, not a directive
  /// (`` `<!-- copydesk-disable space-cjk -->` `` in a page explaining the directives).
  public static func parse(bytes: [UInt8], lineStarts: [Int], zones: [Zone] = [], masks: [MaskKind] = []) -> Directives
  {
    var d = Directives()
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
    d.index = SuppressionIndex(d.items)
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

  /// Whether a finding of `rule` starting at `offset` on 0-based `line` is suppressed: by a next-line directive on
  /// the line above, or because the last `disable`/`enable` for the rule (or for all rules) that ends at or before
  /// `offset` is a `disable`. A binary search, not a walk over every directive: a page of 50,000 pasted blocks each
  /// with its own directive has as many findings as directives.
  public func suppresses(rule: String, offset: Int, line: Int) -> Bool {
    guard !items.isEmpty else { return false }
    if index.nextLineAll.contains(line) || index.nextLine[rule]?.contains(line) == true { return true }
    let all = Self.lastToggle(index.togglesAll, atOrBefore: offset)
    let own = index.toggles[rule].flatMap { Self.lastToggle($0, atOrBefore: offset) }
    switch (all, own) {
    case (nil, nil): return false
    case (let a?, nil): return a.disable
    case (nil, let o?): return o.disable
    case (let a?, let o?): return a.end > o.end ? a.disable : o.disable
    }
  }

  /// A `disable` (true) or `enable` (false) taking effect from byte offset `end` (the end of its comment).
  struct Toggle: Sendable {
    var end: Int
    var disable: Bool
  }

  /// The directives by rule, built once per document.
  struct SuppressionIndex: Sendable {
    var nextLineAll: Set<Int> = []
    var nextLine: [String: Set<Int>] = [:]
    var togglesAll: [Toggle] = []
    var toggles: [String: [Toggle]] = [:]

    init(_ items: [Directive]) {
      for d in items {
        switch d.kind {
        case .disableNextLine:
          if d.rules.isEmpty {
            nextLineAll.insert(d.line + 1)
          } else {
            for r in d.rules { nextLine[r, default: []].insert(d.line + 1) }
          }
        case .disable, .enable:
          let t = Toggle(end: d.range.upperBound, disable: d.kind == .disable)
          if d.rules.isEmpty {
            togglesAll.append(t)
          } else {
            // Directives come in text order, so each list is sorted by `end`; a rule named twice counts once.
            for r in Set(d.rules) { toggles[r, default: []].append(t) }
          }
        }
      }
    }

    init() {}
  }

  private var index = SuppressionIndex()

  static func lastToggle(_ list: [Toggle], atOrBefore offset: Int) -> Toggle? {
    var lo = 0
    var hi = list.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if list[mid].end <= offset { lo = mid + 1 } else { hi = mid }
    }
    return lo > 0 ? list[lo - 1] : nil
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
