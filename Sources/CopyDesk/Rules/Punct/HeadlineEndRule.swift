/// `punct-headline-end`: a headline or subhead does not end with `。` `，` `；` `：` `、` (or their half-width forms);
/// `？` `！` `……` and a closing quote are allowed (GB/T 15834—2011 Appendix B).
///
/// The segmenter only accepts an unpunctuated short line as a headline, so a headline that ends with `。` arrives
/// as a body paragraph. This rule therefore also treats as a headline a one-line paragraph of at most 40 characters
/// with no other sentence punctuation that opens the page (or follows a photo credit) and is followed by a lead, or
/// that follows a headline and is followed by a lead or a headline (`北京推出十项便民举措。⏎⏎本报讯（记者 张晶）……`).
public struct HeadlineEndRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-headline-end",
    summary: Message(zh: "标题末尾误用点号", en: "Headline ends with punctuation"),
    rationale: Message(
      zh: "标题（包括副题、引题）末尾一般不用句号、逗号、分号、冒号、顿号；表示疑问或强烈感情的问号、叹号和省略号可以保留。",
      en:
        "Headlines, subheads and kickers do not end with 。，；：、; a question mark, exclamation mark or ellipsis may stay."
    ),
    clause: "GB/T 15834—2011 附录B（标题末尾的标点）; house-style A punct-headline-end",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example(
        "北京推出十项便民举措。\n\n本报讯（记者 张晶）近日，北京推出十项便民举措。", fixed: "北京推出十项便民举措\n\n本报讯（记者 张晶）近日，北京推出十项便民举措。", variants: false),
      Example(
        "# 市总工会开展送温暖活动；\n\n本报讯（记者 张晶）近日，市总工会开展送温暖活动。", fixed: "# 市总工会开展送温暖活动\n\n本报讯（记者 张晶）近日，市总工会开展送温暖活动。",
        variants: false),
      Example(
        "为辖区快递员、外卖员送去保温杯、雨伞等慰问品、\n\n本报讯（记者 张晶）近日，密云区总工会开展慰问。",
        fixed: "为辖区快递员、外卖员送去保温杯、雨伞等慰问品\n\n本报讯（记者 张晶）近日，密云区总工会开展慰问。", variants: false),
    ],
    nonTriggering: [
      Example("年轻人为什么爱上了夜校？\n\n本报讯（记者 张晶）近日，夜校火了。", variants: false),
      Example("“带着娘家人的关爱，我们将更加努力工作”\n\n本报讯（记者 张晶）近日，慰问活动举行。", variants: false),
      Example("冲刺！全力以赴保供暖\n\n本报讯（记者 张晶）近日，供暖季开始。", variants: false),
      Example("活动持续到月底。\n\n新的标题\n\n本报讯（记者 张晶）近日，活动举行。", variants: false),
      Example("本报讯（记者 张晶）近日，活动举行。\n\n活动持续到月底。\n\n本报讯（记者 白莹）近日，慰问举行。", variants: false),
      Example("会议于10:00开始。"),
    ],
    supersedes: ["punct-halfwidth-in-cjk", "punct-doubled"])

  static let endMarks: Set<UInt32> = [U.period, U.comma, U.semicolon, U.colon, U.dunhao, 0x2C, 0x3B, 0x3A, 0x2E]

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    let blocks = doc.blocks
    for (n, block) in blocks.enumerated() {
      if block.kind == .headline {
        for line in block.lines { checkLineEnd(doc, doc.lineContentRange(line), &sink) }
      } else if block.kind == .body && looksLikePunctuatedHeadline(doc, blocks, n) {
        checkLineEnd(doc, block.range, &sink)
      }
    }
  }

  private func checkLineEnd(_ doc: Document, _ line: Range<Int>, _ sink: inout DiagnosticSink) {
    let end = doc.skipSpaces(backFrom: line.upperBound)
    guard end > line.lowerBound, let (u, last) = doc.scalar(before: end), Self.endMarks.contains(u) else { return }
    guard doc.zones[last] == .headline || doc.zones[last] == .body, !doc.masks[last].isOpaque,
      doc.masks[last] != .number
    else { return }
    var s = last
    if u < 0x80 {
      // A half-width mark counts only after Chinese (`v2.` `Inc.` are not sentence punctuation).
      guard let (l, _) = doc.scalar(before: s), CharClass.isCJK(l) else { return }
    } else {
      // The whole run of full-width end marks goes (`举措。。`).
      while s > line.lowerBound, let (v, p) = doc.scalar(before: s), v >= 0x80, Self.endMarks.contains(v) { s = p }
    }
    let shown = doc.slice(s..<end)
    sink.report(
      s..<end, Message(zh: "标题末尾不用“\(shown)”", en: "a headline does not end with '\(shown)'"),
      fix: .replace(s..<end, with: ""))
  }

  /// A one-line body paragraph that stands where a headline stands and would be one but for its final mark.
  private func looksLikePunctuatedHeadline(_ doc: Document, _ blocks: [Block], _ n: Int) -> Bool {
    let block = blocks[n]
    guard block.lines.count == 1 else { return false }
    // At the page top or after the previous article's photo credit it must be followed by a lead (a short last
    // sentence before a headline chain is body copy); after a headline, by a lead or another headline.
    let next = n + 1 < blocks.count ? blocks[n + 1].kind : nil
    let previous = n > 0 ? blocks[n - 1].kind : nil
    let startsArticle = previous == nil || previous == .credit || previous == .caption
    guard (startsArticle && next == .lead) || (previous == .headline && (next == .lead || next == .headline)) else {
      return false
    }
    var count = 0
    var quoteDepth = 0
    var last: UInt32 = 0
    var sentenceMarks = 0
    var i = block.range.lowerBound
    let end = doc.skipSpaces(backFrom: block.range.upperBound)
    while i < end, let (u, len) = doc.scalar(at: i) {
      count += 1
      if count > 40 { return false }
      if u == U.leftDoubleQuote || u == U.leftTitle { quoteDepth += 1 }
      if (u == U.rightDoubleQuote || u == U.rightTitle) && quoteDepth > 0 { quoteDepth -= 1 }
      if quoteDepth == 0 && (u == U.period || u == U.comma || u == U.semicolon || u == U.question || u == U.exclamation)
      {
        sentenceMarks += 1
      }
      last = u
      i += len
    }
    // Only the final mark may be sentence punctuation.
    let lastCounts = last == U.period || last == U.comma || last == U.semicolon
    return sentenceMarks == (lastCounts ? 1 : 0) && Self.endMarks.contains(last)
  }
}
