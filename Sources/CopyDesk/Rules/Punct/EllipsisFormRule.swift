/// `punct-ellipsis-form`: the ellipsis is two U+2026 `……` (six dots over two character cells). Flags `...`,
/// `......`, `。。。`, `···`, `・・・`, `•••`, `．．．`, a single `…` and three or more `…` in Chinese text, and an
/// ellipsis followed by the list-closing 等/等等 (the two say the same thing; GB/T 15834—2011 Appendix A).
///
/// Not flagged: English `...` (Latin on the left), a line of ellipses alone (omitted paragraphs), leaders before a
/// page number (`………… 12`), and 等 that starts another word (`……等待`).
public struct EllipsisFormRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-ellipsis-form",
    summary: Message(zh: "省略号形式不规范", en: "Malformed ellipsis"),
    rationale: Message(
      zh: "中文省略号是两个“…”（六个点，占两个字的位置），不用英文的三个点、三个句号或单个“…”。省略号和表示列举未尽的“等”“等等”不同时使用。单独成行表示省略段落的省略号、目录的引导点和英文里的省略号不在此列。",
      en:
        "The Chinese ellipsis is two U+2026 (six dots over two cells), not three ASCII dots, three 。 or a single …. An ellipsis and the list-closing 等/等等 are not used together. A line of ellipses marking omitted paragraphs, table-of-contents leaders and English ellipses are left alone."
    ),
    clause: "GB/T 15834—2011 §4.11（省略号）及附录A（省略号与“等”“等等”不同时使用）",
    defaultSeverity: .error, fix: .sometimesSafe,
    triggering: [
      Example("我习惯一个人... 这一刻", fixed: "我习惯一个人……这一刻"),
      Example("等待了很久。。。终于来了", fixed: "等待了很久……终于来了"),
      Example("心里想着…还是算了", fixed: "心里想着……还是算了"),
      Example("说到这里………他停住了", fixed: "说到这里……他停住了"),
      Example("含铁食物有猪肝、大豆、菠菜……等", fixed: "含铁食物有猪肝、大豆、菠菜等"),
      Example("真是······没想到", fixed: "真是……没想到"),
    ],
    nonTriggering: [
      Example("他说：“我……我没有……”"),
      Example("He said wait... and left."),
      Example("…………", variants: false),
      Example("第一章 总则………… 12"),
      Example("大家都在原地……等待救援。"),
      Example("版本号为2.0...3.0，时间10:00。"),
      Example("代码`a...b`不改"),
      Example("他说，“我们走……”等话语"),
    ],
    supersedes: ["punct-doubled"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      PunctScan.forEachRun(
        buf, doc,
        accept: { u in
          u == 0x2E || u == U.ellipsis || u == U.interpunct || u == U.fullwidthStop || u == 0x30FB || u == 0x2022
        }
      ) { block, run, u, count in
        guard buf.open(run.lowerBound, .proseZones) else { return }
        check(buf, block, run: run, mark: u, count: count, &sink)
      }
      // `。。。` inside runs of adjacent 点号.
      let n = buf.eventOffsets.count
      PunctScan.forEachProse(buf, doc, doc.analysis(PauseMarks.self).runs) { block, _, _, k in
        var m = k + 1
        while m < n && buf.eventOffsets[m] == buf.eventOffsets[m - 1] + 3 && PunctIndex.isPause(buf.eventScalars[m]) {
          m += 1
        }
        var j = k
        while j < m {
          guard buf.eventScalars[j] == U.period else {
            j += 1
            continue
          }
          var e = j + 1
          while e < m && buf.eventScalars[e] == U.period { e += 1 }
          let run = buf.eventOffsets[j]..<(buf.eventOffsets[e - 1] + 3)
          if e - j >= 3 && run.upperBound <= block.upperBound && buf.open(run.lowerBound, .proseZones) {
            check(buf, block, run: run, mark: U.period, count: e - j, &sink)
          }
          j = e
        }
      }
    }
  }

  private func check(
    _ buf: PunctScan.Buffers, _ block: Range<Int>, run: Range<Int>, mark u: UInt32, count: Int,
    _ sink: inout DiagnosticSink
  ) {
    let (left, _) = buf.before(run.lowerBound)
    let afterSpaces = buf.skipSpaces(from: run.upperBound, limit: block.upperBound)
    let right = afterSpaces < block.upperBound ? buf.value(at: afterSpaces) : 0
    var wrongForm: Bool
    switch u {
    case 0x2E:
      // ASCII dots: Chinese on the left (or after them), never Latin or a digit on the left.
      let l = buf.before(buf.skipSpaces(backFrom: run.lowerBound, limit: block.lowerBound)).0
      wrongForm =
        count >= 3 && buf.masks[run.lowerBound] == .none && !CharClass.isASCIIAlnum(left)
        && (CharClass.isCJK(l) || CharClass.isCJK(right))
    case U.ellipsis:
      wrongForm =
        count != 2 && !CharClass.isASCIIAlnum(left) && !isOwnLine(buf, block, run) && !isLeader(buf, block, run)
    case U.period, U.interpunct, U.fullwidthStop, 0x30FB, 0x2022:
      wrongForm = count >= 3
    default:
      wrongForm = false
    }
    // An ellipsis directly followed by the list-closing 等/等等.
    if u == U.ellipsis || wrongForm, buf.value(at: run.upperBound) == U.deng,
      DengWords.isParticle(buf, at: run.upperBound),
      DengWords.clauseHasList(buf, block, before: run.lowerBound, within: 80, stopAtQuotes: true)
    {
      sink.report(
        run,
        Message(zh: "省略号和“等”不同时使用，删去省略号或“等”", en: "an ellipsis and 等 say the same thing: drop one"),
        fix: .replace(run, with: ""))
      return
    }
    guard wrongForm else { return }
    // Spaces typed around English-style dots go with them when Chinese follows: `一个人... 这一刻`.
    var fixRange = run
    if u == 0x2E && CharClass.isCJK(right) { fixRange = run.lowerBound..<afterSpaces }
    let beforeSpaces = buf.skipSpaces(backFrom: run.lowerBound, limit: block.lowerBound)
    if u == 0x2E && beforeSpaces < run.lowerBound && CharClass.isCJK(buf.before(beforeSpaces).0) {
      fixRange = beforeSpaces..<fixRange.upperBound
    }
    let shown = String(decoding: buf.bytes[run], as: UTF8.self)
    sink.report(
      run,
      Message(zh: "省略号应为“……”，不用“\(shown)”", en: "write the ellipsis as '……', not '\(shown)'"),
      fix: .replace(fixRange, with: "……", .safe))
  }

  /// A line holding nothing but ellipses: omitted paragraphs or verse lines (GB/T 15834—2011 §4.11.3).
  private func isOwnLine(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ run: Range<Int>) -> Bool {
    let s = buf.skipSpaces(backFrom: run.lowerBound, limit: block.lowerBound)
    let e = buf.skipSpaces(from: run.upperBound, limit: block.upperBound)
    let startsLine = s == block.lowerBound || buf.bytes[s - 1] == 0x0A || buf.bytes[s - 1] == 0x0D
    let endsLine = e == block.upperBound || buf.bytes[e] == 0x0A || buf.bytes[e] == 0x0D
    return startsLine && endsLine
  }

  /// Leaders before a page number at the end of a line: `总则………… 12`.
  private func isLeader(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ run: Range<Int>) -> Bool {
    var j = buf.skipSpaces(from: run.upperBound, limit: block.upperBound)
    let digits = j
    while j < block.upperBound && CharClass.isASCIIDigit(UInt32(buf.bytes[j])) { j += 1 }
    return j > digits && (j == block.upperBound || buf.bytes[j] == 0x0A || buf.bytes[j] == 0x0D)
  }
}

/// 等 as the particle closing a list, not the first character of another word (等待, 等级, 等于…) or the verb
/// "wait" (等他, 等到, 等着…). Used by `punct-ellipsis-form` and `punct-dunhao-before-deng`.
enum DengWords {
  /// What may follow 等 when it is *not* the list particle. Kept short on purpose: 等高校, 等重点, 等一系列,
  /// 等身份证明 all follow the particle, so 高 重 一 身 are not here.
  static let followers: [String] = [
    "待", "候", "级", "同于", "于", "到", "着", "车", "距", "腰", "闲", "人", "你", "我", "他", "她", "它", "咱", "了",
    "过", "不及", "不到", "一下", "一等", "一会", "会儿",
  ]
  static let followerScalars: [[UInt32]] = followers.map { $0.unicodeScalars.map(\.value) }

  /// Whether the 等 at `offset` is the list particle.
  static func isParticle(_ buf: PunctScan.Buffers, at offset: Int) -> Bool {
    var next: [UInt32] = []
    var j = offset + 3
    while next.count < 2 && j < buf.count {
      let (u, n) = buf.scalar(at: j)
      next.append(u)
      j += n
    }
    if next.first == U.deng { next.removeFirst() }  // 等等
    for f in followerScalars where next.starts(with: f) { return false }
    return true
  }

  /// Whether the clause before `offset` — back to the previous ，。；：！？ (and “ ” when `stopAtQuotes`), at most
  /// `within` characters, or the paragraph start — lists items with 、, so that a 等 after it closes a list.
  static func clauseHasList(
    _ buf: PunctScan.Buffers, _ block: Range<Int>, before offset: Int, within: Int, stopAtQuotes: Bool = false
  ) -> Bool {
    var j = offset
    var steps = 0
    while j > block.lowerBound && steps < within {
      let (u, s) = buf.before(j)
      if u == U.dunhao { return true }
      if u == U.comma || u == U.period || u == U.semicolon || u == U.colon || u == U.question || u == U.exclamation
        || (stopAtQuotes && (u == U.leftDoubleQuote || u == U.rightDoubleQuote))
      {
        return false
      }
      j = s
      steps += 1
    }
    return false
  }
}
