/// The lexicon's source files in `rules/word/lexicon/` and the embedded table made from them.
///
/// Sources are tab-separated text a desk can read and edit: `words.tsv` (jieba's dictionary, frequency ≥ 5),
/// `extra-words.tsv` (today's news words jieba lacks: 抗疫, 接诉即办), `person-names.tsv` and `place-names.tsv`
/// (pycorrector), `same-sound.tsv` and `same-shape.tsv` (pycorrector's confusion sets). The generator merges the
/// word files into one table sorted by UTF-8 bytes, one entry a line, `WORD<TAB>FREQUENCY<TAB>KINDS`, which the
/// binary embeds as a string literal and searches in place (see `WordTable`): nothing is parsed at start-up.
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
      guard word.unicodeScalars.count <= WordTable.maxWordLength else {
        throw Error(file: name, line: n, message: "'\(word)' is longer than \(WordTable.maxWordLength) characters")
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

  /// The Swift source of `EmbeddedLexicon` (Sources/CopyDesk/Lexicon/EmbeddedLexicon.swift).
  public static func embeddedSource(table: String, sameSound: [[String]], sameShape: [[String]]) -> String {
    // The line break before the closing delimiter is not part of a multi-line literal: the text keeps its own last.
    func literal(_ s: String) -> String { "#\"\"\"\n" + s + "\n\"\"\"#" }
    let sound = sameSound.map { $0.joined(separator: "\t") + "\n" }.joined()
    let shape = sameShape.map { $0.joined(separator: "\t") + "\n" }.joined()
    return """
      // swift-format-ignore-file
      // Generated from rules/word/lexicon/ by `COPYDESK_RECORD=1 swift test --filter EmbeddedLexiconTests`. Do not edit.
      // jieba dictionary: MIT, © 2013 Sun Junyi; names, places, confusion sets: pycorrector, Apache-2.0 (see the
      // LICENSE files in rules/word/lexicon/). Static strings: the bytes sit in the binary and are searched in place.
      enum EmbeddedLexicon {
        /// WORD<TAB>FREQUENCY<TAB>KINDS (w word, n person, p place), sorted by UTF-8 bytes.
        static let table: StaticString = \(literal(table))

        /// CHARACTER<TAB>SAME PINYIN AND TONE<TAB>SAME PINYIN, OTHER TONE.
        static let sameSound: StaticString = \(literal(sound))

        /// Groups of characters of similar shape.
        static let sameShape: StaticString = \(literal(shape))
      }

      """
  }
}
