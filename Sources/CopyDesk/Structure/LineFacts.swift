/// What one line of a page looks like before lines are grouped into paragraphs: its indent, its width in display
/// columns, how it starts and ends. The paragraph reader (`LineBreaks`) decides from these whether a line break is a
/// paragraph break or a wrap; the classifier decides leads, credits and headlines.
///
/// Width is counted as a PDF column fills: a Chinese character or full-width mark is two columns, ASCII one
/// (`据了解，为推动健全完善新` is 24). It is counted from UTF-8 lead bytes, without decoding the line.
struct LineFacts {
  /// The line without its terminator.
  var range: Range<Int>
  /// First byte after the indent (spaces, tabs, U+3000).
  var start: Int
  /// End of the content without trailing spaces.
  var end: Int
  var isBlank: Bool
  /// `　　` (one or more U+3000) or two or more half-width spaces before the text: a paragraph's first line in
  /// copy that marks paragraphs by indenting them.
  var isIndented: Bool
  /// Display columns of the content (`start..<end`).
  var width: Int
  /// First and last scalars of the content, and the one before the last (0 when absent).
  var first: UInt32 = 0
  var last: UInt32 = 0
  var beforeLast: UInt32 = 0
  /// Width of the ASCII word the line starts with (`Node.js`): a line before it may end early because it did not fit.
  var leadingWordWidth = 0
  /// Ends with two spaces or a backslash: a Markdown hard break the writer meant.
  var hasHardBreak = false
  /// Head of the content, decoded only when it may open a lead or be a credit (see `mayMatter`).
  var head: Scalars

  static func read(_ bytes: [UInt8], _ r: Range<Int>) -> LineFacts {
    bytes.withUnsafeBufferPointer { b in
      var t = r.lowerBound
      var ideographic = 0
      var spaces = 0
      while t < r.upperBound {
        if b[t] == 0x20 || b[t] == 0x09 {
          spaces += b[t] == 0x09 ? 2 : 1
          t += 1
        } else if b[t] == 0xE3 && t + 2 < r.upperBound && b[t + 1] == 0x80 && b[t + 2] == 0x80 {
          ideographic += 1
          t += 3  // U+3000
        } else {
          break
        }
      }
      var e = r.upperBound
      while e > t && (b[e - 1] == 0x20 || b[e - 1] == 0x09) { e -= 1 }
      // Trailing U+3000 is padding too.
      while e - 3 >= t && b[e - 3] == 0xE3 && b[e - 2] == 0x80 && b[e - 1] == 0x80 { e -= 3 }
      var facts = LineFacts(
        range: r, start: t, end: e, isBlank: t >= e, isIndented: ideographic > 0 || spaces >= 2, width: 0,
        head: Scalars(bytes, t..<t))
      guard t < e else { return facts }
      var w = 0
      for i in t..<e {
        let c = b[i]
        if c < 0x80 { w += 1 } else if c >= 0xE0 { w += 2 } else if c >= 0xC0 { w += 1 }
      }
      facts.width = w
      facts.first = UTF8Scan.decode(b, at: t).0
      let ls = UTF8Scan.previousStart(b, before: e)
      facts.last = UTF8Scan.decode(b, at: ls).0
      if ls > t { facts.beforeLast = UTF8Scan.decode(b, at: UTF8Scan.previousStart(b, before: ls)).0 }
      var k = t
      while k < e && (isWordByte(b[k])) { k += 1 }
      facts.leadingWordWidth = k - t
      facts.hasHardBreak =
        (r.upperBound - e >= 2 && b[r.upperBound - 1] == 0x20 && b[r.upperBound - 2] == 0x20) || b[e - 1] == 0x5C
      // Decode only lines that could open a lead (first character a dateline initial, or `【` of a column name)
      // or be a credit (at most 40 characters, with a credit's first or last character).
      let mayMatter =
        NewsPatterns.datelineInitials.contains(facts.first) || facts.first == 0x3010
        || (r.count <= 160
          && (NewsPatterns.creditEdges.contains(facts.last) || NewsPatterns.creditEdges.contains(facts.first)
            || facts.last == 0x29))
      if mayMatter && (b[t] >= 0xE0 || b[t] == 0x28) {
        facts.head = Scalars(bytes, t..<r.upperBound, limit: r.count <= 160 ? 44 : 24)
      }
      return facts
    }
  }

  @inline(__always) private static func isWordByte(_ c: UInt8) -> Bool {
    (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39) || c == 0x2E || c == 0x2D
  }

  /// Whether the line ends a sentence: `。！？…` or half-width `.?!`, or a closing quote or parenthesis right after
  /// one (`……温暖。”`).
  var endsSentence: Bool { LayoutMarks.endsSentence(last, beforeLast: beforeLast == 0 ? nil : beforeLast) }

  /// A lead-in (`具体安排如下：`) or a list item's end (`一、加强组织领导；`): not a sentence's end, not a wrap either.
  var endsClause: Bool { last == 0xFF1A || last == 0x3A || last == 0xFF1B || last == 0x3B }

  /// Whether the whole line is a photo credit (`本报记者 于佳 摄`).
  var isCredit: Bool { head.end >= end && head.count > 0 && NewsPatterns.isCredit(head) }

  /// An editor's note in parentheses on its own line (`（完）`, `（记者 张三）`).
  var isEndNote: Bool {
    guard (first == 0xFF08 || first == 0x28) && (last == 0xFF09 || last == 0x29), end - start <= 90 else {
      return false
    }
    return NewsPatterns.isEndNote(head, from: head.skipSpaces(from: 0), to: trimmedCount)
  }

  /// A column name alone on its line: `【新春走基层】`.
  var isColumnName: Bool { first == 0x3010 && last == 0x3011 && end - start <= 60 && !startsLead }

  private var trimmedCount: Int {
    var n = head.count
    while n > 0 && CharClass.isInlineSpace(head.values[n - 1]) { n -= 1 }
    return n
  }

  /// A dateline with its byline and nothing after (`本报讯（记者 张晶）`, `新华社北京6月11日电`): the lead's text is on
  /// the next line.
  var isDatelineOnly: Bool {
    guard head.end >= end, let k = NewsPatterns.leadDatelineStart(head),
      let d = NewsPatterns.datelineLength(head, from: k)
    else { return false }
    return head.skipSpaces(from: NewsPatterns.bylineEnd(head, after: k + d)) >= head.count
  }

  /// A dateline whose byline parenthesis the line leaves open (`本报讯 （记者 崔欣 通讯员⏎宋雅欣）`): the lead goes on.
  var leavesBylineOpen: Bool {
    guard head.end >= end, let k = NewsPatterns.leadDatelineStart(head),
      let d = NewsPatterns.datelineLength(head, from: k)
    else { return false }
    let j = head.skipSpaces(from: k + d)
    guard j < head.count, head.values[j] == 0xFF08 || head.values[j] == 0x28 else { return false }
    return NewsPatterns.bylineEnd(head, after: k + d) == k + d
  }

  /// Whether the line opens a lead with a dateline (`本报讯（记者 张晶）`, `新华社北京6月11日电 `), possibly after a
  /// column name (`【新春走基层】本报讯……`).
  var startsLead: Bool { NewsPatterns.leadDatelineStart(head) != nil }
}

/// Character tests shared by the paragraph reader and the layout rules: where a sentence ends, what may continue
/// one, what cannot open a paragraph.
enum LayoutMarks {
  /// `。！？…` and, at a line end in typed copy, ASCII `.` `?` `!` (`参加.⏎据统计`).
  @inline(__always)
  static func isSentenceEnd(_ u: UInt32) -> Bool {
    u == 0x3002 || u == 0xFF01 || u == 0xFF1F || u == 0x2026 || u == 0x2E || u == 0x3F || u == 0x21
  }

  /// Whether text ending with `last` (after `beforeLast`) ends a sentence. A closing quote or parenthesis ends one
  /// only after a sentence-final mark: `……温暖。”`.
  static func endsSentence(_ last: UInt32, beforeLast: UInt32?) -> Bool {
    if isSentenceEnd(last) { return true }
    if last == 0x201D || last == 0x2019 || last == 0xFF09 || last == 0x300B || last == 0x29 || last == 0x3011 {
      return beforeLast.map(isSentenceEnd) ?? false
    }
    return false
  }

  /// Marks after which a sentence certainly goes on: comma, 顿号, an opening mark, a dash. No paragraph ends so.
  @inline(__always)
  static func isContinuingMark(_ u: UInt32) -> Bool {
    // ASCII commas too: pages typed with half-width punctuation break the same way (`慰问现场,⏎⏎该公司`).
    u == 0xFF0C || u == 0x3001 || u == 0x2C || CharClass.isOpeningPunct(u) || u == 0x2014
  }

  /// Marks that cannot open a paragraph (GB/T 15834 §5.1 禁则): text starting with one is the tail of the previous.
  @inline(__always)
  static func cannotStartParagraph(_ u: UInt32) -> Bool {
    u == 0xFF0C || u == 0x3001 || u == 0x3002 || u == 0xFF1B || u == 0xFF1A || u == 0xFF01 || u == 0xFF1F
      || CharClass.isClosingPunct(u)
  }

  /// Characters a paragraph cannot end with: a function word at the end means the sentence goes on
  /// (`……为⏎⏎职工群众写福字`).
  static let danglingFunctionChars: Set<UInt32> = Set("的地得和与及或在对为将把被是了着从向到于以并且而".unicodeScalars.map(\.value))

  /// Strong evidence that text ending with `last` goes on in text starting with `first` (whose first bytes are
  /// `head`): a mark no paragraph ends or starts with, a number cut from its unit, a dangling function word, a verb
  /// of saying cut from its subject (`负责人⏎表示，`).
  /// A function word ends a cut only in prose: many end words too (`参与`, `在于`, `各地`, `春天来了`), and a
  /// headline may end with one.
  static func isStrongCut(last: UInt32, first: UInt32, head: ArraySlice<UInt8>, prose: Bool) -> Bool {
    if isContinuingMark(last) || cannotStartParagraph(first) { return true }
    if CharClass.isASCIIDigit(last) && unitsAfterNumber.contains(first) { return true }
    if prose && danglingFunctionChars.contains(last) { return true }
    return speechVerbs.contains { head.starts(with: $0) }
  }

  /// Verbs of saying that open the tail of a sentence whose subject ended the previous part (`负责人⏎⏎表示，`).
  static let speechVerbs = ["表示", "指出", "介绍", "强调", "认为", "告诉", "说，", "称，"].map { Array($0.utf8) }

  /// Whether the last sentence of a paragraph (the text in `r`, up to a line's end) leaves a quote, title or
  /// parenthesis open (`推广普及“北京 i`): the sentence goes on below. Read backwards from the end to the last
  /// sentence-final mark — a quotation opened in an earlier sentence may run on for paragraphs (each opens with “,
  /// only the last closes), and a wrap joined earlier must not change the answer.
  static func leavesPairOpen(_ bytes: [UInt8], _ r: Range<Int>) -> Bool {
    bytes.withUnsafeBufferPointer { b in
      var owed = 0
      var i = r.upperBound
      // No sentence runs past 2,000 bytes (some 660 characters): the scan stays linear on any page.
      let floor = max(r.lowerBound, r.upperBound - 2_000)
      while i > floor {
        let s = UTF8Scan.previousStart(b, before: i)
        let u = UTF8Scan.decode(b, at: s).0
        if u == 0x3002 || u == 0xFF01 || u == 0xFF1F { return false }
        if u == 0x201D || u == 0x300B || u == 0xFF09 || u == 0x2019 { owed += 1 }
        if u == 0x201C || u == 0x300A || u == 0xFF08 || u == 0x2018 {
          if owed == 0 { return true }
          owed -= 1
        }
        i = s
      }
      return false
    }
  }

  /// Units and counters that cannot open a paragraph after a number cut from them (`2019⏎⏎年以来`).
  static let unitsAfterNumber: Set<UInt32> = Set("年月日时分秒号岁元万亿千百个名人次家项件座所天届期%％".unicodeScalars.map(\.value))
}
