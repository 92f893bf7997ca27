/// Roles and names in bylines (`记者 陈曦 通讯员 刘换利`) and photo credits (`本报记者 边磊 通讯员 赵紫明`), parsed
/// from written forms that may be glued (`记者白莹`), colon-separated (`记者：张晶`) or listed with 、.
/// Spans are short (a byline is under 50 characters), so this works on Strings — but compares scalars, not
/// Characters: `hasPrefix` on Characters normalises and costs thousands of instructions per call.
struct Attribution: Equatable {
  struct Group: Equatable {
    var role: String
    var names: [String]
  }

  var groups: [Group]
  /// Whether several names of one role were separated with 、 (Xinhua style) rather than spaces.
  var usedDunhao: Bool

  /// Every role word copydesk recognises, longest first so that `实习记者` wins over `记者`.
  static let knownRoles: [String] = [
    "新华社特约记者", "本报实习记者", "本报特约记者", "本报通讯员", "特约通讯员", "新华社记者", "中新社记者", "本报记者",
    "实习记者", "特约记者", "见习记者", "摄影记者", "通讯员", "实习生", "记者",
  ].sorted { $0.count > $1.count }

  /// A personal name: 2–4 Han characters, or a transliteration joined with `·` (up to 12).
  static func isName(_ s: Substring) -> Bool {
    let scalars = s.unicodeScalars
    guard scalars.allSatisfy({ CharClass.isHan($0.value) || $0.value == 0xB7 }) else { return false }
    // Scalar tests, not Foundation's substring search: this runs for every word of every byline.
    if scalars.contains("·") {
      return scalars.count >= 3 && scalars.count <= 12 && scalars.first != "·" && scalars.last != "·"
    }
    return scalars.count >= 2 && scalars.count <= 4
  }

  /// Parses `记者 陈曦 通讯员 刘换利`, `记者白莹`, `记者：张晶`, `记者张晶、李明`. Nil when the text is not a list of
  /// roles and names starting with a role (`新闻联播`, `特约评论员文章`): such text is left alone.
  /// With `allowLeadingName`, names may come before any role (a credit's `赵思远 摄`): they form a group with no role.
  static func parse(_ text: Substring, allowLeadingName: Bool = false) -> Attribution? {
    var groups: [Group] = []
    var usedDunhao = false
    var rest = text
    var lastSeparatorWasDunhao = false
    while true {
      var sawDunhao = false
      while let c = rest.first,
        c == " " || c == "\u{3000}" || c == "\t" || c == "\n" || c == "\r" || c == "、"
          || c == "：" || c == ":" || c == "，" || c == ","
      {
        if c == "、" || c == "，" || c == "," { sawDunhao = true }
        rest = rest.dropFirst()
      }
      lastSeparatorWasDunhao = sawDunhao
      guard !rest.isEmpty else { break }
      if let role = knownRoles.first(where: { rest.unicodeScalars.starts(with: $0.unicodeScalars) }) {
        groups.append(Group(role: role, names: []))
        rest = rest.dropFirst(role.count)
        continue
      }
      if groups.isEmpty {
        guard allowLeadingName else { return nil }
        groups.append(Group(role: "", names: []))
      }
      // A name runs to the next separator or the next role word (`记者余翠平通讯员王玉` splits at 通讯员).
      var end = rest.startIndex
      while end < rest.endIndex {
        let c = rest[end]
        if c == " " || c == "\u{3000}" || c == "\t" || c == "\n" || c == "\r" || c == "、" || c == "：" || c == ":"
          || c == "，" || c == ","
        {
          break
        }
        if end > rest.startIndex,
          knownRoles.contains(where: { rest[end...].unicodeScalars.starts(with: $0.unicodeScalars) })
        {
          break
        }
        end = rest.index(after: end)
      }
      let name = rest[rest.startIndex..<end]
      guard isName(name) else { return nil }
      if lastSeparatorWasDunhao && !groups[groups.count - 1].names.isEmpty { usedDunhao = true }
      groups[groups.count - 1].names.append(String(name))
      rest = rest[end...]
    }
    guard !groups.isEmpty, groups.allSatisfy({ !$0.names.isEmpty }) else { return nil }
    return Attribution(groups: groups, usedDunhao: usedDunhao)
  }

  /// `记者 陈曦 通讯员 刘换利` with the given separators.
  func render(roleSeparator: String, nameSeparator: String) -> String {
    groups.map { g in
      let names = g.names.joined(separator: nameSeparator)
      return g.role.isEmpty ? names : g.role + roleSeparator + names
    }.joined(separator: " ")
  }
}
