/// `num-range-unit-omitted`: in a range whose values carry 万, 亿 or %, the first value keeps its unit —
/// `3～5亿元` reads as "3 to 500 million" only by guessing (GB/T 15835: `9亿～16亿（不写为9～16亿）`,
/// `15%～30%（不写为15～30%）`; 杜永道: `8亿—16亿` `13%—15%`). Plain units may be left out (`100～150kg`,
/// `-36～-8℃`, `第5～8课`, `2～3个百分点`). The first value must be smaller than the second: in `8000～1.2万元` it
/// is already complete. The connector itself is `punct-range-connector`'s; this rule only names the missing unit.
public struct RangeUnitOmittedRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-range-unit-omitted",
    summary: Message(zh: "数值范围前一个数省略了“万、亿、%”", en: "The first value of a range drops 万/亿/%"),
    rationale: Message(
      zh:
        "表示数值范围时，前后两个数值都带“万”“亿”或“%”的，前一个不能省略，以免产生歧义：写“3亿～5亿元”“10%～15%”，不写“3～5亿元”“10～15%”。一般计量单位可以只在后一个数值后写出（100～150kg）。",
      en:
        "When both values of a range carry 万, 亿 or %, the first one keeps it: 3亿～5亿元 and 10%～15%, not 3～5亿元 and 10～15%. Ordinary units may be written once, after the second value (100～150kg)."
    ),
    clause: "GB/T 15835—2011 §4.1（数值范围示例）; house-style B num-range-unit-omitted",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("项目计划投资3～5亿元。", fixed: "项目计划投资3亿～5亿元。"),
      Example("预计增长10—15%。", fixed: "预计增长10%—15%。"),
      Example("每户补贴1至2万元。", fixed: "每户补贴1万至2万元。"),
      Example("利率上浮0.5～1.5%。", fixed: "利率上浮0.5%～1.5%。"),
    ],
    nonTriggering: [
      Example("每箱重100～150kg，气温-36～-8℃。"),
      Example("学习第5～8课，利率下调2～3个百分点。"),
      Example("投资3亿～5亿元，增长10%～15%，补贴8000～1.2万元。"),
      Example("项目投资500万元—3000万元，降雨量50～80毫米。"),
    ])

  /// The connectors of a range, half-width ones included (their form is `punct-range-connector`'s question).
  static let connectors = NumText.bytes(["～", "~", "—", "–", "-", "－", "〜", "至", "到"])
  static let units = NumText.bytes(["万亿", "万", "亿", "%", "％", "‰"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let tokens = doc.analysis(NumberScan.self).tokens
    for (k, first) in tokens.enumerated() where k + 1 < tokens.count && !first.touchesLatin {
      let second = tokens[k + 1]
      guard let c = NumText.match(doc, Self.connectors, at: first.range.upperBound),
        first.range.upperBound + c.count == second.range.lowerBound, !second.touchesLatin,
        let unit = NumText.match(doc, Self.units, at: second.range.upperBound),
        first.value < second.value,
        NumText.isOpen(doc, first.range.lowerBound..<(second.range.upperBound + unit.count))
      else { continue }
      // Not a chain (`2024-01-16`, `3-2-11`), a time (`9:30-10`), a minus sign or a code before the first value.
      let p = NumText.before(doc, first.range.lowerBound)
      if p == 0x2D || p == 0x2E || p == 0x3A || p == 0x2F || p == 0xFF1A || p == 0x2236 || p == 0xFF0D { continue }
      let unitText = String(decoding: unit, as: UTF8.self)
      let range = first.range
      sink.report(
        range,
        Message(
          zh: "数值范围的前一个数“\(doc.slice(range))”后不能省略“\(unitText)”",
          en: "the first value of the range keeps its '\(unitText)'"),
        fix: .replace(range.upperBound..<range.upperBound, with: unitText))
    }
  }
}
