import Foundation

/// The words copydesk knows, with frequencies for segmentation: the embedded trie (jieba's dictionary with
/// frequency ≥ 5, today's news words, person and place names) plus what a configuration adds — the house word
/// lists' correct terms, the register's names — minus what it removes (the lists' misspellings, which must never
/// count as words: `记念` is in jieba but the house writes 纪念).
///
/// The additions and removals are a second, small trie walked in step with the embedded one (`Cursor`), so a
/// configuration's lexicon costs the size of its own words, and a lookup no hashing.
///
/// Immutable and shared: one per configuration; documents share its segmentation through
/// `WordSegmentation.of(_:lexicon:)`.
public final class Lexicon: Sendable {
  let base: PackedTrie
  /// The node of every two-character prefix of `base`, built when segmentation first asks.
  let pairIndex: PairIndex.Lazy
  /// The characters opening a word before each second character, for the typo check (nil: search the trie).
  let pairs: LeadingPairs?
  /// The configuration's words: added ones with their frequency and kinds, removed ones marked `removed`.
  let overlay: PackedTrie?
  /// The overlay's words, to build the next one from (`adding` after `removing`).
  let overlayWords: [[UInt32]: PackedWord]
  /// log of the total frequency: a word's log-probability is log(frequency) − logTotal (jieba's model).
  let logTotal: Double

  public struct Entry: Sendable, Equatable {
    public var frequency: Int
    public var kinds: LexiconSource.Kinds
  }

  /// Per word length 0…4 (the typo check's longest window): a frequency no word of `base` of that length exceeds.
  let baseMaxFrequencies: [Int]
  /// The log-probability of the likeliest word of each length 0…4, the overlay's words included: a correction of
  /// that length cannot score better, so a window whose pieces are already likelier is never searched.
  let maxLogProbabilities: [Double]

  init(
    base: PackedTrie, baseMaxFrequencies: [Int], pairIndex: PairIndex.Lazy, pairs: LeadingPairs?,
    overlayWords: [[UInt32]: PackedWord], logTotal: Double
  ) {
    self.base = base
    self.baseMaxFrequencies = baseMaxFrequencies
    self.pairIndex = pairIndex
    self.pairs = pairs
    self.overlayWords = overlayWords
    var highest = baseMaxFrequencies
    for (w, v) in overlayWords where w.count < highest.count && !v.isRemoved {
      highest[w.count] = max(highest[w.count], v.frequency)
    }
    self.maxLogProbabilities = highest.map { log(Double(max(1, $0))) - logTotal }
    self.overlay =
      overlayWords.isEmpty
      ? nil
      : PackedTrie(
        bytes: PackedTrie.pack(overlayWords.map { ($0.key, $0.value.raw) }, denseRoot: false), denseRoot: false)
    self.logTotal = logTotal
  }

  /// jieba's total frequency (60,101,967), kept fixed so that added words do not shift every probability.
  static let jiebaLogTotal = log(60_101_967.0)

  /// The embedded lexicon: the trie's bytes where the binary holds them. Nothing is read until a rule asks.
  public static let builtin = Lexicon(
    base: embeddedTrie, baseMaxFrequencies: embeddedMaxFrequencies, pairIndex: PairIndex.Lazy(embeddedTrie),
    pairs: LeadingPairs(embeddedIndex: EmbeddedLexicon.pairIndex, lists: EmbeddedLexicon.pairs), overlayWords: [:],
    logTotal: jiebaLogTotal)

  private static let embeddedTrie = PackedTrie(embedded: EmbeddedLexicon.trie, denseRoot: true)

  /// Bounds of the frequencies of the embedded words of 0…4 characters (the highest: 了 883,634, 一个 142,747,
  /// 天安门 34,010, 人民政府 15,227), rounded up so that a new word list rarely moves them; `PairIndexTests` checks
  /// them against the trie.
  static let embeddedMaxFrequencies = [0, 900_000, 150_000, 35_000, 16_000]

  /// A lexicon from table text (`WORD<TAB>FREQUENCY<TAB>KINDS` lines sorted by UTF-8 bytes); errors name `file:line`.
  public static func load(table: String, name: String) throws(LexiconSource.Error) -> Lexicon {
    let entries = try LexiconSource.parseTable(name: name, text: table)
    let words = entries.map {
      ($0.word.unicodeScalars.map(\.value), PackedWord(frequency: $0.frequency, kinds: $0.kinds).raw)
    }
    let trie = PackedTrie(bytes: PackedTrie.pack(words, denseRoot: true), denseRoot: true)
    var highest = [Int](repeating: 0, count: 5)
    for (w, v) in words where w.count < highest.count {
      highest[w.count] = max(highest[w.count], PackedWord(raw: v).frequency)
    }
    return Lexicon(
      base: trie, baseMaxFrequencies: highest, pairIndex: PairIndex.Lazy(trie), pairs: LeadingPairs(trie: trie),
      overlayWords: [:],
      logTotal: jiebaLogTotal)
  }

  /// Whether a word can be held: 1…16 characters of U+4E00…U+9FFF (a name with 𠮷 or 䶮 cannot; segmentation leaves
  /// such a character as a token of its own, which the typo checks never rewrite).
  static func storable(_ w: [UInt32]) -> Bool {
    !w.isEmpty && w.count <= PackedTrie.maxWordLength && w.allSatisfy(PackedTrie.isWordScalar)
  }

  /// This lexicon with more words (a house list's terms, the register's names). A word already present keeps the
  /// higher frequency and gains the kind.
  public func adding(_ words: [String], frequency: Int = 100, kinds: LexiconSource.Kinds = .word) -> Lexicon {
    var next = overlayWords
    Self.add(words, frequency: frequency, kinds: kinds, to: &next)
    return with(next)
  }

  /// This lexicon without these words (a house list's misspellings).
  public func removing(_ words: [String]) -> Lexicon {
    var next = overlayWords
    Self.remove(words, from: &next)
    return with(next)
  }

  /// This lexicon with the configuration's words `overlay` (itself if they are its own).
  func with(_ overlay: [[UInt32]: PackedWord]) -> Lexicon {
    overlay == overlayWords
      ? self
      : Lexicon(
        base: base, baseMaxFrequencies: baseMaxFrequencies, pairIndex: pairIndex, pairs: pairs, overlayWords: overlay,
        logTotal: logTotal)
  }

  static func add(
    _ words: [String], frequency: Int = 100, kinds: LexiconSource.Kinds = .word, to next: inout [[UInt32]: PackedWord]
  ) {
    let added = PackedWord(frequency: frequency, kinds: kinds)
    for w in words {
      let s = w.unicodeScalars.map(\.value)
      guard Self.storable(s) else { continue }
      if let old = next[s], !old.isRemoved {
        next[s] = PackedWord(frequency: max(old.frequency, added.frequency), kinds: old.kinds.union(added.kinds))
      } else {
        next[s] = added
      }
    }
  }

  static func remove(_ words: [String], from next: inout [[UInt32]: PackedWord]) {
    for w in words {
      let s = w.unicodeScalars.map(\.value)
      if Self.storable(s) { next[s] = PackedWord(raw: PackedWord.removedBit) }
    }
  }

  /// A position in both tries at once: the node of the characters walked so far in each (−1: none).
  struct Cursor {
    var base: Int32
    var extra: Int32
    @inline(__always) var isDead: Bool { base < 0 && extra < 0 }
  }

  @inline(__always)
  var root: Cursor { Cursor(base: 0, extra: overlay == nil ? -1 : 0) }

  /// The cursor after one more character.
  @inline(__always)
  func step(_ c: Cursor, _ u: UInt32) -> Cursor {
    var next = Cursor(base: -1, extra: -1)
    if c.base >= 0 { next.base = Int32(truncatingIfNeeded: base.child(Int(c.base), u)) }
    if c.extra >= 0, let overlay { next.extra = Int32(truncatingIfNeeded: overlay.child(Int(c.extra), u)) }
    return next
  }

  /// The cursor after the second character `u` of a word opening with `first` (`c` is the cursor after `first`):
  /// the embedded trie's step by its pair index, the overlay's by a search.
  @inline(__always)
  func step(_ c: Cursor, second u: UInt32, after first: UInt32, _ index: PairIndex) -> Cursor {
    var next = Cursor(base: -1, extra: -1)
    if c.base >= 0 { next.base = Int32(truncatingIfNeeded: index.node(first, u)) }
    if c.extra >= 0, let overlay { next.extra = Int32(truncatingIfNeeded: overlay.child(Int(c.extra), u)) }
    return next
  }

  /// The word spelled by the characters walked (`.none` if they are no word, or a removed one).
  @inline(__always)
  func word(_ c: Cursor) -> PackedWord {
    let b = c.base >= 0 ? PackedWord(raw: base.value(Int(c.base))) : .none
    guard c.extra >= 0, let overlay else { return b }
    let e = PackedWord(raw: overlay.value(Int(c.extra)))
    if !e.exists { return b }
    if e.isRemoved { return .none }
    if !b.exists { return e }
    return PackedWord(frequency: max(b.frequency, e.frequency), kinds: b.kinds.union(e.kinds))
  }

  /// The word spelled by `scalars[range]`.
  func word<C: Collection<UInt32>>(_ scalars: C) -> PackedWord {
    var c = root
    for u in scalars {
      c = step(c, u)
      if c.isDead { return .none }
    }
    return word(c)
  }

  /// The entry for a word.
  public func entry(_ word: String) -> Entry? {
    let w = self.word(word.unicodeScalars.map(\.value))
    return w.exists ? Entry(frequency: w.frequency, kinds: w.kinds) : nil
  }

  public func contains(_ word: String) -> Bool { entry(word) != nil }

  /// Log-probability of a word of this frequency (an unknown character counts as frequency 1, as in jieba).
  @inline(__always)
  func logProbability(_ frequency: Int) -> Double { log(Double(max(1, frequency))) - logTotal }
}
