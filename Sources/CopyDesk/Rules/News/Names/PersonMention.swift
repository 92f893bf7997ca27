/// One title of a mention as printed, with the organisation written before it:
/// `北京市总工会` + `党组书记`, then `` (inherited) + `副主席`.
public struct TitleAtom: Sendable {
  /// The organisation as printed before this title (empty when the title inherits the previous one's).
  public var org: String
  /// The title as printed: 党组书记, 常务副主席, 原副局长.
  public var title: String
  /// Byte range of the title (without its organisation).
  public var range: Range<Int>
  /// Byte range of the rank within the title (党组书记 → 书记): what a register fix replaces.
  public var rankRange: Range<Int>
  public var kind: TitleKind
  public var former: Bool
  /// The organisation for comparisons: resolved (区总工会 after 通州区… is 通州区总工会), canonical (北京市 → 市),
  /// with the party organ of the title (北京市总工会党组 for 党组书记).
  public var unit: String
  var hit: TitleHit
  /// Scalar range of the title in the article text.
  var span: Range<Int>
}

/// A person named in an article: the name, the titles printed with it, and where.
public struct PersonMention: Sendable {
  public enum Form: String, Sendable {
    /// Organisation and titles before the name: `北京市总工会党组书记、副主席张良`.
    case titleBefore = "title-before"
    /// A title after the name: `王强局长`, `石威副主任`.
    case titleAfter = "title-after"
    /// A title given through a verb of holding office: `金荣当选为区总工会常务副主席`, `胡芳现任…科长`.
    case titleHeld = "title-held"
    /// The name alone: `张良表示`.
    case bare
  }

  public var name: String
  /// Byte range of the name.
  public var range: Range<Int>
  public var form: Form
  /// Titles before the name, then titles after it (`晋怡法官`, `胡芳律师现任…科长`).
  public var titles: [TitleAtom]
  /// The organisation-and-title text as printed before the name (`北京市总工会党组书记、副主席`), or after it.
  public var titleText: String
  /// Byte range of `titleText` when it is one contiguous run of the source.
  public var titleRange: Range<Int>?
  public var zone: Zone
  /// Inside quotation marks (quoted speech, quoted names): never judged.
  public var quoted: Bool
  /// Part of a name (`张良工作室`, `高凤林大师劳模创新工作室`): not a mention of the person.
  public var inOrgName: Bool
  /// Recognised only because a speech verb follows an untitled name (`“的哥”徐跃告诉记者`): listed, never judged.
  public var inferred: Bool

  var span: Range<Int>
  /// Number of `titles` printed before the name.
  var titlesBefore: Int

  /// Titles printed after the name: `王强局长`, `晋怡法官`, `胡芳律师现任…科长`.
  public var titlesAfter: [TitleAtom] { Array(titles.dropFirst(titlesBefore)) }

  /// The mention as printed, for listings: `北京市总工会党组书记、副主席张良`, `经开区管委会石威副主任`,
  /// `胡芳律师，北京市总工会法律服务中心争议调解科科长`; the bare name for a bare mention.
  public var printed: String {
    let after = titlesAfter
    if form == .titleHeld { return name + "（" + titleText + "）" }
    var s = (form == .titleAfter ? (after.first?.org ?? "") : titleText) + name
    if let first = after.first { s += first.title }
    let more = after.dropFirst().map { $0.org + $0.title }
    if !more.isEmpty { s += "，" + more.joined(separator: "、") }
    return s
  }

  /// Whether the rules judge this mention: body copy (not headlines), outside quotes, a real mention.
  var isJudged: Bool { !quoted && !inOrgName && !inferred && zone != .headline }
  var hasTitle: Bool { !titles.isEmpty }
  var officialTitles: [TitleAtom] { titles.filter { $0.kind == .official } }
  /// Titles that introduce a person at first mention: posts and professions, not descriptors like 职工.
  var introducingTitles: [TitleAtom] { titles.filter { $0.kind != .descriptor } }
}

/// The people of one article, in order of appearance.
public struct ArticlePeople: Sendable {
  public var article: Int
  /// The article's first headline, for listings.
  public var headline: String?
  public let mentions: [PersonMention]
  /// Names in order of first appearance (real mentions only, not names inside organisations' names).
  public let names: [String]
  private let byName: [String: [Int]]
  var text: ArticleText
  var intros: [AbbrevIntro]

  init(article: Int, headline: String?, mentions: [PersonMention], text: ArticleText, intros: [AbbrevIntro]) {
    self.article = article
    self.headline = headline
    self.mentions = mentions
    self.text = text
    self.intros = intros
    var names: [String] = []
    var byName: [String: [Int]] = [:]
    for (k, m) in mentions.enumerated() where !m.inOrgName {
      if byName[m.name] == nil { names.append(m.name) }
      byName[m.name, default: []].append(k)
    }
    self.names = names
    self.byName = byName
  }

  /// The mentions of one name, in order (not those inside organisations' names).
  public func mentions(of name: String) -> [PersonMention] { (byName[name] ?? []).map { mentions[$0] } }
}
