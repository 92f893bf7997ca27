/// Whether two comparison units can be the same organisation; an unknown (empty) one can be any.
func unitsMatch(_ a: String, _ b: String) -> Bool { a.isEmpty || b.isEmpty || OrgName.compatible(a, b) }

/// `news-title-conflict`: one person given incompatible titles in one article (副主席 here, 主席 there).
public struct TitleConflictRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-title-conflict",
    summary: Message(zh: "同一人在同一篇稿件中职务前后不一", en: "One person given incompatible titles in one article"),
    rationale: Message(
      zh: "人名、职务差错是报纸最严重的差错之一。同一篇稿件里，同一人前文是“副主席”、后文是“主席”，必有一处错误。后文可用简称（北京市总工会党组书记、副主席 → 市总工会副主席 → 副主席），但不能变成另一职务。",
      en:
        "Errors in names and titles are the most serious a paper can print. If one person is 副主席 in one place and 主席 in another, one is wrong. Later mentions may shorten the title chain (北京市总工会党组书记、副主席 → 市总工会副主席 → 副主席), never change it."
    ),
    clause: "house-style C (news-person-first-mention, 职务称谓前后一致)",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      Example("北京市总工会党组书记、副主席张良一行赴航天一院调研。会上，北京市总工会主席张良强调，要关心职工。"),
      Example("昌平区委副书记解江凌出席。随后，区委书记解江凌讲话。"),
      Example("北京市总工会党组书记、副主席张良出席。北京市总工会党组成员张良强调，要关心职工。"),
    ],
    nonTriggering: [
      Example("北京市总工会党组书记、副主席张良一行赴航天一院调研。市总工会副主席张良指出，要关心职工。副主席张良强调，要做好服务。"),
      Example("门头沟区人大常委会党组副书记、副主任、区总工会主席李伟参加慰问。李伟主席表示，要做好服务。"),
      Example("北京市人大常委会副主任、总工会主席齐静带队慰问。齐静强调，要做好送温暖工作。"),
      Example("通州区政协党组副书记、常务副主席、区总工会主席尚祖国，区总工会党组书记、常务副主席关平带领领导班子慰问。"),
      Example("张良任北京市总工会副主席。“北京市总工会主席张良”的说法有误。"),
      Example("原北京市总工会主席张良，现任北京市总工会副主席张良出席。"),
      Example("北京市总工会副主席张良出席。北京市总工会主席张亮讲话。"),
    ] + SeedFirstMentions.all)

  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    for name in article.names {
      var seen: [TitleAtom] = []
      for m in article.mentions(of: name) where !m.quoted && !m.inferred {
        for b in m.titles where !b.former {
          let compatible = seen.contains { unitsMatch($0.unit, b.unit) && $0.hit.sameRank(as: b.hit) }
          guard !compatible, let a = seen.first(where: { unitsMatch($0.unit, b.unit) && $0.hit.isRival(of: b.hit) })
          else { continue }
          sink.report(
            b.range,
            Message(
              zh: "同一稿件中“\(name)”的职务前后不一：此处为“\(b.title)”，前文为“\(a.title)”",
              en: "'\(name)' has incompatible titles in one article: '\(b.title)' here, '\(a.title)' earlier"),
            related: [RelatedLocation(range: a.range, message: Message(zh: "前文职务", en: "earlier title"))])
        }
        // One entry per organisation and rank, so a name printed with its title 10,000 times is compared once.
        for a in m.titles where !a.former && !seen.contains(where: { $0.unit == a.unit && $0.hit.rank == a.hit.rank }) {
          seen.append(a)
        }
      }
    }
  }
}

/// `news-exclusive-title-conflict`: a post only one person can hold (the 书记 of one party committee, the 区长 of
/// one district, the 主席 of one union) given to two different people in one article.
public struct ExclusiveTitleConflictRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-exclusive-title-conflict",
    summary: Message(zh: "只能一人担任的职务在同一稿件中给了两个人", en: "A post only one person holds given to two people"),
    rationale: Message(
      zh: "一个党委只有一位书记，一个区只有一位区长，一个工会只有一位主席。同一稿件中两人都被称为“海淀区委书记”，必有一处职务写错（常见的是漏了“副”）。副职、委员、成员不在此列；“原”“时任”表示已卸任，也不在此列。",
      en:
        "A party committee has one 书记, a district one 区长, a union one 主席. Two people called 海淀区委书记 in one article means one title is wrong (often a dropped 副). Deputies, members and former holders (原, 时任) are not exclusive."
    ),
    clause: "house-style C (职务称谓; 一职一人)",
    defaultSeverity: .error, fix: .none,
    triggering: [
      Example("海淀区委书记张三出席会议。海淀区委书记李四讲话。"),
      Example("北京市总工会党组书记、副主席张良，门头沟区委书记喻华锋一同慰问。门头沟区委书记、区长吕晨飞参加慰问。"),
    ],
    nonTriggering: [
      // Posts several people hold at once (rules/news/names, @section shared), and a title of many (issue 15).
      Example("中共中央书记处书记王建国出席会议。中共中央书记处书记李明陪同。"),
      Example("大会执行主席王志诚、何振东主持会议。"),
      Example("海淀区委书记张三出席会议。海淀区委副书记李四讲话。"),
      Example("原海淀区委书记张三、海淀区委书记李四出席会议。"),
      Example("门头沟区委书记喻华锋一同慰问。门头沟区委副书记、区长吕晨飞参加慰问。"),
      Example("北京振远护卫中心民警党支部书记、工会主席张印表示。北京恒通园供暖有限公司工会主席于娜说。"),
      Example("通州区政协党组副书记、常务副主席、区总工会主席尚祖国，区总工会党组书记、常务副主席关平带领领导班子慰问。"),
      Example("海淀区委书记张三出席会议。“海淀区委书记李四”是误传。"),
    ] + SeedFirstMentions.all,
    supersedes: [])

  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    // Holders by rank and the last two characters of the organisation (compatible organisations end alike), one
    // entry per person and organisation: a lookup per title, however many people the article names.
    var holders: [String: [(name: String, atom: TitleAtom)]] = [:]
    for m in article.mentions where !m.quoted && !m.inOrgName && !m.inferred {
      for a in m.titles where a.isExclusive && a.specific {
        let key = a.hit.rank + "|" + String(a.unit.suffix(2))
        let same = holders[key, default: []].filter { OrgName.compatible($0.atom.unit, a.unit) }
        if let other = same.first(where: { $0.name != m.name }) {
          let post = a.org.isEmpty ? a.title : a.org + a.title
          sink.report(
            a.range,
            Message(
              zh: "“\(post)”只能一人担任，本文前面已是\(other.name)，此处又给了\(m.name)",
              en: "'\(post)' has one holder: the article gives it to \(other.name) and to \(m.name)"),
            related: [
              RelatedLocation(
                range: other.atom.range, message: Message(zh: "\(other.name)的职务", en: "\(other.name)'s title"))
            ])
        } else if same.isEmpty {
          holders[key, default: []].append((m.name, a))
        }
      }
    }
  }
}
