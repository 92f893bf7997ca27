import Foundation
import Testing

@testable import CopyDesk

@Suite struct LexiconTests {
  @Test func embeddedLexiconKnowsWordsNamesAndPlaces() throws {
    let lexicon = Lexicon.builtin
    #expect(lexicon.entry("取得") == Lexicon.Entry(frequency: 11882, kinds: .word))
    #expect(lexicon.entry("刘欣")?.kinds.contains(.person) == true)
    #expect(lexicon.contains("习近平"))
    #expect(lexicon.entry("海淀")?.kinds.contains(.place) == true)
    #expect(lexicon.contains("接诉即办"))
    // Misspellings that jieba has at low frequency, or that the house lists name, are no words.
    #expect(!lexicon.contains("再接再励"))
    #expect(!lexicon.contains("记念"))
    #expect(!lexicon.contains("按装"))
    #expect(!lexicon.contains("𠮷"))
  }

  @Test func addingAndRemovingWords() throws {
    let base = Lexicon.builtin
    let desk = base.adding(["京彩暖冬", "取得"], frequency: 100).removing(["纪念"])
    #expect(desk.entry("京彩暖冬") == Lexicon.Entry(frequency: 100, kinds: .word))
    #expect(desk.entry("取得")?.frequency == 11882)
    #expect(!desk.contains("纪念"))
    #expect(base.contains("纪念"))
    #expect(!base.contains("京彩暖冬"))
    // The later change wins; characters outside U+4E00…U+9FFF cannot be held and are skipped.
    #expect(desk.adding(["纪念"]).entry("纪念") == Lexicon.Entry(frequency: 2681, kinds: .word))
    #expect(!desk.adding(["京彩暖冬"]).removing(["京彩暖冬"]).contains("京彩暖冬"))
    #expect(base.adding(["刘欣"], frequency: 5, kinds: .place).entry("刘欣")?.kinds == [.person, .place])
    #expect(!base.adding(["𠮷祥"]).contains("𠮷祥"))
    #expect(base.adding([]) === base)
  }

  @Test func packedTrieStepsAndValues() {
    let words: [(scalars: [UInt32], value: UInt32)] = ["中国", "中", "中国人", "人民", "国"].enumerated().map {
      ($0.element.unicodeScalars.map(\.value), UInt32($0.offset + 1) << 4 | 1)
    }
    for dense in [true, false] {
      let t = PackedTrie(bytes: PackedTrie.pack(words, denseRoot: dense), denseRoot: dense)
      for (w, v) in words { #expect(t.value(t.node(w)) == v) }
      #expect(t.node("人".unicodeScalars.map(\.value)) > 0 && t.value(t.node("人".unicodeScalars.map(\.value))) == 0)
      #expect(t.node("民".unicodeScalars.map(\.value)) == (dense ? 1 + 0x6C11 - 0x4E00 : -1))
      #expect(t.node("中人".unicodeScalars.map(\.value)) == -1)
      #expect(t.child(0, 0x1F600) == -1 && t.child(0, 0x3400) == -1)
      // Sparse: root, 中 人 国, 国(中国) 民, 人(中国人).
      #expect(t.nodeCount == (dense ? 1 + PackedTrie.scalarCount + 3 : 7))
    }
  }

  @Test func badTableLinesFailWithFileAndLine() {
    #expect(throws: LexiconSource.Error(file: "desk.tsv", line: 2, message: "the frequency is not a whole number")) {
      _ = try Lexicon.load(table: "一\t5\tw\n二\tx\tw\n", name: "desk.tsv")
    }
    #expect(throws: LexiconSource.Error(file: "desk.tsv", line: 1, message: "expected WORD<TAB>FREQUENCY<TAB>KINDS")) {
      _ = try Lexicon.load(table: "一 5 w\n", name: "desk.tsv")
    }
    #expect(throws: LexiconSource.Error(file: "desk.tsv", line: 1, message: "kinds are letters w, n, p")) {
      _ = try Lexicon.load(table: "一\t5\tq\n", name: "desk.tsv")
    }
    #expect(throws: LexiconSource.Error(file: "desk.tsv", line: 1, message: "the last line has no line break")) {
      _ = try Lexicon.load(table: "一\t5\tw", name: "desk.tsv")
    }
    #expect(throws: LexiconSource.Error(file: "desk.tsv", line: 2, message: "'一' is out of order after '二'")) {
      _ = try Lexicon.load(table: "二\t5\tw\n一\t5\tw\n", name: "desk.tsv")
    }
    #expect(
      throws: LexiconSource.Error(file: "desk.tsv", line: 1, message: "'𠮷' is not 1…16 characters of U+4E00…U+9FFF")
    ) {
      _ = try Lexicon.load(table: "𠮷\t5\tw\n", name: "desk.tsv")
    }
    #expect((try? Lexicon.load(table: "", name: "empty.tsv"))?.contains("一") == false)
    let desk = try? Lexicon.load(table: "一\t5\tw\n一一\t7\tn\n", name: "desk.tsv")
    #expect(desk?.entry("一一") == Lexicon.Entry(frequency: 7, kinds: .person) && desk?.contains("二") == false)
  }

  @Test func badSourceLinesFailWithFileAndLine() {
    #expect(throws: LexiconSource.Error(file: "w.tsv", line: 3, message: "expected WORD<TAB>NUMBER, found 1 field(s)"))
    {
      _ = try LexiconSource.parseCounts(name: "w.tsv", text: "# c\n取得\t5\n取得 5\n")
    }
    #expect(throws: LexiconSource.Error(file: "w.tsv", line: 1, message: "'B超' is not a word of Han characters")) {
      _ = try LexiconSource.parseCounts(name: "w.tsv", text: "B超\t5\n")
    }
    #expect(throws: LexiconSource.Error(file: "w.tsv", line: 1, message: "'-3' is not a positive whole number")) {
      _ = try LexiconSource.parseCounts(name: "w.tsv", text: "取得\t-3\n")
    }
    #expect(throws: LexiconSource.Error(file: "w.tsv", line: 1, message: "'䶮' has a character outside U+4E00…U+9FFF")) {
      _ = try LexiconSource.parseCounts(name: "w.tsv", text: "䶮\t5\n")
    }
    #expect(throws: LexiconSource.Error(file: "s.tsv", line: 2, message: "'a' is not a group of Han characters")) {
      _ = try LexiconSource.parseGroups(name: "s.tsv", text: "安\t鞍\na\t\n")
    }
  }

  @Test func mergedTableMarksNamesAndPlacesAndSorts() {
    let t = LexiconSource.mergedTable(
      words: [("海淀", 40), ("取得", 11882)], persons: [("刘欣", 783), ("取得", 2)], places: [("海淀", 900), ("昌平区", 3)])
    #expect(t == "刘欣\t100\tn\n取得\t11882\twn\n昌平区\t5\tp\n海淀\t40\twp\n")
  }

  @Test func confusablesBySoundToneAndShape() throws {
    let c = Confusables.builtin
    let an = c.candidates(for: "按".unicodeScalars.first!.value)
    #expect(an.contains { $0.scalar == "安".unicodeScalars.first!.value && $0.kind == .otherTone })
    #expect(an.contains { $0.scalar == "案".unicodeScalars.first!.value && $0.kind == .sameSound })
    let li = c.candidates(for: "励".unicodeScalars.first!.value)
    #expect(li.contains { $0.scalar == "厉".unicodeScalars.first!.value && $0.kind == .sameSound })
    #expect(c.candidates(for: 0x20BB7).isEmpty && c.candidates(for: 0x41).isEmpty)
    // Built from groups: same tone, other tones, then shape; the first relation wins.
    let small = Confusables(sameSound: [["安", "鞍", "按"]], sameShape: [["安", "按", "案"]])
    #expect(
      small.candidates(for: 0x5B89).map { "\(Unicode.Scalar($0.scalar)!)\($0.kind)" } == [
        "鞍sameSound", "按otherTone", "案sameShape",
      ])
    #expect(small.candidates(for: "案".unicodeScalars.first!.value).map(\.scalar) == [0x5B89, 0x6309])
  }
}
