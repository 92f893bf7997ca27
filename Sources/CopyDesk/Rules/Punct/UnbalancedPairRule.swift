/// `punct-unbalanced-pair`: a paired mark — （） 《》 〈〉 “” ‘’ 【】 〔〕 〖〗 — without its partner in the same paragraph.
/// Paragraphs are taken as a reader sees them (a column break in mid-sentence does not end one), a quotation that
/// runs over several paragraphs is correct, list markers `1）` `一）` and emoticons are not brackets, and half-width
/// parentheses count as partners (`（区、市)`) but are reported by `punct-halfwidth-in-cjk`, not here. Quotes that
/// are merely turned round are `punct-quote-nesting`'s.
public struct UnbalancedPairRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-unbalanced-pair",
    summary: Message(zh: "成对标点缺少另一半", en: "Paired punctuation without its partner"),
    rationale: Message(
      zh: "括号、书名号、引号、方头括号、六角括号必须成对使用。漏掉一半多是改稿时误删。跨段引文每段开头用前引号、只在最后一段末尾用后引号，不算缺失；段首的序号“1）”“一）”也不是括号。",
      en:
        "Brackets, title marks and quotes come in pairs; a lone half is usually an editing slip. A quotation running over several paragraphs (each opens with “, only the last closes) is correct, and list markers like `1）` are not brackets."
    ),
    clause: "GB/T 15834—2011 §4.8（引号）、§4.9（括号）、§4.15（书名号）",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      Example("《关于加强职工书屋建设的意见 正式印发"),
      Example("他表示：“要把实事办实。"),
      Example("会议审议了工作报告（草案。"),
      Example("投资约5亿元）。"),
    ],
    nonTriggering: [
      Example("根据〔2024〕5号文件精神，《中华人民共和国工会法》第三条规定（略）。"),
      Example("“第一段引文。\n\n“第二段引文。\n\n“第三段引文，到这里结束。”", variants: false),
      Example("他说：“第一段引文，‘娘家人’很好。\n\n“第二段引文，到这里结束。”", variants: false),
      Example("主要任务：1）加强组织领导；2）完善工作机制。"),
      Example("慰问组将赴31个省（区、市)和新疆生产建设兵团"),
      Example("“为确保管辖的398万平方米范围内安全供暖，我和\n\n身边150多名职工全面停休。”于娜说。", variants: false),
      Example("推进”十四五“规划落实"),
      Example("他说：“文件写道：‘要落实“四下基层”制度。’”"),
    ])

  /// Bracket kinds by opening scalar; ASCII parentheses share the full-width kind.
  private static func kind(_ u: UInt32) -> (index: Int, isOpen: Bool)? {
    switch u {
    case 0xFF08, 0x28: (0, true)
    case 0xFF09, 0x29: (0, false)
    case 0x300A: (1, true)
    case 0x300B: (1, false)
    case 0x3008: (2, true)
    case 0x3009: (2, false)
    case 0x3010: (3, true)
    case 0x3011: (3, false)
    case 0x3014: (4, true)
    case 0x3015: (4, false)
    case 0x3016: (5, true)
    case 0x3017: (5, false)
    default: nil
    }
  }

  private static let partners: [(open: String, close: String)] = [
    ("（", "）"), ("《", "》"), ("〈", "〉"), ("【", "】"), ("〔", "〕"), ("〖", "〗"),
  ]

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      let marks = doc.analysis(PairedMarks.self)
      for (n, p) in buf.paragraphs.enumerated() where !marks.paragraphBrackets[n].isEmpty {
        checkBrackets(buf, p, marks.brackets[marks.paragraphBrackets[n]], &sink)
      }
      let units = doc.analysis(QuoteUnits.self).units
      for (index, unit) in units.enumerated() {
        let q = unit.quotes
        guard let m = unit.result, q.straightDoubles == 0 else { continue }
        let p = unit.range
        guard !m.unmatched.isEmpty, q.flip() == nil else { continue }
        if q.isContinuedQuotation(
          m.unmatched, paragraphStart: QuoteRules.proseStart(buf, p),
          nextOpensWithQuote: QuoteUnits.nextOpensWithQuote(doc, units, after: index))
        {
          continue
        }
        for k in m.unmatched {
          let t = q.tokens[k]
          let (mark, partner) = t.isDouble ? (t.isOpen ? ("“", "”") : ("”", "“")) : (t.isOpen ? ("‘", "’") : ("’", "‘"))
          sink.report(
            t.offset..<(t.offset + 3),
            Message(zh: "引号“\(mark)”缺少对应的“\(partner)”", en: "quote '\(mark)' has no matching '\(partner)'"))
        }
      }
    }
  }

  private func checkBrackets(
    _ buf: PunctScan.Buffers, _ p: Range<Int>, _ events: ArraySlice<Int>, _ sink: inout DiagnosticSink
  ) {
    let b = buf.bytes
    var stacks: [[Int]] = Array(repeating: [], count: 6)
    var orphans: [(offset: Int, kind: Int)] = []
    for e in events {
      guard let (k, isOpen) = Self.kind(buf.eventScalars[e]) else { continue }
      let i = buf.eventOffsets[e]
      guard buf.open(i, .proseZones) else { continue }
      if isOpen {
        stacks[k].append(i)
      } else if stacks[k].popLast() == nil {
        if b[i] != 0x29 && !isListMarkerOrEmoticon(buf, p, i) { orphans.append((i, k)) }
      }
    }
    var found: [(offset: Int, message: Message)] = []
    for (k, stack) in stacks.enumerated() {
      let (o, c) = Self.partners[k]
      for offset in stack where b[offset] != 0x28 {
        found.append((offset, Message(zh: "“\(o)”缺少对应的“\(c)”", en: "'\(o)' has no matching '\(c)'")))
      }
    }
    for (offset, k) in orphans {
      let (o, c) = Self.partners[k]
      found.append((offset, Message(zh: "“\(c)”缺少对应的“\(o)”", en: "'\(c)' has no matching '\(o)'")))
    }
    for f in found.sorted(by: { $0.offset < $1.offset }) { sink.report(f.offset..<(f.offset + 3), f.message) }
  }

  /// `1）` `a）` `一）` at the start of a line or after `：；，。、`, and `:）` — not closing brackets.
  private func isListMarkerOrEmoticon(_ buf: PunctScan.Buffers, _ p: Range<Int>, _ i: Int) -> Bool {
    var j = i
    var count = 0
    while j > p.lowerBound && count < 3 {
      let (u, s) = buf.before(j)
      if count == 0 && (u == 0x3A || u == 0x3B || u == U.colon) { return true }
      guard CharClass.isASCIIAlnum(u) || "一二三四五六七八九十".unicodeScalars.contains(where: { $0.value == u }) else { break }
      j = s
      count += 1
    }
    guard count >= 1 && count <= 2 else { return false }
    if j <= p.lowerBound { return true }
    let (u, s) = buf.before(j)
    if u == 0x0A || u == 0x0D || CharClass.isInlineSpace(u) && buf.before(s).0 == 0x0A { return true }
    return u == U.colon || u == U.semicolon || u == U.comma || u == U.period || u == U.dunhao
      || CharClass.isInlineSpace(u)
  }
}
