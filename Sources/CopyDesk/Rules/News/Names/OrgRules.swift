/// `news-org-abbrev`: a short form used before its full name is introduced with `（以下简称“X”）`, a malformed
/// introduction (`(以下简称X)`), a short form introduced twice in one article.
public struct OrgAbbrevRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-org-abbrev",
    summary: Message(zh: "机构简称的引入不规范", en: "Short form of an organisation used or introduced badly"),
    rationale: Message(
      zh:
        "机构简称应在全称首次出现时用“（以下简称“X”）”引入，此后才用简称：先用后引、格式不规范（半角括号、简称不加引号、加冒号）、同一稿件重复引入都应修改。读者熟知、无需引入的简称（全国人大、国务院、全总、市总工会等）列在 rules/news/names/orgs.txt。标题可直接用简称。选项 quoted=false 时不要求简称加引号。",
      en:
        "Introduce a short form at the full name's first mention with （以下简称“X”） and use it only afterwards. Use before introduction, malformed introductions (half-width parentheses, unquoted or colon forms) and a second introduction are flagged. Short forms readers know (全国人大, 国务院, 全总, 市总工会…) are listed in rules/news/names/orgs.txt. Headlines may use short forms. Option quoted=false accepts unquoted short forms."
    ),
    clause: "house-style C (news-org-abbrev); §3 template （以下简称“市人社局”）",
    defaultSeverity: .warning, fix: .safe,
    triggering: [
      Example(
        "北京市人力资源和社会保障局(以下简称市人社局)负责人介绍了情况。",
        fixed: "北京市人力资源和社会保障局（以下简称“市人社局”）负责人介绍了情况。"),
      Example("会上，市人社局表示，今年将出台新政策。北京市人力资源和社会保障局（以下简称“市人社局”）负责人介绍了情况。"),
      Example("北京经济技术开发区（以下简称“经开区”）总工会开展慰问。北京经济技术开发区（以下简称“经开区”）管委会表示感谢。"),
    ],
    nonTriggering: [
      Example("近日，北京经济技术开发区（以下简称“经开区”）总工会开展送温暖慰问活动。经开区总工会今年“两节”期间送温暖活动向五大职工群体倾斜。"),
      Example("北京市总工会（以下简称“市总工会”）联合市温暖基金会开展慰问。市总工会表示，将持续做好服务。"),
      Example("全总、市总工会相关负责人出席活动。"),
      Example("世界贸易组织（WTO）是重要的国际组织。该产品俗称“小黄车”。"),
      Example(
        "# 经开区总工会“送温暖”向五大职工群体倾斜\n\n本报讯（记者 陈曦）近日，北京经济技术开发区（以下简称“经开区”）总工会开展送温暖慰问活动。",
        variants: false),
      Example("北京市人力资源和社会保障局(以下简称市人社局)负责人介绍了情况。", options: #"{"quoted": false, "parens": false}"#),
    ])

  public struct Options: RuleOptions {
    var quoted: Bool
    var parens: Bool
    public init(from reader: inout OptionReader) throws(RuleConfigurationError) {
      quoted = try reader.read(
        "quoted", default: true, doc: "The short form is quoted: （以下简称“市人社局”）; false also accepts （以下简称市人社局）")
      parens = try reader.read(
        "parens", default: true, doc: "The introduction takes full-width parentheses （）; false also accepts ()")
    }
  }

  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    let t = article.text
    var introduced: [String: AbbrevIntro] = [:]
    for intro in article.intros where !t.quoted[intro.span.lowerBound] {
      let malformed = intro.colon || (options.quoted && !intro.quoted) || (options.parens && intro.halfwidthParens)
      if malformed {
        let fix = t.isContiguous(intro.span) ? ProposedFix.replace(t.bytes(intro.span), with: intro.canonical) : nil
        sink.report(
          t.bytes(intro.span),
          Message(
            zh: "简称引入格式不规范，应为“\(intro.canonical)”",
            en: "Malformed introduction of a short form; write '\(intro.canonical)'"),
          fix: fix)
      }
      if let first = introduced[intro.short] {
        sink.report(
          t.bytes(intro.span),
          Message(
            zh: "简称“\(intro.short)”在本文中重复引入", en: "Short form '\(intro.short)' introduced twice in one article"),
          related: [
            RelatedLocation(range: t.bytes(first.span), message: Message(zh: "首次引入", en: "first introduction"))
          ])
        continue
      }
      introduced[intro.short] = intro
      if let use = useBefore(intro, t) {
        sink.report(
          t.bytes(use),
          Message(
            zh: "简称“\(intro.short)”在引入（以下简称“\(intro.short)”）之前就已使用",
            en: "Short form '\(intro.short)' used before it is introduced"),
          related: [
            RelatedLocation(range: t.bytes(intro.span), message: Message(zh: "简称的引入", en: "the introduction"))
          ])
      }
    }
  }

  /// The first use of the short form in body copy before its introduction, not inside the full name
  /// (`北京市总工会` contains `市总工会`), unless readers know it anyway.
  private func useBefore(_ intro: AbbrevIntro, _ t: ArticleText) -> Range<Int>? {
    guard !finder.lex.conventional.contains(intro.short) else { return nil }
    let w = intro.short.unicodeScalars.map(\.value)
    let full = intro.full.unicodeScalars.map(\.value)
    for k in t.occurrences(of: w) where k < intro.fullSpan.lowerBound {
      if t.isHeadline(k) || t.quoted[k] { continue }
      if insideFullName(k, w.count, full, t) { continue }
      return k..<(k + w.count)
    }
    return nil
  }

  private func insideFullName(_ k: Int, _ n: Int, _ full: [UInt32], _ t: ArticleText) -> Bool {
    guard full.count > n else { return false }
    for f in 0...(full.count - n) where full[f..<(f + n)].elementsEqual(t.s[k..<(k + n)]) {
      let before = min(2, f, k)
      let after = min(2, full.count - f - n, t.count - k - n)
      if before + after > 0 && full[(f - before)..<f].elementsEqual(t.s[(k - before)..<k])
        && full[(f + n)..<(f + n + after)].elementsEqual(t.s[(k + n)..<(k + n + after)])
      {
        return true
      }
    }
    return false
  }
}

/// `news-org-name-variant`: one organisation written under two full names in one article
/// (`海淀区职工服务中心` / `海淀区职工综合服务中心`): one name is the other with a word inserted.
public struct OrgNameVariantRule: PeopleRule {
  public static let description = RuleDescription(
    id: "news-org-name-variant",
    summary: Message(zh: "同一机构在同一稿件中有两种全称", en: "One organisation under two full names in one article"),
    rationale: Message(
      zh:
        "同一稿件里“海淀区职工服务中心”和“海淀区职工综合服务中心”指的多是同一机构，其中一个名称不准确，应核对后统一。区分不同机构的词（职工、青年、妇女、老年……，见 rules/news/names/orgs.txt）和序数（第一、二部）不在此列；省去地名的简称（振远护卫中心 / 北京振远护卫中心）也不在此列。",
      en:
        "海淀区职工服务中心 and 海淀区职工综合服务中心 in one article are almost always one body with one name wrong; check and use one. Words that name a different body (职工, 青年, 妇女…, listed in rules/news/names/orgs.txt), ordinals, and short forms without the place name are not variants."
    ),
    clause: "house-style C (机构名称前后一致)",
    defaultSeverity: .warning, fix: .none,
    triggering: [
      Example("近日，海淀区职工服务中心开展慰问活动。据了解，海淀区职工综合服务中心今年已服务职工1万人次。"),
      Example("先后到回天会客厅、天通苑艺术中心公共区域职工之家等地考察。天通苑文化艺术中心是重点建设项目。"),
    ],
    nonTriggering: [
      Example("全国总工会宣传教育部、中国书法家协会主办，中国职工书法家协会承办。"),
      Example("北京振远护卫中心第十二支队开展慰问。振远护卫中心工会同日启动送温暖活动。"),
      Example("北京市工会“两节”送温暖活动启动。北京市总工会将重点走访慰问生产一线。"),
      Example("在第七车队岭角驻班点、第十车队玉皇庙驻班点慰问。"),
      Example("市总工会办公室、市总工会研究室相关负责人陪同。"),
      Example("平谷区马昌营镇总工会开展慰问活动。据平谷区总工会相关负责人介绍，慰问品已发放。"),
      // Phrases that end in an organisation's ending are no organisations (issue 15): a verb before the name, a
      // word that opens with the ending (部署), a determiner, a place written out, two committees of one body.
      Example("会议强调，要加强人民政协理论研究。会议指出，要加强和改进人民政协工作。"),
      Example("全会审议通过了有关决议，并作出一系列重大部署。会议要求各部门抓好落实，部署要到位。"),
      Example("一家大型基金公司负责人表示，另一家基金公司也在调整。"),
      Example("代表团访问了美国加利福尼亚州。美国加州州长会见了代表团。"),
      Example("会议由第十六届中央委员会召集。第十六届中央常务委员会同时举行会议。"),
    ])

  let finder: PeopleFinder
  let options: Options

  func check(_ article: ArticlePeople, in doc: Document, into sink: inout DiagnosticSink) {
    let lex = finder.lex
    let t = article.text
    // Candidate names: from each organisation ending back to punctuation or a verb, each spelling once.
    var names: [(w: ArraySlice<UInt32>, r: Range<Int>)] = []
    var seen: Set<ArraySlice<UInt32>> = []
    for j in 0..<t.count where !t.isHeadline(j) {
      let n = lex.orgSuffixes.longest(in: t.s, at: j)
      guard n > 0, let r = candidate(t, ending: j + n), r.count >= 5, seen.insert(t.s[r]).inserted else { continue }
      names.append((t.s[r], r))
    }
    // An insertion variant shares its first two and last two characters with the name: only names that do are
    // compared, so the article's organisations are not compared pairwise.
    var buckets: [[UInt32]: [Int]] = [:]
    var reported: Set<ArraySlice<UInt32>> = []
    for (i, b) in names.enumerated() {
      let key = Array(b.w.prefix(2) + b.w.suffix(2))
      for a in (buckets[key] ?? []).map({ names[$0] }) where abs(a.w.count - b.w.count) >= 2 {
        guard isInsertionVariant(a.w, b.w) || isInsertionVariant(b.w, a.w), reported.insert(b.w).inserted else {
          continue
        }
        let (here, before) = (t.string(b.r), t.string(a.r))
        sink.report(
          t.bytes(b.r),
          Message(
            zh: "同一机构两种全称：此处“\(here)”，前文“\(before)”，请核对统一",
            en: "One organisation, two full names: '\(here)' here, '\(before)' earlier; check and use one"),
          related: [RelatedLocation(range: t.bytes(a.r), message: Message(zh: "前文名称", en: "earlier name"))])
      }
      buckets[key, default: []].append(i)
    }
  }

  static let otherBody: Set<UInt32> = Set("第一二三四五六七八九十百0123456789区县镇乡村市省街".unicodeScalars.map(\.value))
  static let placeLevels: Set<UInt32> = Set("州省市县区".unicodeScalars.map(\.value))

  /// Words that stand before a name without being part of it: 一家大型基金公司 is a 大型基金公司 at most.
  static let determiners = ["另一家", "一家", "这家", "那家", "多家", "一所", "一个", "这个", "某"].map {
    $0.unicodeScalars.map(\.value)
  }
  static let joiners: Set<UInt32> = Set("和与及并、".unicodeScalars.map(\.value))

  /// The organisation's name that ends at `e`, or nil when the ending opens a word (部署, 部门, 所以): back to
  /// punctuation or a verb, without the verbs, joiners and determiners that open the text (加强和改进人民政协 is
  /// 人民政协).
  func candidate(_ t: ArticleText, ending e: Int) -> Range<Int>? {
    let lex = finder.lex
    if e < t.count && t.isHan(e)
      && (lex.postName.longest(in: t.s, at: e - 1) >= 2 || lex.notEnds.longest(in: t.s, at: e - 1) >= 2)
    {
      return nil
    }
    var s = Extraction.orgStart(t, lex, before: e)
    while s < e {
      if let d = Self.determiners.first(where: { t.has($0, at: s) }) {
        s += d.count
      } else if case let v = lex.postName.longest(in: t.s, at: s), v >= 2 && s + v < e {
        s += v
      } else if Self.joiners.contains(t.s[s]) {
        s += 1
      } else {
        break
      }
    }
    return s < e ? s..<e : nil
  }

  /// `long` is `short` with two to four characters inserted inside (after at least two, before at least two),
  /// and the inserted word is not a qualifier that names another body, an ordinal or a name ending.
  func isInsertionVariant(_ shortSlice: ArraySlice<UInt32>, _ longSlice: ArraySlice<UInt32>) -> Bool {
    let d = longSlice.count - shortSlice.count
    guard (2...4).contains(d) else { return false }
    let short = Array(shortSlice)
    let long = Array(longSlice)
    var p = 0
    while p < short.count && short[p] == long[p] { p += 1 }
    let q = short.count - p
    guard p >= 2, q >= 2, long[(p + d)...].elementsEqual(short[p...]) else { return false }
    let inserted = Array(long[p..<(p + d)])
    let text = TitleGrammar.string(inserted[...])
    let lex = finder.lex
    // Ordinals (第一车队 / 第十车队) and places (平谷区总工会 / 平谷区马昌营镇总工会) name other bodies; a place
    // written out is the same place (美国加州 / 美国加利福尼亚州); joiners and verbs make a phrase, not a name
    // (加强人民政协 / 加强和改进人民政协).
    if inserted.contains(where: { Self.otherBody.contains($0) || Self.joiners.contains($0) })
      || Self.placeLevels.contains(long[p + d])
      || (0..<d).contains(where: { lex.postName.longest(in: inserted, at: $0) >= 2 })
    {
      return false
    }
    for k in inserted.indices
    where lex.qualifiers.longest(in: inserted, at: k) > 0 || lex.orgSuffixes.longest(in: inserted, at: k) > 0 {
      return false
    }
    return !text.isEmpty
  }
}
