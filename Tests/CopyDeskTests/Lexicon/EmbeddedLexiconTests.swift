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

  static func generated() throws -> String {
    func counts(_ name: String) throws -> [(word: String, count: Int)] {
      try LexiconSource.parseCounts(name: "rules/word/lexicon/" + name, text: read(name))
    }
    let table = LexiconSource.mergedTable(
      words: try counts("words.tsv") + counts("extra-words.tsv"), persons: try counts("person-names.tsv"),
      places: try counts("place-names.tsv"))
    return LexiconSource.embeddedSource(
      table: table,
      sameSound: try LexiconSource.parseGroups(name: "rules/word/lexicon/same-sound.tsv", text: read("same-sound.tsv")),
      sameShape: try LexiconSource.parseGroups(name: "rules/word/lexicon/same-shape.tsv", text: read("same-shape.tsv")))
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

  @Test func licenceNoticesSitBesideTheData() throws {
    #expect(try Self.read("LICENSE-jieba.txt").contains("Copyright (c) 2013 Sun Junyi"))
    #expect(try Self.read("LICENSE-pycorrector.txt").contains("Apache License"))
  }
}
