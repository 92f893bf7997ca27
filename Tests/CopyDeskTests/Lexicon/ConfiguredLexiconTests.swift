import Testing

@testable import CopyDesk

/// The configuration's lexicon: the desk's corrections and people are words, its listed misspellings are not, and
/// one lexicon serves every rule of a configuration (a page is segmented once).
@Suite struct ConfiguredLexiconTests {
  @Test func deskDataChangesTheWords() throws {
    let data = try RuleData.builtin()
    let lexicon = Lexicon.configured(for: data)
    // The embedded lexicon was built without the house's misspellings; the configured one keeps it so.
    #expect(!Lexicon.builtin.contains("布署") && !lexicon.contains("布署"))
    #expect(lexicon.contains("部署"))
    // A person of the register (rules/news/names/register.txt) is one word.
    #expect(!Lexicon.builtin.contains("蒋文云"))
    #expect(lexicon.entry("蒋文云")?.kinds.contains(.person) == true)
  }

  @Test func oneLexiconPerConfiguration() throws {
    let data = try RuleData.builtin()
    #expect(Lexicon.configured(for: data) === Lexicon.configured(for: data))
    var desk = data
    // A desk that writes 其他 lists 其它 (a word of jieba's) as a misspelling: for it, 其它 is no word.
    desk.files.append(try DataFile.parse(name: "desk/typos.txt", text: "@rule word-typo\n其它 => 其他\n"))
    let other = Lexicon.configured(for: desk)
    #expect(other !== Lexicon.configured(for: data))
    #expect(Lexicon.builtin.contains("其它") && Lexicon.configured(for: data).contains("其它"))
    #expect(!other.contains("其它"))
  }

  /// The word lists and the typo checks segment a page with the same lexicon: one segmentation per page.
  @Test func wordListsAndTypoChecksShareTheSegmentation() throws {
    let data = try RuleData.builtin()
    let detector = try TypoDetector.builtin(data: data)
    #expect(detector.lexicon === Lexicon.configured(for: data))
  }
}
