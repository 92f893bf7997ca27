/// `num-percent-form`: a percentage is written either `5.2%` or `百分之五点二`, never half and half:
/// `同比增长百分之5.2` → `5.2%`, `千分之3` → `3‰`, `三十%` → `30%`. Chinese percentages of idioms and speech
/// (`百分之百`, `百分之九十九的努力`) have no digits and no sign and are never seen; quotations are left alone.
public struct PercentFormRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-percent-form",
    summary: Message(zh: "百分数的汉字与阿拉伯数字混写", en: "Percentage mixing Chinese and Arabic forms"),
    rationale: Message(
      zh:
        "百分数用阿拉伯数字加“%”（5.2%），或全用汉字（百分之五点二），不混写：“百分之5.2”应为“5.2%”，“三十%”应为“30%”。“百分之百”“百分之九十九的努力”等说法不报。",
      en:
        "A percentage is written 5.2% or 百分之五点二, not half and half: 百分之5.2 is 5.2%, 三十% is 30%. Idioms such as 百分之百 are left alone."
    ),
    clause: "GB/T 15835—2011 §4.1（计量：63%～68%）、§4.3; house-style B num-percent-form",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("一季度同比增长百分之5.2。", fixed: "一季度同比增长5.2%。"),
      Example("不良率控制在千分之3以内。", fixed: "不良率控制在3‰以内。"),
      Example("参保率提高了三十%。", fixed: "参保率提高了30%。"),
    ],
    nonTriggering: [
      Example("他表示要百分之百落实，成功是百分之九十九的努力。"),
      Example("一季度同比增长5.2%，排放量降低百分之三十八。"),
      Example("他说：“增长了百分之5呢。”"),
      Example("占比达63%～68%，提高了2个百分点。"),
    ])

  static let baifenzhi = Array("百分之".utf8)
  static let qianfenzhi = Array("千分之".utf8)

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    var quotes: (block: Int, map: QuoteMap)?
    for t in doc.analysis(NumberScan.self).tokens where !t.touchesLatin && !t.hasSeparator {
      let s = t.range.lowerBound
      let isBai = NumText.has(doc, Self.baifenzhi, before: s)
      guard isBai || NumText.has(doc, Self.qianfenzhi, before: s) else { continue }
      let start = s - 9
      guard NumText.isOpen(doc, start..<t.range.upperBound),
        !NumText.isQuoted(doc, block: t.block, start, &quotes)
      else { continue }
      let sign = isBai ? "%" : "‰"
      let shown = doc.slice(start..<t.range.upperBound)
      sink.report(
        start..<t.range.upperBound,
        Message(zh: "“\(shown)”混用汉字和阿拉伯数字，应写作“\(t.digits)\(sign)”", en: "'\(shown)' should be '\(t.digits)\(sign)'"),
        fix: .replace(start..<t.range.upperBound, with: t.digits + sign))
    }
    // 三十%: a Chinese numeral before the percent sign.
    let b = doc.bytes
    for (index, block) in doc.blocks.enumerated() where PunctScan.isProseBlock(block.kind) {
      var i = block.range.lowerBound
      while i < block.range.upperBound {
        let isSign = b[i] == 0x25 || (b[i] == 0xEF && i + 2 < b.count && b[i + 1] == 0xBC && b[i + 2] == 0x85)  // % ％
        guard isSign else {
          i += 1
          continue
        }
        let signEnd = i + (b[i] == 0x25 ? 1 : 3)
        var j = i
        var scalars: [UInt32] = []
        while let (u, s) = doc.scalar(before: j).map({ ($0.value, $0.start) }),
          ChineseNumerals.isNumeral(u) || u == 0x70B9,
          scalars.count < 12
        {
          scalars.insert(u, at: 0)
          j = s
        }
        defer { i = signEnd }
        guard !scalars.isEmpty, NumText.isOpen(doc, j..<signEnd), !NumText.isQuoted(doc, block: index, j, &quotes),
          let value = Self.value(scalars)
        else { continue }
        let shown = doc.slice(j..<signEnd)
        let sign = doc.slice(i..<signEnd)
        sink.report(
          j..<signEnd,
          Message(zh: "“\(shown)”混用汉字和百分号，应写作“\(value)\(sign)”", en: "'\(shown)' should be '\(value)\(sign)'"),
          fix: .replace(j..<i, with: value))
      }
    }
  }

  /// `三十` → 30, `五点二` → 5.2; nil for approximations (`三四`, `十几`).
  static func value(_ s: [UInt32]) -> String? {
    guard let dot = s.firstIndex(of: 0x70B9) else { return ChineseNumerals.value(s).map(String.init) }
    guard let whole = ChineseNumerals.value(Array(s[..<dot])) else { return nil }
    let fraction = s[(dot + 1)...]
    guard !fraction.isEmpty, fraction.allSatisfy({ ChineseNumerals.digit($0) != nil && $0 != ChineseNumerals.liang })
    else { return nil }
    return "\(whole)." + fraction.map { String(ChineseNumerals.digit($0)!) }.joined()
  }
}
