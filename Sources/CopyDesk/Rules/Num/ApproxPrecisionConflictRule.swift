/// `num-approx-precision-conflict`: a number is either precise or approximate. A decimal is precise, so `多` or `余`
/// after it contradicts it (`招募3.44多万名高校毕业生`, real broadcast copy: `3.44万名` or `3.4万多名`); an approximate
/// number takes one hedge, not two (`300多人左右`, `近300人左右` → drop `左右`). `3万多`, `10余万`, `300人左右` are fine.
/// `约…左右`, `大约…左右` and `超过…以上` are `word-redundancy`'s entries and are not reported twice.
public struct ApproxPrecisionConflictRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-approx-precision-conflict",
    summary: Message(zh: "概数与精确数或两个概数词叠用", en: "Approximation word with a precise or hedged number"),
    rationale: Message(
      zh:
        "小数是精确数，后面不能再加“多”“余”（“3.44多万名”应为“3.44万名”或“3.4万多名”）；一个数只用一个表示约数的词，“300多人左右”“近300人左右”应删去“左右”。“3万多”“10余万”“300人左右”都是规范的。",
      en:
        "A decimal is precise and takes no 多 or 余 (3.44多万名 is 3.44万名 or 3.4万多名); one number takes one hedge, so 300多人左右 and 近300人左右 drop 左右. 3万多, 10余万 and 300人左右 are correct."
    ),
    clause: "GB/T 15835—2011 §4.2（概数）; house-style B num-approx-precision-conflict",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("今年招募3.44多万名高校毕业生。"),
      Example("现场来了300多人左右。", fixed: "现场来了300多人。"),
      Example("全程近30公里左右。", fixed: "全程近30公里。"),
      Example("共有100余名以上职工参赛。", fixed: "共有100余名职工参赛。"),
    ],
    nonTriggering: [
      Example("全市3万多名职工，10余万人次参与，现场来了300人左右。"),
      Example("最近300人左右报名，附近30公里左右有加油站。"),
      Example("共招募3.44万名高校毕业生，3.4万多名志愿者。"),
      Example("约有300人左右参加活动。"),
    ],
    supersedes: ["word-redundancy"])

  static let approx: Set<UInt32> = NumText.scalars("多余")
  /// What follows `多`/`余` when they hedge the number: a multiplier or a measure (`3.44多万名`, `2.5多倍`).
  static let countedAfterApprox: Set<UInt32> = NumText.scalars("万亿千百名人元吨公米倍次家户件项岁天年亩辆台套册平斤克")
  static let hedgesAfter = NumText.bytes(["左右", "上下", "以上"])
  static let near = NumText.bytes(["将近", "接近", "近"])
  /// Before 近: words in which 近 means "recent" or "close by" (最近, 附近, 邻近).
  static let nearWords: Set<UInt32> = NumText.scalars("最附邻靠就亲远贴逼临")

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    for t in doc.analysis(NumberScan.self).tokens where !t.touchesLatin {
      let s = t.range.lowerBound
      let m = t.range.upperBound
      let next = NumText.at(doc, m)
      // 3.44多万, 2.5多倍 — not a version before a prefix (`工业4.0多场景`, `2.0多个领域`).
      if !t.isInteger && Self.approx.contains(next) && !t.digits.hasSuffix(".0")
        && Self.countedAfterApprox.contains(NumText.at(doc, m + 3))
      {
        guard NumText.isOpen(doc, s..<(m + 3)) else { continue }
        let shown = doc.slice(s..<(m + 3))
        sink.report(
          s..<(m + 3),
          Message(
            zh: "“\(shown)”中小数是精确数，不能再加“多”“余”", en: "'\(shown)': a decimal is precise and takes no 多 or 余"))
        continue
      }
      // 300多人左右, 近300人左右: the hedge after a measure of at most three characters.
      let hedged = Self.approx.contains(next)
      var nearStart: Int?
      if let w = NumText.match(doc, Self.near, before: s) {
        let q = NumText.before(doc, s - w.count)
        if w.count > 3 || !Self.nearWords.contains(q) { nearStart = s - w.count }
      }
      guard hedged || nearStart != nil else { continue }
      var i = hedged ? m + 3 : m
      var end: Int?
      for _ in 0..<4 {
        if let h = NumText.match(doc, Self.hedgesAfter, at: i), i > m + (hedged ? 3 : 0) {
          if hedged || h != Array("以上".utf8) { end = i + h.count }
          break
        }
        guard let (u, n) = doc.scalar(at: i).map({ ($0.value, $0.length) }), CharClass.isHan(u) else { break }
        i += n
      }
      guard let e = end else { continue }
      let start = nearStart ?? s
      guard NumText.isOpen(doc, start..<e) else { continue }
      let hedge = doc.slice((e - 6)..<e)
      let shown = doc.slice(start..<e)
      sink.report(
        start..<e,
        Message(zh: "“\(shown)”中表示约数的词重复，应删去“\(hedge)”", en: "'\(shown)' hedges twice: drop '\(hedge)'"),
        fix: .replace((e - 6)..<e, with: ""))
    }
  }
}
