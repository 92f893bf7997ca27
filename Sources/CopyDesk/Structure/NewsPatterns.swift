/// Recognisers for the fixed parts of a news page: 讯头/电头 (datelines) with bylines, and photo credits.
/// They recognise malformed forms too (`本报讯(记者白莹)`, `本报记者于佳摄`, `摄影：本报记者 于佳`), so that the zone is
/// known and the dedicated format rules, not generic punctuation rules, judge them.
enum NewsPatterns {
  static let wireAgencies = ["新华社", "中新社", "中新网", "人民网", "央视网", "光明网", "央广网", "国际在线", "新京报", "工人日报"]
  static let creditRoles = [
    "本报实习记者", "本报特约记者", "本报记者", "本报通讯员", "新华社记者", "中新社记者", "新华社特约记者", "人民视觉",
    "实习记者", "特约记者", "特约摄影", "记者", "通讯员", "实习生",
  ]

  /// Length in scalars of a dateline at the start of `s` (after leading spaces), or nil.
  /// `本报讯`, `本报北京1月16日电`, `新华社北京1月16日电`, `据新华社电`, `中新社北京六月二十五日电`, `央视网消息`.
  static func datelineLength(_ s: Scalars, from start: Int) -> Int? {
    if s.hasPrefix("本报讯", at: start) { return 3 }
    var k = start
    if s.hasPrefix("据", at: k) { k += 1 }
    var agencyEnd: Int?
    if s.hasPrefix("本报", at: k) { agencyEnd = k + 2 }
    for a in wireAgencies where s.hasPrefix(a, at: k) { agencyEnd = k + a.unicodeScalars.count }
    guard let afterAgency = agencyEnd else { return nil }
    if s.hasPrefix("消息", at: afterAgency) { return afterAgency + 2 - start }
    if s.hasPrefix("电", at: afterAgency) { return afterAgency + 1 - start }
    // place and date, then 电: at most 16 scalars, and a date (月/日) must be present.
    var j = afterAgency
    var sawDate = false
    while j < s.count && j - afterAgency <= 16 {
      let u = s.values[j]
      // `本报北京1月16日讯` is recognised (a malformed 电头) so that the byline rule, not prose rules, judges it.
      if u == UInt32.of("电") || u == UInt32.of("讯") { return sawDate ? j + 1 - start : nil }
      if u == UInt32.of("日") || u == UInt32.of("月") { sawDate = true }
      guard CharClass.isHan(u) || CharClass.isASCIIDigit(u) || u == 0x20 else { return nil }
      j += 1
    }
    return nil
  }

  /// End (scalar index, exclusive) of the byline that follows a dateline ending at `k`: a parenthesised
  /// `（记者 张晶）` (any parenthesis width, spaces around), or an unparenthesised `记者张晶报道：`. Returns k if none.
  static func bylineEnd(_ s: Scalars, after k: Int) -> Int {
    var j = s.skipSpaces(from: k)
    guard j < s.count else { return k }
    let open = s.values[j]
    if open == 0xFF08 || open == UInt32.of("(") {
      var m = j + 1
      while m < s.count && m - j <= 48 {
        let u = s.values[m]
        if u == 0xFF09 || u == UInt32.of(")") { return m + 1 }
        if u == 0x3002 || u == 0xFF08 || u == UInt32.of("(") { return k }
        m += 1
      }
      return k
    }
    if s.hasPrefix("记者", at: j) || s.hasPrefix("通讯员", at: j) {
      var m = j
      while m < s.count && m - j <= 24 {
        let u = s.values[m]
        if u == 0xFF1A || u == UInt32.of(":") { return m + 1 }
        if u == 0x3002 || u == 0xFF0C { return k }
        m += 1
      }
      j = k
    }
    return k
  }

  static func isNameScalar(_ u: UInt32) -> Bool { CharClass.isHan(u) || u == 0xB7 }

  /// Whether the whole (trimmed) text is a photo credit, well-formed or not.
  static func isCredit(_ s: Scalars) -> Bool {
    var lo = s.skipSpaces(from: 0)
    var hi = s.count
    while hi > lo && CharClass.isInlineSpace(s.values[hi - 1]) { hi -= 1 }
    let n = hi - lo
    guard n >= 3 && n <= 40 else { return false }
    let t = Array(s.values[lo..<hi])
    let text = String(String.UnicodeScalarView(t.compactMap(Unicode.Scalar.init)))
    if ["新华社发", "受访者供图", "资料图片", "本报资料图片", "视觉中国供图"].contains(text) { return true }
    if text.hasPrefix("新华社发（") && text.hasSuffix("摄）") { return true }
    if (text.hasPrefix("摄影：") || text.hasPrefix("摄影:") || text.hasPrefix("图/") || text.hasPrefix("图："))
      && !text.contains("。") && n <= 24
    {
      return true
    }
    if text.hasSuffix("供图") && n <= 14 && !text.contains("，") { return true }
    var body: Substring
    if text.hasSuffix("摄影报道") {
      body = text.dropLast(4)
    } else if text.hasSuffix("摄") {
      body = text.dropLast(1)
    } else {
      return false
    }
    let spaceBeforeMark = body.last.map { $0 == " " || $0 == "\u{3000}" } ?? false
    body = body.drop { $0 == " " }
    while body.last == " " || body.last == "\u{3000}" { body = body.dropLast() }
    guard !body.isEmpty else { return false }
    // Tokens: roles and names, separated by spaces or 、 (or glued, in the malformed `本报记者于佳摄`).
    var rest = Substring(body)
    var sawRole = false
    var names = 0
    while !rest.isEmpty {
      rest = rest.drop { $0 == " " || $0 == "\u{3000}" || $0 == "、" }
      if rest.isEmpty { break }
      if let role = creditRoles.first(where: { rest.hasPrefix($0) }) {
        sawRole = true
        rest = rest.dropFirst(role.count)
        continue
      }
      let name = rest.prefix { c in c.unicodeScalars.allSatisfy { isNameScalar($0.value) } && c != "、" }
      // A name token is 2–4 Han (or a transliteration with ·), and stops at a space, a role or the end.
      guard name.count >= 2 else { return false }
      var taken = name
      if let roleStart = creditRoles.compactMap({ r in name.range(of: r) }).map(\.lowerBound).min() {
        taken = name[name.startIndex..<roleStart]
      }
      guard taken.count >= 2 && (taken.count <= 4 || taken.contains("·")) else { return false }
      names += 1
      rest = rest.dropFirst(taken.count)
    }
    return names >= 1 && (sawRole || spaceBeforeMark)
  }
}
