/// `space-cjk`: spaces between two Chinese characters in body copy (`建议 和 政 协`), typically from justified
/// PDF columns. Headlines use a single space to separate clauses, quoted slogans too (`“奋进新时代 劳动创未来”`),
/// and bylines and credits have their own templates: none of these is flagged.
public struct SpaceCJKRule: StatelessRule {
  public static let description = RuleDescription(
    id: "space-cjk",
    summary: Message(zh: "汉字之间多余的空格", en: "Space between Chinese characters"),
    rationale: Message(
      zh: "正文中汉字与汉字之间不加空格。从PDF分栏排版中复制的文字常在字间留下空格。标题中分隔两个短语的单个空格、引号内标语的单个空格以及讯头、署名中的空格是规范用法。",
      en:
        "Body copy has no spaces between Chinese characters; text copied from justified PDF columns leaves them. A single space separating two phrases of a headline or a quoted slogan, and the spaces of bylines and credits, are house style."
    ),
    clause: "GB/T 15834—2011 §5.1（标点符号的位置和书写形式）; house-style E space-cjk",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("职工群众反映意见建议 和 政 协委员了解职工心声。", fixed: "职工群众反映意见建议和政协委员了解职工心声。"),
      Example("全市  共有职工书屋500家。", fixed: "全市共有职工书屋500家。"),
      Example("近日\u{3000}密云区总工会开展慰问活动。", fixed: "近日密云区总工会开展慰问活动。"),
    ],
    nonTriggering: [
      Example("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n\n本报讯（记者 张晶）昨天，市总工会开展慰问。", variants: false),
      Example("本报讯（记者 张晶）“奋进新时代 劳动创未来”——北京市第十四届职工文化艺术节举办。"),
      Example("本报讯（记者 陈曦 通讯员 刘换利）近日，经开区总工会开展送温暖活动。"),
      Example("本报讯（记者 张晶）近日举办活动。\n\n本报记者 于佳 摄", variants: false),
      Example("　　本报讯（记者 张晶）近日，市总工会开展慰问。", variants: false),
      Example("苹果公司CEO Tim Cook访华。"),
    ])

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    SpaceRuns.forEach(doc) { run in
      guard ZoneSet.bodyCopy.contains(run.zone), run.mask == .none else { return }
      guard CharClass.isHan(run.before), CharClass.isHan(run.after) else { return }
      // A single ASCII space inside quotes separates the phrases of a slogan.
      if run.quoteDepth > 0 && run.range.count == 1 && !run.hasTab { return }
      sink.report(
        run.range, Message(zh: "汉字之间不应有空格", en: "no space between Chinese characters"),
        fix: .replace(run.range, with: ""))
    }
  }
}
