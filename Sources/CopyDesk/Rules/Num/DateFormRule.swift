/// `num-date-form`: a date is written in one form (GB/T 15835 §4.3: `2008年8月8日` or `二〇〇八年八月八日`, not
/// `二〇〇八年8月8日`); a Chinese year takes the zero 〇 (U+3007), not ○ (U+25CB), 零, the letter O or the digit 0
/// (`二○二四年` → `二〇二四年`, a certain fix); formal copy writes 日, not the spoken 号 (`12月29号`, house option
/// `dayMarker`). Lunar and 干支 dates stay Chinese (`2024年腊月二十三`, `正月初五`, `农历二月二`); 中新社's all-Chinese
/// datelines (`中新社北京六月二十五日电`) are consistent and sit in the byline, which `news-byline-format` checks;
/// `零` is right in quantities (`三千零五十二`); `1号线`, `3号楼` and quotations keep their 号.
public struct DateFormRule: Rule {
  public static let description = RuleDescription(
    id: "num-date-form",
    summary: Message(zh: "日期书写形式不统一或不规范", en: "Date written in mixed or wrong forms"),
    rationale: Message(
      zh:
        "同一日期的年、月、日用同一种数字形式：写“2023年12月29日”或“二〇二三年十二月二十九日”，不写“二〇二三年12月29日”。汉字年份中的零写作“〇”，不写“○”“零”“O”或“0”。正式文稿中日期用“日”，不用口语的“号”。农历日期（正月初五、腊月二十三）用汉字，不报。",
      en:
        "The year, month and day of one date take one form: 2023年12月29日 or 二〇二三年十二月二十九日, not 二〇二三年12月29日. The zero of a Chinese year is 〇 (U+3007), not ○, 零, the letter O or the digit 0. Formal copy writes 日, not the spoken 号. Lunar dates (正月初五, 腊月二十三) stay Chinese."
    ),
    clause: "GB/T 15835—2011 §4.3（同类别同形式）、§5.2（〇）; house-style B num-date-form",
    defaultSeverity: .error, fix: .sometimesSafe,
    triggering: [
      Example("二〇二三年12月29日，新馆正式开放。", fixed: "2023年12月29日，新馆正式开放。"),
      Example("展览将持续到二○二四年年底。", fixed: "展览将持续到二〇二四年年底。"),
      Example("二零二四年是新中国成立75周年。", fixed: "二〇二四年是新中国成立75周年。"),
      Example("二O二四年三月，工程全面完工。", fixed: "二〇二四年三月，工程全面完工。"),
      Example("活动定于12月29号举行。", fixed: "活动定于12月29日举行。"),
      Example("2024年5月二十日起施行。", fixed: "2024年5月20日起施行。"),
    ],
    nonTriggering: [
      Example("2024年腊月二十三，正月初五迎财神，农历二月二龙抬头。"),
      Example("中新社北京六月二十五日电（记者 洪坚鹏）一九九七年七月一日，香港回归。", variants: false),
      Example("全年产值三千零五十二万元，地铁1号线、5月1号线路调整。"),
      Example("他说：“我12月29号就到北京了。”"),
      Example("活动定于12月29号举行。", options: #"{"dayMarker": "either"}"#),
      Example("二〇二三年十二月二十九日，一九四九年十月一日。"),
    ],
    supersedes: ["width-fullwidth-latin", "num-fullwidth-digit"])

  public struct Options: RuleOptions {
    enum DayMarker: String, OptionEnum {
      case ri = "日"
      case either
    }
    var dayMarker: DayMarker
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      dayMarker = try reader.read(
        "dayMarker", default: .ri,
        doc: "The day of a date: 日 (formal copy; 号 is flagged as a warning) or either (号 is accepted)")
    }
  }

  let options: Options

  public init(setup: RuleSetup) throws { options = try setup.options() }

  static let yueBytes = Array("月".utf8)
  static let nianBytes = Array("年".utf8)

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let reader = DateReader(doc: doc)
    var mixed: [Range<Int>] = []
    var quotes: (block: Int, map: QuoteMap)?
    forEach(Self.yueBytes, in: doc) { yue, block in
      guard let date = reader.date(monthMarkerAt: yue), NumText.isOpen(doc, date.range) else { return }
      let parts = date.parts
      // 2023年五月天演唱会: a band, not May.
      if date.month.chinese && date.day == nil && NumText.at(doc, yue + 3) == 0x5929 { return }
      let lunar = parts.contains { $0.lunar } || reader.lunarContext(before: date.range.lowerBound)
      if !lunar && parts.count >= 2 && parts.contains(where: { $0.chinese }) && parts.contains(where: { !$0.chinese }) {
        mixed.append(date.range)
        let shown = doc.slice(date.range)
        let edits = parts.filter(\.chinese).map { TextEdit(range: $0.range, replacement: String($0.value)) }
        sink.report(
          date.range,
          Message(
            zh: "日期“\(shown)”中汉字数字与阿拉伯数字混用，应统一", en: "the date '\(shown)' mixes Chinese and Arabic numerals"),
          fix: ProposedFix(edits: edits))
      }
      if options.dayMarker == .ri, let m = date.marker, NumText.at(doc, m.lowerBound) == DateReader.hao, !lunar,
        NumText.isOpen(doc, m), !NumText.isQuoted(doc, block: block, m.lowerBound, &quotes)
      {
        sink.report(
          m,
          Message(zh: "正式文稿中日期用“日”，不用“号”", en: "formal copy writes 日 for the day, not 号"),
          fix: .replace(m, with: "日"),
          severity: NumText.severity(sink, default: Self.description.defaultSeverity, finding: .warning))
      }
    }
    // Wrong zeros in Chinese years, wherever a year stands before 年 (with or without month).
    forEach(Self.nianBytes, in: doc) { nian, _ in
      guard let run = reader.yearRun(endingAt: nian),
        run.scalars.contains(where: { DateReader.wrongZeros.contains($0) }),
        NumText.isOpen(doc, run.range), !mixed.contains(where: { $0.overlaps(run.range) })
      else { return }
      var edits: [TextEdit] = []
      var i = run.range.lowerBound
      var shownZero = ""
      for u in run.scalars {
        let n = doc.scalar(at: i)!.length
        if DateReader.wrongZeros.contains(u) {
          edits.append(TextEdit(range: i..<(i + n), replacement: "〇"))
          if shownZero.isEmpty { shownZero = doc.slice(i..<(i + n)) }
        }
        i += n
      }
      sink.report(
        run.range,
        Message(zh: "年份中的零应写作“〇”，不写作“\(shownZero)”", en: "the zero of a Chinese year is 〇, not '\(shownZero)'"),
        fix: ProposedFix(edits: edits, .safe))
    }
  }

  /// Calls `body` with the offset of every occurrence of the three-byte `marker` in a prose block.
  private func forEach(_ marker: [UInt8], in doc: Document, _ body: (Int, Int) -> Void) {
    let b = doc.bytes
    for (index, block) in doc.blocks.enumerated() where PunctScan.isProseBlock(block.kind) {
      var i = block.range.lowerBound
      while i + 3 <= block.range.upperBound {
        if b[i] == marker[0] && b[i + 1] == marker[1] && b[i + 2] == marker[2] {
          body(i, index)
          i += 3
        } else {
          i += 1
        }
      }
    }
  }
}
