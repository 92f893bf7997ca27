/// `news-photo-credit-format`: a photo credit in the house form `本报记者 于佳 摄` — role, name and 摄 (or 摄影报道)
/// separated by single spaces. Only text the segmenter recognised as a credit (a line of its own, or the tail of a
/// caption after its last sentence) is judged, so words that merely contain 摄 (拍摄, 摄影家协会, 摄氏度) never are.
public struct PhotoCreditFormatRule: StatelessRule {
  public static let description = RuleDescription(
    id: "news-photo-credit-format",
    summary: Message(zh: "图片署名格式不符合本报模板", en: "Photo credit not in the house form"),
    rationale: Message(
      zh: "图片署名写作“本报记者 于佳 摄”：角色、姓名和“摄”（图片报道用“摄影报道”）之间各空一格，不写“摄影：”“图/”。“新华社发”“受访者供图”“资料图片”等固定说法照用。",
      en:
        "A photo credit reads `本报记者 于佳 摄`: role, name and 摄 (摄影报道 for a photo story) separated by single spaces, not `摄影：…` or `图/…`. Fixed forms such as 新华社发, 受访者供图 and 资料图片 stand as they are."
    ),
    clause: "house-style C news-photo-credit-format, §3 photo credits",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example("市总工会开展慰问活动。\n\n本报记者于佳摄", fixed: "市总工会开展慰问活动。\n\n本报记者 于佳 摄"),
      Example("市总工会开展慰问活动。\n\n摄影：本报记者 于佳", fixed: "市总工会开展慰问活动。\n\n本报记者 于佳 摄"),
      Example("市总工会开展慰问活动。\n\n图/于佳", fixed: "市总工会开展慰问活动。\n\n于佳 摄"),
      Example("市总工会开展慰问活动。\n\n本报记者  于佳 摄", fixed: "市总工会开展慰问活动。\n\n本报记者 于佳 摄"),
      Example(
        "“娘家人”送来暖心慰问\n\n近日，东城区总工会慰问新就业形态劳动者。本报记者边磊 通讯员赵紫明 摄影报道",
        fixed: "“娘家人”送来暖心慰问\n\n近日，东城区总工会慰问新就业形态劳动者。本报记者 边磊 通讯员 赵紫明 摄影报道"),
    ],
    nonTriggering: [
      Example("市总工会开展慰问活动。\n\n本报记者 于佳 摄"),
      Example("市总工会开展慰问活动。\n\n本报记者 边磊 通讯员 赵紫明 摄影报道"),
      Example("市总工会开展慰问活动。\n\n本报实习记者 王辰阳 摄"),
      Example("市总工会开展慰问活动。\n\n新华社记者 金良快 摄"),
      Example("市总工会开展慰问活动。\n\n赵思远 摄"),
      Example("市总工会开展慰问活动。\n\n新华社发"),
      Example("市总工会开展慰问活动。\n\n新华社发（张三 摄）"),
      Example("市总工会开展慰问活动。\n\n受访者供图"),
      Example("市总工会开展慰问活动。\n\n资料图片"),
      Example("他用手机拍摄了现场照片。"),
      Example("市摄影家协会举办展览，当天气温零下5摄氏度。"),
      Example("本报讯（记者 张晶）摄制组昨天抵达现场拍摄。"),
    ])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    for block in doc.blocks {
      let range: Range<Int>
      if block.kind == .credit {
        range = block.range
      } else if let r = block.creditRange {
        range = r
      } else {
        continue
      }
      let start = doc.skipSpaces(from: range.lowerBound)
      let end = max(start, doc.skipSpaces(backFrom: range.upperBound))
      let text = doc.slice(start..<end)
      guard let expected = Self.canonical(text), expected != text else { continue }
      sink.report(
        start..<end,
        Message(zh: "图片署名应写作“\(expected)”", en: "write the photo credit as '\(expected)'"),
        fix: .replace(start..<end, with: expected))
    }
  }

  /// The house form of a credit, or nil when the text is a fixed form or not a parseable credit.
  static func canonical(_ text: String) -> String? {
    if text.hasSuffix("供图") || text.hasSuffix("资料图片") || text.hasPrefix("新华社发") { return nil }
    var body = Substring(text)
    var mark = "摄"
    for prefix in ["摄影：", "摄影:", "图/", "图／", "图："] where body.hasPrefix(prefix) {
      body = body.dropFirst(prefix.count)
      return Attribution.parse(body, allowLeadingName: true).map {
        $0.render(roleSeparator: " ", nameSeparator: separator($0)) + " 摄"
      }
    }
    if body.hasSuffix("摄影报道") {
      body = body.dropLast(4)
      mark = "摄影报道"
    } else if body.hasSuffix("摄") {
      body = body.dropLast(1)
    } else {
      return nil
    }
    guard let a = Attribution.parse(body, allowLeadingName: true) else { return nil }
    return a.render(roleSeparator: " ", nameSeparator: separator(a)) + " " + mark
  }

  private static func separator(_ a: Attribution) -> String { a.usedDunhao ? "、" : " " }
}
