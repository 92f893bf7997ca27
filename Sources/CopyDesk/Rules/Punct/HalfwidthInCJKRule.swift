/// `punct-halfwidth-in-cjk`: ASCII `, ; : ? ! ( )` and a sentence-final `.` used as Chinese punctuation.
/// Follows autocorrect's guard: the mark must have Chinese on its left and Chinese (or the line end) on its right,
/// and masked text (numbers, times, URLs, English phrases) is never touched.
public struct HalfwidthInCJKRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-halfwidth-in-cjk",
    summary: Message(zh: "中文语境误用半角标点", en: "Half-width punctuation in Chinese text"),
    rationale: Message(
      zh: "中文文本中的标点符号应使用全角形式。半角逗号、分号、冒号、问号、叹号、括号和句末点号多见于从英文输入法或网页粘贴的稿件。小数、时间、比例、网址、英文短语和行首序号“1.”不在此列。",
      en:
        "Chinese text takes full-width punctuation. Half-width commas, semicolons, colons, question and exclamation marks, parentheses and sentence-final periods usually come from an English input method or pasted web copy. Decimals, times, ratios, URLs, English phrases and ordinals like `1.` are left alone."
    ),
    clause: "GB/T 15834—2011 §4（标点符号的形式）; house-style A punct-halfwidth-in-cjk",
    defaultSeverity: .error, fix: .sometimesSafe,
    triggering: [
      Example("会议于昨日召开,共有300余人参加.", fixed: "会议于昨日召开，共有300余人参加。"),
      Example("他表示:要把实事办实!", fixed: "他表示：要把实事办实！"),
      Example("慰问组将赴31个省(区、市)和新疆生产建设兵团", fixed: "慰问组将赴31个省（区、市）和新疆生产建设兵团"),
      Example("记者近日从全国总工会获悉, 自即日起至2025年2月12日", fixed: "记者近日从全国总工会获悉，自即日起至2025年2月12日"),
      Example("协助解决欠薪问题、农民工返乡等工作;注重数智赋能", fixed: "协助解决欠薪问题、农民工返乡等工作；注重数智赋能"),
      Example("这笔钱去哪儿了?", fixed: "这笔钱去哪儿了？"),
      Example("怎样降低生产成本呢?我们的回答是创新。", fixed: "怎样降低生产成本呢？我们的回答是创新。"),
      // Mid-sentence `?` and `.` are reported with an unsafe fix (applied here because the test applies all fixes).
      Example("“股神”沃伦?巴菲特登上榜首", fixed: "“股神”沃伦？巴菲特登上榜首"),
    ],
    nonTriggering: [
      Example("展演活动于2023年12月29日10:00播出。"),
      Example("怀柔区总工会全年共投入支援合作资金145.33万元。"),
      Example("比例尺为1:500，时间14:12:36。"),
      Example("详见https://www.workerbj.cn/news/a.html，欢迎访问。"),
      Example("1.提高政治站位", variants: false),
      Example("他引用乔布斯的话“Stay hungry, stay foolish.”作结。"),
      Example("该公司英文名为Facebook, Inc.，总部在美国。"),
      Example("排名No.1的产品"),
      Example("编辑代码(XWT185)"),
      Example("他在U.S.工作了3.5年，接待游客1,000人次。"),
      Example("代码`a,b`不改"),
    ])

  static let isCandidate: [Bool] = (0..<256).map { [0x2C, 0x3B, 0x3A, 0x3F, 0x21, 0x28, 0x29, 0x2E].contains($0) }

  @inline(__always)
  static func fullwidth(_ c: UInt8) -> String? {
    switch c {
    case 0x2C: "，"
    case 0x3B: "；"
    case 0x3A: "："
    case 0x3F: "？"
    case 0x21: "！"
    case 0x28: "（"
    case 0x29: "）"
    case 0x2E: "。"
    default: nil
    }
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let allowed = ZoneSet(.headline, .lead, .body, .caption, .byline)
    let bytes = doc.bytes
    var flaggedClose = Set<Int>()
    var skippedClose = Set<Int>()
    let zones = doc.zones
    let masks = doc.masks
    // Candidates first, in one tight pass: only , ; : ? ! ( ) . matter, and they are rare.
    let candidates: [Int] = bytes.withUnsafeBufferPointer { b in
      var out: [Int] = []
      for i in 0..<b.count where Self.isCandidate[Int(b[i])] { out.append(i) }
      return out
    }
    for i in candidates {
      let c = bytes[i]
      guard let full = Self.fullwidth(c), allowed.contains(zones[i]), masks[i] == .none else { continue }
      switch c {
      case 0x28:
        let close = matchingClose(doc, i)
        if shouldConvertParens(doc, open: i, close: close) {
          report(doc, &sink, i, full)
          if let close { flaggedClose.insert(close) }
        } else if let close {
          skippedClose.insert(close)
        }
      case 0x29:
        if flaggedClose.contains(i) {
          report(doc, &sink, i, full)
        } else if !skippedClose.contains(i), let l = doc.scalar(before: i), CharClass.isHan(l.value) {
          report(doc, &sink, i, full)
        }
      case 0x2E:
        // A period ends a Chinese sentence: Chinese before it, the line end or Chinese after it, no dot run.
        guard bytes[safe: i - 1] != 0x2E, bytes[safe: i + 1] != 0x2E else { continue }
        guard let l = doc.scalar(before: i), CharClass.isHan(l.value) || CharClass.isClosingPunct(l.value) else {
          continue
        }
        let r = doc.skipSpaces(from: i + 1)
        if doc.isLineEnd(i + 1) || isChineseRight(doc.scalar(at: r)?.value) || doc.scalar(at: i + 1)?.value == 0x201D {
          report(doc, &sink, i, full)
        }
      default:
        guard let l = doc.scalar(before: i), CharClass.isHan(l.value) || CharClass.isClosingPunct(l.value) else {
          continue
        }
        let r = doc.skipSpaces(from: i + 1)
        let next = doc.scalar(at: r)?.value
        let nextIsDigit = next.map(CharClass.isASCIIDigit) ?? false
        if doc.isLineEnd(i + 1) || isChineseRight(next) || next == 0x22 || (nextIsDigit && r == i + 1) {
          report(doc, &sink, i, full)
        }
      }
    }
  }

  private func isChineseRight(_ u: UInt32?) -> Bool {
    guard let u else { return true }
    return CharClass.isHan(u) || CharClass.isOpeningPunct(u)
  }

  /// The `)` closing the `(` at `open` on the same line, if any.
  private func matchingClose(_ doc: Document, _ open: Int) -> Int? {
    var depth = 0
    var j = open
    let limit = min(doc.bytes.count, open + 240)
    while j < limit {
      let b = doc.bytes[j]
      if b == 0x0A || b == 0x0D { return nil }
      if b == 0x28 { depth += 1 }
      if b == 0x29 {
        depth -= 1
        if depth == 0 { return j }
      }
      j += 1
    }
    return nil
  }

  /// Parentheses become full-width when they enclose Chinese, or stand between Chinese characters.
  private func shouldConvertParens(_ doc: Document, open: Int, close: Int?) -> Bool {
    let end = close ?? min(doc.bytes.count, open + 30)
    var j = open + 1
    while j < end {
      guard let (u, n) = doc.scalar(at: j) else { break }
      if CharClass.isHan(u) { return true }
      if u == 0x0A { break }
      j += n
    }
    return false
  }

  /// Whether replacing the mark is certainly right. A `?` inside a sentence is often a lost interpunct
  /// (`沃伦?巴菲特`, from an encoding round-trip) and a `.` inside a sentence is often a slip for `、` or `，`
  /// (`思想认识.艺术修养`): there the full-width form is only a suggestion.
  private func applicability(_ doc: Document, _ i: Int) -> Applicability {
    let c = doc.bytes[i]
    guard c == 0x3F || c == 0x2E else { return .safe }
    let next = doc.scalar(at: i + 1)?.value
    if doc.isLineEnd(i + 1) || next == 0x201D || next == 0x2019 || next == 0xFF09 { return .safe }
    if c == 0x3F, let prev = doc.scalar(before: i)?.value, Self.questionParticles.contains(prev) { return .safe }
    return .unsafe
  }

  static let questionParticles: Set<UInt32> = Set("吗呢吧么啊嘛呀".unicodeScalars.map(\.value))

  private func report(_ doc: Document, _ sink: inout DiagnosticSink, _ i: Int, _ full: String) {
    let mark = String(UnicodeScalar(doc.bytes[i]))
    // English-style spacing after the mark goes with it: `获悉, 自即日起` → `获悉，自即日起`.
    var end = i + 1
    let afterSpaces = doc.skipSpaces(from: i + 1)
    if afterSpaces > i + 1, let (u, _) = doc.scalar(at: afterSpaces), CharClass.isCJK(u), doc.bytes[i] != 0x28 {
      end = afterSpaces
    }
    sink.report(
      i..<(i + 1),
      Message(
        zh: "中文语境中应使用全角“\(full)”，不用半角“\(mark)”", en: "use the full-width '\(full)' instead of '\(mark)' in Chinese text"
      ),
      fix: .replace(i..<end, with: full, applicability(doc, i)))
  }
}

extension Array where Element == UInt8 {
  subscript(safe i: Int) -> UInt8? { i >= 0 && i < count ? self[i] : nil }
}
