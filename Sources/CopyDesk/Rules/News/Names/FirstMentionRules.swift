/// The mentions of each person of an article that the first-mention rules judge (body copy, not quoted, not
/// part of a name), with roster leaders left out: their titles follow protocol (`习近平总书记`), not this rule.
private func judgedPeople(_ article: ArticlePeople, _ lex: NameLexicon) -> [(name: String, mentions: [PersonMention])] {
  let leaders = lex.roster.allNames
  return article.names.filter { !leaders.contains($0) }.map { n in (n, article.mentions(of: n).filter(\.isJudged)) }
}

/// `news-title-after-name`: at a person's first mention the title is written after the name (`王强局长指出`);
/// house style puts organisation and title before it (`市交通局局长王强指出`).
public struct TitleAfterNameRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-title-after-name",
    summary: Message(zh: "人名首次出现时职务后置", en: "Title after the name at a person's first mention"),
    rationale: Message(
      zh: "新闻稿中人物首次出现，应先写单位和职务、后写姓名（北京市总工会党组书记、副主席张良）；“王强局长”“石威副主任”这类后置称谓只宜用于后文。修正把职务移到姓名前，单位名称请编辑补全。",
      en:
        "At a person's first mention, house style writes organisation and title before the name (北京市总工会党组书记、副主席张良); a title after the name (王强局长) is for later mentions. The fix moves the title before the name; the editor adds the organisation where it is missing."
    ),
    clause: "house-style C (news-person-first-mention; §3 first mention)",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example("会上，王强局长指出，要做好春运保障。", fixed: "会上，局长王强指出，要做好春运保障。"),
      Example(
        "近日，北京经济技术开发区（以下简称“经开区”）总工会开展送温暖慰问活动。经开区管委会石威副主任带队，走进北京博大开拓热力有限公司。",
        fixed: "近日，北京经济技术开发区（以下简称“经开区”）总工会开展送温暖慰问活动。经开区管委会副主任石威带队，走进北京博大开拓热力有限公司。"),
    ],
    nonTriggering: [
      // At NPC and CPPCC sessions the title after the name is the convention (issue 15).
      Example("政协委员分组讨论政府工作报告。讨论中，王丽娜委员、郭永胜委员也先后发言。"),
      Example("人大代表分组审议政府工作报告。会上，张伟代表建议，加强社区养老服务。"),
      Example("经开区管委会副主任石威带队慰问。座谈中，石威副主任表示，要做好供热服务。"),
      Example("北京市总工会党组书记、副主席张良一行先后参观了高凤林大师劳模创新工作室。"),
      Example("会上，习近平总书记指出，要做好各项工作。"),
      Example("4月3日上午，温家宝总理在福州主持召开经济形势座谈会。"),
      Example("“王强局长来了！”职工们纷纷表示欢迎。"),
      Example("胡芳律师现任北京市总工会法律服务中心争议调解科科长。"),
      Example("该工作室以全国优秀法官、首都劳动奖章获得者晋怡法官名字命名。"),
    ] + SeedFirstMentions.all)

  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    for (name, ms) in judgedPeople(article, finder.lex) {
      guard let first = ms.first, first.form == .titleAfter, let title = first.titles.first,
        title.kind == .official, !title.former, !title.hit.info.afterUsual
      else { continue }
      let moved = title.title + name
      var fix: ProposedFix?
      if first.range.upperBound == title.range.lowerBound {
        fix = .replace(first.range.lowerBound..<title.range.upperBound, with: moved)
      }
      sink.report(
        first.range.lowerBound..<title.range.upperBound,
        Message(
          zh: "“\(name)”首次出现，职务“\(title.title)”写在姓名后；首次出现宜先写单位、职务，如“\(moved)”",
          en:
            "'\(name)' first appears with the title '\(title.title)' after the name; write organisation and title first, e.g. '\(moved)'"
        ),
        fix: fix)
    }
  }
}

/// `news-person-first-mention`: a person first appears by bare name and gets the title only later.
public struct PersonFirstMentionRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-person-first-mention",
    summary: Message(zh: "人物首次出现未交代职务，职务在后文才出现", en: "Person first named bare, titled only later"),
    rationale: Message(
      zh: "读者在人物第一次出现时就要知道他是谁：单位和职务应在首次出现时交代（北京市总工会党组书记、副主席张良指出），后文再用简称或姓名（张良表示）。标题按惯例可只用姓名，不计入首次出现。",
      en:
        "Readers need to know who a person is when first named: organisation and title belong to the first mention (北京市总工会党组书记、副主席张良指出), the bare name to later ones (张良表示). Headlines may use the bare name and do not count."
    ),
    clause: "house-style C (news-person-first-mention)",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      Example("座谈中，张良指出，要做好服务职工工作。会上，北京市总工会党组书记、副主席张良表示，要关心职工生活。"),
      Example("座谈中，石威对职工表示感谢。经开区管委会副主任石威带队走进企业。"),
    ],
    nonTriggering: [
      Example("北京市总工会党组书记、副主席张良指出，要做好服务职工工作。会上，张良表示，要关心职工生活。"),
      Example(
        "# 齐静赴门头沟慰问一线职工\n\n本报讯（记者 白莹）近日，北京市人大常委会副主任、总工会主席齐静带队赶赴门头沟区。齐静强调，要做好送温暖工作。",
        variants: false),
      Example("张良工作室成立以来成效明显。北京市总工会党组书记、副主席张良出席活动。"),
      Example("“张良说得好！”职工们纷纷表示。北京市总工会党组书记、副主席张良出席活动。"),
      Example("涉事员工张某已被辞退。北京某公司总经理张某表示歉意。"),
      Example("习近平强调，要做好各项工作。习近平总书记指出，要坚持人民至上。"),
      Example("会上，张亮表示感谢。北京市总工会副主席张良指出，要做好服务。"),
    ] + SeedFirstMentions.all)

  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    for (name, all) in judgedPeople(article, finder.lex) {
      // A protocol list of bare names (沈立峰、毛建国、岳志明等在主席台就座) is not where titles are given.
      let ms = all.filter { !$0.inList }
      guard let first = ms.first, first.form == .bare,
        let titled = ms.first(where: { !$0.introducingTitles.isEmpty })
      else { continue }
      let title = titled.titleText.isEmpty ? titled.introducingTitles[0].title : titled.titleText
      sink.report(
        first.range,
        Message(
          zh: "“\(name)”首次出现未交代职务，后文才写“\(title)\(name)”；宜在首次出现时写明单位和职务",
          en:
            "'\(name)' first appears without a title, which comes only later ('\(title)\(name)'); give it at the first mention"
        ),
        related: [RelatedLocation(range: titled.range, message: Message(zh: "后文带职务的提及", en: "later titled mention"))])
    }
  }
}
