import Foundation

/// A set of short Han strings with longest-match lookups at a position of a scalar array. The members are stored
/// flat, one after another, and indexed by their first and by their last scalar, longest first, so a lookup
/// allocates nothing and most positions miss at once (a bit per BMP scalar that starts or ends a member). Built once
/// from all its members: the names lexicon's 4,000 words went into a set of arrays bucketed in dictionaries, 27
/// million instructions of every `copydesk lint` start; flat and sorted once, about 2 million.
struct ScalarSet: Sendable {
  /// Member `m` is `scalars[bounds[m]..<bounds[m + 1]]`.
  private var scalars: [UInt32] = []
  private var bounds: [Int] = [0]
  /// Member indices sorted by first scalar, longest first; `firstRuns[u]` the run of those starting with `u`.
  private var byFirst: [Int] = []
  private var firstRuns: [UInt32: Range<Int>] = [:]
  /// The same by last scalar.
  private var byLast: [Int] = []
  private var lastRuns: [UInt32: Range<Int>] = [:]
  /// Bits of the BMP scalars that start (resp. end) a member.
  private var firstBits: [UInt64] = []
  private var lastBits: [UInt64] = []

  @inline(__always) private static func test(_ bits: [UInt64], _ u: UInt32) -> Bool {
    u >= 0x10000 || (bits.isEmpty ? false : bits[Int(u >> 6)] & (1 << UInt64(u & 63)) != 0)
  }

  init(_ words: some Sequence<String> = [String]()) { self.init(keys: words.map { $0.unicodeScalars.map(\.value) }) }

  /// The set of `keys` (empty keys are left out; a key given twice is stored twice, which no lookup can tell).
  init(keys: [[UInt32]]) {
    for k in keys where !k.isEmpty {
      scalars.append(contentsOf: k)
      bounds.append(scalars.count)
    }
    let n = bounds.count - 1
    guard n > 0 else { return }
    firstBits = [UInt64](repeating: 0, count: 1024)
    lastBits = [UInt64](repeating: 0, count: 1024)
    // Each index sorts packed integers: scalar (21 bits), then 255 - length (longest first), then the member.
    var firsts = [UInt64](repeating: 0, count: n)
    var lasts = [UInt64](repeating: 0, count: n)
    for m in 0..<n {
      let f = scalars[bounds[m]]
      let l = scalars[bounds[m + 1] - 1]
      let rank = UInt64(255 - min(255, bounds[m + 1] - bounds[m])) << 32 | UInt64(m)
      firsts[m] = UInt64(f) << 40 | rank
      lasts[m] = UInt64(l) << 40 | rank
      if f < 0x10000 { firstBits[Int(f >> 6)] |= 1 << UInt64(f & 63) }
      if l < 0x10000 { lastBits[Int(l >> 6)] |= 1 << UInt64(l & 63) }
    }
    func index(_ packed: inout [UInt64]) -> ([Int], [UInt32: Range<Int>]) {
      packed.sort()
      var runs: [UInt32: Range<Int>] = [:]
      var start = 0
      for k in 1...n where k == n || packed[k] >> 40 != packed[start] >> 40 {
        runs[UInt32(packed[start] >> 40)] = start..<k
        start = k
      }
      return (packed.map { Int($0 & 0xFFFF_FFFF) }, runs)
    }
    (byFirst, firstRuns) = index(&firsts)
    (byLast, lastRuns) = index(&lasts)
  }

  /// Every member.
  var members: [[UInt32]] { (0..<(bounds.count - 1)).map { Array(scalars[bounds[$0]..<bounds[$0 + 1]]) } }

  func contains(_ w: String) -> Bool { contains(ArraySlice(w.unicodeScalars.map(\.value))) }

  func contains(_ s: ArraySlice<UInt32>) -> Bool {
    guard let first = s.first, let run = firstRuns[first] else { return false }
    return byFirst[run].contains { m in
      bounds[m + 1] - bounds[m] == s.count && scalars[bounds[m]..<bounds[m + 1]].elementsEqual(s)
    }
  }

  /// Length of the longest member starting at `i`, or 0.
  func longest(in s: [UInt32], at i: Int) -> Int {
    guard i >= 0, i < s.count, Self.test(firstBits, s[i]), let run = firstRuns[s[i]] else { return 0 }
    for m in byFirst[run] {
      let lo = bounds[m]
      let n = bounds[m + 1] - lo
      guard i + n <= s.count else { continue }
      var k = 1
      while k < n && s[i + k] == scalars[lo + k] { k += 1 }
      if k == n { return n }
    }
    return 0
  }

  /// Length of the longest member ending right before `i`, or 0.
  func longest(in s: [UInt32], endingAt i: Int) -> Int {
    guard i > 0, i <= s.count, Self.test(lastBits, s[i - 1]), let run = lastRuns[s[i - 1]] else { return 0 }
    for m in byLast[run] {
      let lo = bounds[m]
      let n = bounds[m + 1] - lo
      guard n <= i else { continue }
      var k = 0
      while k < n - 1 && s[i - n + k] == scalars[lo + k] { k += 1 }
      if k == n - 1 { return n }
    }
    return 0
  }
}

public enum TitleKind: String, Sendable, Codable {
  /// A post: 主席, 局长, 书记.
  case official
  /// A profession or honour: 律师, 法官, 大师.
  case role
  /// Who a quoted worker is (外卖员, 职工): names a person for `copydesk people`, nothing more.
  case descriptor
}

/// What the lexicon knows about a base title.
struct TitleInfo: Sendable {
  var kind: TitleKind = .official
  /// One holder per organisation (书记, 主席, 区长).
  var exclusive = false
  /// The title names its own territory (区长 of 门头沟区).
  var place = false
  /// A rung of a party organ's ladder (书记, 常委, 委员, 成员).
  var ladder = false
  /// May be written after a name (`王强局长`); false for words that are also verbs or phrases (代表, 负责人).
  var afterName = true
  /// Written after the name by convention (习近平总书记, 李强总理, 王丽娜委员): not a first-mention fault.
  var afterUsual = false
  /// Also a verb (代表): a title only before a name or a boundary, never before what it acts for.
  var verb = false
}

/// The data the name rules share, read from the names data files by section (titles, modifiers, former,
/// shared, surnames, notnames, givenstop, postname, neverlast, prename, speech, givenlast, places, suffixes,
/// notend, conventional, qualifiers, eponym, orgstop, register, roster). Sections, not file names, say what an entry is, so
/// that a desk's own file adds to them.
final class NameLexicon: Sendable {
  static let sections: Set<String> = [
    "titles", "modifiers", "former", "shared", "surnames", "notnames", "givenstop", "postname", "neverlast", "prename",
    "givenlast", "places", "suffixes", "notend", "conventional", "qualifiers", "eponym", "orgstop", "speech",
    "register",
    "roster", "main",
  ]
  /// Party organs inside a title (党组书记): they belong to the organisation when titles are compared.
  static let partyOrgans: Set<String> = ["党组", "党委", "党工委", "党总支", "党支部"]

  let grammar: TitleGrammar
  /// Surname → weak (the character also opens everyday words).
  let surnames: [[UInt32]: Bool]
  /// First scalar of a surname → whether it is a surname alone and whether it opens a compound one.
  let surnameFirsts: [UInt32: (single: Bool, compound: Bool)]
  let notNames: ScalarSet
  let givenStop: ScalarSet
  let postName: ScalarSet
  let neverLast: Set<UInt32>
  let preName: Set<UInt32>
  /// Characters that end some three-character name (pycorrector's person names): a third character outside this set
  /// is not part of a name unless something else says so.
  let givenLast: Set<UInt32>
  /// Countries and cities that open with a surname (苏丹, 马里): not a name without a title before it.
  let places: ScalarSet
  /// Title endings that several people hold at once (书记处书记, 执行主席): never exclusive.
  let shared: ScalarSet
  let orgSuffixes: ScalarSet
  /// Words that open with an organisation's ending without being one (部署, 部门, 社会).
  let notEnds: ScalarSet
  let conventional: ScalarSet
  let qualifiers: ScalarSet
  let eponym: ScalarSet
  let orgStop: ScalarSet
  let speech: ScalarSet
  let register: HouseRegister
  let registerNames: Set<String>
  /// Names of the register and the rosters: real people, never a typo of someone else.
  let listedNames: Set<String>
  let roster: LeaderRoster

  init(data: RuleData) throws(RuleConfigurationError) {
    let ids = Set(NewsRules.names.map { $0.description.id })
    let files = data.files.filter { ids.contains($0.rule) }
    var titles: [[UInt32]: TitleInfo] = [:]
    var surnames: [[UInt32]: Bool] = [:]
    var words: [String: [[UInt32]]] = [:]
    var registerEntries: [(DataEntry, String)] = []
    var rosterEntries: [(DataEntry, String)] = []
    for file in files {
      for e in file.entries {
        func fail(_ m: String) -> RuleConfigurationError {
          RuleConfigurationError(file: file.name, line: e.line, message: m)
        }
        guard Self.sections.contains(e.section) else {
          throw fail(
            "unknown section '\(e.section)'; expected one of: \(Self.sections.subtracting(["main"]).sorted().joined(separator: ", "))"
          )
        }
        switch e.section {
        case "titles":
          titles[Self.key(e.term)] = try Self.titleInfo(e, fail)
        case "surnames":
          guard Self.isHan(e.term), (1...2).contains(e.term.unicodeScalars.count) else {
            throw fail("a surname is one or two Han characters, not '\(e.term)'")
          }
          try Self.checkKeys(e, ["weak"], fail)
          let weak = e["weak"] ?? "no"
          guard weak == "yes" || weak == "no" else { throw fail("weak must be yes or no, not '\(weak)'") }
          surnames[Self.key(e.term)] = weak == "yes"
        case "register": registerEntries.append((e, file.name))
        case "roster": rosterEntries.append((e, file.name))
        case "main":
          throw fail("entry outside a section: names data files put every entry under an @section")
        default:
          // Space-separated words, split on scalars (`Character`s cost more than the rest of the set's build).
          for word in Self.key(e.term).split(separator: 0x20) {
            guard word.allSatisfy({ CharClass.isHan($0) }) else {
              throw fail(
                "'\(String(String.UnicodeScalarView(word.compactMap(Unicode.Scalar.init))))' in @section \(e.section) is not Han text"
              )
            }
            words[e.section, default: []].append(Array(word))
          }
        }
      }
    }
    let lists = words.mapValues { ScalarSet(keys: $0) }
    let grammar = TitleGrammar(
      titles: titles, modifiers: lists["modifiers"] ?? ScalarSet(), former: lists["former"] ?? ScalarSet())
    self.grammar = grammar
    self.surnames = surnames
    var firsts: [UInt32: (single: Bool, compound: Bool)] = [:]
    for k in surnames.keys {
      var f = firsts[k[0]] ?? (false, false)
      if k.count == 1 { f.single = true } else { f.compound = true }
      firsts[k[0]] = f
    }
    surnameFirsts = firsts
    notNames = lists["notnames"] ?? ScalarSet()
    givenStop = lists["givenstop"] ?? ScalarSet()
    postName = lists["postname"] ?? ScalarSet()
    neverLast = Set((lists["neverlast"]?.members ?? []).compactMap { $0.count == 1 ? $0[0] : nil })
    preName = Set((lists["prename"]?.members ?? []).compactMap { $0.count == 1 ? $0[0] : nil })
    givenLast = Set((lists["givenlast"]?.members ?? []).compactMap { $0.count == 1 ? $0[0] : nil })
    places = lists["places"] ?? ScalarSet()
    shared = lists["shared"] ?? ScalarSet()
    orgSuffixes = lists["suffixes"] ?? ScalarSet()
    notEnds = lists["notend"] ?? ScalarSet()
    conventional = lists["conventional"] ?? ScalarSet()
    qualifiers = lists["qualifiers"] ?? ScalarSet()
    eponym = lists["eponym"] ?? ScalarSet()
    orgStop = lists["orgstop"] ?? ScalarSet()
    speech = lists["speech"] ?? ScalarSet()
    roster = try LeaderRoster(entries: rosterEntries)
    // Register titles are parsed with the title grammar, so a title missing from the lexicon fails at its line.
    register = try HouseRegister(entries: registerEntries, grammar: grammar)
    registerNames = Set(register.byName.keys)
    listedNames = registerNames.union(roster.allNames)
  }

  static func key(_ s: String) -> [UInt32] { s.unicodeScalars.map(\.value) }

  static func isHan(_ s: String) -> Bool { !s.isEmpty && s.unicodeScalars.allSatisfy { CharClass.isHan($0.value) } }

  static func checkKeys(
    _ e: DataEntry, _ allowed: Set<String>, _ fail: (String) -> RuleConfigurationError
  ) throws(RuleConfigurationError) {
    for k in e.attributes.keys.sorted() where !allowed.contains(k) {
      throw fail("unknown attribute '\(k)'; expected: \(allowed.sorted().joined(separator: ", "))")
    }
  }

  private static func titleInfo(
    _ e: DataEntry, _ fail: (String) -> RuleConfigurationError
  ) throws(RuleConfigurationError) -> TitleInfo {
    guard isHan(e.term) else { throw fail("a title is Han text, not '\(e.term)'") }
    try checkKeys(e, ["kind", "exclusive", "place", "ladder", "after", "verb"], fail)
    var info = TitleInfo()
    if let k = e["kind"] {
      guard let kind = TitleKind(rawValue: k) else {
        throw fail("kind must be official, role or descriptor, not '\(k)'")
      }
      info.kind = kind
    }
    func flag(_ key: String, _ yes: String = "yes", _ no: String = "no") throws(RuleConfigurationError) -> Bool? {
      guard let v = e[key] else { return nil }
      guard v == yes || v == no else { throw fail("\(key) must be \(yes) or \(no), not '\(v)'") }
      return v == yes
    }
    info.exclusive = try flag("exclusive") ?? false
    info.place = try flag("place") ?? false
    info.verb = try flag("verb") ?? false
    if let a = e["after"] {
      guard ["yes", "no", "usual"].contains(a) else { throw fail("after must be yes, no or usual, not '\(a)'") }
      info.afterName = a != "no"
      info.afterUsual = a == "usual"
    }
    if let l = e["ladder"] {
      guard l == "party" else { throw fail("ladder must be party, not '\(l)'") }
      info.ladder = true
    }
    return info
  }

  /// Length of the surname at `i` (2 for compound surnames), or 0.
  func surnameLength(in s: [UInt32], at i: Int) -> Int {
    guard i >= 0, i < s.count, let first = surnameFirsts[s[i]] else { return 0 }
    if first.compound && i + 2 <= s.count && surnames[Array(s[i..<(i + 2)])] != nil { return 2 }
    return first.single ? 1 : 0
  }

  func isWeakSurname(_ s: ArraySlice<UInt32>) -> Bool { surnames[Array(s)] ?? false }

  /// Whether a title as printed with its organisation (`中共中央书记处` + `书记`) is a post several people hold.
  func isShared(org: String, title: String) -> Bool {
    let s = (org + title).unicodeScalars.map(\.value)
    return shared.longest(in: s, endingAt: s.count) > 0
  }
}

/// The same data, shared by every rule of one configuration: built once per distinct data, not once per rule.
///
/// Keyed by the names data itself (compared for equality, not by a hash alone), and bounded: it keeps the lexicons
/// of the last few distinct data sets. A rule holds its lexicon, so an evicted one lives on with the linters that use
/// it; the cache only saves building it again (nine rules per linter, three linters per configuration in the
/// language server, a new configuration on each settings change).
enum NameLexiconCache {
  /// What a lexicon is built from: the names rules' files, in order.
  struct Key: Hashable, Sendable {
    struct File: Hashable, Sendable {
      var name: String
      var rule: String
      var entries: [DataEntry]
    }
    var files: [File]

    init(_ data: RuleData) {
      let ids = Set(NewsRules.names.map { $0.description.id })
      files = data.files.filter { ids.contains($0.rule) }.map {
        File(name: $0.name, rule: $0.rule, entries: $0.entries)
      }
    }
  }

  static let capacity = 4

  /// Most recently used last.
  private static let recent = Locked<[(key: Key, lexicon: NameLexicon)]>([])

  static func lexicon(for data: RuleData) throws(RuleConfigurationError) -> NameLexicon {
    let key = Key(data)
    if let hit = recent.withLock({ Self.use(key, in: &$0) }) { return hit }
    // Built outside the lock (it takes milliseconds); when two threads build the same data, the first kept wins.
    let built = try NameLexicon(data: data)
    return recent.withLock { list in
      if let hit = Self.use(key, in: &list) { return hit }
      list.append((key, built))
      if list.count > capacity { list.removeFirst(list.count - capacity) }
      return built
    }
  }

  /// The lexicon of `key`, moved to the end of the list.
  private static func use(_ key: Key, in list: inout [(key: Key, lexicon: NameLexicon)]) -> NameLexicon? {
    guard let k = list.lastIndex(where: { $0.key == key }) else { return nil }
    let item = list.remove(at: k)
    list.append(item)
    return item.lexicon
  }

  /// How many lexicons are kept (tests).
  static var count: Int { recent.withLock { $0.count } }
}
