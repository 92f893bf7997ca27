/// An introduction of a short form: `北京市人力资源和社会保障局（以下简称“市人社局”）`, or a malformed one
/// (`(以下简称市人社局)`, `（以下简称：“市人社局”）`).
struct AbbrevIntro: Sendable {
  var short: String
  /// The name before the parenthesis, as far back as punctuation or a verb.
  var full: String
  var fullSpan: Range<Int>
  /// The whole parenthetical, marks included.
  var span: Range<Int>
  var shortSpan: Range<Int>
  var halfwidthParens: Bool
  var quoted: Bool
  var colon: Bool

  func isWellFormed(requireQuotes: Bool) -> Bool { !halfwidthParens && !colon && (quoted || !requireQuotes) }

  /// The house form of this introduction.
  var canonical: String { "（以下简称“\(short)”）" }

  static let marker = "简称".unicodeScalars.map(\.value)
  static let below = "以下".unicodeScalars.map(\.value)

  /// Introductions in an article, in order. Only parenthesised ones: `又称`, `俗称` and a descriptive 简称 in running
  /// text are not introductions.
  static func find(in t: ArticleText, orgStart: (Int) -> Int) -> [AbbrevIntro] {
    var out: [AbbrevIntro] = []
    for k in t.occurrences(of: marker) {
      guard t.has(below, at: k - 2) else { continue }
      let open = k - 3
      guard open >= 0, t.s[open] == 0xFF08 || t.s[open] == 0x28 else { continue }
      var j = k + 2
      var colon = false
      if j < t.count && (t.s[j] == 0xFF1A || t.s[j] == 0x3A) {
        colon = true
        j += 1
      }
      var quoted = false
      var shortStart = j
      if j < t.count && (t.s[j] == 0x201C || t.s[j] == 0x300C) {
        quoted = true
        shortStart = j + 1
      }
      var e = shortStart
      while e < t.count && e - shortStart <= 20 && (CharClass.isHan(t.s[e]) || CharClass.isASCIIAlnum(t.s[e])) {
        e += 1
      }
      let shortEnd = e
      if quoted {
        guard e < t.count, t.s[e] == 0x201D || t.s[e] == 0x300D else { continue }
        e += 1
      }
      guard shortEnd > shortStart, e < t.count, t.s[e] == 0xFF09 || t.s[e] == 0x29 else { continue }
      let fs = orgStart(open)
      out.append(
        AbbrevIntro(
          short: t.string(shortStart..<shortEnd), full: t.string(fs..<open), fullSpan: fs..<open, span: open..<(e + 1),
          shortSpan: shortStart..<shortEnd, halfwidthParens: t.s[open] == 0x28 || t.s[e] == 0x29, quoted: quoted,
          colon: colon))
    }
    return out
  }
}
