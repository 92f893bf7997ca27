import Foundation

/// The words copydesk knows, with frequencies for segmentation: the embedded table (jieba's dictionary with
/// frequency ≥ 5, today's news words, person and place names) plus what a configuration adds — the house word
/// lists' correct terms, the register's names — minus what it removes (the lists' misspellings, which must never
/// count as words: `记念` is in jieba but the house writes 纪念).
///
/// Immutable and shared: one per configuration, built once; documents share its segmentation through
/// `WordSegmentation.of(_:lexicon:)`.
public final class Lexicon: Sendable {
  let tables: [WordTable]
  let removed: Set<[UInt8]>
  /// log of the total frequency: a word's log-probability is log(frequency) − logTotal (jieba's model).
  let logTotal: Double
  /// Unique per instance, for the per-document cache key.
  let key: String

  public struct Entry: Sendable, Equatable {
    public var frequency: Int
    public var kinds: LexiconSource.Kinds
  }

  init(tables: [WordTable], removed: Set<[UInt8]>, logTotal: Double) {
    self.tables = tables
    self.removed = removed
    self.logTotal = logTotal
    self.key = "copydesk.segmentation.\(Lexicon.nextSerial())"
  }

  private static let serialLock = NSLock()
  nonisolated(unsafe) private static var serial = 0
  private static func nextSerial() -> Int {
    serialLock.lock()
    defer { serialLock.unlock() }
    serial += 1
    return serial
  }

  /// jieba's total frequency (60,101,967), kept fixed so that added words do not shift every probability.
  static let jiebaLogTotal = log(60_101_967.0)

  private static let builtinResult: Result<Lexicon, LexiconSource.Error> = {
    do throws(LexiconSource.Error) {
      let table = try WordTable(bytes: bytes(EmbeddedLexicon.table), name: "embedded lexicon table")
      return .success(Lexicon(tables: [table], removed: [], logTotal: jiebaLogTotal))
    } catch {
      return .failure(error)
    }
  }()

  /// The embedded lexicon, loaded on first use (about a millisecond: one pass over the table's lines).
  public static func builtin() throws(LexiconSource.Error) -> Lexicon { try builtinResult.get() }

  static func bytes(_ s: StaticString) -> [UInt8] {
    s.withUTF8Buffer { Array($0) }
  }

  /// A lexicon from table text (`WORD<TAB>FREQUENCY<TAB>KINDS` lines sorted by UTF-8 bytes); errors name `file:line`.
  public static func load(table: String, name: String) throws(LexiconSource.Error) -> Lexicon {
    let bytes = Array(table.utf8)
    let t = try WordTable(bytes: bytes, name: name)
    for k in 1..<max(1, t.count) {
      let a = t.word(k - 1)
      let b = t.word(k)
      guard Array(a.utf8).lexicographicallyPrecedes(Array(b.utf8)) else {
        throw LexiconSource.Error(file: name, line: k + 1, message: "'\(b)' is out of order after '\(a)'")
      }
    }
    return Lexicon(tables: [t], removed: [], logTotal: jiebaLogTotal)
  }

  /// This lexicon with more words (a house list's terms, the register's names). A word already present keeps the
  /// higher frequency and gains the kind.
  public func adding(_ words: [String], frequency: Int = 100, kinds: LexiconSource.Kinds = .word) -> Lexicon {
    var entries: [String: (frequency: Int, kinds: LexiconSource.Kinds)] = [:]
    for w in words where w.unicodeScalars.allSatisfy({ CharClass.isHan($0.value) }) && !w.isEmpty {
      entries[w] = (frequency, kinds)
    }
    guard !entries.isEmpty else { return self }
    return Lexicon(tables: tables + [WordTable(entries: entries)], removed: removed, logTotal: logTotal)
  }

  /// This lexicon without these words (a house list's misspellings).
  public func removing(_ words: [String]) -> Lexicon {
    Lexicon(tables: tables, removed: removed.union(words.map { Array($0.utf8) }), logTotal: logTotal)
  }

  /// The entry for a word, merged over the tables.
  public func entry(_ word: String) -> Entry? {
    let w = Array(word.utf8)
    if removed.contains(w) { return nil }
    var out: Entry?
    for t in tables {
      guard let k = t.find(w) else { continue }
      let e = t.entry(k)
      out = Entry(frequency: max(out?.frequency ?? 0, e.frequency), kinds: (out?.kinds ?? []).union(e.kinds))
    }
    return out
  }

  public func contains(_ word: String) -> Bool { entry(word) != nil }

  /// Log-probability of a word of this frequency (an unknown character counts as frequency 1, as in jieba).
  @inline(__always)
  func logProbability(_ frequency: Int) -> Double { log(Double(max(1, frequency))) - logTotal }

  /// The words that start at scalar `k` of `run`: (end scalar index, entry), shortest first. Walks every table one
  /// character at a time and stops when no entry has the prefix.
  func words(startingAt k: Int, in run: HanRun, limit: Int = WordTable.maxWordLength) -> [(end: Int, entry: Entry)] {
    var ranges = tables.map { 0..<$0.count }
    var out: [(Int, Entry)] = []
    var depth = 0
    var j = k
    let stop = min(run.count, k + limit)
    run.bytes.withUnsafeBufferPointer { buf in
      while j < stop {
        let a = run.offsets[j]
        let b = run.offsets[j + 1]
        let next = UnsafeBufferPointer(rebasing: buf[a..<b])
        var any = false
        var found: Entry?
        for t in 0..<tables.count where !ranges[t].isEmpty {
          ranges[t] =
            depth == 0 ? tables[t].first(run.scalars[j]) : tables[t].narrow(ranges[t], depth: depth, next: next)
          if ranges[t].isEmpty { continue }
          any = true
          if let e = tables[t].exact(ranges[t], length: depth + (b - a)) {
            let x = tables[t].entry(e)
            found = Entry(
              frequency: max(found?.frequency ?? 0, x.frequency), kinds: (found?.kinds ?? []).union(x.kinds))
          }
        }
        depth += b - a
        j += 1
        if let f = found, removed.isEmpty || !removed.contains(Array(buf[run.offsets[k]..<b])) {
          out.append((j, f))
        }
        if !any { break }
      }
    }
    return out
  }

  /// The words over scalars `a..<end` of `run` (a ≤ i < end ≤ maxEnd) that match the text except at `i`, where
  /// they have one of `candidates` instead: `visit(end, candidate index, entry)`. The prefix `a..<i` is narrowed
  /// once, then each candidate, then the text after `i` one character at a time, so a candidate no word continues
  /// costs one binary search and nothing is allocated.
  func substitutions(
    in run: HanRun, at i: Int, from a: Int, maxEnd: Int, candidates: [Confusables.Candidate],
    visit: (Int, Int, Entry) -> Void
  ) {
    run.bytes.withUnsafeBufferPointer { buf in
      for table in tables {
        var r1 = a < i ? table.first(run.scalars[a]) : 0..<table.count
        var depth = a < i ? run.offsets[a + 1] - run.offsets[a] : 0
        for k in (a + 1)..<max(a + 1, i) where !r1.isEmpty {
          let next = UnsafeBufferPointer(rebasing: buf[run.offsets[k]..<run.offsets[k + 1]])
          r1 = table.narrow(r1, depth: depth, next: next)
          depth += next.count
        }
        guard !r1.isEmpty else { continue }
        for (ci, cand) in candidates.enumerated() {
          var r =
            a == i
            ? table.first(cand.scalar) : cand.bytes.withUnsafeBufferPointer { table.narrow(r1, depth: depth, next: $0) }
          var d = depth + cand.bytes.count
          var j = i + 1
          while !r.isEmpty {
            if j - a >= 2, let e = table.exact(r, length: d) {
              let x = table.entry(e)
              if removed.isEmpty || !removed.contains(Array(table.word(e).utf8)) {
                visit(j, ci, Entry(frequency: x.frequency, kinds: x.kinds))
              }
            }
            guard j < maxEnd else { break }
            let next = UnsafeBufferPointer(rebasing: buf[run.offsets[j]..<run.offsets[j + 1]])
            r = table.narrow(r, depth: d, next: next)
            d += next.count
            j += 1
          }
        }
      }
    }
  }
}
