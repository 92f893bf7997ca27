/// `layout-broken-paragraph`: a paragraph that stops mid-sentence and goes on after a blank line (or on the next
/// line of one-paragraph-per-line copy) — the column or page break of a PDF page turned into a paragraph break
/// (`……等地进行⏎⏎实地考察。`). The segmenter links the two blocks (`Continuation`); headlines, subheads, bylines,
/// credits and editor's notes end without punctuation legitimately and are never the first half.
public struct BrokenParagraphRule: Rule {
  public static let description = RuleDescription(
    id: "layout-broken-paragraph",
    summary: Message(zh: "段落在句中断开", en: "Paragraph broken mid-sentence"),
    rationale: Message(
      zh:
        "从PDF版面提取的文字常在分栏或转版处把一个段落断成两段：前一段停在句子中间，后一段接着往下写。两段应合为一段。标题、小标题、讯头、图片署名和“（完）”之类的编者注本来就不带句末标点，不在此列。自动修改只在断开有确证时合并：前一段以逗号、顿号、前引号或虚词（的、为、和……）结尾，后一段以不能开头的标点起头，数字与单位被拆开，或同一页上别处已有这样的断开（说明该页来自PDF分栏）。仅仅是一段文字缺少句末标点时，两段也可能本来就是两段，合并须人工确认。",
      en:
        "Text extracted from a PDF page often breaks a paragraph where a column or page ends: the first part stops mid-sentence and the next paragraph goes on with it. The two parts are one paragraph. Headlines, subheads, bylines, credits and editor's notes such as （完） end without punctuation by design and are not affected. The safe fix joins only proven cuts: the first part ends with a comma, 顿号, opening quote or a function word (的, 为, 和…), the second starts with a mark no paragraph starts with, a number is cut from its unit, or the page shows such cuts elsewhere (it came from PDF columns). A paragraph of prose that merely lacks its final mark may really be two paragraphs: joining it needs review."
    ),
    clause: "house-style §1.3 (zones); layout artifact of PDF extraction",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example(
        "当天，全国总工会一行先后到回天会客厅等地进行\n\n实地考察。",
        fixed: "当天，全国总工会一行先后到回天会客厅等地进行实地考察。"),
      Example(
        "收到慰问品后，“‘娘家人’总是想着我们，有工\n\n\n\n会的地方就有温暖。”",
        fixed: "收到慰问品后，“‘娘家人’总是想着我们，有工会的地方就有温暖。”"),
      Example(
        "来到航天一院，张良一行先后参观了航天一院院史展、\n\n高凤林大师劳模创新工作室。",
        fixed: "来到航天一院，张良一行先后参观了航天一院院史展、高凤林大师劳模创新工作室。"),
      Example("朝外街道总工会相关负责人\n\n表示，春节期间将开放工会服务站。", fixed: "朝外街道总工会相关负责人表示，春节期间将开放工会服务站。"),
      Example("用于当地防控一线职工慰问。2019\n\n年以来，已累计援助55万元。", fixed: "用于当地防控一线职工慰问。2019年以来，已累计援助55万元。"),
    ],
    nonTriggering: [
      Example("全国总工会赴回天地区开展送温暖调研慰问活动\n\n本报讯（记者 张晶）昨天，全国总工会开展慰问。", variants: false),
      Example("本报讯（记者 张晶）昨天，全国总工会开展慰问。\n\n本报记者 于佳 摄", variants: false),
      Example("职工们纷纷表示感谢。\n\n通州区总工会为副中心职工送节日礼包\n\n本报讯（记者 赵思远）近日，活动启动。", variants: false),
      Example("他说：“我们留在北京过年。”\n\n活动中，慰问组送上了慰问资金。"),
      Example("坚持党建引领\n\n近年来，区总工会不断完善服务体系。"),
      Example("答题内容包括：\n\n“工会会员互助服务卡丢失如何补办？”"),
      Example("一、加强组织领导；\n\n二、强化工作保障。"),
      Example("春天来了\n\n公园里的玉兰花开了，游人络绎不绝。"),
      Example("本届大会将持续至6月14日。\n（完）"),
      Example("收入涨了 心气足了\n转岗后，他的月收入比原来多了800元。"),
      Example("地铁3号线一期工程开通试运营\n12月15日，地铁3号线一期工程开通试运营。"),
    ])

  /// Web copy keeps a space where the join meets Chinese and Latin (see `LayoutScan.joiner`).
  let spacedMixedScript: Bool

  public init(setup: RuleSetup) { spacedMixedScript = setup.profile == "web" }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    // The segmenter links a block to the one before it when the page shows the cut (see `Continuation`): a proven
    // cut is joined by a safe fix; a possible one (a paragraph of prose that only lacks its final mark, on a page
    // that shows no other cuts) is reported with a fix to review.
    let blocks = doc.blocks
    for k in blocks.indices.dropFirst() {
      guard let evidence = blocks[k].continues else { continue }
      let a = blocks[k - 1]
      guard let (last, lastStart, _) = LayoutScan.lastScalars(doc, before: a.range.upperBound, from: a.range.lowerBound)
      else { continue }
      let bStart = doc.skipSpaces(from: blocks[k].range.lowerBound)
      guard let (first, _) = doc.scalar(at: bStart), bStart < blocks[k].range.upperBound else { continue }
      let gapStart = doc.skipSpaces(backFrom: a.range.upperBound)
      sink.report(
        lastStart..<bStart,
        Message(zh: "段落在句中断开，应与下一段合并", en: "paragraph stops mid-sentence; join it with the next one"),
        fix: .replace(
          gapStart..<bStart, with: LayoutScan.joiner(last, first, spacedMixedScript: spacedMixedScript),
          evidence == .proven ? .safe : .unsafe))
    }
  }
}
