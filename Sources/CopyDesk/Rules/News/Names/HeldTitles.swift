/// Titles given to a person through a verb rather than printed before the name: held (`胡芳律师现任…科科长`,
/// `甄立平当选为丰台区总工会主席`), conferred (`任命裘建华为江西省人民政府副省长`, `补选范志远为海淀区人民政府区长`) and
/// taken away (`免去戚卫民的江西省发展和改革委员会主任职务`: a former title).
extension Extraction {
  /// Verbs of holding office, longest first, with their scalars.
  static let holdingVerbs: [(String, [UInt32])] = [
    "被任命为", "任命为", "当选为", "被选为", "现任", "担任", "出任", "升任", "兼任", "调任", "连任", "曾任", "原任", "当选", "任",
  ].map { ($0, $0.unicodeScalars.map(\.value)) }

  /// Verbs that confer a post on the name after them, which `为` then joins to the post: 任命X为, 补选X为.
  static let appointingVerbs: [[UInt32]] = ["决定任命", "任命", "补选", "选举", "推选", "提名", "聘任", "增补", "递补"].map {
    $0.unicodeScalars.map(\.value)
  }
  static let dismissing = "免去".unicodeScalars.map(\.value)
  static let post = "职务".unicodeScalars.map(\.value)

  /// A chain with no name after it. Right after a verb of holding office it gives its titles to the name before the
  /// verb, and to the names listed with it (`巩海燕、尹晓东当选为副主席`; 曾任: former ones); after `任命X为` to X;
  /// between `免去X的` and `职务` to X as former titles.
  mutating func attachHeldTitles(_ chain: [(TitleHit, Range<Int>)]) {
    let start = chain[0].1.lowerBound
    guard t.isHan(start - 1) else { return }
    let text = start..<chain.last!.0.end
    if t.s[start - 1] == 0x4E3A, let name = conferred(endingAt: start - 1) {  // 为
      mentions.append(mention(name, .titleHeld, atoms(chain), before: 0, text: text))
      return
    }
    if t.s[start - 1] == 0x7684, t.has(Self.post, at: chain.last!.0.end), let name = dismissed(endingAt: start - 1) {  // 的
      var a = atoms(chain)
      for k in a.indices { a[k].former = true }
      mentions.append(mention(name, .titleHeld, a, before: 0, text: text))
      return
    }
    for (verb, v) in Self.holdingVerbs {
      let verbStart = start - v.count
      guard t.has(v, at: verbStart) else { continue }
      var a = atoms(chain)
      if verb == "曾任" || verb == "原任" { for k in a.indices { a[k].former = true } }
      if let m = mentions.indices.last, afterTitlesEnd(mentions[m]) == verbStart {
        mentions[m].titles += a
      } else if var name = nb.name(before: verbStart, titleEnds: []) {
        var listed = [name]
        while name.lowerBound > 0, t.s[name.lowerBound - 1] == 0x3001,  // 、
          let previous = nb.name(before: name.lowerBound - 1, titleEnds: [])
        {
          listed.insert(previous, at: 0)
          name = previous
        }
        for n in listed { mentions.append(mention(n, .titleHeld, a, before: 0, text: text)) }
      }
      return
    }
  }

  /// The name between an appointing verb and `为` at `end`: `任命裘建华为`, `补选欧阳文华为`.
  func conferred(endingAt end: Int) -> Range<Int>? {
    for length in 2...4 {
      let a = end - length
      guard a > 0, Self.appointingVerbs.contains(where: { t.has($0, at: a - $0.count) }) else { continue }
      let sl = lex.surnameLength(in: t.s, at: a)
      guard sl > 0, (1...2).contains(length - sl), nb.isPlausible(a..<end, surname: sl) else { continue }
      return a..<end
    }
    return nil
  }

  /// The name between `免去` and `的` at `end`: `免去戚卫民的…职务`.
  func dismissed(endingAt end: Int) -> Range<Int>? {
    for length in 2...4 {
      let a = end - length
      guard a > 0, t.has(Self.dismissing, at: a - 2) else { continue }
      let sl = lex.surnameLength(in: t.s, at: a)
      guard sl > 0, (1...2).contains(length - sl), nb.isPlausible(a..<end, surname: sl) else { continue }
      return a..<end
    }
    return nil
  }
}
