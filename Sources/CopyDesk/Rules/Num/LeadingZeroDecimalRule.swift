/// `num-leading-zero-decimal`: a pure decimal keeps its 0 (GB/T 15835 §5.1.2: `0.46`, not `.46`): `增长.5个百分点` →
/// `0.5个百分点`, `系数为.85` → `0.85`. Only a dot after Chinese text, a space or a sign is a lost zero; `.NET`, file
/// extensions (`.txt`), versions (`3.5.1`), URLs and code are no numbers. The fix is a suggestion: the lost
/// character may as well have been another digit (`1.5` extracted as `.5`).
public struct LeadingZeroDecimalRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-leading-zero-decimal",
    summary: Message(zh: "纯小数缺少整数位的0", en: "Decimal without its leading zero"),
    rationale: Message(
      zh: "纯小数必须写出小数点前的“0”：写“0.46”，不写“.46”。“.NET”、文件扩展名、网址和版本号不是数字，不报。",
      en:
        "A pure decimal keeps the 0 before its point: 0.46, not .46. .NET, file extensions, URLs and version numbers are not numbers."
    ),
    clause: "GB/T 15835—2011 §5.1.2; house-style B num-leading-zero-decimal",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("同比增长.5个百分点。", fixed: "同比增长0.5个百分点。"),
      Example("相关系数为.85，差异显著。", fixed: "相关系数为0.85，差异显著。"),
      Example("最低气温-.5℃。", fixed: "最低气温-0.5℃。"),
    ],
    nonTriggering: [
      Example("基于.NET平台开发，导出为.txt文件，版本3.5.1。"),
      Example("详见https://www.example.com/v.5/index.html，同比增长0.5个百分点。"),
      Example("代码 `x = .5` 照录，配备.50口径机枪。"),
      Example("第1.5条，比上年提高2.5个百分点。"),
    ])

  static let notDecimal: Set<UInt32> = NumText.scalars("年月日号时点届次条、：:")

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    for t in doc.analysis(NumberScan.self).tokens where !t.letterAfter {
      let dot = t.range.lowerBound - 1
      guard dot >= 0, doc.bytes[dot] == 0x2E, NumText.isOpen(doc, dot..<t.range.upperBound) else { continue }
      let p = NumText.before(doc, dot)
      guard
        p == 0 || CharClass.isHan(p) || CharClass.isInlineSpace(p) || CharClass.isFullwidthPunct(p) || p == 0x2D
          || p == 0xFF0D || p == 0x2B || p == 0x0A || p == 0x28
      else { continue }
      if p == 0x2D || p == 0x2B, CharClass.isASCIIAlnum(NumText.before(doc, dot - 1)) { continue }  // a-.5
      let next = NumText.at(doc, t.range.upperBound)
      if next == 0x2E || next == 0x2F || next == 0x5F { continue }  // .5.1, .5/ paths
      // A stray period before a date or an ordinal starts a new sentence: `会议召开.5月1日起施行`.
      if Self.notDecimal.contains(next) { continue }
      if NumText.has(doc, Array("口径".utf8), at: t.range.upperBound) { continue }  // .50口径: a calibre
      let shown = doc.slice(dot..<t.range.upperBound)
      sink.report(
        dot..<t.range.upperBound,
        Message(zh: "纯小数“\(shown)”应写出整数位的0：“0\(shown)”", en: "write the leading zero: '0\(shown)'"),
        fix: .replace(dot..<dot, with: "0"))
    }
  }
}
