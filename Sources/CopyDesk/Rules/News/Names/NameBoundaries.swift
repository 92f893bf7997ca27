/// Where a name ends. Chinese has no spaces: after `副主席` the name may be two characters (`张良一行`) or three
/// (`张晓兰来到`). The evidence, in order: a character that never ends a name (`李伟等`), the house register,
/// what follows each reading (punctuation, a title, a word like 表示 or 一行), and the same name elsewhere in the
/// article (`张良指出`). Surnames that also open everyday words (高度, 关于) need a clear boundary or a recurrence.
struct NameBoundaries {
  let t: ArticleText
  let lex: NameLexicon
  let registerNames: Set<String>

  /// Characters that end an organisation's name; a name never ends with one (`海淀区`, `交通局`).
  static let orgEndings: Set<UInt32> = Set("区县镇乡村市省局会委部厅院所站科处司署馆社台厂团队组办".unicodeScalars.map(\.value))

  /// Function words that end no name even before punctuation (`王强、李伟等，`).
  static let hardFunctionWords: Set<UInt32> = Set("等的了着过们和与及或并说是在被把将也都还就又再很最不没".unicodeScalars.map(\.value))

  /// Characters that end a place name; no name ends with one (`阳镇`).
  static let placeEndings: Set<UInt32> = Set("区县镇乡村省".unicodeScalars.map(\.value))

  /// How clearly a name would end right before `q`: 3 for punctuation, a title or a multi-character word that
  /// follows names (表示, 一行), 2 for a character that never ends a name (等, 在), else 0.
  func strength(after q: Int) -> Int {
    guard q < t.count, CharClass.isHan(t.s[q]) else { return 3 }
    if startsTitle(at: q) || lex.postName.longest(in: t.s, at: q) >= 2 { return 3 }
    return lex.neverLast.contains(t.s[q]) ? 2 : 0
  }

  /// Whether a title (with its modifiers or 副) starts at `q`.
  func startsTitle(at q: Int) -> Bool {
    let g = lex.grammar
    if g.bases.longest(in: t.s, at: q) > 0 { return true }
    var k = q
    let m = g.modifiers.longest(in: t.s, at: k)
    if m > 0 { k += m }
    if k < t.count && t.s[k] == TitleGrammar.deputy { k += 1 }
    return k > q && g.bases.longest(in: t.s, at: k) > 0
  }

  /// Rejects readings that are words, not names: 高度重视, 区委书记, 向记者介绍, 张某. `strict` (a name found
  /// without a title before it) also rejects readings that end like an organisation (海淀区, 交通局).
  func isPlausible(_ r: Range<Int>, surname: Int, strict: Bool = false) -> Bool {
    guard r.upperBound <= t.count, r.allSatisfy({ t.isHan($0) }) else { return false }
    if lex.notNames.longest(in: t.s, at: r.lowerBound) >= 2 { return false }
    let given = (r.lowerBound + surname)..<r.upperBound
    if given.isEmpty || t.s[given.lowerBound] == 0x67D0 { return false }  // 张某, 张某某: anonymised
    if given.count == 2 && lex.givenStop.contains(t.s[given]) { return false }
    if startsTitle(at: r.lowerBound) || startsTitle(at: given.lowerBound) { return false }
    // 向政协委员, 房山区长阳镇总工会: an organisation's name inside or right after the reading.
    for k in given where lex.orgSuffixes.longest(in: t.s, at: k) >= 2 { return false }
    if lex.orgSuffixes.longest(in: t.s, at: r.upperBound) >= 2 || Self.placeEndings.contains(t.s[r.upperBound - 1]) {
      return false
    }
    return !(strict && Self.orgEndings.contains(t.s[r.upperBound - 1]))
  }

  /// Other places the reading `r` occurs followed by a boundary of at least `minStrength`.
  func recurrences(_ r: Range<Int>, minStrength: Int) -> Int {
    let w = Array(t.s[r])
    return t.occurrences(of: w).filter { $0 != r.lowerBound && strength(after: $0 + w.count) >= minStrength }.count
  }

  /// The name that starts at `p` (after a title), or nil.
  func name(at p: Int) -> Range<Int>? {
    let sl = lex.surnameLength(in: t.s, at: p)
    guard sl > 0 else { return nil }
    let short = p..<(p + sl + 1)
    let long = p..<(p + sl + 2)
    guard isPlausible(short, surname: sl) else { return nil }
    let last = long.upperBound <= t.count ? t.s[long.upperBound - 1] : 0
    // `张茹先，`: before punctuation only the commonest function words (等, 的, 说…) rule a reading out.
    let beforePunctuation = long.upperBound < t.count && !t.isHan(long.upperBound)
    let longOK =
      isPlausible(long, surname: sl)
      && !(lex.neverLast.contains(last) && (!beforePunctuation || Self.hardFunctionWords.contains(last)))
    var chosen = short
    if longOK {
      let a2 = strength(after: short.upperBound)
      let a3 = strength(after: long.upperBound)
      if registerNames.contains(t.string(long)) {
        chosen = long
      } else if registerNames.contains(t.string(short)) {
        chosen = short
      } else if a2 >= 3 && a3 < 3 {
        chosen = short
      } else if a3 >= 3 && a2 < 3 {
        chosen = long
      } else if recurrences(long, minStrength: 2) > 0 {
        chosen = long
      } else if recurrences(short, minStrength: 3) > 0 {
        chosen = short
      } else {
        chosen = a2 > a3 ? short : long
      }
    }
    if lex.isWeakSurname(t.s[p..<(p + sl)]) && strength(after: chosen.upperBound) < 2
      && recurrences(chosen, minStrength: 0) == 0 && !registerNames.contains(t.string(chosen))
    {
      return nil
    }
    return chosen
  }

  /// The name written right before a title at `titleStart` (`王强局长`, `经开区管委会石威副主任`), or nil.
  /// The name must start after punctuation, an organisation's name, a title or a word like 与/由.
  func name(before titleStart: Int, titleEnds: Set<Int>) -> Range<Int>? {
    for length in 2...4 {
      let a = titleStart - length
      guard a >= 0 else { break }
      let sl = lex.surnameLength(in: t.s, at: a)
      guard sl > 0, (1...2).contains(length - sl) else { continue }
      let r = a..<titleStart
      guard isPlausible(r, surname: sl, strict: true), !lex.neverLast.contains(t.s[r.upperBound - 1]) else { continue }
      let leftOK =
        a == 0 || !t.isHan(a - 1) || lex.preName.contains(t.s[a - 1]) || titleEnds.contains(a)
        || lex.orgSuffixes.longest(in: t.s, endingAt: a) > 0
      if leftOK { return r }
    }
    return nil
  }

  /// Whether the name ending at `end` is part of something named after the person (`张良工作室`,
  /// `高凤林大师劳模创新工作室`): an eponym ending within a few characters, with no verb between.
  func isEponym(after end: Int) -> Bool {
    var j = end
    while j < t.count && t.isHan(j) && j - end <= 10 {
      if lex.eponym.longest(in: t.s, at: j) > 0 { return true }
      if lex.neverLast.contains(t.s[j]) || lex.postName.longest(in: t.s, at: j) >= 2 { return false }
      j += 1
    }
    return false
  }
}
