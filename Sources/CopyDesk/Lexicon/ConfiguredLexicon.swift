/// The lexicon a configuration segments with: the embedded one, plus the words the desk's own data vouches for —
/// the corrections of the `word-` lists (纪念, 部署), the people of the register and the leaders' roster (a name the
/// desk keeps is one word, never a typo) — minus the misspellings of `word-typo`, which must never count as words
/// (布署, 记念). Built once per distinct data (most runs have one configuration) and shared by the word lists and
/// the typo checks, so a page is segmented once.
extension Lexicon {
  /// What a configured lexicon is built from.
  struct ConfigurationWords: Hashable, Sendable {
    var added: [String] = []
    var names: [String] = []
    var removed: [String] = []

    init(_ data: RuleData) {
      for file in data.files where file.rule.hasPrefix("word-") {
        for e in file.entries where e.section == "main" {
          guard let right = e.replacement else { continue }
          added.append(right)
          if file.rule == "word-typo" { removed.append(e.term) }
        }
      }
      names += data.entries(for: "news-register-title", section: "register").map(\.term)
      names += data.entries(for: "news-leader-order", section: "roster").map(\.term)
    }
  }

  private static let configured = Locked<[(words: ConfigurationWords, lexicon: Lexicon)]>([])

  /// The lexicon for `data` (see the type's comment); the last four are kept.
  static func configured(for data: RuleData) -> Lexicon {
    let words = ConfigurationWords(data)
    if let hit = configured.withLock({ list in list.first { $0.words == words }?.lexicon }) { return hit }
    // Names first, so that a correction that is also a name keeps the word kind too; removals last.
    // One overlay built from all three, not a lexicon per step (each packs its own trie).
    var overlay = Lexicon.builtin.overlayWords
    Lexicon.add(words.names, kinds: .person, to: &overlay)
    Lexicon.add(words.added, to: &overlay)
    Lexicon.remove(words.removed, from: &overlay)
    let built = Lexicon.builtin.with(overlay)
    return configured.withLock { list in
      if let hit = list.first(where: { $0.words == words }) { return hit.lexicon }
      list.append((words, built))
      if list.count > 4 { list.removeFirst() }
      return built
    }
  }
}
