/// `num-time-format`: a time of day takes the ASCII colon (GB/T 15835 §4.1: `04:00 15:40 14:12:36`), not the
/// full-width punctuation colon `：` (`上午9：30开始` → `9:30`) nor the ratio sign `∶`; a ratio or score takes the
/// 比号 ∶ of GB's `1∶500` or the ASCII colon (`ratioSign`: either by default — `1:500` is everyday copy — or the one a
/// house requires), and never `：` (`以3：0的比分战胜`).
/// A colon between numbers is read as a time when the values are a time (hour ≤ 24, two-digit minutes ≤ 59), as a
/// score or ratio only when the words say so (比分, 比例, 战胜, 领先…): `附件1：2024年度计划` and `约翰福音3:16` are
/// neither and stay silent, and so do label colons (`时间：10:00`). The fix to `:` is certain after a time word
/// (上午, 晚上, 北京时间…), a suggestion otherwise.
public struct TimeFormatRule: Rule {
  public static let description = RuleDescription(
    id: "num-time-format",
    summary: Message(zh: "时间或比分的冒号、比号不规范", en: "Wrong colon in a time, score or ratio"),
    rationale: Message(
      zh:
        "时分秒之间用半角冒号“:”（9:30、14:12:36），不用全角冒号“：”或比号“∶”。比分、比例用比号“∶”或半角冒号（1∶500、3:1；本报可规定只用其一），不用全角冒号。只有数值是时刻，或上下文说明是比分、比例（比分、比例、战胜、领先……）时才报；标签冒号（时间：10:00）不报。",
      en:
        "Hours, minutes and seconds are joined by the ASCII colon (9:30, 14:12:36), not the full-width colon or the ratio sign. Scores and ratios take the ratio sign ∶ or the ASCII colon (1∶500, 3:1; the house may require one), never the full-width colon. Reported only where the values are a time or the words say score or ratio; label colons (时间：10:00) are left alone."
    ),
    clause: "GB/T 15835—2011 §4.1（时刻 04:00 15:40、比例 1∶500 示例）; house-style B num-time-format",
    defaultSeverity: .error, fix: .sometimesSafe,
    triggering: [
      Example("会议于上午9：30开始。", fixed: "会议于上午9:30开始。"),
      Example("开放时间为9：00—17：00。", fixed: "开放时间为9:00—17:00。"),
      Example("中国队以3：0的比分战胜对手。", fixed: "中国队以3∶0的比分战胜对手。"),
      Example("主队最终以3:1战胜客队。", fixed: "主队最终以3∶1战胜客队。", options: #"{"ratioSign": "∶"}"#),
      Example("主队最终以3∶1战胜客队。", fixed: "主队最终以3:1战胜客队。", options: #"{"ratioSign": ":"}"#),
      Example("当晚19∶35比赛开始。", fixed: "当晚19:35比赛开始。"),
    ],
    nonTriggering: [
      Example("展演于2023年12月29日10:00播出，时间：14:12:36。"),
      Example("北京队主场3∶1击败上海队，按1∶500比例制作沙盘。"),
      Example("附件1：2024年度计划，约翰福音3:16。"),
      // The ASCII colon in a ratio or score is common and accepted unless the house chooses one sign.
      Example("主队最终以3:1战胜客队，比例尺为1:500。"),
      Example("双方比分为86∶79，运营时间为5:00—23:00。"),
    ])

  public struct Options: RuleOptions {
    enum RatioSign: String, OptionEnum {
      case ratio = "∶"
      case colon = ":"
      case either
    }
    var ratioSign: RatioSign
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      ratioSign = try reader.read(
        "ratioSign", default: .either,
        doc:
          "The sign of scores and ratios: the 比号 ∶ (U+2236, as in GB/T 15835's 1∶500), the ASCII colon, or either (default: both are accepted; the full-width colon never is)")
    }
  }

  let options: Options

  public init(setup: RuleSetup) throws { options = try setup.options() }

  static let fullColon: UInt32 = 0xFF1A
  static let ratioMark: UInt32 = 0x2236
  static let timeWords = NumText.bytes([
    "上午", "下午", "晚上", "凌晨", "中午", "早上", "傍晚", "夜里", "当晚", "当天", "时间", "北京时间", "当地时间", "每天", "每日",
    "日", "晚", "早", "于", "至", "到", "从", "自", "截至",
  ])
  static let ratioBefore = NumText.bytes(["比分", "比例", "比值", "配比", "之比", "比为", "比例尺"])
  static let ratioAfter = NumText.bytes([
    "战胜", "击败", "取胜", "获胜", "胜出", "告负", "落败", "负于", "领先", "落后", "大胜", "力克", "险胜", "横扫", "逆转", "的比分",
    "的总比分", "比分", "的比例", "比例", "的大比分", "胜", "负",
  ])

  /// After a number that is no minute: a unit (`2：30岁以下`, `1：20世纪`).
  static let notAfterTime: Set<UInt32> = NumText.scalars("年月日岁世个万亿元%％人名家项件米吨条款章节页版号届次倍度天周秒")
  static let labels = NumText.bytes(["问题", "图", "表", "附件", "附表", "第", "例", "条", "题", "步骤", "方案", "序号"])
  /// Words that begin with 胜 or 负 but say nothing about a score: `9：30胜利召开`.
  static let notScores = NumText.bytes(["胜利", "负责", "负荷", "负面", "负担", "负债"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let tokens = doc.analysis(NumberScan.self).tokens
    var k = 0
    // The end of the last score, and the mark after it: `25∶21、22∶25` are both scores.
    var lastScoreEnd = -1
    while k + 1 < tokens.count {
      let l = tokens[k]
      let r = tokens[k + 1]
      k += 1
      let sep = l.range.upperBound
      guard let (mark, n) = doc.scalar(at: sep).map({ ($0.value, $0.length) }), sep + n == r.range.lowerBound,
        mark == Self.fullColon || mark == Self.ratioMark || mark == 0x3A, l.isInteger, r.isInteger,
        !l.hasSeparator, !r.hasSeparator, !l.touchesLatin, !r.touchesLatin,
        NumText.isOpen(doc, l.range.lowerBound..<r.range.upperBound)
      else { continue }
      // A chain `14：12：36` is one time.
      var last = r
      var seconds: NumberToken?
      if k + 1 < tokens.count, doc.scalar(at: r.range.upperBound)?.value == mark,
        tokens[k + 1].range.lowerBound == r.range.upperBound + n
      {
        seconds = tokens[k + 1]
        last = tokens[k + 1]
      }
      // Inside a chain read from its start (`14：12：36`, `1:2:3`), a decimal or a path; a label colon before the
      // value (`时间：9：30`) is fine.
      let (p, ps) = doc.scalar(before: l.range.lowerBound).map { ($0.value, $0.start) } ?? (0, 0)
      if (p == 0x3A || p == Self.fullColon || p == Self.ratioMark) && CharClass.isASCIIDigit(NumText.before(doc, ps)) {
        continue
      }
      if p == 0x2E || p == 0x2F { continue }
      // A label before a list item's colon: 问题2：30岁以下…, 图1：20世纪…, 附件1：2024年度….
      if NumText.match(doc, Self.labels, before: l.range.lowerBound) != nil { continue }
      let isTime =
        !Self.notAfterTime.contains(NumText.at(doc, last.range.upperBound)) && l.digits.count <= 2
        && (Int(l.digits) ?? 99) <= 24 && r.digits.count == 2 && (Int(r.digits) ?? 99) <= 59
        && (seconds.map { $0.digits.count == 2 && (Int($0.digits) ?? 99) <= 59 } ?? true)
        && !CharClass.isASCIIDigit(NumText.at(doc, last.range.upperBound))
      let (b, bs) = doc.scalar(before: l.range.lowerBound).map { ($0.value, $0.start) } ?? (0, 0)
      let isRatio =
        ((b == U.dunhao || b == U.comma) && bs == lastScoreEnd)
        || context(doc, Self.ratioBefore, before: l.range.lowerBound, reach: 4)
        || (NumText.match(doc, Self.ratioAfter, at: last.range.upperBound) != nil
          && NumText.match(doc, Self.notScores, at: last.range.upperBound) == nil)
      let span = l.range.lowerBound..<last.range.upperBound
      var marks = [sep..<(sep + n)]
      if let s = seconds { marks.append(r.range.upperBound..<s.range.lowerBound) }
      k = seconds == nil ? k : k + 1
      if isRatio && seconds == nil {
        lastScoreEnd = last.range.upperBound
        let wanted = options.ratioSign == .colon ? ":" : "∶"
        if mark == Self.fullColon {
          report(
            &sink, span, marks, wanted,
            Message(
              zh: "比分、比例不用全角冒号“：”，应用“\(wanted)”", en: "a score or ratio takes '\(wanted)', not the full-width colon"),
            severity: nil)
        } else if options.ratioSign != .either && (mark == 0x3A) != (options.ratioSign == .colon) {
          let shown = mark == 0x3A ? ":" : "∶"
          report(
            &sink, span, marks, wanted,
            Message(
              zh: "本报比分、比例用“\(wanted)”，不用“\(shown)”",
              en: "house style writes scores and ratios with '\(wanted)', not '\(shown)'"),
            severity: .info)
        }
      } else if isTime && mark != 0x3A {
        let certain = context(doc, Self.timeWords, before: l.range.lowerBound, reach: 3)
        // The 比号 is written on purpose; it is a time only after a time word (`当晚19∶35`).
        if mark == Self.ratioMark && !certain { continue }
        let shown = mark == Self.fullColon ? "：" : "∶"
        report(
          &sink, span, marks, ":",
          Message(
            zh: "时刻中应使用半角冒号“:”，不用“\(shown)”", en: "a time of day takes the ASCII colon, not '\(shown)'"),
          severity: nil, applicability: certain ? .safe : nil)
      }
    }
  }

  private func report(
    _ sink: inout DiagnosticSink, _ span: Range<Int>, _ marks: [Range<Int>], _ replacement: String, _ message: Message,
    severity: Severity?, applicability: Applicability? = nil
  ) {
    let sev = severity.map { NumText.severity(sink, default: Self.description.defaultSeverity, finding: $0) }
    sink.report(
      span, message,
      fix: ProposedFix(edits: marks.map { TextEdit(range: $0, replacement: replacement) }, applicability),
      severity: sev)
  }

  /// Whether one of `words` ends within `reach` characters before `offset` (not across a clause mark).
  private func context(_ doc: Document, _ words: [[UInt8]], before offset: Int, reach: Int) -> Bool {
    var i = offset
    for _ in 0...reach {
      if NumText.match(doc, words, before: i) != nil { return true }
      guard let (u, s) = doc.scalar(before: i).map({ ($0.value, $0.start) }),
        !(u == U.comma || u == U.period || u == U.semicolon || u == Self.fullColon || u == 0x0A || u == U.dunhao)
      else { return false }
      i = s
    }
    return false
  }
}
