/// `layout-hard-line-break`: line breaks inside a paragraph of Chinese text — column-width lines pasted from a PDF
/// (`该活⏎动将为辖区…`). In rendered HTML each becomes a stray space. A paragraph counts as hard-wrapped when at
/// least one of its breaks falls inside a sentence; then every break in it is reported. Paragraphs whose lines all
/// end sentences (one sentence per line) are left alone. Off for sources that wrap on purpose:
/// `"layout-hard-line-break": "off"`.
public struct HardLineBreakRule: Rule {
  public static let description = RuleDescription(
    id: "layout-hard-line-break",
    summary: Message(zh: "段落内的硬换行", en: "Hard line break inside a paragraph"),
    rationale: Message(
      zh: "从PDF分栏中复制的文字按栏宽折行，换行落在句子中间甚至词语中间；排成网页时每个换行还会变成一个多余的空格。段内的换行应删去（汉字之间不加空格）。有意按行书写的来源可在配置中关闭本规则。",
      en:
        "Text copied from PDF columns is wrapped at the column width, so breaks fall mid-sentence or mid-word, and in rendered HTML each break becomes a stray space. Remove breaks inside a paragraph (no space between Chinese characters). Turn the rule off for sources that wrap lines on purpose."
    ),
    clause: "house-style §1.3; layout artifact of PDF extraction (clreq: no inter-character space in Chinese)",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example("本报讯（记者 王路曼）近日，密云区总工会新就业形态劳\n动者送温暖慰问活动启动。", fixed: "本报讯（记者 王路曼）近日，密云区总工会新就业形态劳动者送温暖慰问活动启动。"),
      Example("据了解，为推动健全完善新\n就业形态劳动者权益保障机制，\n充分发挥工会组织作用。", fixed: "据了解，为推动健全完善新就业形态劳动者权益保障机制，充分发挥工会组织作用。"),
      Example("用于当地防控一线职工慰问。2019\n年以来，已累计援助55万元。", fixed: "用于当地防控一线职工慰问。2019年以来，已累计援助55万元。"),
      Example("推广普及“北京 i\n会员”扫码入会方式。", fixed: "推广普及“北京 i会员”扫码入会方式。"),
    ],
    nonTriggering: [
      Example("第一句话写完了。\n第二句话也写完了。"),
      Example("“全国维护职工权益杰出律师”评选结果公布\n北京市总工会法律服务中心公职律师胡芳等10名律师获得荣誉\n\n本报讯（记者 白莹）近日，评选结果公布。", variants: false),
      Example("本报讯（记者 张晶）市总工会开展慰问。\n\n本报记者 于佳 摄", variants: false),
      Example("本报讯（记者 张晶）\n市总工会开展慰问。", variants: false),
      Example("他说：\n- 第一，加强领导\n- 第二，强化保障", variants: false),
      Example("本报讯（记者 张晶）近日，市总工会开展慰问，\n活动持续一周。", options: #"{"enabled": false}"#),
    ])

  public struct Options: RuleOptions {
    var enabled: Bool
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      // Lets a house keep the rule on for some folders only, through their own `.copydesk.json`.
      enabled = try reader.read(
        "enabled", default: true, doc: "false reports nothing (for sources that wrap lines on purpose)")
    }
  }

  let options: Options

  public init(setup: RuleSetup) throws { options = try setup.options() }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    guard options.enabled else { return }
    for block in doc.blocks where block.lines.count > 1 {
      guard block.kind == .lead || block.kind == .body || block.kind == .caption else { continue }
      var breaks: [(range: Range<Int>, left: UInt32, right: UInt32, inSentence: Bool)] = []
      for line in block.lines.lowerBound..<(block.lines.upperBound - 1) {
        let here = doc.lineContentRange(line)
        let next = doc.lineContentRange(line + 1)
        guard let (left, _, beforeLeft) = LayoutScan.lastScalars(doc, before: here.upperBound, from: here.lowerBound)
        else { continue }
        let rightStart = doc.skipSpaces(from: next.lowerBound)
        guard rightStart < next.upperBound, let (right, _) = doc.scalar(at: rightStart) else { continue }
        // The byline owns breaks inside it (`（记者 崔欣 通讯员⏎宋雅欣）`); list items and Markdown breaks are meant.
        let breakStart = doc.skipSpaces(backFrom: here.upperBound)
        if doc.zone(at: breakStart - 1) == .byline || doc.zone(at: rightStart) == .byline { continue }
        if isListItem(doc, rightStart) || doc.bytes[here].reversed().prefix(2).elementsEqual([0x20, 0x20]) { continue }
        guard CharClass.isCJK(left) || CharClass.isCJK(right) else { continue }
        breaks.append((breakStart..<rightStart, left, right, !LayoutScan.endsSentence(left, beforeLast: beforeLeft)))
      }
      guard breaks.contains(where: \.inSentence) else { continue }
      for b in breaks {
        sink.report(
          b.range,
          Message(
            zh: b.inSentence ? "句子中间有硬换行，应删去" : "段落内有硬换行，应删去",
            en: b.inSentence ? "line break inside a sentence; remove it" : "line break inside a paragraph; remove it"),
          fix: .replace(b.range, with: LayoutScan.joiner(b.left, b.right)))
      }
    }
  }

  /// `- `, `* `, `+ `, `> `, `1. ` at the start of a line.
  private func isListItem(_ doc: Document, _ i: Int) -> Bool {
    let b = doc.bytes
    guard i < b.count else { return false }
    if [0x2D, 0x2A, 0x2B, 0x3E].contains(b[i]) && i + 1 < b.count && b[i + 1] == 0x20 { return true }
    var j = i
    while j < b.count && b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
    return j > i && j + 1 < b.count && b[j] == 0x2E && b[j + 1] == 0x20
  }
}
