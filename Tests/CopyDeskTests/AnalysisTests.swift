import Foundation
import Testing

@testable import CopyDesk

/// A test analysis that counts how often it is computed. Keys are equal when their `id`s are; each key carries its
/// own counter, so tests running in parallel do not share counts.
struct CountingKey: AnalysisKey {
  final class Result: Sendable {
    let articles: Int
    init(articles: Int) { self.articles = articles }
  }

  let id: Int
  let computed: Locked<Int>
  /// How long a computation takes, so that concurrent askers really overlap.
  var delay: useconds_t = 0

  func compute(_ doc: Document) -> Result {
    computed.withLock { $0 += 1 }
    if delay > 0 { usleep(delay) }
    // An analysis may ask for another while it is computed.
    return Result(articles: doc.analysis(ArticleIndex.self).articles.count)
  }

  static func == (a: Self, b: Self) -> Bool { a.id == b.id }
  func hash(into h: inout Hasher) { h.combine(id) }
}

@Suite struct DocumentAnalysisTests {
  let page = "全国总工会开展送温暖活动\n\n本报讯（记者 张晶）近日，全国总工会赴各地开展送温暖活动。\n"

  @Test func computedOnceAndKeptWithTheDocument() {
    let doc = Document(text: page)
    let count = Locked(0)
    let first = doc.analysis(CountingKey(id: 1, computed: count))
    let second = doc.analysis(CountingKey(id: 1, computed: count))
    #expect(first === second)
    #expect(count.withLock { $0 } == 1)
    #expect(first.articles == doc.articles.count && first.articles == 1)
    // Another document computes its own.
    let other = Document(text: page)
    #expect(other.analysis(CountingKey(id: 1, computed: count)) !== first)
    #expect(count.withLock { $0 } == 2)
  }

  @Test func keysSayWhichAnalysis() {
    let doc = Document(text: page)
    let count = Locked(0)
    let a = doc.analysis(CountingKey(id: 1, computed: count))
    let b = doc.analysis(CountingKey(id: 2, computed: count))
    #expect(a !== b)
    #expect(doc.analysis(CountingKey(id: 2, computed: count)) === b)
    #expect(count.withLock { $0 } == 2)
  }

  /// Many tasks asking at once for the same analysis of one document get one instance, computed once; two other
  /// analyses asked for at the same time are computed once each.
  @Test func concurrentAskersShareOneComputation() async {
    let doc = Document(text: page)
    let counts = [Locked(0), Locked(0), Locked(0)]
    let ids = await withTaskGroup(of: (Int, ObjectIdentifier).self) { group in
      for k in 0..<96 {
        let which = k % 3
        group.addTask {
          let r = doc.analysis(CountingKey(id: 100 + which, computed: counts[which], delay: 20_000))
          return (which, ObjectIdentifier(r))
        }
      }
      var seen: [Int: Set<ObjectIdentifier>] = [:]
      for await (which, id) in group { seen[which, default: []].insert(id) }
      return seen
    }
    #expect(ids.count == 3)
    #expect(ids.values.allSatisfy { $0.count == 1 })
    #expect(Set(ids.values.flatMap { $0 }).count == 3)
    #expect(counts.map { $0.withLock { $0 } } == [1, 1, 1])
  }

  /// The same from threads (the linter's `concurrentMap`), for the engine's own analyses: every thread sees the
  /// one punctuation index of the document.
  @Test func threadsShareTheEngineAnalyses() {
    let doc = Document(text: String(repeating: page, count: 50))
    let seen = Array(0..<64).concurrentMap { _ in doc.analysis(PunctIndex.self).offsets }
    #expect(Set(seen).count == 1)
    #expect(seen[0] == PunctIndex(doc).offsets)
  }

  /// The lists split out of the punctuation index: 、, ，等, runs of 点号, quotes and brackets, by byte offset.
  @Test func punctuationListsOfTheIndex() {
    let text = "苹果、香蕉，等水果。。他说：“好（注）”·"
    let doc = Document(text: text)
    let index = doc.analysis(PunctIndex.self)
    func offsets(_ events: [Int]) -> [Int] { events.map { index.offsets[$0] } }
    func offset(_ s: String) -> Int { text.utf8.count - text[text.range(of: s)!.lowerBound...].utf8.count }
    let pauses = doc.analysis(PauseMarks.self)
    #expect(offsets(pauses.dunhao) == [offset("、")])
    #expect(offsets(pauses.commaBeforeDeng) == [offset("，等")])
    #expect(offsets(pauses.runs) == [offset("。。")])
    let paired = doc.analysis(PairedMarks.self)
    #expect(offsets(paired.quotes) == [offset("“"), offset("”")])
    #expect(offsets(paired.brackets) == [offset("（"), offset("）")])
    #expect(paired.paragraphQuotes == [0..<2] && paired.paragraphBrackets == [0..<2])
    // The common marks of Chinese copy are not rare; the interpunct is.
    #expect(offsets(index.rare) == [offset("·")])
  }
}

/// Serialized: the bound test fills the cache, which would evict the other test's lexicon between its two lookups.
@Suite(.serialized) struct NameLexiconCacheTests {
  /// The built-in data plus a names file of one extra entry: different data, so a different lexicon.
  static func data(notName: String) throws -> RuleData {
    var data = try RuleData.builtin()
    data.files.append(
      try DataFile.parse(name: "extra.txt", text: "@rule news-org-abbrev\n@section notnames\n\(notName)\n"))
    return data
  }

  @Test func equalDataShareALexiconAndDifferentDataDoNot() throws {
    let a1 = try NameLexiconCache.lexicon(for: Self.data(notName: "张贴栏"))
    let a2 = try NameLexiconCache.lexicon(for: Self.data(notName: "张贴栏"))  // built again: equal, not identical
    let b = try NameLexiconCache.lexicon(for: Self.data(notName: "王府井"))
    #expect(a1 === a2)
    #expect(a1 !== b)
    #expect(a1.notNames.contains("张贴栏") && !a1.notNames.contains("王府井"))
    #expect(b.notNames.contains("王府井") && !b.notNames.contains("张贴栏"))
    #expect(try NameLexiconCache.Key(Self.data(notName: "张贴栏")) != NameLexiconCache.Key(Self.data(notName: "王府井")))
  }

  /// The cache keeps the last few data sets: after as many others, a lexicon is built again.
  @Test func boundedToTheLastFewDataSets() throws {
    let first = try NameLexiconCache.lexicon(for: Self.data(notName: "甲乙丙"))
    for k in 0..<NameLexiconCache.capacity {
      let other = "丁戊" + String(Character(Unicode.Scalar(UInt32(0x4E00 + k))!))
      _ = try NameLexiconCache.lexicon(for: Self.data(notName: other))
      #expect(NameLexiconCache.count <= NameLexiconCache.capacity)
    }
    #expect(try NameLexiconCache.lexicon(for: Self.data(notName: "甲乙丙")) !== first)
  }
}

@Suite struct ConcurrencyTests {
  /// Results come back in the order of the elements, whatever order they finish in.
  @Test func concurrentMapKeepsOrder() {
    let input = Array(0..<200)
    let out = input.concurrentMap { k -> String in
      if k % 7 == 0 { usleep(2000) }  // early elements finish late
      return "\(k * k)"
    }
    #expect(out == input.map { "\($0 * $0)" })
    #expect([Int]().concurrentMap { $0 + 1 } == [])
    #expect([41].concurrentMap { $0 + 1 } == [42])
  }

  @Test func concurrentMapRunsEveryElementOnce() {
    let calls = Locked([Int: Int]())
    _ = Array(0..<500).concurrentMap { k in calls.withLock { $0[k, default: 0] += 1 } }
    #expect(calls.withLock { $0 } == Dictionary(uniqueKeysWithValues: (0..<500).map { ($0, 1) }))
  }

  @Test func lockedCountsExactlyUnderContention() {
    let total = Locked(0)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      for _ in 0..<10_000 { total.withLock { $0 += 1 } }
    }
    #expect(total.withLock { $0 } == 80_000)
  }
}
