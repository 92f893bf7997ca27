/// `num-mixed-arabic-chinese`: one number written half in Arabic digits, half with the Chinese place words 十 百 千
/// (`投资3千万元` → `3000万元`, `5百余名职工` → `500余名`). 万 and 亿 are the units a newspaper keeps after digits
/// (`145.33万元`), so only 十 百 千 are flagged — and not where 千 is an SI prefix (`5千克` `10万千瓦` `3千米`
/// `220千伏`, “‘千米’是量词，‘3千米’写法无误”), in `百分点` `百帕`, in the adverb `千万` (`千万不要`), or after a year
/// (`2023十大新闻`). `50百万` is `num-wan-yi-units`'.
public struct MixedArabicChineseRule: StatelessRule {
  public static let description = RuleDescription(
    id: "num-mixed-arabic-chinese",
    summary: Message(zh: "阿拉伯数字与“十、百、千”混写", en: "Arabic digits mixed with 十/百/千 in one number"),
    rationale: Message(
      zh:
        "一个数值的书写形式要统一：用阿拉伯数字书写时，不能以“十、百、千”作单位（不写“3千万元”“5百余名”，写“3000万元”“500余名”或“五百余名”）；“万”“亿”可以作单位（145.33万元）。“千克”“千米”“千瓦”“千伏”是计量单位，“3千米”写法无误；“百分点”“千万不要”不是数。",
      en:
        "One number takes one form: with Arabic digits, 十/百/千 are not used as units (write 3000万元 and 500余名, or 五百余名, not 3千万元 and 5百余名); 万 and 亿 may follow digits. 千克, 千米, 千瓦, 千伏 are units (3千米 is correct); 百分点 and the adverb 千万 are not numbers."
    ),
    clause: "GB/T 15835—2011 §4.1、§5.3（数值的书写形式统一）; house-style B num-mixed-arabic-chinese",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("该项目计划投资3千万元。", fixed: "该项目计划投资3000万元。"),
      Example("全区5百余名职工参加比赛。", fixed: "全区500余名职工参加比赛。"),
      Example("累计行程1.5千公里。", fixed: "累计行程1500公里。"),
      Example("共有3千多名志愿者上岗。", fixed: "共有3000多名志愿者上岗。"),
      Example("全年营业收入达3万5千元。"),
    ],
    nonTriggering: [
      Example("每块组件重约28千克，总装机10万千瓦，年发电1.3亿千瓦时。"),
      Example("全程3千米，沿途经过一座220千伏变电站，中心气压990百帕。"),
      Example("同比提高0.5个百分点，比上年提高2百分点。"),
      Example("交警提醒，节日出行千万不要酒驾，今年已查处3起。"),
      Example("评选出2023十大新闻，投资3000万元、五百余名职工、145.33万元。"),
    ])

  /// Words that begin with 十/百/千 after a number but are units or other words: SI prefixes and the like.
  static let unitWords = NumText.bytes([
    "千克", "千米", "千瓦", "千伏", "千帕", "千焦", "千卡", "千赫", "千兆", "千字节", "千比特", "千安", "千欧", "千乏",
    "千牛", "千升", "百分点", "百分比", "百分之", "百帕", "十分", "十足", "十字",
  ])
  /// 千万 as an adverb: `千万不要`, `千万别`, `千万要注意` (but `3千万不到` is a number).
  static let adverbs = NumText.bytes(["千万不要", "千万不能", "千万不可", "千万别", "千万莫", "千万勿", "千万要", "千万记"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    for t in doc.analysis(NumberScan.self).tokens where !t.letterBefore && !t.hasSeparator {
      let m = t.range.upperBound
      let u = NumText.at(doc, m)
      guard let unit = ChineseNumerals.smallUnit(u), NumText.isOpen(doc, t.range.lowerBound..<(m + 3)) else {
        continue
      }
      if NumText.match(doc, Self.unitWords, at: m) != nil { continue }
      let next = NumText.at(doc, m + 3)
      if unit == 100 && next == ChineseNumerals.wan { continue }  // 50百万: num-wan-yi-units
      if unit == 1000 && NumText.match(doc, Self.adverbs, at: m) != nil { continue }
      // A year before 十大/百强/千县 names a list, not a number.
      if t.digits.count == 4 && (t.digits.hasPrefix("19") || t.digits.hasPrefix("20")) { continue }
      var end = m + 3
      // 1百零8, 3千5百: the rest of the number belongs to the finding; no fix can be sure of the reading.
      var tail = false
      while CharClass.isASCIIDigit(NumText.at(doc, end))
        || ChineseNumerals.isNumeral(NumText.at(doc, end))
          && NumText.at(doc, end) != ChineseNumerals.wan && NumText.at(doc, end) != ChineseNumerals.yi
      {
        tail = true
        end += CharClass.isASCIIDigit(NumText.at(doc, end)) ? 1 : 3
      }
      // 3万5千: the finding starts at the number before 万.
      var start = t.range.lowerBound
      let before = NumText.before(doc, start)
      let afterWanYi = before == ChineseNumerals.wan || before == ChineseNumerals.yi
      if afterWanYi {
        var j = start - 3
        while j > 0 && (CharClass.isASCIIDigit(UInt32(doc.bytes[j - 1])) || doc.bytes[j - 1] == 0x2E) { j -= 1 }
        if j < start - 3 { start = j }
      }
      let shown = doc.slice(start..<end)
      var fix: ProposedFix?
      if !tail && !afterWanYi, let v = Double(t.digits) {
        let product = v * Double(unit)
        if product == product.rounded() {
          fix = .replace(t.range.lowerBound..<(m + 3), with: NumText.format(product))
        }
      }
      sink.report(
        start..<end,
        Message(
          zh: "“\(shown)”混用阿拉伯数字和“十、百、千”，应统一写作阿拉伯数字或汉字",
          en: "'\(shown)' mixes Arabic digits with 十/百/千: write it all in digits or all in Chinese"),
        fix: fix)
    }
  }
}
