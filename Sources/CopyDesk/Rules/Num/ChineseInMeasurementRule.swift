/// `num-chinese-in-measurement` (info): a measured quantity in factual copy is clearer in Arabic digits (GB/T 15835
/// §4.1): a Chinese numeral with a decimal point before a unit (`全长二百三十五点六公里` → `235.6公里`, `百分之三十五点五`
/// → `35.5%`) or before a symbol unit (`重约五kg` → `5kg`). Everything GB/T 15835 §4.3 lets either form express stays
/// silent — `三倍`, `约三百人`, `七十六岁`, `一九九七年七月一日`, `下午四点四十分` — and so do approximations (`三四公里`,
/// `十几km`), idioms with 点 (`一点一滴`, `三点一线`) and quotations.
public struct ChineseInMeasurementRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-chinese-in-measurement",
    summary: Message(zh: "计量数值用了汉字数字", en: "Measured quantity in Chinese numerals"),
    rationale: Message(
      zh:
        "事实性报道中，带小数的计量数值和带符号单位的数值用阿拉伯数字更醒目：“全长二百三十五点六公里”宜写作“全长235.6公里”，“重约五kg”宜写作“重约5kg”。国标§4.3允许两种写法的（三倍、约三百人、七十六岁、下午四点四十分）和概数、成语、引语不报。仅作提示。",
      en:
        "In factual copy, measured quantities with a decimal or a symbol unit read better in Arabic digits: 235.6公里, not 二百三十五点六公里; 5kg, not 五kg. What GB/T 15835 §4.3 allows in either form (三倍, 约三百人, 七十六岁, 下午四点四十分), approximations, idioms and quotations are left alone. A hint only."
    ),
    clause: "GB/T 15835—2011 §4.1（计量）、§4.3; house-style B num-chinese-in-measurement",
    defaultSeverity: .info, fix: .unsafe,
    triggering: [
      Example("新线全长二百三十五点六公里。", fixed: "新线全长235.6公里。"),
      Example("每袋重约五kg。", fixed: "每袋重约5kg。"),
      Example("占比达百分之三十五点五。", fixed: "占比达35.5%。"),
      Example("体温升到三十八点五摄氏度。", fixed: "体温升到38.5摄氏度。"),
    ],
    nonTriggering: [
      Example("产量增长三倍，约三百人参加，老人今年七十六岁。"),
      Example("下午四点四十分出发，晚上八点二十到达。"),
      Example("步行三四公里，跑了十几km，一点一滴做起，三点一线的生活。"),
      Example("他说：“这条路有二百三十五点六公里。”"),
      Example("这一点很重要，两点建议，新线全长235.6公里。"),
    ])

  static let dian: UInt32 = 0x70B9  // 点
  /// Units a decimal quantity is measured in (not 分, which is also a score or a minute: `四点四十分`).
  static let units = NumText.bytes([
    "公里", "千米", "米", "厘米", "毫米", "公斤", "千克", "克", "吨", "亿", "万", "元", "倍", "摄氏度", "度", "平方米",
    "平方公里", "公顷", "亩", "升", "毫升", "个百分点", "小时", "秒", "千瓦", "千瓦时", "岁",
  ])
  static let symbolUnits = NumText.bytes([
    "km²", "km", "kg", "cm", "mm", "m²", "m³", "m", "g", "L", "ml", "mL", "kWh", "kW", "MW", "GW", "GB", "MB", "TB",
    "Hz",
    "kHz", "MHz", "GHz", "h", "℃",
  ])
  static let baifenzhi = Array("百分之".utf8)

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let b = doc.bytes
    var quotes: (block: Int, map: QuoteMap)?
    for (index, block) in doc.blocks.enumerated() where PunctScan.isProseBlock(block.kind) {
      var i = block.range.lowerBound
      let end = block.range.upperBound
      while i < end {
        let c = b[i]
        let isDian = c == 0xE7 && i + 2 < end && b[i + 1] == 0x82 && b[i + 2] == 0xB9
        let isSymbol =
          CharClass.isASCIILetter(UInt32(c)) || (c == 0xE2 && i + 2 < end && b[i + 1] == 0x84 && b[i + 2] == 0x83)
        guard isDian || isSymbol, ChineseNumerals.isNumeral(NumText.before(doc, i)) else {
          i += 1
          continue
        }
        defer { i += isDian ? 3 : 1 }
        // The numeral before: 二百三十五 (or 五 before kg).
        var start = i
        var whole: [UInt32] = []
        while let (u, s) = doc.scalar(before: start).map({ ($0.value, $0.start) }), ChineseNumerals.isNumeral(u),
          whole.count < 10
        {
          whole.insert(u, at: 0)
          start = s
        }
        guard let wholeValue = ChineseNumerals.value(whole) else { continue }
        let q = NumText.before(doc, start)
        if q == 0x7B2C || q == 0x51E0 || q == 0x4E24 || CharClass.isASCIIDigit(q) { continue }  // 第, 几, digits
        var stop: Int
        var text: String
        var percent = false
        if isDian {
          var j = i + 3
          var fraction = ""
          while let u = doc.scalar(at: j)?.value, let d = ChineseNumerals.digit(u), u != ChineseNumerals.liang {
            fraction += String(d)
            j += 3
          }
          guard !fraction.isEmpty else { continue }
          percent = NumText.has(doc, Self.baifenzhi, before: start)
          guard percent || NumText.match(doc, Self.units, at: j) != nil else { continue }
          stop = j
          text = "\(wholeValue).\(fraction)"
        } else {
          guard let unit = NumText.match(doc, Self.symbolUnits, at: i) else { continue }
          if unit.count == 1 || unit.allSatisfy({ $0 < 0x80 }),
            CharClass.isASCIILetter(NumText.at(doc, i + unit.count))
          {
            continue  // a word, not a unit: 五kg is a unit, 五Mbps is not listed
          }
          stop = i
          text = String(wholeValue)
        }
        let from = percent ? start - 9 : start
        guard NumText.isOpen(doc, from..<stop), !NumText.isQuoted(doc, block: index, from, &quotes) else { continue }
        let shown = doc.slice(from..<stop)
        let arabic = percent ? text + "%" : text
        sink.report(
          from..<stop,
          Message(
            zh: "计量数值“\(shown)”宜用阿拉伯数字：“\(arabic)”", en: "a measured quantity reads better in digits: '\(arabic)'"),
          fix: .replace(from..<stop, with: arabic))
      }
    }
  }
}
