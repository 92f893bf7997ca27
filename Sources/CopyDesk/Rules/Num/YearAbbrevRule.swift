/// `num-year-abbrev`: a year written with two digits (`23年12月`, `2020—23年`, `房子03、04年的时候卖`). GB/T 15835
/// writes years in full (`2008年`, not `08年`). A bare `NN年` is usually a duration (`工作了23年`, `建校98年`,
/// `23年来`), so only what makes it a date is flagged: a month after it (`23年12月`), 年底/年初/年末, a half-year or
/// quarter (`23年上半年`), a leading zero (`08年` never counts years), or a full year before the range connector
/// (`2020—23年`). `80后`, `80年代` (tolerated), `22/23赛季` and quotations (speech keeps its own words) are left alone.
public struct YearAbbrevRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-year-abbrev",
    summary: Message(zh: "年份简写为两位数", en: "Two-digit year"),
    rationale: Message(
      zh:
        "年份不能简写：“2008年”不写作“08年”，“2020—2023年”不写作“2020—23年”。只在能确定是年份时报告（后接月份、年底、上半年等，或带前导零）；“工作了23年”“80后”“80年代”“22/23赛季”和引语不报。",
      en:
        "Years are written in full: 2008年, not 08年; 2020—2023年, not 2020—23年. Reported only where the number is surely a year (a month, 年底 or a half-year follows, or a leading zero); durations, 80后, 80年代, 22/23赛季 and quotations are left alone."
    ),
    clause: "GB/T 15835—2011 §4.1（公历纪年）; house-style B num-year-abbrev",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("该项目于23年12月开工建设。", fixed: "该项目于2023年12月开工建设。"),
      Example("2020—23年，全市新增就业岗位30万个。", fixed: "2020—2023年，全市新增就业岗位30万个。"),
      Example("房子03、04年的时候卖得很便宜。", fixed: "房子2003、2004年的时候卖得很便宜。"),
      Example("全面部署09年市直学校德育工作。", fixed: "全面部署2009年市直学校德育工作。"),
      Example("截至22年底，累计建成基站3万个。", fixed: "截至2022年底，累计建成基站3万个。"),
    ],
    nonTriggering: [
      Example("他从事职工维权工作18年，在岗位上已经干了24年。"),
      Example("80后、00后职工成为主力，上世纪80年代的老厂房。"),
      Example("2022/23赛季，球队打破了32年来逢韩不胜的纪录。"),
      Example("他笑着说：“我们03年就来了。”"),
      Example("建校98年来，学校培养了5万名毕业生；他服刑23年6个月后出狱，坚守23年初心不改。"),
    ])

  /// After `NN年`: what makes it a date. Not 全年 or 春节: `连续23年全年无休`, `打工12年春节都没回家` count years.
  static let halfYears = NumText.bytes(["上半年", "下半年"])
  /// After `NN年底`/`NN年末`: words in which 底/末 start another word (`23年底气十足`, `23年末班车`).
  static let notYearEnd = NumText.scalars("气线子层下蕴色部薪牌稿价片端数板座盘限班日期梢尾流位")
  /// After `NN年初`: only what closes a time phrase (`22年初，`, `22年初以来`), since `23年初心不改`, `历时23年初见成效`,
  /// `23年初步建成` count years.
  static let afterYearStart = NumText.bytes(["以来", "开始", "起", "至", "到", "时", "的", "前", "后", "，", "。", "、"])
  static let quarters = NumText.bytes(["一季度", "二季度", "三季度", "四季度", "第一季度", "第二季度", "第三季度", "第四季度"])
  static let year = Array("年".utf8)
  static let connectors = NumText.bytes(["—", "－", "-", "～", "~", "至", "到"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let tokens = doc.analysis(NumberScan.self).tokens
    var quotes: (block: Int, map: QuoteMap)?
    var pairEnd = -1  // the second year of a reported pair (`03、04年`) is part of its finding
    for (k, t) in tokens.enumerated()
    where k > pairEnd && t.isInteger && !t.hasSeparator && !t.touchesLatin && t.digits.count == 2 {
      let m = t.range.upperBound
      // The year's 年: right after, or after a second abbreviated year (`03、04年`).
      var yearAt = m
      var pair: NumberToken?
      if !NumText.has(doc, Self.year, at: m) {
        guard NumText.at(doc, m) == U.dunhao, k + 1 < tokens.count, tokens[k + 1].range.lowerBound == m + 3,
          tokens[k + 1].digits.count == 2, NumText.has(doc, Self.year, at: tokens[k + 1].range.upperBound)
        else { continue }
        pair = tokens[k + 1]
        yearAt = tokens[k + 1].range.upperBound
      }
      guard NumText.isOpen(doc, t.range.lowerBound..<(yearAt + 3)) else { continue }
      let p = NumText.before(doc, t.range.lowerBound)
      if p == 0x2F || p == 0x2E || p == 0x3A || p == 0x7B2C { continue }  // 22/23, 1.23, 第23年
      // 2020—23年: the full year before the connector gives the century.
      var full: Int?
      if let c = NumText.match(doc, Self.connectors, before: t.range.lowerBound), k > 0 {
        let prev = tokens[k - 1]
        if prev.range.upperBound + c.count == t.range.lowerBound, prev.digits.count == 4, let y = Int(prev.digits),
          y >= 1000
        {
          full = y
        }
      }
      let after = yearAt + 3
      let isDate =
        full != nil || t.digits.hasPrefix("0") || pair.map { $0.digits.hasPrefix("0") } == true
        || Self.isMonth(doc, tokens, k + (pair == nil ? 1 : 2), at: after)
        || Self.isYearEndOrStart(doc, at: after)
        || NumText.match(doc, Self.halfYears, at: after) != nil || NumText.match(doc, Self.quarters, at: after) != nil
      // 00年代 is a decade (tolerated like 80年代), 01年级 a grade.
      let word = NumText.at(doc, after)
      guard isDate, word != 0x4EE3, word != 0x7EA7, !NumText.isQuoted(doc, block: t.block, t.range.lowerBound, &quotes)
      else { continue }
      let end = (pair ?? t).range.upperBound
      if pair != nil { pairEnd = k + 1 }
      var edits: [TextEdit] = []
      for y in [t] + (pair.map { [$0] } ?? []) {
        let v = Int(y.digits)!
        let base = full.map { $0 / 100 * 100 } ?? (v <= 50 ? 2000 : 1900)
        var expanded = base + v
        if let f = full, expanded < f { expanded += 100 }
        edits.append(TextEdit(range: y.range, replacement: String(expanded)))
      }
      let shown = doc.slice(t.range.lowerBound..<(end + 3))
      sink.report(
        t.range.lowerBound..<end,
        Message(zh: "“\(shown)”的年份不能简写为两位数", en: "'\(shown)': write the year in full"),
        fix: ProposedFix(edits: edits))
    }
  }

  /// 年底, 年末 (not 底气, 末班车), 年初 before the end of a time phrase.
  static func isYearEndOrStart(_ doc: Document, at offset: Int) -> Bool {
    let u = NumText.at(doc, offset)
    if u == 0x5E95 || u == 0x672B { return !notYearEnd.contains(NumText.at(doc, offset + 3)) }  // 底 末
    return u == 0x521D && NumText.match(doc, afterYearStart, at: offset + 3) != nil  // 初
  }

  /// A month number (1–12) followed by 月 at `offset`: `23年12月`.
  static func isMonth(_ doc: Document, _ tokens: [NumberToken], _ k: Int, at offset: Int) -> Bool {
    guard k < tokens.count, tokens[k].range.lowerBound == offset, let m = Int(tokens[k].digits), m >= 1, m <= 12 else {
      return false
    }
    // 23年12个月 is a duration; 23年12月 a date.
    return NumText.at(doc, tokens[k].range.upperBound) == 0x6708
  }
}
