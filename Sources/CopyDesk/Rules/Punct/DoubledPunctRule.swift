/// `punct-doubled`: the same or two different 点号 typed side by side — `，，` `。。` `，。` `；；` `、、` `：：`. Stacked
/// `！！` `？？` are permitted by GB/T 15834 for strong feeling, so they are only a warning, and not at all inside a
/// quotation (the speaker's own emphasis); `？！` and `！？` are the standard 问叹 combination. Three or more `。` are
/// an ellipsis (`punct-ellipsis-form`).
public struct DoubledPunctRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-doubled",
    summary: Message(zh: "标点重复或叠用", en: "Doubled punctuation"),
    rationale: Message(
      zh: "一个停顿只用一个点号：“，，”“。。”“，。”“；；”“、、”都是录入错误。问号叹号连用“？！”表示既疑且惊，是规范用法；为加强语气叠用“！！”“？？”标准允许但报纸少用，只作提示，引语中的不报。",
      en:
        "One pause takes one mark: ，， 。。 ，。 ；； 、、 are typing slips. ？！ (question with surprise) is standard. Stacked ！！/？？ are permitted for strong feeling but rare in print: a warning only, and not inside quotations."
    ),
    clause: "GB/T 15834—2011 §4.2、§4.3（问号、叹号的叠用）; house-style A punct-doubled",
    defaultSeverity: .error, fix: .sometimesSafe,
    triggering: [
      Example("会议结束，，代表们离开会场。", fixed: "会议结束，代表们离开会场。"),
      Example("会议结束，。", fixed: "会议结束。"),
      Example("苹果、、香蕉", fixed: "苹果、香蕉"),
      Example("真是太好了！！！", fixed: "真是太好了！"),
      Example("这是真的吗？？", fixed: "这是真的吗？"),
    ],
    nonTriggering: [
      Example("这是真的吗？！"),
      Example("他大喊：“冲啊！！！”"),
      Example("等了很久。。。终于来了"),
      Example("时间10:00，人数1,000，增长5.2%。"),
      Example("“好！”“走！”大家齐声说。"),
    ])

  @inline(__always)
  private static func isPause(_ u: UInt32) -> Bool { PunctIndex.isPause(u) }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      let n = buf.eventOffsets.count
      PunctScan.forEachProse(buf, doc, doc.analysis(PauseMarks.self).runs) { block, start, _, k in
        var m = k + 1
        var end = start + 3
        while m < n && buf.eventOffsets[m] == end && end < block.upperBound && Self.isPause(buf.eventScalars[m]) {
          end += 3
          m += 1
        }
        guard m - k >= 2, buf.open(start, .proseZones) else { return }
        report(start..<end, Array(buf.eventScalars[k..<m]), inQuote: quoteDepth(buf, block, before: k) > 0, &sink)
      }
    }
  }

  /// Curly double-quote depth in the block before event `k` (only asked for the rare doubled marks).
  private func quoteDepth(_ buf: PunctScan.Buffers, _ block: Range<Int>, before k: Int) -> Int {
    var depth = 0
    var j = buf.firstEvent(atOrAfter: block.lowerBound)
    while j < k {
      let u = buf.eventScalars[j]
      if u == U.leftDoubleQuote { depth += 1 }
      if u == U.rightDoubleQuote { depth = max(0, depth - 1) }
      j += 1
    }
    return depth
  }

  private func report(_ range: Range<Int>, _ marks: [UInt32], inQuote: Bool, _ sink: inout DiagnosticSink) {
    if marks.allSatisfy({ $0 == U.period }) && marks.count >= 3 { return }  // an ellipsis typed as 。。。
    let shown = String(String.UnicodeScalarView(marks.compactMap(Unicode.Scalar.init)))
    let emphatic = marks.allSatisfy { $0 == U.exclamation || $0 == U.question }
    if emphatic {
      var kept: [UInt32] = []
      for m in marks where !kept.contains(m) { kept.append(m) }
      if kept.count == marks.count || inQuote { return }  // ？！ ！？
      let replacement = String(String.UnicodeScalarView(kept.compactMap(Unicode.Scalar.init)))
      sink.report(
        range,
        Message(zh: "“\(shown)”叠用，报道中一般只用“\(replacement)”", en: "stacked '\(shown)': news copy uses '\(replacement)'"),
        fix: .replace(range, with: replacement, .safe), severity: min(sink.severity, .warning))
      return
    }
    let identical = marks.allSatisfy { $0 == marks[0] }
    let strong = marks.filter { $0 == U.question || $0 == U.exclamation }
    var keep: [UInt32] = identical ? [marks[0]] : (strong.isEmpty ? [marks[marks.count - 1]] : [])
    for m in strong where !keep.contains(m) { keep.append(m) }
    let replacement = String(String.UnicodeScalarView(keep.compactMap(Unicode.Scalar.init)))
    sink.report(
      range,
      Message(zh: "标点“\(shown)”重复，应只用“\(replacement)”", en: "doubled punctuation '\(shown)': use '\(replacement)'"),
      fix: .replace(range, with: replacement, identical ? .safe : .unsafe))
  }
}
