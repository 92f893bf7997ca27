import Foundation

/// Finds the people of each article: an organisation and title chain before a name (`北京市总工会党组书记、
/// 副主席张良`, titles joined by 、), a title after a name (`王强局长`), bare later mentions of a name already seen
/// (`张良表示`), and untitled names before a speech verb (listed only). Shared by the name rules and
/// `copydesk people`; results are cached per document so that nine rules extract once.
public struct PeopleFinder: Sendable {
  let lex: NameLexicon

  public init(data: RuleData) throws(RuleConfigurationError) { lex = try NameLexiconCache.lexicon(for: data) }
  init(lexicon: NameLexicon) { lex = lexicon }

  /// The people of every article of the page: one extraction per document and lexicon, shared by the name rules
  /// of one lint.
  /// The people of each article of `doc`; `threads`: how many threads may extract them, article by article, if they
  /// are not extracted yet (a large page linted on all cores, `Linter.lintInParts`).
  public func articles(in doc: Document, threads: Int = 1) -> [ArticlePeople] {
    doc.analysis(PeopleOfArticles(lexicon: lex, threads: threads))
  }

  /// The analysis: the people depend on the lexicon, compared by identity (equal data share one lexicon, see
  /// `NameLexiconCache`). `threads` is how the first request computes them, not part of what they are.
  struct PeopleOfArticles: AnalysisKey {
    let lexicon: NameLexicon
    var threads = 1

    func compute(_ doc: Document) -> [ArticlePeople] {
      let articles = doc.articles
      let lexicon = lexicon
      return Parallelism.map(articles.count, threads: threads) { k in
        var x = Extraction(ArticleText(doc, article: articles[k]), lexicon)
        return x.run(headline: PeopleFinder.headline(doc, articles[k]))
      }
    }

    static func == (a: Self, b: Self) -> Bool { a.lexicon === b.lexicon }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(lexicon)) }
  }

  /// The headline closest to the lead (the story's own, not the page kicker), without Markdown marks.
  static func headline(_ doc: Document, _ a: Article) -> String? {
    // A feature's byline line under its headline (`本报记者 晏子清`) is a display line too, but names no story.
    let before = a.headlines.filter {
      (a.lead == nil || $0 < a.lead!) && !NewsPatterns.isBylineLine(Scalars(doc.bytes, doc.blocks[$0].range))
    }
    guard let k = before.last ?? a.headlines.first else { return nil }
    var s = Substring(doc.slice(doc.blocks[k].range))
    while s.first == "#" || s.first == " " { s = s.dropFirst() }
    return s.split(whereSeparator: \.isNewline).joined()
  }
}

struct Extraction {
  static let conjunctions: Set<UInt32> = Set("和与及".unicodeScalars.map(\.value))
  let t: ArticleText
  let lex: NameLexicon
  let nb: NameBoundaries
  var hits: [TitleHit] = []
  var mentions: [PersonMention] = []
  var intros: [AbbrevIntro] = []
  /// The places the article names (海淀区, 陕西省), for relative organisations (区委, 省长).
  let places: PlaceContext

  init(_ t: ArticleText, _ lex: NameLexicon) {
    self.t = t
    self.lex = lex
    nb = NameBoundaries(t: t, lex: lex, registerNames: lex.registerNames)
    places = PlaceContext(t, lex)
  }

  /// Start of the organisation written before `e`: back over Han text to punctuation, a verb or preposition
  /// (由, 陪同, 现任…), the end of another title, or 24 characters.
  func orgStart(before e: Int, floor: Int = 0) -> Int { Self.orgStart(t, lex, before: e, floor: floor) }

  static func orgStart(_ t: ArticleText, _ lex: NameLexicon, before e: Int, floor: Int = 0) -> Int {
    var k = e
    // A headline line the layout ran into the paragraph (`本报记者 晏子清⏎翻开…`) is not part of an organisation.
    while k > floor && e - k < 24 && t.isHan(k - 1) && lex.orgStop.longest(in: t.s, endingAt: k) == 0
      && (e == 0 || t.zones[k - 1] == t.zones[e - 1])
    {
      k -= 1
    }
    // Right after a name, 和/与/及 join two people (校长王宏伟和副校长李强); elsewhere they may be part of a name
    // (文化和旅游局), so they are dropped only there.
    if k < e && (t.s[k] == 0x53CA || k == floor && floor > 0 && conjunctions.contains(t.s[k])) { k += 1 }  // 及
    return k
  }

  mutating func run(headline: String?) -> ArticlePeople {
    intros = AbbrevIntro.find(in: t) { self.orgStart(before: $0) }
    // A title that is also a verb is a title only before a name or a boundary: 人大代表王某, 宁瑶代表建议, not
    // 王建平代表区人民政府作报告.
    let all = lex.grammar.hits(in: t.s).filter { h in
      !h.info.verb || nb.strength(after: h.end) >= 2 || nb.name(at: h.end) != nil
    }
    // A title directly followed by another is part of an organisation's name: 民警 in 民警党支部书记.
    hits = all.enumerated().filter { k, h in k + 1 == all.count || all[k + 1].start != h.end }.map(\.element)
    let titleEnds = Set(hits.map(\.end))
    var after: [Int: Range<Int>] = [:]
    for (k, h) in hits.enumerated() where h.info.afterName && h.info.kind != .descriptor {
      // `区妇联主席李新星`: a name after the title makes what stands before it an organisation.
      guard nb.name(at: h.end) == nil else { continue }
      if let r = nb.name(before: h.start, titleEnds: titleEnds) { after[k] = r }
    }
    var k = 0
    while k < hits.count {
      if let name = after[k] {
        addAfterTitle(hits[k], name: name)
        k += 1
        continue
      }
      let floor = max(k > 0 ? hits[k - 1].end : 0, mentions.last?.span.upperBound ?? 0)
      let org = orgStart(before: hits[k].start, floor: min(floor, hits[k].start))..<hits[k].start
      var chain: [(TitleHit, Range<Int>)] = [(hits[k], org)]
      var j = k
      var name = nb.name(at: hits[j].end)
      while name == nil, j + 1 < hits.count, after[j + 1] == nil, let org = continuation(hits[j].end, hits[j + 1].start)
      {
        j += 1
        chain.append((hits[j], org))
        name = nb.name(at: hits[j].end)
      }
      if let name {
        addChain(chain, name: name)
      } else {
        attachHeldTitles(chain)
      }
      k = j + 1
    }
    addBareMentions()
    addSpeakers()
    for m in mentions.indices
    where nb.isEponym(after: afterTitlesEnd(mentions[m])) || nb.isEponym(after: mentions[m].span.upperBound) {
      mentions[m].inOrgName = true
    }
    mentions.sort { $0.span.lowerBound < $1.span.lowerBound }
    markLists()
    return ArticlePeople(article: t.article, headline: headline, mentions: mentions, text: t, intros: intros)
  }

  /// The organisation between two titles of one chain (`、区总工会`), or nil when the chain ends there.
  func continuation(_ end: Int, _ next: Int) -> Range<Int>? {
    guard next > end, t.s[end] == 0x3001 || t.s[end] == 0x517C else { return nil }  // 、 兼
    let org = (end + 1)..<next
    guard org.count <= 20, org.allSatisfy({ t.isHan($0) }) else { return nil }
    for p in org where lex.orgStop.longest(in: t.s, at: p) > 0 && p + lex.orgStop.longest(in: t.s, at: p) <= next {
      return nil
    }
    return org
  }

  func afterTitlesEnd(_ m: PersonMention) -> Int {
    m.titles.count > m.titlesBefore ? m.titles.last!.span.upperBound : m.span.upperBound
  }

  /// Atoms of a chain with resolved organisations: an empty organisation inherits the previous one, a relative one
  /// takes the place of the chain (`通州区政协…、区总工会` → 通州区总工会) or the one place of its kind the article
  /// names (`门头沟区…区委书记` → 门头沟区委), a place title names its place (区长), and `外交部长` is the 部长 of
  /// 外交部.
  func atoms(_ chain: [(TitleHit, Range<Int>)]) -> [TitleAtom] {
    var out: [TitleAtom] = []
    var inherited = ""
    var inheritedResolved = false
    for (hit, orgSpan) in chain {
      let printed = t.string(orgSpan)
      var org = expand(printed)
      var resolved = false
      if org.isEmpty {
        (org, resolved) = (inherited, inheritedResolved)
      } else if let first = org.first, PlaceContext.levels.contains(first), org.count >= 2 {
        if !inherited.isEmpty, let place = Self.place(in: inherited, ending: first) {
          (org, resolved) = (place + org.dropFirst(), true)
        } else if let place = places.only(first) {
          (org, resolved) = (place + org.dropFirst(), true)
        }
      }
      if org.isEmpty, hit.info.place, let c = hit.base.first, let place = places.only(c) {
        (org, resolved) = (place, true)  // 副区长韦立群 in a story about 通州区
      }
      (inherited, inheritedResolved) = (org, resolved)
      var unit = OrgName.canonical(org)
      if hit.info.place, let first = hit.base.first, let place = Self.place(in: org, ending: first) {
        unit = OrgName.canonical(place)
      } else if let c = hit.base.first, hit.base.count == 2, hit.base.last == "长", "部局厅处科司署".contains(c),
        !org.isEmpty, org.last != c
      {
        unit = OrgName.canonical(org + String(c))  // 外交部长: 外交 + 部长 is the 部长 of 外交部
      }
      unit += hit.partyOrgan ?? ""
      // 原北京市总工会主席: a former marker before the organisation applies to the chain's first title.
      var hit = hit
      if out.isEmpty && lex.grammar.former.longest(in: t.s, endingAt: orgSpan.lowerBound) > 0 { hit.former = true }
      let rankStart = hit.end - hit.rank.unicodeScalars.count
      let title = t.string(hit.start..<hit.end)
      out.append(
        TitleAtom(
          org: printed, title: title, range: t.bytes(hit.start..<hit.end), rankRange: t.bytes(rankStart..<hit.end),
          kind: hit.info.kind, former: hit.former, unit: unit,
          specific: OrgName.isSpecific(unit) || resolved || unit == "市",
          shared: lex.isShared(org: printed, title: title),
          hit: hit, span: hit.start..<hit.end))
    }
    return out
  }

  /// `门头沟区委` → `门头沟区` for 区; nil when the organisation names no such place.
  static func place(in org: String, ending c: Character) -> String? {
    guard let i = org.firstIndex(of: c), i > org.startIndex else { return nil }
    return String(org[...i])
  }

  /// A short form introduced in the article, written out: `经开区管委会` → `北京经济技术开发区管委会`.
  func expand(_ org: String) -> String {
    for i in intros where !i.full.isEmpty && org.hasPrefix(i.short) { return i.full + org.dropFirst(i.short.count) }
    return org
  }

  func mention(_ name: Range<Int>, _ form: PersonMention.Form, _ atoms: [TitleAtom], before: Int, text: Range<Int>?)
    -> PersonMention
  {
    PersonMention(
      name: t.string(name), written: t.string(name), range: t.bytes(name), form: form, titles: atoms,
      titleText: text.map { t.string($0) } ?? "",
      titleRange: text.flatMap { t.isContiguous($0) ? t.bytes($0) : nil }, zone: t.zones[name.lowerBound],
      quoted: t.quoted[name.lowerBound], inOrgName: false, inferred: false, span: name, titlesBefore: before)
  }

  mutating func addChain(_ chain: [(TitleHit, Range<Int>)], name: Range<Int>) {
    let a = atoms(chain)
    let text = chain[0].1.lowerBound..<chain.last!.0.end
    mentions.append(mention(name, .titleBefore, a, before: a.count, text: text))
    // `副主席曹斌、周春然、吴月华等`, `大会执行主席王志诚、何振东`: a title many people can hold applies to every name
    // of the list after it.
    guard !a.last!.isExclusive else { return }
    var end = name.upperBound
    while end < t.count && t.s[end] == 0x3001, let next = nb.name(at: end + 1), nb.strength(after: next.upperBound) >= 2
    {
      mentions.append(mention(next, .titleBefore, a, before: a.count, text: text))
      end = next.upperBound
    }
  }

  mutating func addAfterTitle(_ hit: TitleHit, name: Range<Int>) {
    if let last = mentions.indices.last, mentions[last].span == name {
      // `获得者晋怡法官`: the chain before the name and the title after it belong to one mention.
      mentions[last].titles += atoms([(hit, name.upperBound..<name.upperBound)]).map { a in
        var a = a
        a.unit = mentions[last].titles.last?.unit ?? a.unit
        a.specific = mentions[last].titles.last?.specific ?? a.specific
        return a
      }
      return
    }
    let org = orgStart(before: name.lowerBound)
    var a = atoms([(hit, org..<name.lowerBound)])
    a[0].org = t.string(org..<name.lowerBound)
    mentions.append(mention(name, .titleAfter, a, before: 0, text: hit.start..<hit.end))
  }

  /// Marks bare mentions in 、-lists of three or more names (`沈立峰、毛建国、岳志明等在主席台就座`).
  mutating func markLists() {
    var k = 0
    while k < mentions.count {
      var j = k
      while j + 1 < mentions.count, mentions[j].span.upperBound + 1 == mentions[j + 1].span.lowerBound,
        t.s[mentions[j].span.upperBound] == 0x3001, mentions[j + 1].titles.isEmpty, mentions[j].titles.isEmpty
      {
        j += 1
      }
      if j - k >= 2 { for m in k...j { mentions[m].inList = true } }
      k = j + 1
    }
  }
}
