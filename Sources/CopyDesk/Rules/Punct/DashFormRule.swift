/// `punct-dash-form`: the 破折号 is two U+2014 `——`. Flags `--`, `－－`, `––`, `──` (box drawing, pasted from Word),
/// `――` (U+2015, how code page 936 decodes the GBK dash) and runs of three or more `—`. A single `—` is the
/// legitimate 一字线 of ranges and routes (`1—2月`, `北京—上海`, `GB/T 15834—2011`) and is never flagged; a single
/// `―` is that same 一字线 in the wrong code point and becomes `—`.
public struct DashFormRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-dash-form",
    summary: Message(zh: "破折号形式不规范", en: "Malformed dash"),
    rationale: Message(
      zh: "破折号是两个“—”（U+2014），占两个字的位置。两个连字符、两个全角减号、制表符“──”、U+2015“―”或三个以上的“—”都不规范。单个“—”是表示范围、起止的一字线（1—2月、北京—上海），不属此列。",
      en:
        "The Chinese dash is two U+2014 '——' over two cells. Double hyphens, full-width minus signs, box-drawing '──', U+2015 '―' and three or more '—' are malformed. A single '—' is the range/route dash (1—2月, 北京—上海) and is correct."
    ),
    clause: "GB/T 15834—2011 §4.10（破折号）、§4.13（连接号）、§5.1.4",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("目标只有一个--全面小康", fixed: "目标只有一个——全面小康"),
      Example("这座城市──我的家乡", fixed: "这座城市——我的家乡"),
      Example("“迎新春展技艺———2023聚德华天职工展技能比才艺活动”", fixed: "“迎新春展技艺——2023聚德华天职工展技能比才艺活动”"),
      Example("他说――这是最后一次", fixed: "他说——这是最后一次"),
      Example("会议要求－－确保安全", fixed: "会议要求——确保安全"),
      Example("京津―冀协同发展", fixed: "京津—冀协同发展"),
    ],
    nonTriggering: [
      Example("1—2月，北京—上海航线客流增长，依据GB/T 15834—2011。"),
      Example("——记者手记", variants: false),
      Example("“奋进新时代 劳动创未来”——北京市第十四届职工文化艺术节"),
      Example("<!-- 编者按 -->正文"),
      Example("命令行参数--help不改"),
      Example("代码`a--b`不改"),
      Example("气温-5℃，COVID-19疫情。"),
    ])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    PunctScan.withBuffers(doc) { buf in
      PunctScan.forEachRun(
        buf, doc,
        accept: { u in
          u == 0x2D || u == U.emDash || u == U.enDash || u == U.horizontalBar || u == U.boxHorizontal
            || u == U.fullwidthHyphen
        }
      ) { block, run, u, count in
        guard buf.open(run.lowerBound, .proseZones) else { return }
        check(buf, block, run: run, mark: u, count: count, &sink)
      }
    }
  }

  private func check(
    _ buf: PunctScan.Buffers, _ block: Range<Int>, run: Range<Int>, mark u: UInt32, count: Int,
    _ sink: inout DiagnosticSink
  ) {
    let (left, _) = buf.before(run.lowerBound)
    let right = buf.value(at: run.upperBound)
    let leftSpaced = buf.skipSpaces(backFrom: run.lowerBound, limit: block.lowerBound)
    let rightSpaced = buf.skipSpaces(from: run.upperBound, limit: block.upperBound)
    let l = leftSpaced > block.lowerBound ? buf.before(leftSpaced).0 : 0
    let r = rightSpaced < block.upperBound ? buf.value(at: rightSpaced) : 0
    let chinese = CharClass.isCJK(l) || CharClass.isCJK(r)
    var replacement = "——"
    switch u {
    case 0x2D:
      // `--` in Chinese text; not `--help`, not digits on both sides, not inside masked code or markup.
      guard count >= 2, buf.masks[run.lowerBound] == .none, chinese, !CharClass.isASCIILetter(right),
        !(CharClass.isASCIIDigit(left) && CharClass.isASCIIDigit(right))
      else { return }
    case U.fullwidthHyphen, U.enDash, U.boxHorizontal:
      guard count >= 2, chinese else { return }
    case U.horizontalBar:
      guard chinese || CharClass.isASCIIAlnum(left) else { return }
      if count == 1 { replacement = "—" }
    case U.emDash:
      guard count >= 3, chinese else { return }
    default:
      return
    }
    // Spaces typed around an English-style dash go with it when Chinese is on that side.
    var fixRange = run
    if u == 0x2D || u == U.enDash {
      if CharClass.isCJK(l) { fixRange = leftSpaced..<fixRange.upperBound }
      if CharClass.isCJK(r) { fixRange = fixRange.lowerBound..<rightSpaced }
    }
    let shown = String(decoding: buf.bytes[run], as: UTF8.self)
    let message =
      replacement == "—"
      ? Message(zh: "一字线应为“—”（U+2014），不用“\(shown)”（U+2015）", en: "write the one-em dash as '—' (U+2014), not U+2015")
      : Message(zh: "破折号应为“——”，不用“\(shown)”", en: "write the dash as '——', not '\(shown)'")
    sink.report(run, message, fix: .replace(fixRange, with: replacement))
  }
}
