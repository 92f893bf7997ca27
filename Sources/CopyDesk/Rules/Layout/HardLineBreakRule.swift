/// `layout-hard-line-break`: line breaks inside a paragraph of Chinese text — column-width lines pasted from a PDF
/// (`该活⏎动将为辖区…`). In rendered HTML each becomes a stray space. The segmenter keeps a break inside a paragraph
/// only on evidence of wrapping (`LineBreaks`): a mark no paragraph ends or starts with, a number cut from its unit,
/// or a line that stops mid-sentence filled to the page's column width. One paragraph per line, a headline over its
/// story, a long headline and a lead-in ending with `：` are paragraph breaks and never reported. Off for sources
/// that wrap on purpose: `"layout-hard-line-break": "off"`.
public struct HardLineBreakRule: Rule {
  public static let description = RuleDescription(
    id: "layout-hard-line-break",
    summary: Message(zh: "段落内的硬换行", en: "Hard line break inside a paragraph"),
    rationale: Message(
      zh:
        "从PDF分栏中复制的文字按栏宽折行，换行落在句子中间甚至词语中间；排成网页时每个换行还会变成一个多余的空格。段内的换行应删去（汉字之间不加空格）。只有确有折行证据时才报告：行末是段落不会结束的标点（逗号、顿号、前引号等）或下一行以不能开头的标点起头，数字与其单位被拆开，或行在句中断开且长度与全页栏宽一致。每段一行的稿件、标题与正文、较长的标题、以冒号引出列表的句子都不是折行。自动修改只合并已被证明的折行，不会把两个段落合在一起；满栏宽而恰好以句号结束的一行，只有在页面以空行或首行缩进标明段落时才算已证明，否则合并须人工确认。有意按行书写的来源可在配置中关闭本规则。",
      en:
        "Text copied from PDF columns is wrapped at the column width, so breaks fall mid-sentence or mid-word, and in rendered HTML each break becomes a stray space. Remove breaks inside a paragraph (no space between Chinese characters). A break is reported only on evidence of wrapping: a mark no paragraph ends with (comma, 顿号, opening quote) or starts with, a number cut from its unit, or a line that stops mid-sentence filled to the page's column width. One paragraph per line, a headline over its story, a long headline and a lead-in ending with a colon are not wraps. The safe fix joins only proven wraps and never merges two paragraphs; a full-width line that happens to end a sentence counts as proven only on a page that marks its paragraphs by blank lines or indents, else joining it needs review. Turn the rule off for sources that wrap lines on purpose."
    ),
    clause: "house-style §1.3; layout artifact of PDF extraction (clreq: no inter-character space in Chinese)",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example(
        "本报讯（记者 王路曼）近日，密云区总工\n会新就业形态劳动者送温暖慰问活动启\n动。该活动将为辖区2000余名快递员、\n外卖员等新就业形态劳动者送去慰问品。",
        fixed: "本报讯（记者 王路曼）近日，密云区总工会新就业形态劳动者送温暖慰问活动启动。该活动将为辖区2000余名快递员、外卖员等新就业形态劳动者送去慰问品。"),
      Example("据了解，为推动健全完善新\n就业形态劳动者权益保障机制，\n充分发挥工会组织作用。", fixed: "据了解，为推动健全完善新就业形态劳动者权益保障机制，充分发挥工会组织作用。"),
      Example("用于当地防控一线职工慰问。2019\n年以来，已累计援助55万元。", fixed: "用于当地防控一线职工慰问。2019年以来，已累计援助55万元。"),
      Example("推广普及“北京 i\n会员”扫码入会方式。", fixed: "推广普及“北京 i会员”扫码入会方式。"),
      // Web copy keeps a space where the join meets Chinese and Latin.
      Example(
        "据介绍，团队在开发中使用了\nVisual Studio，全年同比增长5%\n以上，\n超过预期。",
        fixed: "据介绍，团队在开发中使用了 Visual Studio，全年同比增长5% 以上，超过预期。", profile: "web"),
    ],
    nonTriggering: [
      Example("第一句话写完了。\n第二句话也写完了。"),
      Example(
        "全国总工会部署送温暖活动 各地工会积极响应\n本报讯（记者 张晶）记者日前从全国总工会获悉，各级工会将集中开展送温暖活动。\n据介绍，活动自1月1日起至2月29日止。",
        variants: false),
      Example("国务院新闻办公室就2024年国民经济和社会发展统计公报举行新闻发布会\n国家统计局局长介绍了有关情况。"),
      Example("本次疗休养活动的具体安排如下：\n报名时间：2024年4月1日—4月30日；\n活动时间：2024年5月—10月。"),
      Example("城市简讯\n地铁3号线一期工程开通试运营\n12月15日，地铁3号线一期工程开通试运营。"),
      Example("“全国维护职工权益杰出律师”评选结果公布\n北京市总工会法律服务中心公职律师胡芳等10名律师获得荣誉\n\n本报讯（记者 白莹）近日，评选结果公布。", variants: false),
      Example("本报讯（记者 张晶）市总工会开展慰问。\n\n本报记者 于佳 摄", variants: false),
      Example("本报讯（记者 张晶）\n市总工会开展慰问。", variants: false),
      Example("他说：\n- 第一，加强领导\n- 第二，强化保障", variants: false),
      Example("本报讯（记者 张晶）近日，市总工会开展慰问，\n活动持续一周。", options: #"{"enabled": false}"#),
      Example("第一句话写完了。\n第二句话用English写完了。", profile: "web"),
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
  /// Web copy keeps a space where a removed break joins Chinese and Latin (see `LayoutScan.joiner`).
  let spacedMixedScript: Bool

  public init(setup: RuleSetup) throws {
    options = try setup.options()
    spacedMixedScript = setup.profile == "web"
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    guard options.enabled else { return }
    // The segmenter keeps a line break inside a paragraph block only when it reads it as a wrap (see
    // `LineBreaks`): every such break is reported; the fix is safe where the wrap is proven.
    for block in doc.blocks where block.lines.count > 1 {
      guard block.kind == .lead || block.kind == .body || block.kind == .caption else { continue }
      // An English paragraph keeps its line breaks; a Chinese one wrapped inside an English quotation does not.
      guard doc.bytes[block.range].contains(where: { $0 >= 0xE3 }) else { continue }
      for line in block.lines.lowerBound..<(block.lines.upperBound - 1) where !block.keptBreaks.contains(line) {
        let here = doc.lineContentRange(line)
        let next = doc.lineContentRange(line + 1)
        guard let (left, _, beforeLeft) = LayoutScan.lastScalars(doc, before: here.upperBound, from: here.lowerBound)
        else { continue }
        let rightStart = doc.skipSpaces(from: next.lowerBound)
        guard rightStart < next.upperBound, let (right, _) = doc.scalar(at: rightStart) else { continue }
        // A break inside a byline is reported here unless the byline rule rewrites the byline (it supersedes this
        // rule: `本报讯 （记者 崔欣 通讯员⏎宋雅欣）`); list items and Markdown breaks are meant.
        let breakStart = doc.skipSpaces(backFrom: here.upperBound)
        if doc.zone(at: breakStart - 1) == .comment || doc.zone(at: rightStart) == .comment { continue }
        if isListItem(doc, rightStart) || doc.bytes[here].reversed().prefix(2).elementsEqual([0x20, 0x20]) { continue }
        let inSentence = !LayoutMarks.endsSentence(left, beforeLast: beforeLeft)
        let range = breakStart..<rightStart
        // A byline's own space before the break stays (`（记者 ⏎洪子健）` is `（记者 洪子健）`).
        let bylineSpace = breakStart < here.upperBound && doc.zone(at: breakStart) == .byline
        let joiner = bylineSpace ? " " : LayoutScan.joiner(left, right, spacedMixedScript: spacedMixedScript)
        sink.report(
          range,
          Message(
            zh: inSentence ? "句子中间有硬换行，应删去" : "段落内有硬换行，应删去",
            en: inSentence ? "line break inside a sentence; remove it" : "line break inside a paragraph; remove it"),
          fix: .replace(range, with: joiner, block.unprovenBreaks.contains(line) ? .unsafe : .safe))
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
