/// `punct-range-connector`: a numeric range joined with a hyphen, tilde, en dash, full-width minus or wave dash
/// (`2020-2023年`, `18~25℃`) instead of the 一字线 `—` or 浪纹线 `～` (house option `connector`, default `—`).
///
/// Fires only on `number connector number unit` where the unit is one a range is measured in (年 月 日 岁 元 万 亿 %
/// ℃ 公里 km 页 条 …), so ISO dates `2024-01-16`, phones `010-88842603`, rooms `3-2-11室`, models `C919` `COVID-19`
/// `WZ-10`, figure numbers `表2-8`, scores `3-1`, times `9:00-17:00` and minus signs `-5℃` never match.
public struct RangeConnectorRule: Rule {
  public static let description = RuleDescription(
    id: "punct-range-connector",
    summary: Message(zh: "数值范围的连接号不规范", en: "Wrong connector in a numeric range"),
    rationale: Message(
      zh:
        "标示数值范围（起止）用一字线“—”或浪纹线“～”，不用连字符“-”、波浪号“~”、短横“–”或全角减号“－”。本报默认用一字线，可在配置中改为浪纹线。日期“2024-01-16”、电话、型号、图表编号、比分、时刻和负号都不是范围，不报。",
      en:
        "A numeric range takes the one-em dash '—' or the wave dash '～', not a hyphen, ASCII tilde, en dash or full-width minus. The house default is '—' (option `connector`: \"—\" or \"～\"). ISO dates, phone numbers, model codes, figure numbers, scores, times and minus signs are not ranges."
    ),
    clause: "GB/T 15834—2011 §4.13（连接号）; GB/T 15835—2011 §4.1.1 示例",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("2020-2023年，全市新增就业岗位", fixed: "2020—2023年，全市新增就业岗位"),
      Example("气温18~25℃", fixed: "气温18—25℃"),
      Example("气温18~25℃", fixed: "气温18～25℃", options: #"{"connector": "～"}"#),
      Example("每人补贴500–800元", fixed: "每人补贴500—800元"),
      Example("增长10%-15%", fixed: "增长10%—15%"),
      Example("第3－5页", fixed: "第3—5页"),
      Example("气温-5~3℃", fixed: "气温-5—3℃"),
    ],
    nonTriggering: [
      Example("会议于2024-01-16召开，时间9:00-17:00。"),
      Example("咨询电话010-88842603，地址3-2-11室。"),
      Example("C919客机、COVID-19疫情、WZ-10直升机"),
      Example("见表2-8，比分3-1，气温-5℃。"),
      Example("1—2月，北京—上海，GB/T 15834—2011。"),
      Example("3-戊酮是一种溶剂，吐鲁番-哈密盆地"),
      Example("气温18～25℃", options: #"{"connector": "—"}"#),
    ])

  public struct Options: RuleOptions {
    enum Connector: String, OptionEnum {
      case dash = "—"
      case wave = "～"
    }
    var connector: Connector
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      connector = try reader.read(
        "connector", default: .dash, doc: "The mark joining a numeric range: the 一字线 — or the 浪纹线 ～")
    }
  }

  let options: Options

  public init(setup: RuleSetup) throws { options = try setup.options() }

  /// Units a range is measured in. Checked longest first; ASCII units must not run on into a word.
  static let units: [[UInt8]] = [
    "年", "月", "日", "时", "点", "岁", "元", "角", "万", "亿", "千", "百", "%", "％", "℃", "°", "度", "倍", "天", "周",
    "个", "人", "名", "位", "次", "家", "所", "条", "款", "章", "节", "页", "册", "卷", "期", "届", "层", "米", "公里",
    "千米", "厘米", "毫米", "平方米", "公斤", "千克", "克", "吨", "斤", "亩", "公顷", "升", "毫升", "小时", "分钟", "秒",
    "学年", "年度", "赛季", "世纪", "km", "kg", "cm", "mm", "ml", "mL", "min", "m", "g", "L", "h",
  ].map { Array($0.utf8) }.sorted { $0.count > $1.count }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      let b = buf.bytes
      PunctScan.forEachProse(buf, doc, buf.index.rare) { block, i, u, k in
        guard u == 0x2D || u == 0x7E || u == U.enDash || u == U.fullwidthHyphen || u == 0x301C else { return }
        let n = buf.eventLength(k)
        guard i > block.lowerBound, i + n < block.upperBound, CharClass.isASCIIDigit(UInt32(b[i + n])),
          CharClass.isASCIIDigit(UInt32(b[i - 1])) || isUnitBeforeConnector(buf, i), buf.open(i, .proseZones),
          isRange(buf, block, connector: i..<(i + n))
        else { return }
        let shown = String(decoding: b[i..<(i + n)], as: UTF8.self)
        let connector = options.connector.rawValue
        sink.report(
          i..<(i + n),
          Message(zh: "数值范围应使用“\(connector)”，不用“\(shown)”", en: "a numeric range takes '\(connector)', not '\(shown)'"),
          fix: .replace(i..<(i + n), with: connector))
      }
    }
  }

  /// `10%-15%`, `8亿-16亿`: the first value may repeat the unit.
  private func isUnitBeforeConnector(_ buf: PunctScan.Buffers, _ i: Int) -> Bool {
    let (u, s) = buf.before(i)
    guard u == 0x25 || u == 0xFF05 || u == 0x2103 || u == 0x4E07 || u == 0x4EBF else { return false }
    return CharClass.isASCIIDigit(buf.before(s).0)
  }

  private func isRange(_ buf: PunctScan.Buffers, _ block: Range<Int>, connector: Range<Int>) -> Bool {
    let b = buf.bytes
    // Left value: [unit] digits[.digits], not glued to a letter, another connector, a colon or a dot (chains).
    var j = connector.lowerBound
    let (lu, ls) = buf.before(j)
    if !CharClass.isASCIIDigit(lu) { j = ls }
    let leftEnd = j
    while j > block.lowerBound && (CharClass.isASCIIDigit(UInt32(b[j - 1])) || b[j - 1] == 0x2E) { j -= 1 }
    guard j < leftEnd, b[j] != 0x2E else { return false }
    if j > block.lowerBound {
      let (p, ps) = buf.before(j)
      // A minus sign (`-5~3℃`) starts the value: nothing number-like before it. Otherwise a connector before the
      // value means a chain (`2024-01-16`, `3-2-11`).
      let minusSign = (p == 0x2D || p == U.fullwidthHyphen) && !CharClass.isASCIIAlnum(buf.before(ps).0)
      if !minusSign
        && (CharClass.isASCIILetter(p) || p == 0x2D || p == 0x7E || p == 0x3A || p == 0x2F || p == 0x2B || p == 0x23
          || p == U.fullwidthHyphen || p == U.enDash || p == 0xFF1A)
      {
        return false
      }
      // Figure, table and formula numbers: 表2-8, 图3-1, 式(2-5).
      if p == 0x8868 || p == 0x56FE || p == 0x5F0F || p == 0x4F8B { return false }
    }
    // Right value: digits[.digits] then a unit, and no further connector (3-2-11, 2024-01-16).
    var k = connector.upperBound
    while k < block.upperBound
      && (CharClass.isASCIIDigit(UInt32(b[k]))
        || (b[k] == 0x2E && k + 1 < block.upperBound
          && CharClass.isASCIIDigit(UInt32(b[k + 1]))))
    {
      k += 1
    }
    guard k < block.upperBound else { return false }
    let next = b[k]
    if next == 0x2D || next == 0x7E || next == 0x3A || next == 0x2F { return false }
    for unit in Self.units where k + unit.count <= block.upperBound && b[k..<(k + unit.count)].elementsEqual(unit) {
      let after = k + unit.count
      if unit[0] < 0x80 && unit[0] != 0x25 && after < block.upperBound && CharClass.isASCIILetter(UInt32(b[after])) {
        continue
      }
      return true
    }
    return false
  }
}
