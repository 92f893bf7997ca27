/// `space-duplicate`: two or more spaces, or a tab, inside a paragraph of body copy (`全市  共有`). Paragraph indents
/// (`　　` at the line start), trailing spaces, bylines, the gap before a caption's credit, headlines (which use
/// spaces to separate clauses), code and English phrases are not judged. The fix keeps one space where one belongs
/// (between Latin words, in a quoted slogan, between Chinese and Latin in the `web` profile) and removes the run
/// elsewhere. It replaces the findings of the single-space rules on the same run.
public struct DuplicateSpaceRule: Rule {
  public static let description = RuleDescription(
    id: "space-duplicate",
    summary: Message(zh: "连续空格或制表符", en: "Repeated spaces or a tab"),
    rationale: Message(
      zh: "正文中不应出现连续空格或制表符，它们多来自排版软件或复制粘贴。段首缩进、讯头、图片说明与署名之间的空格和代码不在此列。",
      en:
        "Body copy has no runs of spaces and no tabs; they come from layout software or pasting. Paragraph indents, bylines, the gap before a photo credit and code are exempt."
    ),
    clause: "house-style E space-duplicate",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("全市  共有职工书屋500家。", fixed: "全市共有职工书屋500家。"),
      Example("全市\t共有职工书屋500家。", fixed: "全市共有职工书屋500家。"),
      Example("苹果公司CEO  访华。", fixed: "苹果公司CEO访华。"),
      Example("口号是“奋进新时代  劳动创未来”。", fixed: "口号是“奋进新时代 劳动创未来”。"),
    ],
    nonTriggering: [
      Example("　　本报讯（记者 张晶）近日，市总工会开展慰问。", variants: false),
      Example("本报讯（记者 王路曼 ） 近日，密云区总工会开展慰问活动。"),
      Example("奋进新时代 劳动创未来\n\n本报讯（记者 张晶）近日举办活动。", variants: false),
      Example("代码`a  b`不改，时间10:00，数量1,000。"),
      Example("苹果公司CEO Tim Cook访华。"),
    ],
    supersedes: ["space-cjk", "punct-space-around-fullwidth", "space-cjk-latin"])

  /// In the web profile a space between Chinese and Latin is wanted, so a run there shrinks to one.
  let spaceBetweenChineseAndLatin: Bool

  public init(setup: RuleSetup) {
    spaceBetweenChineseAndLatin = setup.profile == "web"
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    SpaceRuns.forEach(doc) { run in
      guard run.count >= 2 || run.hasTab, run.before != 0, run.after != 0, ZoneSet.bodyCopy.contains(run.zone),
        run.zoneAfter != .credit, !run.mask.isOpaque
      else { return }
      let replacement = keepsOneSpace(run) ? " " : ""
      let message =
        run.hasTab
        ? Message(zh: "正文中不应有制表符", en: "no tab in body copy")
        : Message(zh: "正文中不应有连续空格", en: "no repeated spaces in body copy")
      sink.report(run.range, message, fix: .replace(run.range, with: replacement))
    }
  }

  private func keepsOneSpace(_ run: SpaceRun) -> Bool {
    let (l, r) = (run.before, run.after)
    if CharClass.isFullwidthPunct(l) || CharClass.isFullwidthPunct(r) { return false }
    let lHan = CharClass.isHan(l)
    let rHan = CharClass.isHan(r)
    if lHan && rHan { return run.quoteDepth > 0 }
    if lHan || rHan {
      let other = lHan ? r : l
      return CharClass.isASCIIAlnum(other) ? spaceBetweenChineseAndLatin : false
    }
    return true
  }
}
