/// Character tests shared by the layout rules: where a sentence ends, what may continue one, how to join.
enum LayoutScan {
  /// Marks that end a sentence (GB/T 15834 §4.1–4.3, §4.11).
  @inline(__always)
  /// ASCII `.` `?` `!` count too: at a line end in typed copy they end a sentence (`参加.⏎据统计`).
  static func isSentenceEnd(_ u: UInt32) -> Bool {
    u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0x2026 || u == 0x2E || u == 0x3F || u == 0x21
  }

  /// Whether a paragraph (or line) that ends with `last` — whose previous scalar is `beforeLast` — ends a sentence.
  /// A closing quote or parenthesis ends one only after a sentence-final mark: `……温暖。”`.
  static func endsSentence(_ last: UInt32, beforeLast: UInt32?) -> Bool {
    if isSentenceEnd(last) { return true }
    if last == 0x201D || last == 0x2019 || last == 0xFF09 || last == 0x300B || last == 0x29 {
      return beforeLast.map(isSentenceEnd) ?? false
    }
    return false
  }

  /// Marks after which a sentence certainly goes on: comma, 顿号, opening marks, a dash.
  @inline(__always)
  static func isContinuingMark(_ u: UInt32) -> Bool {
    // ASCII commas too: pages typed with half-width punctuation break the same way (`慰问现场,⏎⏎该公司`).
    u == 0xFF0C || u == 0x3001 || u == 0x2C || CharClass.isOpeningPunct(u) || u == 0x2014
  }

  /// Marks that cannot open a paragraph: a paragraph starting with one is the tail of the previous one.
  @inline(__always)
  static func cannotStartParagraph(_ u: UInt32) -> Bool {
    u == 0xFF0C || u == 0x3001 || u == 0x3002 || u == 0xFF1B || u == 0xFF1A || CharClass.isClosingPunct(u)
  }

  /// Text joined across a removed break: nothing between Chinese, one space between two Latin words or numbers
  /// (`Decent work⏎is`, `Node.js 18⏎and`). Web copy (`spacedMixedScript`) also keeps a space between Chinese and a
  /// Latin word or a figure, so that joining `使用⏎Visual Studio` or `增长5%⏎以上` does not make the unspaced pair
  /// `space-cjk-latin` would then report.
  static func joiner(_ left: UInt32, _ right: UInt32, spacedMixedScript: Bool = false) -> String {
    if CharClass.isASCIIAlnum(left) && CharClass.isASCIIAlnum(right) { return " " }
    guard spacedMixedScript else { return "" }
    let leftToken = CharClass.isASCIIAlnum(left) || left == 0x25 || left == 0x2B
    return (CharClass.isHan(left) && CharClass.isASCIIAlnum(right)) || (leftToken && CharClass.isHan(right)) ? " " : ""
  }

  /// Last non-space scalar before `end` (and the one before it), not crossing `start`.
  static func lastScalars(_ doc: Document, before end: Int, from start: Int) -> (
    last: UInt32, start: Int, prev: UInt32?
  )? {
    let e = doc.skipSpaces(backFrom: end)
    guard e > start, let (u, s) = doc.scalar(before: e) else { return nil }
    let p = s > start ? doc.scalar(before: s)?.value : nil
    return (u, s, p)
  }
}
