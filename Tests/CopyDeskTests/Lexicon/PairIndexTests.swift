import Foundation
import Testing

@testable import CopyDesk

/// The shortcuts of the trie walk (the pair index of the embedded trie, the root table of a configuration's overlay)
/// must give exactly the node the search gives: a slip would change a segmentation or a typo finding silently.
@Suite struct PairIndexTests {
  @Test func pairIndexFindsEveryTwoCharacterPrefixAndNothingElse() {
    let trie = Lexicon.builtin.base
    let index = Lexicon.builtin.pairIndex.index
    var found = 0
    for d in 0..<PackedTrie.scalarCount {
      let first = PackedTrie.firstScalar + UInt32(d)
      for k in trie.firstChild(d + 1)..<trie.firstChild(d + 2) {
        #expect(index.node(first, trie.label(k)) == k)
        found += 1
      }
    }
    #expect(found > 100_000)
    // Misses: every second character after a few first characters (large and small families, none), and
    // characters outside U+4E00…U+9FFF on either side.
    for first in "大安按的𠮷一".unicodeScalars.map(\.value) {
      let node = trie.child(0, first)
      for d in stride(from: 0, to: PackedTrie.scalarCount, by: 7) {
        let second = PackedTrie.firstScalar + UInt32(d)
        #expect(index.node(first, second) == (node < 0 ? -1 : trie.child(node, second)))
      }
    }
    #expect(index.node(0x4E00, 0x20BB7) == -1 && index.node(0x3400, 0x4E00) == -1 && index.node(0x41, 0x42) == -1)
    #expect(index.node(0x5B89, 0x88C5) == trie.node("安装".unicodeScalars.map(\.value)))
  }

  /// The typo check skips a window when even the likeliest word of its length could not gain enough: the bounds it
  /// takes for the embedded words must not be below any word's frequency.
  @Test func embeddedFrequencyBoundsHoldForEveryWord() {
    let trie = Lexicon.builtin.base
    var highest = [Int](repeating: 0, count: Lexicon.embeddedMaxFrequencies.count)
    // Nodes are numbered level by level: level `d` is the children of level `d − 1`.
    var level = 1..<(PackedTrie.scalarCount + 1)
    for length in 1..<highest.count {
      for n in level { highest[length] = max(highest[length], PackedWord(raw: trie.value(n)).frequency) }
      level = trie.firstChild(level.lowerBound)..<trie.firstChild(level.upperBound)
    }
    // Safe (no word above its bound) and tight (a loose bound would search windows in vain).
    #expect(zip(highest, Lexicon.embeddedMaxFrequencies).allSatisfy { $0 <= $1 && Double($1) <= Double($0) * 1.1 })
    #expect(highest[2] == 142_747)  // 一个
    // A configuration's words count too: a desk's frequent four-character term raises the bound.
    let desk = Lexicon.builtin.adding(["京彩暖冬"], frequency: 500_000)
    #expect(desk.maxLogProbabilities[4] == desk.logProbability(500_000))
    #expect(desk.maxLogProbabilities[2] == Lexicon.builtin.maxLogProbabilities[2])
  }

  @Test func sparseRootTableMatchesTheSearch() {
    let words = ["京彩暖冬", "纪念", "蒋文云", "中国", "龟"].map { ($0.unicodeScalars.map(\.value), UInt32(1 << 4 | 1)) }
    let trie = PackedTrie(bytes: PackedTrie.pack(words, denseRoot: false), denseRoot: false)
    let (lo, hi) = (trie.firstChild(0), trie.firstChild(1))
    for d in 0..<PackedTrie.scalarCount {
      let c = PackedTrie.firstScalar + UInt32(d)
      #expect(trie.child(0, c) == trie.find(c, in: lo..<hi, first: trie.label(lo), last: trie.label(hi - 1)))
    }
    #expect(trie.child(0, 0x20BB7) == -1 && trie.child(0, 0x41) == -1)
    #expect(trie.node("京彩暖冬".unicodeScalars.map(\.value)) >= 0 && trie.node([0x4EAC, 0x5F69, 0x6696]) >= 0)
  }

  @Test func configuredLexiconIsBuiltOnceWithTheSameWords() throws {
    let data = try RuleData.builtin()
    let lexicon = Lexicon.configured(for: data)
    let words = Lexicon.ConfigurationWords(data)
    let stepwise = Lexicon.builtin.adding(words.names, kinds: .person).adding(words.added).removing(words.removed)
    #expect(lexicon.overlayWords == stepwise.overlayWords && !lexicon.overlayWords.isEmpty)
    #expect(lexicon.pairIndex === Lexicon.builtin.pairIndex)
  }
}
