/// The space of a slogan or title in quotes or 《》: `“奋进新时代 劳动创未来”`, `“爱心汇聚力量 携手重建家园”`,
/// `《冬至送饺子 关爱满心头》`. Such a space separates balanced phrases — each at least three characters, the longest
/// at most twice the shortest. A space in a quoted term or title that splits one word (`“智慧 工厂”`), leaves a
/// short tail (`《中国数字经济发展 报告》`) or starts a half with a function word (`“智慧工厂 的建设”`) is a stray one.
enum SloganSpace {
  /// Function words that cannot open a slogan phrase: 的 了 和 与 及 之 地 得 着 或.
  static let functionChars: Set<UInt32> = Set("的了和与及之地得着或".unicodeScalars.map(\.value))
  /// Words that start with one of them and can open a phrase: 和谐, 和平, 了解, 地方, 得到, 着力, 之后, 与会…
  static let functionCharWords: Set<String> = [
    "和谐", "和平", "和美", "和睦", "和合", "和顺", "和善", "和气", "和煦", "了解", "了不起", "了却", "地方", "地区", "地球",
    "得到", "得益", "着力", "着眼", "着手", "着重", "之后", "之前", "之间", "与会", "与时俱进", "或许", "的确",
  ]

  /// Longest stretch looked at on either side of the space, in scalars.
  static let reach = 40

  /// Whether the single space at `space` separates the phrases of a quoted slogan or title.
  static func separatesPhrases(_ doc: Document, _ space: Range<Int>) -> Bool {
    guard let open = opening(doc, before: space.lowerBound), let close = closing(doc, after: space.upperBound) else {
      return false
    }
    // The phrases between the marks, split at single spaces; a line break (`“工会进万家 温暖送到⏎家”` on a page
    // wrapped as PDF text) is not a character of the slogan.
    var phrases: [[UInt32]] = [[]]
    var i = open
    while i < close {
      guard let (u, n) = doc.scalar(at: i) else { break }
      if u == 0x0A || u == 0x0D {
        i += n
        continue
      }
      if CharClass.isInlineSpace(u) {
        if !(phrases.last?.isEmpty ?? true) { phrases.append([]) }
      } else {
        phrases[phrases.count - 1].append(u)
      }
      i += n
    }
    phrases.removeAll { $0.isEmpty }
    guard phrases.count >= 2, let shortest = phrases.map(\.count).min(), let longest = phrases.map(\.count).max()
    else { return false }
    guard shortest >= 3, longest <= 2 * shortest else { return false }
    return !phrases.contains(where: startsWithFunctionWord)
  }

  private static func startsWithFunctionWord(_ phrase: [UInt32]) -> Bool {
    guard let first = phrase.first, functionChars.contains(first) else { return false }
    let text = String(String.UnicodeScalarView(phrase.prefix(4).compactMap(UnicodeScalar.init)))
    return !functionCharWords.contains { text.hasPrefix($0) }
  }

  /// Whether `u` after `previous` ends the paragraph: a blank line. Single line breaks are wrapping.
  private static func endsParagraph(_ u: UInt32, after previous: UInt32) -> Bool {
    u == 0x0A && previous == 0x0A
  }

  /// The byte after the “ or 《 that encloses `offset` in its paragraph, skipping pairs closed in between.
  private static func opening(_ doc: Document, before offset: Int) -> Int? {
    var depth = 0
    var j = offset
    var previous: UInt32 = 0
    for _ in 0..<reach {
      guard let (u, s) = doc.scalar(before: j), !endsParagraph(u, after: previous) else { return nil }
      if u != 0x0D { previous = u }
      if u == U.rightDoubleQuote || u == U.rightTitle { depth += 1 }
      if u == U.leftDoubleQuote || u == U.leftTitle {
        if depth == 0 { return j }
        depth -= 1
      }
      j = s
    }
    return nil
  }

  /// The offset of the ” or 》 that closes the quotation holding `offset`, in its paragraph.
  private static func closing(_ doc: Document, after offset: Int) -> Int? {
    var depth = 0
    var j = offset
    var previous: UInt32 = 0
    for _ in 0..<reach {
      guard let (u, n) = doc.scalar(at: j), !endsParagraph(u, after: previous) else { return nil }
      if u != 0x0D { previous = u }
      if u == U.leftDoubleQuote || u == U.leftTitle { depth += 1 }
      if u == U.rightDoubleQuote || u == U.rightTitle {
        if depth == 0 { return j }
        depth -= 1
      }
      j += n
    }
    return nil
  }
}
