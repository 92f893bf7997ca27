/// `news-name-variant`: two names that differ in one character and share surname and organisation (or title) —
/// in one article, across the articles of a page, across all files linted together, or all documents open in
/// the editor (`张晓兰` / `张小兰`). One is probably a typo; both places are reported.
public struct NameVariantRule: CorpusRule, PeopleRule {
  public static let description = RuleDescription(
    id: "news-name-variant",
    summary: Message(zh: "同姓同单位的两个人名只差一字，可能是笔误", en: "Two names one character apart, probably a typo"),
    rationale: Message(
      zh: "同一单位、同一职务的“张晓兰”和“张小兰”几乎总是同一个人，其中一处是笔误。本规则在同一稿件内比较带职务的人名，并把与带职务人名只差一字的其他写法也找出来；批量检查时还跨稿件、跨文件比较同一单位的人名。",
      en:
        "张晓兰 and 张小兰 with the same organisation or title are almost always one person typed twice. The rule compares titled names within an article, finds untitled spellings one character away from a titled name, and in batch mode compares names of the same organisation across articles and files."
    ),
    clause: "house-style C (人名前后一致)",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      // An untitled later spelling recognised by its speech verb is still compared (issue 15).
      Example("区长王晓东主持会议。王晓冬表示，要做好服务。"),
      Example("全国总工会兼职副主席张晓兰来到昌平区。现场，张小兰拉着快递人员的手，亲切地唠起家常。"),
      Example("全国总工会兼职副主席张晓兰出席。全国总工会兼职副主席张小兰讲话。"),
    ],
    nonTriggering: [
      // Where a name ends (issue 15): 日前 and 近日, 乘 and 致电 follow the name; 苏丹 is a country.
      Example("国务院副总理方强日前会见新西兰贸易部长。国务院副总理方强近日出席中国—东盟博览会。"),
      Example("国务院副总理方强乘专机抵达惠灵顿。方强致电表示祝贺。"),
      Example("市政协副主席苏丹丹出席会议。苏丹武装部队发表声明。"),
      Example("全国总工会兼职副主席张晓兰来到昌平区。现场，张晓兰拉着快递人员的手，亲切地唠起家常。"),
      Example("北京市总工会党组成员、副主席蒋文云陪同慰问。北京恒通园供暖有限公司工会主席蒋文华表示感谢。"),
      Example("北京市总工会党组书记、副主席张良出席。市总工会副主席张亮讲话。"),
      Example("全国总工会兼职副主席张晓兰出席。“张小兰”是剧中人物。"),
      Example("昌平区委副书记解江凌出席。涉事员工张某、张某某已被辞退。"),
      Example("全国总工会兼职副主席张晓兰出席。外卖员张晓明表示感谢。"),
    ] + SeedFirstMentions.all)

  let finder: PeopleFinder
  let options: Options

  /// A titled person of one article: the first titled mention, judged.
  struct Person {
    var doc: Int
    var name: [UInt32]
    var mention: PersonMention
  }

  /// One document is a corpus of one: its articles are compared with each other.
  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    var sinks = [sink]
    check(corpus: [doc], into: &sinks)
    sink = sinks[0]
  }

  public func check(corpus documents: [Document], into sinks: inout [DiagnosticSink]) {
    var people: [[Person]] = []  // per article, over all documents
    for (d, doc) in documents.enumerated() {
      let page = doc.analysis(PageVariants(rule: self))
      for f in page.findings { sinks[d].report(f.range, f.message, related: f.related) }
      for persons in page.people {
        people.append(persons.map { Person(doc: d, name: $0.name, mention: $0.mention) })
      }
    }
    // Across articles and files: same organisation, named by a name specific enough to be one body. Two names one
    // given character apart share exactly one key (the name with that character blanked), so only real variants
    // are paired: with 50 pages open in the editor, or 10,000 names on a page, no pair of names is compared twice.
    var byKey: [[UInt32]: [(article: Int, person: Person)]] = [:]
    var pairs: [(x: Int, y: Int, a: Person, b: Person)] = []
    for (x, persons) in people.enumerated() {
      for p in persons where p.name.count >= 3 {
        for key in keys(p.name) {
          for a in byKey[key] ?? [] where a.article != x && isVariant(a.person.name, p.name) {
            pairs.append((a.article, x, a.person, p))
          }
          byKey[key, default: []].append((x, p))
        }
      }
    }
    // In article order, as the pairs were met before buckets.
    for p in pairs.sorted(by: { ($0.x, $0.y) < ($1.x, $1.y) }) where shareOrganisation(p.a.mention, p.b.mention) {
      report(p.a, p.b, documents, &sinks)
      report(p.b, p.a, documents, &sinks)
    }
  }

  /// One page's part of the comparison, kept with the page as an analysis: the findings inside its articles and
  /// the titled people of each article. The language server compares all open pages after every edit; only the
  /// page edited is read again (with 50 other pages open, reading them all again cost 13 ms an edit, issue 18).
  struct PageVariants: AnalysisKey {
    let rule: NameVariantRule

    func compute(_ doc: Document) -> (findings: [Diagnostic], people: [[(name: [UInt32], mention: PersonMention)]]) {
      var sink = DiagnosticSink(rule: NameVariantRule.description.id, severity: .warning)
      var people: [[(name: [UInt32], mention: PersonMention)]] = []
      for article in rule.finder.articles(in: doc) {
        rule.check(article, in: doc, into: &sink)
        people.append(
          article.names.compactMap { n in
            article.mentions(of: n).first { $0.isJudged && $0.hasTitle }.map { (NameVariantRule.scalars(n), $0) }
          })
      }
      return (sink.diagnostics, people)
    }

    /// The findings depend on the names lexicon only (the rule's options do not reach the comparison).
    static func == (a: Self, b: Self) -> Bool { a.rule.finder.lex === b.rule.finder.lex }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(rule.finder.lex)) }
  }

  private func report(_ a: Person, _ b: Person, _ docs: [Document], _ sinks: inout [DiagnosticSink]) {
    let other = String(String.UnicodeScalarView(b.name.compactMap(Unicode.Scalar.init)))
    let here = a.mention.name
    let path = a.doc == b.doc ? nil : (docs[b.doc].path ?? "-")
    let whereZh = a.doc == b.doc ? "本版另一篇稿件" : "另一文件"
    let whereEn = a.doc == b.doc ? "another article on this page" : "another file"
    sinks[a.doc].report(
      a.mention.range,
      Message(
        zh: "“\(here)”与\(whereZh)中同单位的“\(other)”只差一字，请核对",
        en: "'\(here)' is one character from '\(other)' of the same organisation in \(whereEn); check the name"),
      related: [RelatedLocation(path: path, range: b.mention.range, message: Message(zh: "另一写法", en: "other spelling"))]
    )
  }

  static func scalars(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

  /// The name with each given character in turn blanked: two names of one surname and length that differ in one
  /// given character share exactly one of these.
  func keys(_ w: [UInt32]) -> [[UInt32]] {
    let sl = finder.lex.surnameLength(in: w, at: 0)
    guard sl > 0, w.count > sl else { return [] }
    return (sl..<w.count).map { i in
      var k = w
      k[i] = 0
      return k
    }
  }

  /// Same length (at least three), same surname, exactly one given character different.
  func isVariant(_ a: [UInt32], _ b: [UInt32]) -> Bool {
    guard a.count == b.count, a.count >= 3, a != b else { return false }
    let sl = finder.lex.surnameLength(in: a, at: 0)
    guard sl > 0, a[0..<sl] == b[0..<sl] else { return false }
    return zip(a[sl...], b[sl...]).filter { $0 != $1 }.count == 1
  }

  func shareOrganisation(_ a: PersonMention, _ b: PersonMention) -> Bool {
    a.titles.contains { x in x.specific && b.titles.contains { $0.specific && OrgName.compatible(x.unit, $0.unit) } }
  }

  /// Within one article: two titled names of the same organisation or title one character apart, and untitled
  /// spellings one character away from a titled name (`张小兰拉着…` after `副主席张晓兰`, `王晓冬表示` after
  /// `区长王晓东`). Titled names are found by their keys, so the article is read once, whatever its number of names.
  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    let t = article.text
    let titled = article.names.compactMap { n in article.mentions(of: n).first { $0.isJudged && $0.hasTitle } }
    guard !titled.isEmpty else { return }
    // The register's and rosters' names, and names the article gives with a title or repeats, are people in their own
    // right; a name recognised only by the speech verb after it (王晓冬表示) is not, and is compared.
    let known = finder.lex.listedNames.union(
      article.names.filter { n in article.mentions(of: n).contains { !$0.inferred } })
    let nb = NameBoundaries(t: t, lex: finder.lex, registerNames: [])
    var byKey: [[UInt32]: [Int]] = [:]
    for (i, a) in titled.enumerated() {
      let aw = Self.scalars(a.name)
      var paired: Set<Int> = []
      for key in keys(aw) {
        for j in byKey[key] ?? [] where paired.insert(j).inserted && isVariant(Self.scalars(titled[j].name), aw) {
          let b = titled[j]
          let shared = b.titles.contains { x in
            a.titles.contains {
              unitsMatch(x.unit, $0.unit) && (x.hit.sameRank(as: $0.hit) || !x.unit.isEmpty && !$0.unit.isEmpty)
            }
          }
          if shared { reportPair(a, b, &sink) }
        }
        if aw.count >= 3 { byKey[key, default: []].append(i) }
      }
    }
    let lengths = Set(titled.map { $0.name.unicodeScalars.count }.filter { $0 >= 3 })
    let firsts = Set(titled.compactMap { $0.name.unicodeScalars.first?.value })
    var reported: Set<[UInt32]> = []  // (titled index, spelling)
    for k in 0..<t.count where firsts.contains(t.s[k]) && !t.quoted[k] {
      guard k == 0 || !t.isHan(k - 1) || finder.lex.preName.contains(t.s[k - 1]) else { continue }
      for n in lengths.sorted() where k + n <= t.count {
        let r = k..<(k + n)
        let w = Array(t.s[r])
        guard r.allSatisfy({ t.isHan($0) }), !known.contains(t.string(r)) else { continue }
        var candidates: [Int] = []
        for key in keys(w) { candidates += byKey[key] ?? [] }
        for i in Set(candidates).sorted() {
          let a = titled[i]
          guard isVariant(Self.scalars(a.name), w), !reported.contains([UInt32(i)] + w),
            nb.strength(after: r.upperBound) >= 2,
            nb.isPlausible(r, surname: finder.lex.surnameLength(in: w, at: 0), strict: true)
          else { continue }
          reported.insert([UInt32(i)] + w)
          sink.report(
            t.bytes(r),
            Message(
              zh: "“\(t.string(r))”与本文的“\(a.name)”只差一字，可能是笔误",
              en: "'\(t.string(r))' is one character from '\(a.name)' in this article; probably a typo"),
            related: [RelatedLocation(range: a.range, message: Message(zh: "带职务的写法", en: "titled spelling"))])
        }
      }
    }
  }

  private func reportPair(_ later: PersonMention, _ earlier: PersonMention, _ sink: inout DiagnosticSink) {
    sink.report(
      later.range,
      Message(
        zh: "“\(later.name)”与本文的“\(earlier.name)”同单位或同职务、只差一字，可能是笔误",
        en:
          "'\(later.name)' and '\(earlier.name)' share organisation or title and differ in one character; probably a typo"
      ),
      related: [RelatedLocation(range: earlier.range, message: Message(zh: "另一写法", en: "other spelling"))])
  }
}
