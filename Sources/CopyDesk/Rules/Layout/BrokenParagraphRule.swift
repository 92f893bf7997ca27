/// `layout-broken-paragraph`: a paragraph that stops mid-sentence and goes on after a blank line — the column or
/// page break of a PDF page turned into a paragraph break (`……等地进行⏎⏎实地考察。`). Headlines, subheads,
/// bylines and credits end without punctuation legitimately and are never the first half.
public struct BrokenParagraphRule: StatelessRule {
  public static let description = RuleDescription(
    id: "layout-broken-paragraph",
    summary: Message(zh: "段落在句中断开", en: "Paragraph broken mid-sentence"),
    rationale: Message(
      zh: "从PDF版面提取的文字常在分栏或转版处把一个段落断成两段：前一段停在句子中间，后一段接着往下写。两段应合为一段。标题、小标题、讯头和图片署名本来就不带句末标点，不在此列。",
      en:
        "Text extracted from a PDF page often breaks a paragraph where a column or page ends: the first part stops mid-sentence and the next paragraph goes on with it. The two parts are one paragraph. Headlines, subheads, bylines and credits end without punctuation by design and are not affected."
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
    ])

  /// Characters that cannot end a headline-like line: a function word at the end means the sentence goes on.
  static let danglingFunctionChars: Set<UInt32> = Set("的地得和与及或在对为将把被是了着从向到于以并且而".unicodeScalars.map(\.value))
  /// Verbs of saying that open the tail of a sentence whose subject ended the previous part (`负责人⏎⏎表示，`).
  static let speechVerbs = ["表示", "指出", "介绍", "强调", "认为", "告诉", "说，", "称，"]

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let blocks = doc.blocks
    guard blocks.count > 1 else { return }
    for k in 0..<(blocks.count - 1) {
      let a = blocks[k]
      let b = blocks[k + 1]
      // Two adjacent prose blocks are always in one story: a story starts at a lead, caption or headline.
      guard a.kind == .lead || a.kind == .body, a.creditRange == nil, b.kind == .body else { continue }
      guard
        let (last, lastStart, beforeLast) = LayoutScan.lastScalars(
          doc, before: a.range.upperBound, from: a.range.lowerBound)
      else { continue }
      let bStart = doc.skipSpaces(from: b.range.lowerBound)
      guard let (first, _) = doc.scalar(at: bStart), bStart < b.range.upperBound else { continue }
      guard !LayoutScan.endsSentence(last, beforeLast: beforeLast),
        isBroken(doc, a, b, last: last, first: first, bStart: bStart)
      else { continue }
      let gapStart = doc.skipSpaces(backFrom: a.range.upperBound)
      sink.report(
        lastStart..<bStart,
        Message(zh: "段落在句中断开，应与下一段合并", en: "paragraph stops mid-sentence; join it with the next one"),
        fix: .replace(gapStart..<bStart, with: LayoutScan.joiner(last, first)))
    }
  }

  private func isBroken(_ doc: Document, _ a: Block, _ b: Block, last: UInt32, first: UInt32, bStart: Int) -> Bool {
    // A semicolon or colon may close a list item or introduce a block quote: not evidence enough.
    if last == 0xFF1B || last == 0xFF1A || last == 0x3B || last == 0x3A { return false }
    if CharClass.isClosingPunct(last) { return false }
    let leftOK = CharClass.isHan(last) || CharClass.isASCIIAlnum(last) || LayoutScan.isContinuingMark(last)
    let rightOK =
      CharClass.isHan(first) || CharClass.isASCIIAlnum(first) || LayoutScan.cannotStartParagraph(first)
      || first == 0x201C
    guard leftOK && rightOK else { return false }
    if LayoutScan.isContinuingMark(last) || LayoutScan.cannotStartParagraph(first) { return true }
    // A long or multi-line block, or one with sentence punctuation, is prose, not a subhead: ending without a final
    // mark means it is broken. (Quoted speech may hold all its punctuation inside an unclosed “.)
    if a.lines.count > 1 || doc.slice(a.range).unicodeScalars.count > 40 { return true }
    if containsSentencePunctuation(doc, a.range) { return true }
    // An unpunctuated line may be an in-body subhead (`坚持党建引领`): ask for more evidence.
    if Self.danglingFunctionChars.contains(last) { return true }
    let tail = doc.slice(bStart..<min(b.range.upperBound, bStart + 12))
    return Self.speechVerbs.contains { tail.hasPrefix($0) }
  }

  private func containsSentencePunctuation(_ doc: Document, _ r: Range<Int>) -> Bool {
    var i = r.lowerBound
    var depth = 0
    while i < r.upperBound, let (u, n) = doc.scalar(at: i) {
      if u == 0x201C || u == 0x300A { depth += 1 }
      if (u == 0x201D || u == 0x300B) && depth > 0 { depth -= 1 }
      if depth == 0 && (u == 0xFF0C || u == 0x3002 || u == 0xFF1B || u == 0xFF01 || u == 0xFF1F || u == 0x2C) {
        return true
      }
      i += n
    }
    return false
  }
}
