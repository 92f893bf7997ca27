/// `num-approx-arabic`: an approximate number (概数) is written in Chinese (GB/T 15835 §4.2: `三四个月 五六万套
/// 二十几 一百几十`): `3、5天后见分晓` → `三五天后`, `10几年来` → `十几年来`. Two adjacent Arabic numbers are an
/// approximation only before a measure of quantity (天 个 人 岁 万…); before 号 条 楼 线 月 日 年级 they are two definite
/// items (`第3、4条`, `3、4号线`, `1、2号楼`, `7、8月份`, `25、26日`), and a range (`3～5人`) is no 概数. `10余万`
/// and `3万多` are correct. The 顿号 of Chinese approximations (`三、四个月`) is `punct-dunhao-approx-number`'s.
public struct ApproxArabicRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-approx-arabic",
    summary: Message(zh: "概数误用阿拉伯数字", en: "Approximate number in Arabic digits"),
    rationale: Message(
      zh:
        "相邻两个数字连用表示的概数、带“几”的概数用汉字数字：三五天、三四个月、十几年、二十几个。“第3、4条”“3、4号线”“25、26日”是两个确数，“3～5人”是范围，“10余万”“3万多”都不报。",
      en:
        "Approximations by two adjacent numbers or with 几 are written in Chinese: 三五天, 三四个月, 十几年, 二十几个. 第3、4条, 3、4号线 and 25、26日 are two definite items, 3～5人 is a range, and 10余万 and 3万多 are correct."
    ),
    clause: "GB/T 15835—2011 §4.2（概数）; house-style B num-approx-arabic",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("3、5天后见分晓。", fixed: "三五天后见分晓。"),
      Example("10几年来，他一直坚守岗位。", fixed: "十几年来，他一直坚守岗位。"),
      Example("村里来了20几个志愿者。", fixed: "村里来了二十几个志愿者。"),
      Example("已经3、4个月没有回家。", fixed: "已经三四个月没有回家。"),
      Example("每天接待2、3万人次。", fixed: "每天接待两三万人次。"),
    ],
    nonTriggering: [
      Example("按第3、4条执行，乘3、4号线，1、2号楼，7、8月份。"),
      Example("展览于5月25、26日两天开放，每组3～5人。"),
      Example("全市10余万名职工，共有3万多人参加。"),
      Example("2003、2004年连续获奖，二三十人，十几年。"),
      Example("在1、2、3楼设服务台，5G几乎全覆盖。"),
    ])

  /// Measures after which two adjacent numbers read as one approximation (月 日 号 条 楼 线 层 页 级 期 届 name items).
  static let measures: Set<UInt32> = NumText.scalars("个天年岁人名位次遍家户件种项只张元块斤米周倍辆台座场回步句篇批处成株棵头匹杯碗双套份趟顿口把支颗粒片万千百十")
  static let pairs = NumText.bytes(["小时", "分钟", "公里", "公斤", "年级", "年代"])
  static let ordinalPrefixes: Set<UInt32> = NumText.scalars("第期周拜初高大、")

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let tokens = doc.analysis(NumberScan.self).tokens
    for (k, t) in tokens.enumerated() where t.isInteger && !t.hasSeparator && !t.touchesLatin {
      let m = t.range.upperBound
      let p = NumText.before(doc, t.range.lowerBound)
      if p == 0x2E || p == 0x2D || p == 0xB7 { continue }
      // 10几年, 20几个: a round number before 几 (not 几乎).
      if NumText.at(doc, m) == 0x51E0, NumText.at(doc, m + 3) != 0x4E4E, let n = Int(t.digits), n >= 10, n <= 1000,
        n % 10 == 0,
        NumText.isOpen(doc, t.range.lowerBound..<(m + 3))
      {
        let chinese = ChineseNumerals.quantity(n)
        sink.report(
          t.range.lowerBound..<(m + 3),
          Message(zh: "概数应用汉字：“\(chinese)几”", en: "an approximation is written in Chinese: '\(chinese)几'"),
          fix: .replace(t.range, with: chinese))
        continue
      }
      // 3、5天, 3、4个月: two one-digit numbers joined by 、 before a measure.
      guard t.digits.count == 1, NumText.at(doc, m) == U.dunhao, k + 1 < tokens.count else { continue }
      let w = tokens[k + 1]
      guard w.range.lowerBound == m + 3, w.digits.count == 1, w.isInteger, !w.touchesLatin,
        let a = Int(t.digits), let z = Int(w.digits), a >= 1, z == a + 1 || (a == 3 && z == 5)
      else { continue }
      if Self.ordinalPrefixes.contains(p) || CharClass.isASCIIDigit(NumText.before(doc, t.range.lowerBound - 3)) {
        continue
      }
      // A list of three (`1、2、3楼`) names items.
      if NumText.at(doc, w.range.upperBound) == U.dunhao { continue }
      let after = w.range.upperBound
      let next = NumText.at(doc, after)
      if let pair = NumText.match(doc, Self.pairs, at: after) {
        if pair == Array("年级".utf8) || pair == Array("年代".utf8) { continue }
      } else if !Self.measures.contains(next) {
        continue
      }
      guard NumText.isOpen(doc, t.range.lowerBound..<after) else { continue }
      // 2、3 → 两三 before a measure; 1、2 → 一两.
      let first = a == 2 ? "两" : ChineseNumerals.digitChars[a]
      let second = z == 2 ? "两" : ChineseNumerals.digitChars[z]
      let chinese = first + second
      sink.report(
        t.range.lowerBound..<after,
        Message(zh: "概数应用汉字：“\(chinese)”", en: "an approximation is written in Chinese: '\(chinese)'"),
        fix: .replace(t.range.lowerBound..<after, with: chinese))
    }
  }
}
