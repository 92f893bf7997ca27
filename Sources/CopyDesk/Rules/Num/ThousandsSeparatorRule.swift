/// `num-thousands-separator`: GB/T 15835 §5.1.1 separates the digits of a long number with the 千分撇 `,`
/// (`624,000`) or a 千分空, and ≤4-digit integers need none. What is always wrong: a full-width comma or a 顿号
/// inside a digit group (`接待游客12，500人次` → `12500`), a separator in a year (`2,024年` → `2024年`). What is a
/// house choice (`thousandsSeparator`): `none` — most papers write `12500` or `1.25万` and flag every separator; `any`
/// — both styles pass, but one article does not mix them (`12,500人` beside `24315元`). Lists of separate numbers
/// (`分别为9，8，7分`, `中国渔政310、301船`), `1,000` inside English text and codes stay silent.
public struct ThousandsSeparatorRule: Rule {
  public static let description = RuleDescription(
    id: "num-thousands-separator",
    summary: Message(zh: "数字分节符号不规范", en: "Wrong or inconsistent thousands separator"),
    rationale: Message(
      zh:
        "多位数分节用千分撇“,”或千分空，不用全角逗号或顿号（“12，500人次”应为“12500人次”）；年份不分节（“2,024年”）。本报默认不用分节号（“none”：12500、1.25万）；设为“any”时两种写法都可以，但同一篇稿件要统一。",
      en:
        "Long numbers are separated with the ASCII comma or a thin space, never a full-width comma or 顿号 (12，500人次 is 12500人次), and years take none (2,024年). The house default writes no separators (option none: 12500, 1.25万); with any, both styles pass but one article keeps to one."
    ),
    clause: "GB/T 15835—2011 §5.1.1（分节）; house-style B num-thousands-separator",
    defaultSeverity: .error, fix: .sometimesSafe,
    triggering: [
      Example("全年接待游客12，500人次。", fixed: "全年接待游客12500人次。"),
      Example("该厂始建于2,024年。", fixed: "该厂始建于2024年。"),
      Example("全年接待游客12,500人次。", fixed: "全年接待游客12500人次。"),
      Example("接待游客12,500人次，销售门票24315张。", fixed: "接待游客12500人次，销售门票24315张。", options: #"{"thousandsSeparator": "any"}"#),
      Example("每人补贴3、000元。", fixed: "每人补贴3000元。"),
    ],
    nonTriggering: [
      Example("三场得分分别为9，8，7分，由中国渔政310、301船组成护渔编队。"),
      Example("全年接待游客12500人次，合计1.25万人次。"),
      Example("He said 1,000 people came, 京ICP备12345678号。"),
      Example("接待游客12,500人次，销售门票624,000张。", options: #"{"thousandsSeparator": "any"}"#),
      Example("代码 `12，500` 照录，网址 https://example.com/a,123.html"),
    ])

  public struct Options: RuleOptions {
    enum Style: String, OptionEnum {
      case none
      case any
    }
    var thousandsSeparator: Style
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      thousandsSeparator = try reader.read(
        "thousandsSeparator", default: .none,
        doc:
          "none: numbers are written without separators (12500, 1.25万) and every separator is flagged; any: the ASCII comma may separate digit groups, but one article keeps to one style"
      )
    }
  }

  let options: Options

  public init(setup: RuleSetup) throws { options = try setup.options() }

  static let listWords = NumText.bytes(["分别", "依次", "先后", "各为", "各"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let tokens = doc.analysis(NumberScan.self).tokens
    var used = Set<Int>()
    wrongMarks(doc, tokens, &sink, &used)
    // ASCII separators: in a year always wrong; otherwise a house matter.
    var separated: [Int] = []
    var plain: [Int] = []
    for (k, t) in tokens.enumerated() where !used.contains(k) && !t.touchesLatin {
      let next = NumText.at(doc, t.range.upperBound)
      if t.hasSeparator && t.digits.count == 4 && next == 0x5E74 {
        report(doc, &sink, t, Message(zh: "年份不用分节号", en: "a year takes no separator"), severity: nil)
        continue
      }
      let integerDigits = t.digits.prefix { $0 != "." }.count
      // Inside English text (`He said 1,000 people came.`) the separator is English style.
      let left = NumText.before(doc, doc.skipSpaces(backFrom: t.range.lowerBound))
      let right = NumText.at(doc, doc.skipSpaces(from: t.range.upperBound))
      if CharClass.isASCIILetter(left) || CharClass.isASCIILetter(right) { continue }
      if t.hasSeparator {
        separated.append(k)
      } else if integerDigits >= 5 && CharClass.isHan(next) {
        plain.append(k)  // an amount (`24315元`), not a code or a phone number
      }
    }
    switch options.thousandsSeparator {
    case .none:
      for k in separated {
        report(
          doc, &sink, tokens[k],
          Message(zh: "本报数字不用分节号，写作“\(tokens[k].digits)”", en: "house style writes numbers without separators"),
          severity: .warning)
      }
    case .any:
      // Within one article, the minority style is flagged (the separated numbers on a tie).
      let ofBlock = doc.articleIndex.ofBlock
      let article = { (k: Int) -> Int in ofBlock.indices.contains(tokens[k].block) ? ofBlock[tokens[k].block] ?? -1 : -1
      }
      for a in Set(separated.map(article)) {
        let sep = separated.filter { article($0) == a }
        let pl = plain.filter { article($0) == a }
        guard !sep.isEmpty && !pl.isEmpty else { continue }
        if sep.count <= pl.count {
          for k in sep {
            report(
              doc, &sink, tokens[k],
              Message(
                zh: "同一篇稿件中数字分节写法不统一，此处宜写作“\(tokens[k].digits)”", en: "separators used inconsistently in one article"),
              severity: .warning)
          }
        } else {
          for k in pl {
            let t = tokens[k]
            sink.report(
              t.range,
              Message(zh: "同一篇稿件中数字分节写法不统一，此处未用千分撇", en: "separators used inconsistently in one article"),
              severity: NumText.severity(sink, default: Self.description.defaultSeverity, finding: .warning))
          }
        }
      }
    }
  }

  /// A full-width comma or 顿号 between digit groups: `12，500人次`, `3、000元`.
  private func wrongMarks(
    _ doc: Document, _ tokens: [NumberToken], _ sink: inout DiagnosticSink, _ used: inout Set<Int>
  ) {
    var k = 0
    while k < tokens.count {
      defer { k += 1 }
      let a = tokens[k]
      guard a.isInteger, !a.hasSeparator, !a.touchesLatin, a.digits.count <= 3 else { continue }
      let p = NumText.before(doc, a.range.lowerBound)
      if p == 0x2E || p == U.comma || p == U.dunhao || p == 0x2C || p == 0x3A { continue }
      var groups: [Int] = []
      var marks: [Range<Int>] = []
      var mark: UInt32 = 0
      var j = k + 1
      var end = a.range.upperBound
      while j < tokens.count, let (u, n) = doc.scalar(at: end).map({ ($0.value, $0.length) }),
        (u == U.comma || u == U.dunhao) && (mark == 0 || u == mark), tokens[j].range.lowerBound == end + n,
        tokens[j].digits.count == 3, !tokens[j].hasSeparator, tokens[j].isInteger
      {
        mark = u
        marks.append(end..<(end + n))
        groups.append(j)
        end = tokens[j].range.upperBound
        j += 1
      }
      guard !groups.isEmpty else { continue }
      let next = NumText.at(doc, end)
      // A unit or measure follows (人次, 元, 万), not a clause mark or another number.
      guard CharClass.isHan(next) || next == 0x25 || next == 0x2030,
        !ChineseNumerals.isNumeral(next) || next == ChineseNumerals.wan || next == ChineseNumerals.yi,
        NumText.isOpen(doc, a.range.lowerBound..<end)
      else { continue }
      let zeroGroup = groups.contains { tokens[$0].digits.hasPrefix("0") }
      if mark == U.dunhao && !zeroGroup { continue }  // 310、301船: two numbers
      if a.digits.count == 3 && !zeroGroup { continue }  // 120，150分: two scores as likely as one number
      if listContext(doc, before: a.range.lowerBound) { continue }
      let digits = doc.slice(a.range.lowerBound..<end).filter { $0.isNumber }
      let shownMark = mark == U.comma ? "，" : "、"
      let replacement = options.thousandsSeparator == .any ? "," : ""
      sink.report(
        a.range.lowerBound..<end,
        Message(
          zh: "数字中间不能用“\(shownMark)”分节，应写作“\(digits)”",
          en: "'\(shownMark)' cannot separate digit groups: write \(digits)"),
        fix: ProposedFix(
          edits: marks.map { TextEdit(range: $0, replacement: replacement) }, mark == U.comma ? .safe : nil))
      for g in [k] + groups { used.insert(g) }
      k = j - 1
    }
  }

  /// 分别为, 依次为… within a few characters before: the numbers are a list.
  private func listContext(_ doc: Document, before offset: Int) -> Bool {
    var i = offset
    for _ in 0..<6 {
      if NumText.match(doc, Self.listWords, before: i) != nil { return true }
      guard let (_, s) = doc.scalar(before: i).map({ ($0.value, $0.start) }) else { return false }
      i = s
    }
    return false
  }

  private func report(
    _ doc: Document, _ sink: inout DiagnosticSink, _ t: NumberToken, _ message: Message, severity: Severity?
  ) {
    var edits: [TextEdit] = []
    for i in t.range where doc.bytes[i] == 0x2C { edits.append(TextEdit(range: i..<(i + 1), replacement: "")) }
    sink.report(
      t.range, message, fix: ProposedFix(edits: edits, .safe),
      severity: severity.map { NumText.severity(sink, default: Self.description.defaultSeverity, finding: $0) })
  }
}
