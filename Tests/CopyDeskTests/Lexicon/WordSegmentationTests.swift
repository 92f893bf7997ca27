import Foundation
import Testing

@testable import CopyDesk

@Suite struct WordSegmentationTests {
  static func words(_ text: String, lexicon: Lexicon? = nil) throws -> String {
    let doc = Document(text: text)
    let seg = WordSegmentation(doc, lexicon: lexicon ?? Lexicon.builtin)
    return seg.tokens().map { doc.slice($0.range) }.joined(separator: "|")
  }

  @Test func maximumProbabilityWords() throws {
    #expect(try Self.words("总书记念兹在兹") == "总书记|念兹在兹")
    #expect(try Self.words("深入入推进全面面落实") == "深入|入|推进|全面|面|落实")
    #expect(try Self.words("学习习近平同志的讲话") == "学习|习近平|同志|的|讲话")
    #expect(try Self.words("推进进程，提高高校") == "推进|进程|提高|高校")
    #expect(try Self.words("请工人按装空调") == "请|工人|按|装|空调")
  }

  @Test func latinNumbersAndPunctuationEndRuns() throws {
    #expect(try Self.words("截至2023年底，EMS快递") == "截至|年底|快递")
    #expect(try Self.words("𠮷祥如意") == "𠮷|祥|如意")
  }

  @Test func bylinesAndCreditsAreNotSegmented() throws {
    let text = "本报讯（记者 张晶）昨天，全国总工会来到昌平区。\n"
    #expect(try Self.words(text) == "昨天|全国总工会|来到|昌平区")
  }

  @Test func addedWordsJoin() throws {
    let desk = Lexicon.builtin.adding(["京彩暖冬"])
    #expect(try Self.words("京彩暖冬活动", lexicon: desk) == "京彩暖冬|活动")
    let removed = try Self.words("总书记念兹在兹", lexicon: Lexicon.builtin.removing(["念兹在兹"]))
    #expect(!removed.contains("念兹在兹") && removed.hasPrefix("总书记|"))
  }

  @Test func byteOffsetsAndBoundaries() throws {
    let doc = Document(text: "𠮷总书记念兹在兹")
    let seg = WordSegmentation(doc, lexicon: Lexicon.builtin)
    #expect(seg.tokens().map(\.range) == [0..<4, 4..<13, 13..<25])
    #expect(seg.isBoundary(4) && seg.isBoundary(13) && seg.isBoundary(25))
    #expect(!seg.isBoundary(10))  // between 记 and 念
    #expect(!seg.isBoundary(16))
  }

  @Test func segmentationIsSharedPerDocumentAndLexicon() throws {
    let doc = Document(text: "深入推进")
    let lexicon = Lexicon.builtin
    let a = WordSegmentation.of(doc, lexicon: lexicon)
    let b = WordSegmentation.of(doc, lexicon: lexicon)
    #expect(a.bounds(ofRun: 0) == b.bounds(ofRun: 0))
    let other = WordSegmentation.of(doc, lexicon: lexicon.adding(["深入推进"]))
    #expect(other.bounds(ofRun: 0) == [0, 4])
    #expect(a.bounds(ofRun: 0) == [0, 2, 4])
  }
}
