import Foundation
import Testing

@testable import CopyDesk

/// `Sources/CopyDesk/Lexicon/EmbeddedLexicon.swift` is generated from `rules/word/lexicon/` and must not drift:
/// `COPYDESK_RECORD=1 swift test --filter EmbeddedLexiconTests` regenerates it. A bad source line fails here with
/// its file:line, before it can reach the binary.
@Suite struct EmbeddedLexiconTests {
  static let dir = repositoryRoot.appendingPathComponent("rules/word/lexicon")

  static func read(_ name: String) throws -> String {
    try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
  }

  static func table() throws -> String {
    func counts(_ name: String) throws -> [(word: String, count: Int)] {
      try LexiconSource.parseCounts(name: "rules/word/lexicon/" + name, text: read(name))
    }
    return LexiconSource.mergedTable(
      words: try counts("words.tsv") + counts("extra-words.tsv"), persons: try counts("person-names.tsv"),
      places: try counts("place-names.tsv"))
  }

  static func groups(_ name: String) throws -> [[String]] {
    try LexiconSource.parseGroups(name: "rules/word/lexicon/" + name, text: read(name))
  }

  static func generated() throws -> String {
    try LexiconSource.embeddedSource(
      table: table(), sameSound: groups("same-sound.tsv"), sameShape: groups("same-shape.tsv"))
  }

  @Test func embeddedLexiconMatchesSources() throws {
    let path = repositoryRoot.appendingPathComponent("Sources/CopyDesk/Lexicon/EmbeddedLexicon.swift")
    let expected = try Self.generated()
    if recording { try expected.write(to: path, atomically: true, encoding: .utf8) }
    let actual = try String(contentsOf: path, encoding: .utf8)
    #expect(
      actual == expected,
      "rules/word/lexicon changed: run COPYDESK_RECORD=1 swift test --filter EmbeddedLexiconTests, then rebuild")
  }

  /// The binary reads the packed bytes without checking them: here every word of the sources is looked up in the
  /// embedded trie, and every node's word counted, so a packing slip cannot reach a page unseen.
  @Test func embeddedTrieHoldsExactlyTheSourceWords() throws {
    let entries = try LexiconSource.parseTable(name: "merged", text: Self.table())
    let trie = Lexicon.builtin.base
    for e in entries {
      let n = trie.node(e.word.unicodeScalars.map(\.value))
      let v = PackedWord(raw: n < 0 ? 0 : trie.value(n))
      #expect(v == PackedWord(frequency: e.frequency, kinds: e.kinds), "\(e.word)")
    }
    var words = 0
    for n in 0..<trie.nodeCount where trie.value(n) != 0 { words += 1 }
    #expect(words == entries.count)
    #expect(Lexicon.builtin.entry("取得") == Lexicon.Entry(frequency: 11882, kinds: .word))
    // Every two-character prefix of the trie is listed under its second character, and nothing else is.
    let pairs = try #require(Lexicon.builtin.pairs)
    var listed = 0
    var missing: [String] = []
    for d in 0..<PackedTrie.scalarCount {
      let second = PackedTrie.firstScalar + UInt32(d)
      let (records, count) = pairs.firsts(before: second)
      listed += count
      for j in 0..<count {
        let first = LeadingPairs.scalar(records + 3 * j)
        if trie.node([first, second]) < 0 { missing.append("\(first) \(second)") }
      }
    }
    var prefixes = 0
    for d in 0..<PackedTrie.scalarCount { prefixes += trie.firstChild(d + 2) - trie.firstChild(d + 1) }
    #expect(missing.isEmpty && listed == prefixes && listed > 100_000)
  }

  @Test func embeddedConfusablesMatchTheSources() throws {
    let lists = Confusables.lists(
      sameSound: try Self.groups("same-sound.tsv"), sameShape: try Self.groups("same-shape.tsv"))
    var checked = 0
    for d in 0..<PackedTrie.scalarCount {
      let c = PackedTrie.firstScalar + UInt32(d)
      let embedded = Confusables.builtin.candidates(for: c).map { "\($0.scalar) \($0.kind)" }
      #expect(embedded == (lists[c] ?? []).map { "\($0.0) \($0.1)" })
      checked += embedded.isEmpty ? 0 : 1
    }
    #expect(checked == lists.count && checked > 3000)
  }

  @Test func licenceNoticesSitBesideTheData() throws {
    #expect(try Self.read("LICENSE-jieba.txt").contains("Copyright (c) 2013 Sun Junyi"))
    #expect(try Self.read("LICENSE-pycorrector.txt").contains("Apache License"))
  }
}
