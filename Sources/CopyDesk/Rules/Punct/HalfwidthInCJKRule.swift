/// `punct-halfwidth-in-cjk`: ASCII `, ; : ? ! ( )` and a sentence-final `.` used as Chinese punctuation.
/// Follows autocorrect's guard: the mark has Chinese on its left and Chinese (or the line end) on its right, and
/// masked text (numbers, times, URLs, English phrases) is never touched. News copy adds the mixed cases: a Latin
/// word, an acronym or a figure on the left with Chinese going on after (`升级为4G,网速`, `会见了Elon Musk,双方`,
/// `下降3%,降幅`), Latin after a colon (`答复:OK`), a mark before a closing quote (`走吧.”`) and parentheses around
/// an acronym or a Latin name (`联合国教科文组织(UNESCO)发布`).
public struct HalfwidthInCJKRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-halfwidth-in-cjk",
    summary: Message(zh: "中文语境误用半角标点", en: "Half-width punctuation in Chinese text"),
    rationale: Message(
      zh:
        "中文文本中的标点符号应使用全角形式。半角逗号、分号、冒号、问号、叹号、括号和句末点号多见于从英文输入法或网页粘贴的稿件；紧跟在英文词、缩略语或数字后面而后文仍是中文的（4G,网速），以及中文里括注缩略语的括号（联合国教科文组织(UNESCO)），同样要用全角。小数、时间、比例、网址、英文短语、Yahoo!一类名称、股票和编辑代码、行首序号“1.”不在此列。",
      en:
        "Chinese text takes full-width punctuation. Half-width commas, semicolons, colons, question and exclamation marks, parentheses and sentence-final periods usually come from an English input method or pasted web copy; so do those right after a Latin word, an acronym or a figure when Chinese goes on (4G,网速), and parentheses around an acronym in Chinese (联合国教科文组织(UNESCO)). Decimals, times, ratios, URLs, English phrases, names like Yahoo!, stock and editor codes and ordinals like `1.` are left alone."
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
      // A Latin word, an acronym or a figure on the left, Chinese after (issue 14).
      Example("升级为4G,网速明显提升", fixed: "升级为4G，网速明显提升"),
      Example("同比下降3%,降幅收窄", fixed: "同比下降3%，降幅收窄"),
      Example("此前会见了Elon Musk,双方就合作交换意见", fixed: "此前会见了Elon Musk，双方就合作交换意见"),
      Example("对方答复:OK", fixed: "对方答复：OK"),
      Example("全年同比增长3.5%.", fixed: "全年同比增长3.5%。"),
      // Half-width parentheses around an acronym or a Latin name inside Chinese.
      Example("联合国教科文组织(UNESCO)发布报告", fixed: "联合国教科文组织（UNESCO）发布报告"),
      Example("据路透社(Reuters)报道", fixed: "据路透社（Reuters）报道"),
      Example("使用Visual Studio(VS)开发", fixed: "使用Visual Studio（VS）开发"),
      // A half-width mark before a closing quote.
      Example("他说：“我们走吧.”", fixed: "他说：“我们走吧。”"),
      Example("他问：‘还去吗?’", fixed: "他问：‘还去吗？’"),
      // A quotation that closes a Chinese sentence: the period is the sentence's.
      Example("他用的是“iPhone”.", fixed: "他用的是“iPhone”。"),
      Example("他说：“我们用的是iPhone.”", fixed: "他说：“我们用的是iPhone。”"),
    ],
    nonTriggering: [
      // An English sentence that ends in a quotation keeps its period.
      Example("Many people think it is marked up with tags or “formatting instructions”."),
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
      Example("来自Yahoo!的文档，苹果公司英文名为Apple Inc.，版本v2.1.0。"),
      Example("阿里巴巴(BABA.N)股价上涨，编辑代码(XWT185)，3 minute(s) left"),
      Example("数据显示A,B两组差异明显，1,2号线停运。"),
      Example("他说：“Wait...”然后升级到iOS 17."),
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
        guard bytes[safe: i - 1] != 0x2E, bytes[safe: i + 1] != 0x2E, let (l, ls) = doc.scalar(before: i) else {
          continue
        }
        let r = doc.skipSpaces(from: i + 1)
        let ends = doc.isLineEnd(i + 1) || isClosingQuote(doc.scalar(at: i + 1)?.value)
        if CharClass.isHan(l) || CharClass.isClosingPunct(l) {
          if ends && closesEnglishQuotation(doc, l, ls) { continue }
          if ends || isChineseRight(doc.scalar(at: r)?.value) { report(doc, &sink, i, full) }
        } else if isFigureInChinese(doc, endingAt: i, last: l, lastStart: ls) {
          // `同比下降3%.`, `共有300.此外`: a figure at the end of a Chinese sentence. A Latin word is left alone
          // (`Apple Inc.`, `AirPods Pro.` may end in an abbreviation point).
          if ends || CharClass.isHan(doc.scalar(at: r)?.value ?? 0) { report(doc, &sink, i, full) }
        } else if let q = doc.scalar(at: i + 1)?.value, q == U.rightDoubleQuote || q == U.rightSingleQuote,
          quotationHoldsChinese(doc, closing: q, before: i)
        {
          // `他说：“我们用的是iPhone.”`: the period ends the Chinese sentence quoted, whatever word is last.
          report(doc, &sink, i, full)
        }
      default:
        guard let (l, ls) = doc.scalar(before: i) else { continue }
        let r = doc.skipSpaces(from: i + 1)
        let next = doc.scalar(at: r)?.value
        // A `)` this rule turns full-width is a closing mark already: `(MIT),现任` → `（MIT），现任`.
        if CharClass.isHan(l) || CharClass.isClosingPunct(l) || (l == 0x29 && flaggedClose.contains(ls)) {
          let nextIsDigit = next.map(CharClass.isASCIIDigit) ?? false
          // `答复:OK`, `他说:Hello`: a comma, colon or semicolon after Chinese takes the full-width form whatever
          // follows; `?` and `!` need Chinese after them (`你好hello?world`).
          let latinAfter = c != 0x3F && c != 0x21 && (next.map(CharClass.isASCIILetter) ?? false)
          if doc.isLineEnd(i + 1) || isChineseRight(next) || next == 0x22 || (nextIsDigit && r == i + 1)
            || latinAfter || isClosingQuote(doc.scalar(at: i + 1)?.value)
          {
            report(doc, &sink, i, full)
          }
        } else if endsLatinToken(doc, l, ls), isChineseRight(next), next != nil,
          (c != 0x3F && c != 0x21) || !CharClass.isASCIILetter(l)
        {
          // `升级为4G,网速明显提升`, `同比下降3%,降幅收窄`, `会见了Elon Musk,双方`, `涨幅达120%!创下新高`: Chinese
          // goes on after a Latin word, an acronym or a figure. `!` and `?` after a letter stay (`来自Yahoo!的文档`).
          report(doc, &sink, i, full)
        }
      }
    }
  }

  /// Whether `l` (at `ls`) closes a quotation that opened after a Latin word on the same line: the period after it
  /// ends an English sentence (`tags or “formatting instructions”.`), unlike `他用的是“iPhone”.`.
  private func closesEnglishQuotation(_ doc: Document, _ l: UInt32, _ ls: Int) -> Bool {
    guard l == U.rightDoubleQuote || l == U.rightSingleQuote else { return false }
    let open = l == U.rightDoubleQuote ? U.leftDoubleQuote : U.leftSingleQuote
    var j = ls
    // A quotation is short; the bound keeps a line of closing quotes linear.
    for _ in 0..<200 {
      guard let (u, s) = doc.scalar(before: j), u != 0x0A else { return false }
      if u == open {
        let p = doc.skipSpaces(backFrom: s)
        return p < s && CharClass.isASCIIAlnum(doc.scalar(before: p)?.value ?? 0)
      }
      j = s
    }
    return false
  }

  /// Whether the quotation that `closing` ends right after `end` holds Chinese (searched back to its opening quote on
  /// the same line): `“我们用的是iPhone.”` does, `“It is a ‘win-win’ deal.”` does not.
  private func quotationHoldsChinese(_ doc: Document, closing: UInt32, before end: Int) -> Bool {
    let open = closing == U.rightDoubleQuote ? U.leftDoubleQuote : U.leftSingleQuote
    var j = end
    var han = false
    for _ in 0..<200 {
      guard let (u, s) = doc.scalar(before: j), u != 0x0A else { return false }
      if u == open { return han }
      if CharClass.isHan(u) { han = true }
      j = s
    }
    return false
  }

  /// A closing quote right after a mark: `走吧.”`, `好吗?’`, `走吧."`.
  private func isClosingQuote(_ u: UInt32?) -> Bool {
    u == U.rightDoubleQuote || u == U.rightSingleQuote || u == 0x22 || u == 0x27
  }

  /// Whether the scalar `l` (starting at `ls`) ends a Latin word, an acronym or a figure that is text, not a URL,
  /// an e-mail address or code.
  private func endsLatinToken(_ doc: Document, _ l: UInt32, _ ls: Int) -> Bool {
    guard CharClass.isASCIIAlnum(l) || CharClass.isUnitSymbol(l) else { return false }
    let m = doc.mask(at: ls)
    return m == .none || m == .number || m == .latinWord || m == .latinPhrase
  }

  /// A number (with its unit symbol) ending right before `end` and standing right after Chinese: `下降3%`, `共300`.
  private func isFigureInChinese(_ doc: Document, endingAt end: Int, last: UInt32, lastStart: Int) -> Bool {
    guard CharClass.isASCIIDigit(last) || CharClass.isUnitSymbol(last) else { return false }
    var j = CharClass.isUnitSymbol(last) ? lastStart : end
    let digitsEnd = j
    // A figure is short; the bound keeps a run like `1.,1.,1.,…` from being rescanned from every point.
    while digitsEnd - j < 40, let (u, s) = doc.scalar(before: j), CharClass.isASCIIDigit(u) || u == 0x2E || u == 0x2C {
      j = s
    }
    guard j < digitsEnd, doc.mask(at: j) == .number || doc.mask(at: j) == .none else { return false }
    guard let (p, _) = doc.scalar(before: j) else { return false }
    return CharClass.isHan(p)
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

  /// Parentheses become full-width when they enclose Chinese, or stand between Chinese characters, or hold an
  /// acronym or a Latin name inside Chinese text: `联合国教科文组织(UNESCO)发布报告`, `据路透社(Reuters)报道`.
  private func shouldConvertParens(_ doc: Document, open: Int, close: Int?) -> Bool {
    let end = close ?? min(doc.bytes.count, open + 30)
    var j = open + 1
    while j < end {
      guard let (u, n) = doc.scalar(at: j) else { break }
      if CharClass.isHan(u) { return true }
      if u == 0x0A { break }
      j += n
    }
    guard let close else { return false }
    return isLatinNameInChinese(doc, open: open, close: close)
  }

  /// `(UNESCO)`, `(World Health Organization)`, `(G20)`, `(COVID-19)` with Chinese around them. Not list markers
  /// `(a)`, editor codes `(XWT185)`, stock codes `(BABA.N)` `(00175)` or a plural `(s)`.
  private func isLatinNameInChinese(_ doc: Document, open: Int, close: Int) -> Bool {
    guard close - open - 1 >= 2, close - open - 1 <= 60 else { return false }
    var letters = 0
    var digits = 0
    for k in (open + 1)..<close {
      let c = doc.bytes[k]
      if CharClass.isASCIILetter(UInt32(c)) {
        letters += 1
      } else if CharClass.isASCIIDigit(UInt32(c)) {
        digits += 1
      } else if c != 0x20 && c != 0x2D && c != 0x26 && c != 0x27 {
        return false
      }
    }
    guard digits <= 2, letters >= 2 || (letters == 1 && digits >= 1) else { return false }
    let l = doc.scalar(before: doc.skipSpaces(backFrom: open))?.value
    let after = doc.skipSpaces(from: close + 1)
    let r = doc.scalar(at: after)?.value
    let rightChinese = r.map { CharClass.isHan($0) || CharClass.isFullwidthPunct($0) } ?? false
    if let l, CharClass.isHan(l) || CharClass.isFullwidthPunct(l) {
      // After Chinese, a half-width mark of the sentence going on counts too: `麻省理工学院(MIT),现任教授`.
      let sentenceMark = after == close + 1 && r.map { [0x2C, 0x3B, 0x3A, 0x2E, 0x21, 0x3F].contains($0) } ?? false
      return rightChinese || sentenceMark || doc.isLineEnd(close + 1)
    }
    return (l.map(CharClass.isASCIIAlnum) ?? false) && rightChinese
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
    if afterSpaces > i + 1, let (u, _) = doc.scalar(at: afterSpaces), doc.bytes[i] != 0x28,
      CharClass.isCJK(u) || (doc.bytes[i] != 0x29 && CharClass.isASCIIAlnum(u))
    {
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
