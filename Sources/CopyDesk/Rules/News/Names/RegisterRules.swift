/// `news-register-title`: the house register says the person holds other titles on the article's date — a wrong
/// title (`党组书记、主席张良` for 副主席), or one no longer held (needs 原), or one not yet held.
public struct RegisterTitleRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-register-title",
    summary: Message(zh: "人物职务与人名职务库不符", en: "Title differs from the house register"),
    rationale: Message(
      zh:
        "编辑部维护一份人名职务库（姓名、单位、职务、任职起止日期，见 rules/news/names/README.md）。稿件日期（--date、文件头 date:，否则今天）当天，库中此人在该单位的职务与稿件不同（如“主席”应为“副主席”）即报错并给出改正；已卸任的职务应加“原”；尚未就任的职务也报错。只比较单位相符的提及：同名而单位不同的是另一个人。",
      en:
        "The desk keeps a register of people: name, organisation, titles, valid-from and valid-to (rules/news/names/README.md). On the article's date (--date, front matter date:, else today), a title that differs from the register's title in that organisation (主席 for 副主席) is an error with a fix; a title no longer held needs 原; a title not yet held is flagged. Only mentions whose organisation matches the register are compared: a namesake elsewhere is someone else."
    ),
    clause: "house-style C (人名职务库; 原 的用法)",
    defaultSeverity: .error, fix: .safe,
    triggering: [
      Example(
        "1月16日下午，北京市总工会党组书记、主席张良一行赴航天一院调研。", fixed: "1月16日下午，北京市总工会党组书记、副主席张良一行赴航天一院调研。",
        options: #"{"date": "2023-01-16"}"#),
      Example(
        "门头沟区委书记、区长吕晨飞，门头沟区人大常委会主任张维刚等参加慰问。", fixed: "门头沟区委副书记、区长吕晨飞，门头沟区人大常委会主任张维刚等参加慰问。",
        options: #"{"date": "2023-12-20"}"#),
      Example("北京市总工会党组书记、副主席张良一行赴航天一院调研。", options: #"{"date": "2022-06-01"}"#),
    ],
    nonTriggering: [
      Example("北京市总工会党组书记、副主席张良一行赴航天一院调研。", options: #"{"date": "2023-01-16"}"#),
      Example("市总工会副主席张良强调，要关心职工。", options: #"{"date": "2023-06-01"}"#),
      Example("某科技公司总经理张良出席活动。", options: #"{"date": "2023-06-01"}"#),
      Example("北京市人大常委会副主任、总工会主席齐静带队慰问。", options: #"{"date": "2024-01-10"}"#),
      Example("“北京市总工会主席张良”的说法有误。", options: #"{"date": "2023-06-01"}"#),
    ] + SeedFirstMentions.all,
    supersedes: ["news-exclusive-title-conflict", "news-title-conflict"])

  public typealias Options = ArticleDateOptions
  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    let register = finder.lex.register
    guard !register.byName.isEmpty else { return }
    let day = ArticleDate.day(option: options.date, doc)
    // The date is named when it was given (option, front matter); "today" would make messages change daily.
    let given = options.date != nil || ArticleDate.frontMatterDate(doc) != nil
    let on = given ? day + "，" : ""
    let onEn = given ? " on \(day)" : ""
    for m in article.mentions where !m.quoted && !m.inOrgName && !m.inferred {
      guard let entries = register.byName[m.name] else { continue }
      for a in m.titles where !a.unit.isEmpty {
        let held = entries.flatMap { e in e.titles.map { (entry: e, title: $0) } }
          .filter { OrgName.compatible($0.entry.unit(of: $0.title), a.unit) }
        guard !held.isEmpty else { continue }
        let now = held.filter { $0.entry.isValid(on: day) }
        if a.former || now.contains(where: { $0.title.sameRank(as: a.hit) }) { continue }
        if let right = now.first(where: { $0.title.isRival(of: a.hit) }) {
          sink.report(
            a.range,
            Message(
              zh: "人名职务库：\(on)\(m.name)在\(right.entry.org)的职务是“\(right.title.rank)”，不是“\(a.hit.rank)”",
              en: "House register:\(onEn) \(m.name) is \(right.title.rank) of \(right.entry.org), not \(a.hit.rank)"),
            fix: .replace(a.rankRange, with: right.title.rank))
        } else if let past = held.first(where: {
          $0.title.sameRank(as: a.hit) && ($0.entry.to.map { $0 < day } ?? false)
        }) {
          sink.report(
            a.range,
            Message(
              zh: "人名职务库：\(m.name)已于\(past.entry.to!)卸任\(past.entry.org)\(past.title.rank)，应写“原\(a.title)”",
              en:
                "House register: \(m.name) left the post \(past.title.rank) of \(past.entry.org) on \(past.entry.to!); write 原\(a.title)"
            ),
            fix: .replace(a.range.lowerBound..<a.range.lowerBound, with: "原"))
        } else if let future = held.first(where: {
          $0.title.sameRank(as: a.hit) && ($0.entry.from.map { $0 > day } ?? false)
        }) {
          sink.report(
            a.range,
            Message(
              zh: "人名职务库：\(m.name)自\(future.entry.from!)起任\(future.entry.org)\(future.title.rank)，稿件日期\(day)时尚未就任",
              en:
                "House register: \(m.name) holds \(future.title.rank) of \(future.entry.org) from \(future.entry.from!), not yet on \(day)"
            ))
        }
      }
    }
  }
}

/// `news-leader-order`: two or more names of one protocol roster in one 、-list must be in roster order.
public struct LeaderOrderRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-leader-order",
    summary: Message(zh: "领导人排序不符合规定顺序", en: "Leaders listed out of protocol order"),
    rationale: Message(
      zh:
        "领导人并列时按规定顺序排列。rules/news/names/roster.txt 按届次记录顺序（带起止日期，只用稿件日期当天有效的名单）；同一顿号并列中出现两位及以上名单中的人时检查顺序。同名的普通人单独出现、引语中的名单不检查。名单有时效，使用前请核对。",
      en:
        "Leaders listed together follow protocol order. rules/news/names/roster.txt records the order per term, dated, and only the roster in force on the article's date applies; a 、-list with two or more roster names is checked. A namesake on his own and lists in quotations are not. Rosters change: verify before relying on them."
    ),
    clause: "house-style C (news-leader-order)",
    defaultSeverity: .error, fix: .unsafe,
    triggering: [
      Example("李强、习近平、赵乐际等出席会议。", fixed: "习近平、李强、赵乐际等出席会议。", options: #"{"date": "2024-03-05"}"#),
      Example("会议由王沪宁、赵乐际主持。", fixed: "会议由赵乐际、王沪宁主持。", options: #"{"date": "2024-03-05"}"#),
    ],
    nonTriggering: [
      Example("习近平、李强、赵乐际、王沪宁、蔡奇、丁薛祥、李希出席会议。", options: #"{"date": "2024-03-05"}"#),
      Example("车间职工李强、王伟、赵乐等参加活动。", options: #"{"date": "2024-03-05"}"#),
      Example("坚持以习近平新时代中国特色社会主义思想为指导。", options: #"{"date": "2024-03-05"}"#),
      Example("习近平、李克强、栗战书出席会议。", options: #"{"date": "2019-03-05"}"#),
      Example("他说：“李强、习近平都来过这里。”", options: #"{"date": "2024-03-05"}"#),
    ])

  public typealias Options = ArticleDateOptions
  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    let rosters = finder.lex.roster.active(on: ArticleDate.day(option: options.date, doc))
    guard !rosters.isEmpty else { return }
    let t = article.text
    for (rosterName, ranks) in rosters.sorted(by: { $0.key < $1.key }) {
      var found: [(start: Int, name: String)] = []
      var k = 0
      while k < t.count {
        let n = finder.lex.roster.nameSet.longest(in: t.s, at: k)
        guard n > 0 else {
          k += 1
          continue
        }
        let name = t.string(k..<(k + n))
        if ranks[name] != nil && !t.quoted[k] { found.append((k, name)) }
        k += n
      }
      var i = 0
      while i < found.count {
        var j = i
        while j + 1 < found.count, found[j].start + found[j].name.unicodeScalars.count + 1 == found[j + 1].start,
          t.s[found[j + 1].start - 1] == 0x3001
        {
          j += 1
        }
        let list = Array(found[i...j])
        i = j + 1
        let ordered = list.sorted { ranks[$0.name]! < ranks[$1.name]! }
        guard list.count >= 2, ordered.map(\.name) != list.map(\.name) else { continue }
        let span = list[0].start..<(list.last!.start + list.last!.name.unicodeScalars.count)
        let expected = ordered.map(\.name).joined(separator: "、")
        sink.report(
          t.bytes(span),
          Message(
            zh: "领导人排序不符合“\(rosterName)”的顺序，应为：\(expected)",
            en: "Leaders out of the order of '\(rosterName)'; expected: \(expected)"),
          fix: t.isContiguous(span) ? .replace(t.bytes(span), with: expected) : nil)
      }
    }
  }
}
