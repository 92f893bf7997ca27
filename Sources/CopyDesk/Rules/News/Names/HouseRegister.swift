/// A calendar day written `YYYY-MM-DD`; days compare as text.
enum DayDate {
  static func isValid(_ s: String) -> Bool {
    let parts = s.split(separator: "-", omittingEmptySubsequences: false)
    guard s.count == 10, parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
      let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
    else { return false }
    return y >= 1900 && (1...12).contains(m) && (1...31).contains(d)
  }

  /// Validates optional `from`/`to` attributes of a data entry.
  static func period(
    _ e: DataEntry, _ fail: (String) -> RuleConfigurationError
  ) throws(RuleConfigurationError) -> (from: String?, to: String?) {
    for key in ["from", "to"] {
      if let v = e[key], !isValid(v) { throw fail("\(key)=\(v) is not a date YYYY-MM-DD") }
    }
    if let f = e["from"], let t = e["to"], f > t { throw fail("from=\(f) is after to=\(t)") }
    return (e["from"], e["to"])
  }

  static func contains(_ period: (from: String?, to: String?), _ day: String) -> Bool {
    (period.from.map { $0 <= day } ?? true) && (period.to.map { day <= $0 } ?? true)
  }
}

/// One organisation's name for comparisons: `中共`, `中国共产党` and `中华` before `全国` dropped, and `北京市`
/// written `市` (the house city: a Beijing paper's 市总工会 is 北京市总工会). Two names match when one ends the
/// other: 市总工会 / 北京市总工会, 区总工会 / 通州区总工会.
enum OrgName {
  static func canonical(_ org: String) -> String {
    var s = Substring(org)
    for p in ["中国共产党", "中共"] where s.hasPrefix(p) { s = s.dropFirst(p.count) }
    if s.hasPrefix("中华全国") { s = s.dropFirst(2) }
    if s.hasPrefix("北京市") { s = "市" + s.dropFirst(3) }
    return String(s)
  }

  static func compatible(_ a: String, _ b: String) -> Bool {
    guard !a.isEmpty, !b.isEmpty else { return false }
    return a == b || (min(a.count, b.count) >= 2 && (a.hasSuffix(b) || b.hasSuffix(a)))
  }

  /// A name that picks out one body on its own: not relative (区总工会, 该公司, 工会) and not bare (总工会).
  static func isSpecific(_ canonical: String) -> Bool {
    guard canonical.count >= 3, let first = canonical.first else { return false }
    return !"区县镇乡该本其各总分".contains(first)
  }
}

/// One period of one person's posts in one organisation, as a desk records it.
struct RegisterEntry: Sendable {
  var name: String
  var org: String
  var titleText: String
  var titles: [TitleHit]
  var from: String?
  var to: String?

  /// `org` for comparisons (OrgName.canonical), made once.
  var canonicalOrg: String

  /// The organisation a title of this entry belongs to, for comparison (党组书记 → 北京市总工会党组).
  func unit(of t: TitleHit) -> String { canonicalOrg + (t.partyOrgan ?? "") }
  func isValid(on day: String) -> Bool { DayDate.contains((from, to), day) }
}

/// The house register: `NAME | org=… | title=…、… | from=YYYY-MM-DD | to=YYYY-MM-DD`.
struct HouseRegister: Sendable {
  static let keys: Set<String> = ["org", "title", "from", "to", "note", "source"]
  var byName: [String: [RegisterEntry]] = [:]

  init(entries: [(DataEntry, String)], grammar: TitleGrammar) throws(RuleConfigurationError) {
    for (e, file) in entries {
      func fail(_ m: String) -> RuleConfigurationError { RuleConfigurationError(file: file, line: e.line, message: m) }
      guard e.replacement == nil else { throw fail("a register entry has no '=>': write NAME | org=… | title=…") }
      guard Self.isPersonName(e.term) else {
        throw fail("'\(e.term)' is not a person's name (2–4 Han characters, or a transliteration with ·)")
      }
      try NameLexicon.checkKeys(e, Self.keys, fail)
      guard let org = e["org"], !org.isEmpty else { throw fail("register entry for \(e.term) has no org=") }
      guard NameLexicon.isHan(org) else { throw fail("org=\(org) is not Han text") }
      guard let chain = e["title"], !chain.isEmpty else { throw fail("register entry for \(e.term) has no title=") }
      var titles: [TitleHit] = []
      for part in chain.split(separator: "、") {
        guard let t = grammar.parse(String(part)) else {
          throw fail("title '\(part)' is not in the title lexicon (rules/news/names/titles.txt, @section titles)")
        }
        titles.append(t)
      }
      let period = try DayDate.period(e, fail)
      byName[e.term, default: []].append(
        RegisterEntry(
          name: e.term, org: org, titleText: chain, titles: titles, from: period.from, to: period.to,
          canonicalOrg: OrgName.canonical(org)))
    }
  }

  static func isPersonName(_ s: String) -> Bool {
    let u = Array(s.unicodeScalars)
    if u.contains("·") { return u.count <= 16 && u.allSatisfy { CharClass.isHan($0.value) || $0 == "·" } }
    return (2...4).contains(u.count) && u.allSatisfy { CharClass.isHan($0.value) }
  }

  var names: Dictionary<String, [RegisterEntry]>.Keys { byName.keys }
}

/// Protocol rosters: `NAME | roster=… | rank=N | from=… | to=…`; only entries valid on the article's date apply.
struct LeaderRoster: Sendable {
  struct Entry: Sendable {
    var name: String
    var roster: String
    var rank: Int
    var from: String?
    var to: String?
  }
  var entries: [Entry] = []

  init(entries: [(DataEntry, String)]) throws(RuleConfigurationError) {
    var seen: Set<String> = []
    for (e, file) in entries {
      func fail(_ m: String) -> RuleConfigurationError { RuleConfigurationError(file: file, line: e.line, message: m) }
      guard HouseRegister.isPersonName(e.term) else { throw fail("'\(e.term)' is not a person's name") }
      try NameLexicon.checkKeys(e, ["roster", "rank", "from", "to"], fail)
      guard let roster = e["roster"], !roster.isEmpty else { throw fail("roster entry for \(e.term) has no roster=") }
      guard let r = e["rank"], let rank = Int(r), rank > 0 else { throw fail("rank must be a positive whole number") }
      let period = try DayDate.period(e, fail)
      guard seen.insert(roster + "|" + e.term).inserted else {
        throw fail("\(e.term) is listed twice in roster \(roster)")
      }
      self.entries.append(Entry(name: e.term, roster: roster, rank: rank, from: period.from, to: period.to))
      allNames.insert(e.term)
    }
    nameSet = ScalarSet(allNames)
  }

  /// Rosters in force on `day`: roster name → person → rank.
  func active(on day: String) -> [String: [String: Int]] {
    var out: [String: [String: Int]] = [:]
    for e in entries where DayDate.contains((e.from, e.to), day) { out[e.roster, default: [:]][e.name] = e.rank }
    return out
  }

  /// Every name of every roster, in force or not.
  var allNames: Set<String> = []
  /// The same names, for finding them all in one pass over a text.
  var nameSet = ScalarSet()
}
