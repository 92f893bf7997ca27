/// Character tests shared by the layout rules: how to join across a removed break, where the last characters are.
/// Where a sentence ends and what may continue one is the segmenter's `LayoutMarks`, which decides the same breaks.
enum LayoutScan {
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
