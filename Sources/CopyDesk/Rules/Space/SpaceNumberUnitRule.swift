/// `space-number-unit`: a space between a number and the symbol that is its unit — `%`, `‰`, `°`, `℃` — as in
/// `同比增长15 %` or `夹角为90 °`. The symbol belongs to the number in print and on the web alike (the copywriting
/// guidelines space Chinese from `15%` but never split it), so the rule runs in both profiles.
///
/// Not judged: `20 °C` written with a letter (SI sets a space before `°C`), numbers inside English text
/// (`rose 15 % last year`), code and URLs.
public struct SpaceNumberUnitRule: StatelessRule {
  public static let description = RuleDescription(
    id: "space-number-unit",
    summary: Message(zh: "数字与%、‰、°、℃之间多余的空格", en: "Space between a number and %, ‰, ° or ℃"),
    rationale: Message(
      zh:
        "百分号、千分号、度和摄氏度符号紧接数字书写（15%、90°、38℃），中间不加空格；报纸和网页文案都是如此，网页规范只在数字与汉字之间加空格。用字母书写的“°C”按国际单位制可空一格，英文句子和代码不在此列。",
      en:
        "Percent, per-mille, degree and degree-Celsius signs are written right after the number (15%, 90°, 38℃), in print and on the web alike: web copy spaces the figure from Chinese, never the sign from the figure. `°C` spelled with a letter may take the SI space; English sentences and code are left alone."
    ),
    clause: "house-style E (mixed script); sparanoid/chinese-copywriting-guidelines（度数、百分比与数字之间不加空格）",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("今年一季度全市规上工业增加值同比增长15 %。", fixed: "今年一季度全市规上工业增加值同比增长15%。"),
      Example("两条跑道的夹角为90 °。", fixed: "两条跑道的夹角为90°。"),
      Example("午后最高气温达38 ℃，请注意防暑。", fixed: "午后最高气温达38℃，请注意防暑。"),
      Example("坏账率控制在1.5 ‰以内。", fixed: "坏账率控制在1.5‰以内。"),
      Example("涨幅为3.2  %，创年内新高。", fixed: "涨幅为3.2%，创年内新高。"),
      Example("在 LeanCloud 上占 15 % 的份额", fixed: "在 LeanCloud 上占 15% 的份额"),
    ],
    nonTriggering: [
      Example("今年一季度同比增长15%，夹角为90°，最高气温38℃。"),
      Example("实验室室温保持在20 °C左右。"),
      Example("报告写道：“The rate rose 15 % last year.”"),
      Example("代码`printf(\"%d %%\", 5 %)`不改。"),
      Example("在 LeanCloud 上占 15% 的份额。"),
    ],
    supersedes: ["space-duplicate"])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    SpaceRuns.forEach(doc) { run in
      guard CharClass.isASCIIDigit(run.before), CharClass.isUnitSymbol(run.after), ZoneSet.prose.contains(run.zone),
        !run.mask.isOpaque, !doc.mask(at: run.range.upperBound).isOpaque
      else { return }
      // `20 °C`: the SI writes a space before the degree Celsius spelled with a letter.
      if run.after == 0xB0, let (next, _) = doc.scalar(at: run.range.upperBound + 2),
        next == 0x43 || next == 0x46
      {
        return
      }
      guard !inEnglishText(doc, numberEnd: run.range.lowerBound) else { return }
      sink.report(
        run.range, Message(zh: "数字与%、‰、°、℃之间不加空格", en: "no space between a number and %, ‰, ° or ℃"),
        fix: .replace(run.range, with: ""))
    }
  }

  /// Whether the number ending at `numberEnd` follows English words (`rose 15 %`): English keeps its own style.
  private func inEnglishText(_ doc: Document, numberEnd: Int) -> Bool {
    var j = numberEnd
    while let (u, s) = doc.scalar(before: j), CharClass.isASCIIDigit(u) || u == 0x2E || u == 0x2C { j = s }
    guard let (u, s) = doc.scalar(before: j), u == 0x20 else { return false }
    let m = doc.mask(at: s - 1)
    return m == .latinPhrase || m == .latinWord
  }
}
