/// Mentions without a title: later mentions of a name already seen with one (`张良表示`), of a transliterated name by
/// its last part (`马丁·奥尔森` … `奥尔森表示`), of a leader of a roster or a person of the register
/// (`习近平、李强…出席`), and untitled names before a speech verb (`“的哥”徐跃告诉记者`, listed only). Each is found in
/// one pass over the article, whatever the number of names.
extension Extraction {
  /// Later mentions on a name boundary: titled names and their last parts anywhere (not inside a title or another
  /// mention), listed names (register, rosters) where a name ends after them.
  mutating func addBareMentions() {
    var known: [[UInt32]: (name: String, listed: Bool)] = [:]
    for m in mentions {
      let w = m.name.unicodeScalars.map(\.value)
      known[w] = (m.name, false)
      // 马丁·奥尔森 is later 奥尔森.
      if let dot = w.lastIndex(where: { NameBoundaries.dots.contains($0) }), w.count - dot - 1 >= 2 {
        let last = Array(w[(dot + 1)...])
        if known[last] == nil { known[last] = (m.name, false) }
      }
    }
    for n in lex.listedNames {
      let w = n.unicodeScalars.map(\.value)
      if known[w] == nil { known[w] = (n, true) }
    }
    guard !known.isEmpty else { return }
    let words = ScalarSet(keys: Array(known.keys))
    var taken = [Bool](repeating: false, count: t.count + 1)
    for r in mentions.map(\.span) + hits.map({ $0.start..<$0.end }) { for k in r { taken[k] = true } }
    var k = 0
    while k < t.count {
      guard t.isHan(k) else {
        k += 1
        continue
      }
      // The longest known name here; a shorter one inside it is not a mention (张晓兰, not 张晓).
      let n = words.longest(in: t.s, at: k)
      let r = k..<(k + n)
      guard n >= 2, let (name, listed) = known[Array(t.s[r])], !r.contains(where: { taken[$0] }),
        n > 2 || !t.isHan(k - 1) || lex.preName.contains(t.s[k - 1]),
        // A register or roster name needs a boundary after it: 李强、…出席, not 习近平新时代….
        !listed || nb.strength(after: r.upperBound) >= 2 && (!t.isHan(k - 1) || lex.preName.contains(t.s[k - 1]))
      else {
        k += 1
        continue
      }
      var m = mention(r, .bare, [], before: 0, text: nil)
      m.name = name
      mentions.append(m)
      k += n
    }
  }

  /// Untitled names before a speech verb after punctuation (`“的哥”徐跃告诉记者`): listed, never judged.
  mutating func addSpeakers() {
    var taken = [Bool](repeating: false, count: t.count + 1)
    for r in mentions.map(\.span) + hits.map({ $0.start..<$0.end }) { for k in r { taken[k] = true } }
    var k = 0
    while k < t.count {
      defer { k += 1 }
      guard k == 0 || !t.isHan(k - 1) else { continue }
      let sl = lex.surnameLength(in: t.s, at: k)
      guard sl > 0, !t.quoted[k],
        (1...2).contains(where: { lex.speech.longest(in: t.s, at: k + sl + $0) > 0 }), let r = nb.name(at: k)
      else { continue }
      guard nb.isPlausible(r, surname: lex.surnameLength(in: t.s, at: k), strict: true),
        lex.speech.longest(in: t.s, at: r.upperBound) > 0, !r.contains(where: { taken[$0] })
      else { continue }
      var m = mention(r, .bare, [], before: 0, text: nil)
      m.inferred = true
      mentions.append(m)
      k = r.upperBound - 1
    }
  }
}
