/// `punct-quote-nesting`: double quotes directly inside double quotes (`“叫他“拼命三郎”。”` → ‘拼命三郎’), and quotes
/// facing the wrong way (`”十四五“规划`, `“十一“黄金周`). A quote is called reversed only when turning it round is
/// the one reading that balances the paragraph; otherwise `punct-unbalanced-pair` reports what is unmatched.
public struct QuoteNestingRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-quote-nesting",
    summary: Message(zh: "引号嵌套或方向错误", en: "Wrongly nested or reversed quotation marks"),
    rationale: Message(
      zh: "引号里面还要用引号时，外面用双引号，里面用单引号；第三层再用双引号。前引号“和后引号”方向不能颠倒。跨段引文（每段开头用前引号、只在最后一段末尾用后引号）是正确用法。",
      en:
        "A quotation inside a quotation takes single quotes ‘’ (double again at the third level). Opening “ and closing ” must not be swapped. A quotation running over several paragraphs (each opens with “, only the last closes) is correct."
    ),
    clause: "GB/T 15834—2011 §4.8.3（引号的嵌套与跨段引文）",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("他说：“大家都叫他“拼命三郎”。”", fixed: "他说：“大家都叫他‘拼命三郎’。”"),
      Example("推进”十四五“规划落实", fixed: "推进“十四五”规划落实"),
      Example("今年“十一“黄金周期间", fixed: "今年“十一”黄金周期间"),
    ],
    nonTriggering: [
      Example("他说：“大家都叫他‘拼命三郎’。”"),
      Example("“带着‘娘家人’的关心和关爱，我们将更加努力地工作。”"),
      Example("他说：“文件写道：‘要落实“四下基层”制度。’”"),
      Example("“第一段引文。\n\n“第二段引文，到这里结束。”", variants: false),
      Example("他在Xi’an工作，身高5’6”。"),
      Example("“今年你们在哪里过年？”“我们留在北京过年。”“谢谢你们，辛苦了！”"),
    ],
    supersedes: ["punct-unbalanced-pair"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      let units = doc.analysis(QuoteUnits.self).units
      for (index, unit) in units.enumerated() {
        let q = unit.quotes
        guard let m = unit.result, q.straightDoubles == 0 else { continue }
        let p = unit.range
        let continued = q.isContinuedQuotation(
          m.unmatched, paragraphStart: QuoteRules.proseStart(buf, p),
          nextOpensWithQuote: QuoteUnits.nextOpensWithQuote(doc, units, after: index))
        if m.unmatched.isEmpty || continued {
          for pair in m.misnested { reportNested(q, pair, &sink) }
        } else if let flip = q.flip() {
          reportFlip(q, flip, &sink)
        }
      }
    }
  }

  private func reportNested(_ q: QuoteAnalysis, _ pair: QuoteAnalysis.Pair, _ sink: inout DiagnosticSink) {
    let open = q.tokens[pair.open].offset
    let close = q.tokens[pair.close].offset
    sink.report(
      open..<(open + 3),
      Message(zh: "双引号里面的引号应改用单引号‘’", en: "a quotation inside double quotes takes single quotes ‘’"),
      fix: ProposedFix(
        edits: [
          TextEdit(range: open..<(open + 3), replacement: "‘"), TextEdit(range: close..<(close + 3), replacement: "’"),
        ]),
      related: [
        RelatedLocation(range: close..<(close + 3), message: Message(zh: "对应的后引号", en: "its closing quote"))
      ])
  }

  private func reportFlip(_ q: QuoteAnalysis, _ flip: QuoteAnalysis.Flip, _ sink: inout DiagnosticSink) {
    var edits: [TextEdit] = []
    for k in flip.tokens {
      let t = q.tokens[k]
      let replacement = t.isDouble ? (t.isOpen ? "”" : "“") : (t.isOpen ? "’" : "‘")
      edits.append(TextEdit(range: t.offset..<(t.offset + 3), replacement: replacement))
    }
    let first = q.tokens[flip.tokens[0]].offset
    let last = q.tokens[flip.tokens[flip.tokens.count - 1]].offset + 3
    let message =
      flip.tokens.count == 2
      ? Message(zh: "前后引号颠倒了", en: "opening and closing quotes are swapped")
      : q.tokens[flip.tokens[0]].isOpen
        ? Message(zh: "此处应为后引号", en: "this should be a closing quote")
        : Message(zh: "此处应为前引号", en: "this should be an opening quote")
    sink.report(first..<last, message, fix: ProposedFix(edits: edits))
  }
}

enum QuoteRules {
  /// First byte of the paragraph that is prose and not a space (after a lead's byline).
  static func proseStart(_ buf: PunctScan.Buffers, _ p: Range<Int>) -> Int {
    var i = p.lowerBound
    while i < p.upperBound {
      if buf.zones[i] == .byline || buf.zones[i] == .credit {
        i += 1
        continue
      }
      let j = buf.skipSpaces(from: i, limit: p.upperBound)
      if j == i { return i }
      i = j
    }
    return p.upperBound
  }
}
