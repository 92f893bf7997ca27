/// `punct-space-around-fullwidth`: spaces next to full-width punctuation (`日， 密云区`, `劳动者 ，推广`).
/// Full-width marks carry their own spacing; extra spaces are typing or PDF artifacts. Paragraph indents
/// (`　　`) and the byline and credit templates are exempt.
public struct SpaceAroundFullwidthRule: StatelessRule {
  public static let description = RuleDescription(
    id: "punct-space-around-fullwidth",
    summary: Message(zh: "全角标点前后多余的空格", en: "Space next to full-width punctuation"),
    rationale: Message(
      zh: "全角标点本身占一个汉字的位置，前后不再加空格。段首缩进和讯头、图片署名的格式由各自的规则检查。",
      en:
        "A full-width mark occupies a full character cell and takes no extra space around it. Paragraph indents and the byline and credit templates are checked by their own rules."
    ),
    clause: "GB/T 15834—2011 §5.1; house-style A punct-space-around-fullwidth",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example("本报讯（记者 王路曼）近日， 密云区总工会开展慰问活动。", fixed: "本报讯（记者 王路曼）近日，密云区总工会开展慰问活动。"),
      Example("聚焦新就业形态劳动者 ，推广普及扫码入会方式。", fixed: "聚焦新就业形态劳动者，推广普及扫码入会方式。"),
      Example("他说： “我们要把好事办好。”", fixed: "他说：“我们要把好事办好。”"),
      Example("外交部发言人说，这是 “win-win” 的结果。", fixed: "外交部发言人说，这是“win-win”的结果。"),
      Example("据统计， 2022年， 怀柔区总工会投入资金。", fixed: "据统计，2022年，怀柔区总工会投入资金。"),
      Example(
        "北京推出十项便民举措 ，市民办事更方便\n\n本报讯（记者 张晶）近日，北京推出十项便民举措。",
        fixed: "北京推出十项便民举措，市民办事更方便\n\n本报讯（记者 张晶）近日，北京推出十项便民举措。", variants: false),
    ],
    nonTriggering: [
      Example("本报讯（记者 张晶）市总工会开展慰问。"),
      Example("　　“今年你们在哪里过年？”", variants: false),
      Example("本报讯（记者 张晶）近日举办活动。\n\n本报记者 于佳 摄", variants: false),
      Example("他说：“我们要把好事办好。”"),
      Example("本报讯（记者 孙妍）近日举办活动，搭建了交流业务和学习的平台。 孙妍 摄", variants: false),
      Example("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n\n本报讯（记者 张晶）昨天举办活动。", variants: false),
      Example("职业院校新生报到 “3+2”专业最受欢迎\n\n本报讯（记者 张晶）近日，新生报到。", variants: false),
      Example("他说：“It is a ‘win-win’ deal.”"),
      Example("Many people think it’s marked up with tags or “formatting instructions”."),
    ])

  static let curlyQuotes: Set<UInt32> = [0x201C, 0x201D, 0x2018, 0x2019]

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    SpaceRuns.forEach(doc) { run in
      guard ZoneSet.prose.contains(run.zone), run.mask == .none else { return }
      // Indents (nothing before) and trailing spaces (nothing after) are not "between".
      guard run.before != 0, run.after != 0 else { return }
      guard CharClass.isFullwidthPunct(run.after) || CharClass.isFullwidthPunct(run.before) else { return }
      // The space before a caption's credit (`……平台。 孙妍 摄`) is the credit format's business.
      if run.zoneAfter == .credit { return }
      // English quoted in copy keeps English spacing: a space between a Latin word or figure and a curly quote
      // (`“It is a ‘win-win’ deal.”`, `tags or “formatting instructions”`) belongs to the English sentence. Next to
      // Chinese the space is still stray (`这是 “win-win” 的结果`).
      if (Self.curlyQuotes.contains(run.after) && CharClass.isASCIIAlnum(run.before))
        || (Self.curlyQuotes.contains(run.before) && CharClass.isASCIIAlnum(run.after))
      {
        return
      }
      // In a headline one space separates two clauses, also next to a quote or title that opens or closes one
      // (`职业院校新生报到 “3+2”专业最受欢迎`); a space before `，` or `。` is still stray.
      if run.zone == .headline && run.count == 1
        && (CharClass.isOpeningPunct(run.after) || CharClass.isClosingPunct(run.before))
      {
        return
      }
      sink.report(
        run.range, Message(zh: "全角标点前后不应有空格", en: "no space next to full-width punctuation"),
        fix: .replace(run.range, with: ""))
    }
  }
}
