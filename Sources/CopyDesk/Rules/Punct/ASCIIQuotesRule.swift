/// `punct-ascii-quotes`: straight quotes (`"…"`, `'…'`, `＂…＂`) and the vertical-text corner brackets 「」『』 in
/// mainland copy, which takes “…” and ‘…’ (GB/T 15834—2011 §4.8). Straight quotes are paired within a paragraph;
/// a pair is converted only when it sits in Chinese text (Chinese inside, or Chinese right outside), so English
/// quotations, `Xi'an`, `Let's`, `5'6"` and code are left alone. A lone straight quote is fixed only when the
/// paragraph's curly quotes say which way it must face.
public struct ASCIIQuotesRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-ascii-quotes",
    summary: Message(zh: "中文里误用直引号或直排引号", en: "Straight or vertical-text quotes in Chinese copy"),
    rationale: Message(
      zh:
        "横排中文引号用“”和‘’。直引号\"\"''来自英文输入法，「」『』是直排引号（台港习惯），都不合内地横排规范。英文引文、Xi'an、Let's、5'6\"和代码不在此列。成对可判定时自动改正；双引号内的直引号改为单引号。",
      en:
        "Horizontal mainland copy quotes with “” and ‘’. Straight quotes come from an English keyboard; 「」『』 are the vertical-text forms used in Taiwan and Hong Kong. English quotations, Xi'an, Let's, 5'6\" and code are left alone. Pairs are fixed when their direction is certain; straight quotes inside double quotes become single quotes."
    ),
    clause: "GB/T 15834—2011 §4.8（引号）; house-style A punct-ascii-quotes",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("他说：\"我们要把好事办好。\"", fixed: "他说：“我们要把好事办好。”"),
      Example("被称为「小巨人」的企业", fixed: "被称为“小巨人”的企业"),
      Example("他说：“大家都叫他\"拼命三郎\"。”", fixed: "他说：“大家都叫他‘拼命三郎’。”"),
      Example("今年“十一\"黄金周期间", fixed: "今年“十一”黄金周期间"),
      Example("推进'十四五'规划", fixed: "推进‘十四五’规划"),
      Example("她说：「他告诉我『明天见』。」", fixed: "她说：“他告诉我‘明天见’。”"),
    ],
    nonTriggering: [
      Example("他在Xi'an工作，常说Let's go。"),
      Example("运动员身高5'6\"，体重60公斤。"),
      Example("他引用乔布斯的话：“Stay hungry, stay foolish.”"),
      Example("He said \"yes\" and left."),
      Example("代码`print(\"你好\")`不改"),
      Example("详见https://example.com/?q=\"a\"，欢迎访问。"),
      Example("他说：“我们要把好事办好。”"),
      Example("经纬度为39°54'，高度10:00测量。"),
    ])

  private struct Straight {
    var offset: Int
    var length: Int
    var isDouble: Bool
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      // Straight quotes and corner brackets are rare events: only paragraphs that have one are analysed.
      var p = 0
      let paragraphs = buf.paragraphs
      for k in buf.index.rare {
        let u = buf.eventScalars[k]
        guard u == 0x22 || u == 0x27 || u == 0xFF02 || u == 0xFF07 || (u >= 0x300C && u <= 0x300F) else { continue }
        let o = buf.eventOffsets[k]
        while p < paragraphs.count && paragraphs[p].upperBound <= o { p += 1 }
        guard p < paragraphs.count, paragraphs[p].lowerBound <= o else { continue }
        checkParagraph(buf, paragraphs[p], buf.index.paragraphEvents[p], &sink)
        p += 1  // each paragraph once
      }
    }
  }

  private func checkParagraph(
    _ buf: PunctScan.Buffers, _ p: Range<Int>, _ events: Range<Int>, _ sink: inout DiagnosticSink
  ) {
    var doubles: [Straight] = []
    var singles: [Straight] = []
    var corners: [(offset: Int, value: UInt32)] = []
    for k in events {
      let u = buf.eventScalars[k]
      guard u == 0x22 || u == 0x27 || u == 0xFF02 || u == 0xFF07 || (u >= 0x300C && u <= 0x300F) else { continue }
      let i = buf.eventOffsets[k]
      guard buf.open(i, .proseZones) else { continue }
      switch u {
      case 0x22:
        if buf.masks[i] == .none && !isInchMark(buf, i) {
          doubles.append(Straight(offset: i, length: 1, isDouble: true))
        }
      case 0x27:
        if buf.masks[i] == .none && !isApostrophe(buf, i) {
          singles.append(Straight(offset: i, length: 1, isDouble: false))
        }
      case 0xFF02:
        doubles.append(Straight(offset: i, length: 3, isDouble: true))
      case 0xFF07:
        if !isApostrophe(buf, i) { singles.append(Straight(offset: i, length: 3, isDouble: false)) }
      default:
        corners.append((i, u))
      }
    }
    guard !doubles.isEmpty || !singles.isEmpty || !corners.isEmpty else { return }
    let curly = QuoteAnalysis(buf, p)
    report(doubles, buf, p, curly, &sink)
    report(singles, buf, p, curly, &sink)
    for (offset, u) in corners {
      let inner = curly.doubleDepth(before: offset) % 2 == 1
      let replacement: String
      switch u {
      case 0x300C: replacement = inner ? "‘" : "“"
      case 0x300D: replacement = inner ? "’" : "”"
      case 0x300E: replacement = "‘"
      default: replacement = "’"
      }
      let mark = String(UnicodeScalar(u).map(Character.init) ?? " ")
      sink.report(
        offset..<(offset + 3),
        Message(
          zh: "内地横排文字不用直排引号“\(mark)”，应为“\(replacement)”",
          en: "use '\(replacement)' instead of the vertical-text quote '\(mark)'"),
        fix: .replace(offset..<(offset + 3), with: replacement))
    }
  }

  private func report(
    _ quotes: [Straight], _ buf: PunctScan.Buffers, _ p: Range<Int>, _ curly: QuoteAnalysis,
    _ sink: inout DiagnosticSink
  ) {
    guard let first = quotes.first else { return }
    if quotes.count % 2 == 0 {
      var k = 0
      while k + 1 < quotes.count {
        let a = quotes[k]
        let z = quotes[k + 1]
        k += 2
        guard isChinese(buf, p, open: a, close: z) else { continue }
        let inner = !a.isDouble || curly.doubleDepth(before: a.offset) % 2 == 1
        emit(a, inner ? "‘" : "“", &sink)
        emit(z, inner ? "’" : "”", &sink)
      }
      return
    }
    if quotes.count == 1 && first.isDouble {
      guard neighbourIsChinese(buf, p, first) else { return }
      emit(first, loneQuoteDirection(first, curly), &sink)
      return
    }
    for q in quotes where neighbourIsChinese(buf, p, q) { emit(q, nil, &sink) }
  }

  /// A lone straight double quote faces the way that balances the paragraph's curly quotes, if exactly one does.
  private func loneQuoteDirection(_ q: Straight, _ curly: QuoteAnalysis) -> String? {
    var fits: [String] = []
    for open in [true, false] {
      var tokens = curly.tokens
      tokens.append(QuoteAnalysis.Token(offset: q.offset, isDouble: true, isOpen: open))
      tokens.sort { $0.offset < $1.offset }
      let m = QuoteAnalysis.match(tokens)
      if m.unmatched.isEmpty && m.misnested.isEmpty { fits.append(open ? "“" : "”") }
    }
    return fits.count == 1 ? fits[0] : nil
  }

  private func emit(_ q: Straight, _ replacement: String?, _ sink: inout DiagnosticSink) {
    let range = q.offset..<(q.offset + q.length)
    let mark = q.isDouble ? (q.length == 1 ? "\"" : "＂") : (q.length == 1 ? "'" : "＇")
    if let replacement {
      sink.report(
        range,
        Message(
          zh: "中文应使用弯引号“\(replacement)”，不用直引号\(mark)", en: "use '\(replacement)' instead of the straight quote \(mark)"),
        fix: .replace(range, with: replacement))
    } else {
      let want = q.isDouble ? "“”" : "‘’"
      sink.report(
        range,
        Message(
          zh: "中文应使用弯引号\(want)，不用直引号\(mark)（方向无法判定，请手工改正）",
          en: "use \(want) instead of the straight quote \(mark) (direction unclear: fix by hand)"))
    }
  }

  /// `5'6"` and `27"`: an inch mark follows a digit. Chinese quotations that end in a digit (`“2023”`) use curly
  /// quotes anyway; a straight one right after a digit is far more often a unit mark.
  private func isInchMark(_ buf: PunctScan.Buffers, _ i: Int) -> Bool {
    CharClass.isASCIIDigit(buf.before(i).0)
  }

  /// An apostrophe, prime or abbreviation mark rather than a quote: `students' books`, `39°54'`, `'90s`.
  private func isApostrophe(_ buf: PunctScan.Buffers, _ i: Int) -> Bool {
    let (l, _) = buf.before(i)
    let r = buf.value(at: i + (buf.bytes[i] == 0x27 ? 1 : 3))
    if CharClass.isASCIIDigit(l) || CharClass.isASCIIDigit(r) { return true }
    if CharClass.isASCIILetter(l) && (CharClass.isASCIILetter(r) || r == 0x20) { return true }
    return false
  }

  /// A pair belongs to Chinese text when it encloses Chinese or has Chinese right outside it (an ASCII `:` or `,`
  /// before the opening quote is skipped: `他说:"Hello"`). English quotations have neither.
  private func isChinese(_ buf: PunctScan.Buffers, _ p: Range<Int>, open: Straight, close: Straight) -> Bool {
    // Glued to code-like ASCII (`q="a"`, `print("x")`): an argument or attribute, not a quotation.
    if open.length == 1, "=([{</\\&?#".unicodeScalars.contains(where: { $0.value == buf.before(open.offset).0 }) {
      return false
    }
    var j = open.offset + open.length
    while j < close.offset {
      let (u, n) = buf.scalar(at: j)
      if CharClass.isCJK(u) { return true }
      j += n
    }
    return leftIsChinese(buf, p, open.offset) || rightIsChinese(buf, p, close.offset + close.length)
  }

  private func neighbourIsChinese(_ buf: PunctScan.Buffers, _ p: Range<Int>, _ q: Straight) -> Bool {
    leftIsChinese(buf, p, q.offset) || rightIsChinese(buf, p, q.offset + q.length)
  }

  private func leftIsChinese(_ buf: PunctScan.Buffers, _ p: Range<Int>, _ offset: Int) -> Bool {
    var j = buf.skipSpaces(backFrom: offset, limit: p.lowerBound)
    guard j > p.lowerBound else { return false }
    var (u, s) = buf.before(j)
    if u == 0x3A || u == 0x2C {
      j = buf.skipSpaces(backFrom: s, limit: p.lowerBound)
      guard j > p.lowerBound else { return false }
      (u, s) = buf.before(j)
    }
    return CharClass.isCJK(u)
  }

  private func rightIsChinese(_ buf: PunctScan.Buffers, _ p: Range<Int>, _ offset: Int) -> Bool {
    let j = buf.skipSpaces(from: offset, limit: p.upperBound)
    return j < p.upperBound && CharClass.isCJK(buf.value(at: j))
  }
}
