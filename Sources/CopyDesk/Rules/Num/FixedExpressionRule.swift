/// `num-fixed-expression`: numbers that are part of a fixed expression are Chinese (GB/T 15835 §4.2, §4.3):
/// congress and session numbers (`党的20大` → `党的二十大`, `11届全国人大1次会议` → `十一届全国人大一次会议`,
/// `20届3中全会`), five-year plans (`“14五”规划` → `“十四五”规划`), weekdays (`星期5` → `星期五`, `周1至周5`),
/// and the listed events, formulae and idioms of rules/num/fixed-expressions.txt (`5四运动`, `3心2意`, `1带1路`).
/// Codes and names keep their digits: `G20`, `5G`, `3D`, `C919`, `12345热线`, `“3·15”`, `“双11”`, and events of
/// sport and culture count their editions in Arabic (`第19届亚运会`, `第14届职工文化艺术节`). `每周5天`, `一周5次`
/// count days, not weekdays.
public struct FixedExpressionRule: Rule {
  public static let description = RuleDescription(
    id: "num-fixed-expression",
    summary: Message(zh: "定型词语中的数字应用汉字", en: "Fixed expression written with Arabic digits"),
    rationale: Message(
      zh:
        "数字作为词素构成的定型词语、成语、惯用语、缩略语，以及党代会、人大、政协的届次和会次、星期几、历史事件名称，用汉字数字：党的二十大、十一届全国人大一次会议、“十四五”规划、星期五、五四运动、三心二意。G20、5G、C919、12345热线、“3·15”、第19届亚运会等不在此列。",
      en:
        "Numbers that are morphemes of fixed expressions, idioms and abbreviations, the numbers of party congresses and of people's congress and CPPCC sessions, weekdays and historical events are Chinese: 党的二十大, 十一届全国人大一次会议, “十四五”规划, 星期五, 五四运动, 三心二意. G20, 5G, C919, 12345热线, “3·15” and 第19届亚运会 are correct."
    ),
    clause: "GB/T 15835—2011 §4.2（定型词语）、§4.3 示例; house-style B num-fixed-expression",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("深入学习贯彻党的20大精神。", fixed: "深入学习贯彻党的二十大精神。"),
      Example("出席11届全国人大1次会议。", fixed: "出席十一届全国人大一次会议。"),
      Example("中共东城区委13届7次全会召开。", fixed: "中共东城区委十三届七次全会召开。"),
      Example("编制“14五”规划。", fixed: "编制“十四五”规划。"),
      Example("展馆周1至周5开放，星期6闭馆。", fixed: "展馆周一至周五开放，星期六闭馆。"),
      Example("纪念5四运动105周年。", fixed: "纪念五四运动105周年。"),
      Example("工作不能3心2意。", fixed: "工作不能三心二意。"),
    ],
    nonTriggering: [
      Example("G20峰会、5G网络、3D打印、C919客机、12345热线。"),
      Example("“3·15”晚会，“5·12”汶川地震，“双11”促销，5·7大连空难。"),
      Example("第19届亚运会，北京市第14届职工文化艺术节。"),
      Example("实行每周5天工作制，一周5次训练，两周5次例会。"),
      Example("按法律第一百八十六条处理，十四届全国人大二次会议。"),
    ])

  let list: WordList

  public init(setup: RuleSetup) throws {
    list = try WordList(
      rule: Self.description.id, setup: setup, label: Message(zh: "定型词语", en: "fixed expression"),
      fix: Self.description.fix)
  }

  static let jie = Array("届".utf8)
  static let partyPrefixes = NumText.bytes(["党的第", "党的", "中共第", "中共"])
  static let congressAfter = NumText.bytes(["精神", "以来", "党章"])
  static let politicalBodies = NumText.bytes([
    "人大", "政协", "人民代表大会", "政治协商会议", "中央委员会", "中央纪委", "纪委", "党代会", "党委", "委员会",
  ])
  static let sessionWords = NumText.bytes(["次全体会议", "次全会", "次会议", "中全会"])
  /// Sessions only party committees hold: no body needs to be named (`区委13届7次全会`).
  static let plenums = NumText.bytes(["次全体会议", "次全会", "中全会"])
  static let planAfter = NumText.bytes(["规划", "计划", "时期", "期间", "末", "初", "开局", "收官", "以来", "”"])
  static let weekdayPrefixes = NumText.bytes(["星期", "礼拜", "周"])
  /// Before 周/星期: a count of weeks (`每周5天`, `一周5次`, `两周`) or another word (`四周1米`, `圆周`), not a weekday.
  static let weekCounts = NumText.scalars("每个一两几数半多隔四圆外内整同")
  /// After a weekday: what ends or continues a time phrase (`周1至周5`, `周3晚上`, `星期6闭馆`); anything else (`周5天`,
  /// `四周1米`) makes the digit a count.
  static let weekdayFollowers = NumText.scalars("至到、，。；）”和及与或上下晚早中午开闭休举召的起前后全是为均都也照正例见—～-")

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    list.check(doc, into: &sink, ruleDefault: Self.description.defaultSeverity)
    let tokens = doc.analysis(NumberScan.self).tokens
    var done = -1  // tokens up to here are part of a reported expression
    for (k, t) in tokens.enumerated() where k > done && t.isInteger && !t.hasSeparator && !t.touchesLatin {
      let s = t.range.lowerBound
      let m = t.range.upperBound
      let n = Int(t.digits) ?? 0
      let p = NumText.before(doc, s)
      if p == 0xB7 || p == 0x2E || p == 0x2D || p == 0x2F { continue }  // 5·7, 1.5, codes
      // 党的20大, 中共20大, 20大精神.
      if NumText.at(doc, m) == 0x5927, n >= 1 && n <= 30,
        NumText.match(doc, Self.partyPrefixes, before: s) != nil
          || NumText.match(doc, Self.congressAfter, at: m + 3) != nil
      {
        report(doc, &sink, s..<(m + 3), [t])
        continue
      }
      // 11届全国人大1次会议, 13届7次全会, 20届3中全会.
      if NumText.has(doc, Self.jie, at: m), let (end, session) = politicalSession(doc, tokens, k, after: m + 3) {
        report(doc, &sink, s..<end, [t] + (session.map { [tokens[$0]] } ?? []))
        done = session ?? k
        continue
      }
      // 十四届全国人大2次会议: a Chinese 届 before an Arabic session.
      if let w = NumText.match(doc, Self.sessionWords, at: m), politicalBefore(doc, s, plenum: Self.plenums.contains(w))
      {
        report(doc, &sink, s..<(m + w.count), [t])
        continue
      }
      // “14五”规划.
      if n >= 1 && n <= 15 && t.digits.count <= 2 && NumText.at(doc, m) == 0x4E94,
        NumText.match(doc, Self.planAfter, at: m + 3) != nil
      {
        report(doc, &sink, s..<(m + 3), [t])
        continue
      }
      // 星期5, 周1至周5.
      if t.digits.count == 1, n >= 1 && n <= 7, let w = NumText.match(doc, Self.weekdayPrefixes, before: s) {
        let q = NumText.before(doc, s - w.count)
        let next = NumText.at(doc, m)
        if Self.weekCounts.contains(q) || CharClass.isASCIIDigit(q) { continue }
        if next != 0 && next != 0x0A && next != 0x0D && !Self.weekdayFollowers.contains(next) { continue }
        report(doc, &sink, (s - w.count)..<m, [t], seventh: true)
      }
    }
  }

  /// The end of a political body's session after `届` (`全国人大1次会议`, `7次全会`, `3中全会`, `全国人大`) and the index
  /// of an Arabic session number in it; nil when the 届 numbers an event of another kind (`第19届亚运会`, `第3届职工代表大会`).
  private func politicalSession(_ doc: Document, _ tokens: [NumberToken], _ k: Int, after start: Int) -> (Int, Int?)? {
    var i = start
    var bodyEnd: Int?
    for step in 0..<12 {
      // The body follows 届 closely: 全国人大, 北京市政协, 中央委员会.
      if step <= 4, bodyEnd == nil, let w = NumText.match(doc, Self.politicalBodies, at: i) {
        bodyEnd = i + w.count
        i += w.count
        continue
      }
      // The session number: Arabic (the next numeral starts here) or Chinese.
      var j = i
      var session: Int?
      if k + 1 < tokens.count, tokens[k + 1].range.lowerBound == i, tokens[k + 1].isInteger {
        session = k + 1
        j = tokens[k + 1].range.upperBound
      } else {
        while let u = doc.scalar(at: j)?.value, ChineseNumerals.digit(u) != nil || u == ChineseNumerals.shi { j += 3 }
      }
      if j > i, let w = NumText.match(doc, Self.sessionWords, at: j), bodyEnd != nil || Self.plenums.contains(w) {
        return (j + w.count, session)
      }
      guard let (u, n) = doc.scalar(at: i).map({ ($0.value, $0.length) }), CharClass.isHan(u) else { break }
      i += n
    }
    return bodyEnd.map { ($0, nil) }
  }

  /// Whether a 届 and (unless the session is a plenum) a political body stand within a few characters before
  /// `offset`: `十四届全国人大2次会议`, `二十届3中全会`.
  private func politicalBefore(_ doc: Document, _ offset: Int, plenum: Bool) -> Bool {
    var i = offset
    var body = plenum
    for _ in 0..<12 {
      if NumText.match(doc, Self.politicalBodies, before: i) != nil { body = true }
      if NumText.has(doc, Self.jie, before: i) { return body }
      guard let (u, s) = doc.scalar(before: i).map({ ($0.value, $0.start) }), CharClass.isHan(u) else { return false }
      i = s
    }
    return false
  }

  private func report(
    _ doc: Document, _ sink: inout DiagnosticSink, _ range: Range<Int>, _ numbers: [NumberToken], seventh: Bool = false
  ) {
    guard NumText.isOpen(doc, range) else { return }
    let edits = numbers.map { t -> TextEdit in
      let n = Int(t.digits) ?? 0
      return TextEdit(range: t.range, replacement: seventh && n == 7 ? "日" : ChineseNumerals.quantity(n))
    }
    let shown = doc.slice(range)
    var fixed = shown
    for e in edits.reversed() {
      let a = e.range.lowerBound - range.lowerBound
      let bytes = Array(fixed.utf8)
      fixed = String(decoding: bytes[..<a] + Array(e.replacement.utf8) + bytes[(a + e.range.count)...], as: UTF8.self)
    }
    sink.report(
      range,
      Message(zh: "定型词语“\(shown)”中的数字应用汉字：“\(fixed)”", en: "'\(shown)' takes Chinese numerals: '\(fixed)'"),
      fix: ProposedFix(edits: edits))
  }
}
