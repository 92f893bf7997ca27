/// `num-wan-yi-units`: after Arabic digits only 万 and 亿 serve as units. `50百万美元` (a calque of "50 million") is
/// `5000万美元`; a figure rounded to millions split over 亿 and 万 (`3亿4500万元`) reads better as `3.45亿元` (the
/// 1995 rule "不能写作3亿4500万" survives as house style). GB/T 15835—2011 §5.3 itself writes an exact figure
/// `10亿零817万5288人`, so the split form is only a warning, and figures that are not whole millions (`14亿1178万`,
/// census counts) or that run on below 万 stay silent. `百万富翁` and `百亿补贴` carry no digits and are not seen.
public struct WanYiUnitsRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-wan-yi-units",
    summary: Message(zh: "数字后用了“万、亿”以外的单位或亿万分写", en: "A unit other than 万/亿 after digits"),
    rationale: Message(
      zh:
        "阿拉伯数字后可以用“万”“亿”作单位，不用“百万”（“50百万美元”应为“5000万美元”）。整百万的数分写成“3亿4500万元”，宜写作“3.45亿元”；确数（“10亿零817万5288人”）可以分写，只作警告。",
      en:
        "After Arabic digits only 万 and 亿 are units; 百万 is not (50百万美元 is 5000万美元). A figure in whole millions split as 3亿4500万元 reads better as 3.45亿元; exact figures (10亿零817万5288人) may keep the split, so that case is a warning."
    ),
    clause: "GB/T 15835—2011 §5.3; house-style B num-wan-yi-units",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("该公司去年盈利50百万美元。", fixed: "该公司去年盈利5000万美元。"),
      Example("项目总投资3亿4500万元。", fixed: "项目总投资3.45亿元。"),
      Example("全年完成投资1亿2000万元。", fixed: "全年完成投资1.2亿元。"),
    ],
    nonTriggering: [
      Example("全国总人口为13亿7053万人，其中男性7亿零527万人。"),
      Example("普查登记的全国总人口为10亿零817万5288人。"),
      Example("他从一名工人成长为百万富翁，平台推出“百亿补贴”活动。"),
      Example("全年完成投资3.45亿元，发放补贴145.33万元，出口额9.8万亿元。"),
    ])

  static let baiwan = Array("百万".utf8)

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let tokens = doc.analysis(NumberScan.self).tokens
    for (k, t) in tokens.enumerated() where !t.letterBefore && !t.hasSeparator {
      let m = t.range.upperBound
      if NumText.has(doc, Self.baiwan, at: m), NumText.isOpen(doc, t.range.lowerBound..<(m + 6)) {
        let shown = doc.slice(t.range.lowerBound..<(m + 6))
        let fix = Double(t.digits).map {
          ProposedFix.replace(t.range.lowerBound..<(m + 6), with: NumText.format($0 * 100) + "万")
        }
        sink.report(
          t.range.lowerBound..<(m + 6),
          Message(zh: "“\(shown)”不规范，数字后只用“万”“亿”作单位", en: "'\(shown)': only 万 and 亿 serve as units after digits"),
          fix: fix)
        continue
      }
      // 3亿4500万: the next numeral starts right after 亿.
      guard t.isInteger, NumText.at(doc, m) == ChineseNumerals.yi, k + 1 < tokens.count else { continue }
      let w = tokens[k + 1]
      guard w.range.lowerBound == m + 3, w.isInteger, !w.hasSeparator, w.digits.count <= 4,
        NumText.at(doc, w.range.upperBound) == ChineseNumerals.wan,
        let small = Int(w.digits), small > 0, small % 100 == 0
      else { continue }
      let end = w.range.upperBound + 3
      // An exact figure runs on below 万 (`817万5288人`).
      let next = NumText.at(doc, end)
      guard !CharClass.isASCIIDigit(next), !ChineseNumerals.isNumeral(next),
        NumText.isOpen(doc, t.range.lowerBound..<end)
      else { continue }
      var fraction = String(small / 100)
      if fraction.count == 1 { fraction = "0" + fraction }
      while fraction.hasSuffix("0") { fraction.removeLast() }
      let merged = t.digits + "." + fraction + "亿"
      let shown = doc.slice(t.range.lowerBound..<end)
      sink.report(
        t.range.lowerBound..<end,
        Message(zh: "“\(shown)”宜写作“\(merged)”（亿、万不分写）", en: "'\(shown)' reads better as '\(merged)'"),
        fix: .replace(t.range.lowerBound..<end, with: merged),
        severity: NumText.severity(sink, default: Self.description.defaultSeverity, finding: .warning))
    }
  }
}
