/// `word-nonword-typo`: a character that leaves a non-word where a same-sound or same-shape substitute makes a
/// frequent word fitting both neighbours (再接再励 → 再接再厉, 一愁莫展 → 一筹莫展). The search is the lexicon's
/// (`TypoDetector.nonword`, `TypoCheck`): never inside names the lexicon knows, 《titles》, classical verse, Latin,
/// numbers, masked text or code, and never where the original is itself a word. A word-frequency model cannot read
/// meaning, so the fix is offered for an editor to confirm; the curated `word-typo` list wins where both fire.
public struct NonwordTypoRule: Rule {
  public static let description = RuleDescription(
    id: "word-nonword-typo",
    summary: Message(zh: "疑似错别字（词典）", en: "Likely misspelling (lexicon)"),
    rationale: Message(
      zh:
        "把一个字换成同音或形近字后，原来拆不成词的片段成为一个常用词，而且与前后的词都能衔接（再接再励→再接再厉、一愁莫展→一筹莫展），多半是错别字。人名、译名、地名、书名号内、古诗引文、外文、数字和代码不检查；原文本身是词的（常常、学习习近平）不提示。判断只依据词频，改动须编辑确认。",
      en:
        "Where replacing one character with a same-sound or similar-shape one turns a fragment that is no word into a frequent word that joins the words on both sides (再接再励 → 再接再厉, 一愁莫展 → 一筹莫展), the character is most likely a typo. Person, foreign and place names, 《titles》, quoted verse, Latin, numbers and code are not checked, nor text the lexicon has as a word (常常, 学习习近平). The judgement rests on word frequencies only, so the fix needs an editor's confirmation."
    ),
    clause: "house-style D word-typo (non-word misspellings; traps: person/place names, quoted text)",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("希望全体职工再接再励，在新的一年里再创佳绩。", fixed: "希望全体职工再接再厉，在新的一年里再创佳绩。"),
      Example("会议对下一阶段重点工作作出布署。", fixed: "会议对下一阶段重点工作作出部署。"),
      Example("面对突如其来的订单缺口，企业负责人一度一愁莫展。", fixed: "面对突如其来的订单缺口，企业负责人一度一筹莫展。"),
      Example("活动刚一开始，孩子们就迫不急待地冲进了场馆。", fixed: "活动刚一开始，孩子们就迫不及待地冲进了场馆。"),
      Example("联欢会上，老同事们围坐在一起谈笑风声。", fixed: "联欢会上，老同事们围坐在一起谈笑风生。"),
    ],
    nonTriggering: [
      Example("刘芳无时无刻不心系学生，主任费立鹏对此进行了研究。"),
      Example("普京与马克龙举行会谈，泽连斯基、朔尔茨和梅洛尼随后抵达。"),
      Example("记者从乌鲁木齐出发，经石河子、奎屯抵达伊宁，又去了阿勒泰和喀什噶尔。"),
      Example("园林专家指出，海芋、马蹄莲等植物体内所含的草酸钙针晶会刺激皮肤。"),
      Example("他在《再接再励》一文中写道。"),
      Example("截至2023年底，EMS快递覆盖全国。"),
      Example("代码 `再接再励` 照录。", markdown: true),
      Example("他们常常来看望，深入学习习近平新时代中国特色社会主义思想。"),
      Example("各项工作已部署到位，大家再接再厉。"),
    ],
    // Opt-in in the engine; the newspaper profile turns it on, its precision measured on correct copy.
    enabledByDefault: false)

  let detector: TypoDetector

  public init(setup: RuleSetup) throws {
    detector = try TypoDetector.builtin(data: setup.data)
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    for f in TypoCheck.findings(doc, detector: detector, kinds: [.nonword]) {
      let shown = f.span.map { doc.slice($0) } ?? doc.slice(f.range)
      sink.report(
        f.range,
        Message(
          zh: "“\(shown)”疑有错别字，应为“\(f.word)”", en: "'\(shown)' looks like a misspelling of '\(f.word)'"),
        fix: .replace(f.range, with: f.replacement))
    }
  }
}
