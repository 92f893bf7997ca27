/// The lexicon's source files in `rules/word/lexicon/` and the embedded data made from them.
///
/// Sources are tab-separated text a desk can read and edit: `words.tsv` (jieba's dictionary, frequency ≥ 5),
/// `extra-words.tsv` (today's news words jieba lacks: 抗疫, 接诉即办), `person-names.tsv` and `place-names.tsv`
/// (pycorrector), `same-sound.tsv` and `same-shape.tsv` (pycorrector's confusion sets). The generator merges the
/// word files into one table (`WORD<TAB>FREQUENCY<TAB>KINDS` lines sorted by UTF-8 bytes), checks it, and writes it
/// as a packed trie (`PackedTrie`) and the confusion sets as packed lists (`Confusables`), string literals the
/// binary reads in place: nothing is parsed at start-up.
public enum LexiconSource {
  /// A bad line in a lexicon file, with its `file:line`.
  public struct Error: Swift.Error, Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int
    public var message: String
    public var description: String { "\(file):\(line): \(message)" }
  }

  /// `WORD<TAB>NUMBER` lines; `#` comments and blank lines are skipped. Words are Han characters only.
  public static func parseCounts(name: String, text: String) throws(Error) -> [(word: String, count: Int)] {
    var out: [(String, Int)] = []
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : Substring(raw)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2 else {
        throw Error(file: name, line: n, message: "expected WORD<TAB>NUMBER, found \(fields.count) field(s)")
      }
      let word = String(fields[0])
      guard !word.isEmpty, word.unicodeScalars.allSatisfy({ CharClass.isHan($0.value) }) else {
        throw Error(file: name, line: n, message: "'\(word)' is not a word of Han characters")
      }
      guard word.unicodeScalars.allSatisfy({ PackedTrie.isWordScalar($0.value) }) else {
        throw Error(file: name, line: n, message: "'\(word)' has a character outside U+4E00…U+9FFF")
      }
      guard word.unicodeScalars.count <= PackedTrie.maxWordLength else {
        throw Error(file: name, line: n, message: "'\(word)' is longer than \(PackedTrie.maxWordLength) characters")
      }
      guard let count = Int(fields[1]), count > 0, count < 1_000_000_000 else {
        throw Error(file: name, line: n, message: "'\(fields[1])' is not a positive whole number")
      }
      out.append((word, count))
    }
    return out
  }

  /// Confusion lines: `CHAR<TAB>CHARS…` (same-sound: same tone, then other tones) or a group of characters
  /// (same-shape). Every field is Han characters only.
  public static func parseGroups(name: String, text: String) throws(Error) -> [[String]] {
    var out: [[String]] = []
    var n = 0
    for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
      n += 1
      let line = raw.hasSuffix("\r") ? raw.dropLast() : Substring(raw)
      if line.isEmpty || line.hasPrefix("#") { continue }
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      for f in fields where !f.unicodeScalars.allSatisfy({ CharClass.isHan($0.value) }) {
        throw Error(file: name, line: n, message: "'\(f)' is not a group of Han characters")
      }
      for f in fields where !f.unicodeScalars.allSatisfy({ PackedTrie.isWordScalar($0.value) }) {
        throw Error(file: name, line: n, message: "'\(f)' has a character outside U+4E00…U+9FFF")
      }
      out.append(fields)
    }
    return out
  }

  /// How an entry got into the lexicon. A word jieba or the desk knows is a `word`; names and places are marked so
  /// that rules can leave them alone (a typo check never rewrites 刘欣欣 or 海淀).
  public struct Kinds: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }
    public static let word = Kinds(rawValue: 1)
    public static let person = Kinds(rawValue: 2)
    public static let place = Kinds(rawValue: 4)

    static let letters: [(Kinds, UInt8)] = [(.word, 0x77), (.person, 0x6E), (.place, 0x70)]  // w n p

    var letterBytes: [UInt8] { Self.letters.filter { contains($0.0) }.map(\.1) }

    init?(letter: UInt8) {
      guard let k = Self.letters.first(where: { $0.1 == letter }) else { return nil }
      self = k.0
    }
  }

  /// Names and places that jieba does not know get a frequency from their own count, kept within 5…100 so that a
  /// rare name still joins its characters but never outweighs common words (jieba's scale: 取得 11882).
  static func nameFrequency(_ count: Int) -> Int { min(100, max(5, count)) }

  /// The merged table: `WORD<TAB>FREQUENCY<TAB>KINDS` lines sorted by UTF-8 bytes.
  public static func mergedTable(
    words: [(word: String, count: Int)], persons: [(word: String, count: Int)], places: [(word: String, count: Int)]
  ) -> String {
    var entries: [String: (Int, Kinds)] = [:]
    for (w, c) in words { entries[w] = (max(c, entries[w]?.0 ?? 0), .word) }
    for (list, kind) in [(persons, Kinds.person), (places, Kinds.place)] {
      for (w, c) in list {
        if let (f, k) = entries[w] {
          entries[w] = (f, k.union(kind))
        } else {
          entries[w] = (nameFrequency(c), kind)
        }
      }
    }
    let sorted = entries.keys.map { (Array($0.utf8), $0) }.sorted { $0.0.lexicographicallyPrecedes($1.0) }
    var out = ""
    for (_, w) in sorted {
      let (f, k) = entries[w]!
      out += "\(w)\t\(f)\t\(String(decoding: k.letterBytes, as: UTF8.self))\n"
    }
    return out
  }

  /// `WORD<TAB>FREQUENCY<TAB>KINDS` lines sorted by UTF-8 bytes (the merged table, or a desk's table), checked line
  /// by line. Frequencies above 1,048,575 (20 bits) are held as that.
  public static func parseTable(name: String, text: String) throws(Error) -> [(
    word: String, frequency: Int, kinds: Kinds
  )] {
    var out: [(String, Int, Kinds)] = []
    let bytes = Array(text.utf8)
    var previous: ArraySlice<UInt8> = []
    var i = 0
    var line = 0
    let n = bytes.count
    while i < n {
      line += 1
      let s = i
      while i < n && bytes[i] != 0x09 && bytes[i] != 0x0A { i += 1 }
      guard i < n, bytes[i] == 0x09, i > s else {
        throw Error(file: name, line: line, message: "expected WORD<TAB>FREQUENCY<TAB>KINDS")
      }
      let word = bytes[s..<i]
      let text = String(decoding: word, as: UTF8.self)
      guard Lexicon.storable(text.unicodeScalars.map(\.value)) else {
        throw Error(file: name, line: line, message: "'\(text)' is not 1…16 characters of U+4E00…U+9FFF")
      }
      guard line == 1 || previous.lexicographicallyPrecedes(word) else {
        throw Error(
          file: name, line: line,
          message: "'\(text)' is out of order after '\(String(decoding: previous, as: UTF8.self))'")
      }
      previous = word
      i += 1
      var frequency = 0
      let digits = i
      while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 && i - digits < 9 {
        frequency = frequency * 10 + Int(bytes[i] - 0x30)
        i += 1
      }
      guard i > digits, i < n, bytes[i] == 0x09 else {
        throw Error(file: name, line: line, message: "the frequency is not a whole number")
      }
      i += 1
      var kinds = Kinds()
      while i < n && bytes[i] != 0x0A {
        guard let k = Kinds(letter: bytes[i]) else {
          throw Error(file: name, line: line, message: "kinds are letters w, n, p")
        }
        kinds.insert(k)
        i += 1
      }
      guard i < n else { throw Error(file: name, line: line, message: "the last line has no line break") }
      i += 1
      out.append((text, frequency, kinds))
    }
    return out
  }

  /// The Swift source of `EmbeddedLexicon` (Sources/CopyDesk/Lexicon/EmbeddedLexicon.swift) from the merged table
  /// and the confusion sets' lines.
  public static func embeddedSource(table: String, sameSound: [[String]], sameShape: [[String]]) throws(Error)
    -> String
  {
    let entries = try parseTable(name: "merged lexicon table", text: table)
    let trie = PackedTrie.pack(
      entries.map { ($0.word.unicodeScalars.map(\.value), PackedWord(frequency: $0.frequency, kinds: $0.kinds).raw) },
      denseRoot: true)
    let (index, lists) = Confusables.pack(Confusables.lists(sameSound: sameSound, sameShape: sameShape))
    let (pairIndex, pairs) = LeadingPairs.pack(PackedTrie(bytes: trie, denseRoot: true))
    // The line break before the closing delimiter is not part of a multi-line literal: the bytes keep their own.
    func literal(_ bytes: [UInt8]) -> String { "#\"\"\"\n" + String(decoding: bytes, as: UTF8.self) + "\n\"\"\"#" }
    return """
      // swift-format-ignore-file
      // Generated from rules/word/lexicon/ by `COPYDESK_RECORD=1 swift test --filter EmbeddedLexiconTests`. Do not edit.
      // jieba dictionary: MIT, © 2013 Sun Junyi; names, places, confusion sets: pycorrector, Apache-2.0 (see the
      // LICENSE files in rules/word/lexicon/). Packed bytes the binary reads in place (PackedTrie, Confusables):
      // \(entries.count) words, \(trie.count / PackedTrie.recordWidth - 1) trie nodes.
      enum EmbeddedLexicon {
        /// The word trie: per node its character, first child and word value (PackedTrie).
        static let trie: StaticString = \(literal(trie))

        /// Per character of U+4E00…U+9FFF: the offset of its candidates in `confusables`.
        static let confusableIndex: StaticString = \(literal(index))

        /// CHARACTER<TAB>candidates: S same sound and tone, T other tone, H similar shape, each before its character.
        static let confusables: StaticString = \(literal(lists))

        /// Per character of U+4E00…U+9FFF: the offset of its line in `pairs` (LeadingPairs).
        static let pairIndex: StaticString = \(literal(pairIndex))

        /// SECOND<TAB>the characters that open a word before it (LeadingPairs).
        static let pairs: StaticString = \(literal(pairs))
      }

      """
  }
}
