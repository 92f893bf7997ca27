import Foundation

/// A dictionary-based word segmentation of a document's prose: jieba's maximum-probability path over the lexicon
/// (each word scores log(frequency) − log(total); the best path through the graph of all dictionary words is found
/// right to left, linear in the text with words of at most 16 characters). Computed once per document and lexicon.
///
/// `总书记念兹在兹` → 总书记|念兹在兹, so a list entry `记念` inside it is across a word boundary;
/// `深入入推进` → 深入|入|推进, the stray 入 a single character after a word.
///
/// The text is cut into runs of Han characters in prose: Latin words, numbers, punctuation, masked text (URLs,
/// code) and non-prose zones (bylines, credits) end a run, being word boundaries by themselves. Everything is kept
/// in flat arrays over the document's run characters, runs one after another, indexed by "scalar index" `k`:
/// per character its scalar, byte offset and token; per token its first character, word and log-probability.
public final class WordSegmentation: Sendable {
  /// One run of Han prose: its characters `scalars` (indices into the flat arrays) and its bytes in the document.
  public struct Run: Sendable, Equatable {
    public let scalars: Range<Int>
    public let bytes: Range<Int>
  }

  public let runs: [Run]
  /// Per character: its scalar value and its document byte offset.
  public let scalars: [UInt32]
  let offsets: [Int32]
  /// Per character: the token holding it.
  let tokenOf: [Int32]
  /// Per token: its first character; one more entry for the end. Tokens of a run follow each other and runs too,
  /// so token `t` is `tokenStarts[t]..<tokenStarts[t + 1]`.
  let tokenStarts: [Int32]
  /// Per token: its lexicon word (`.none` for a character the lexicon does not know).
  let tokenWords: [PackedWord]
  /// Per character: `startsToken`, `loneToken` (a token of one character), `inName` (a token the lexicon knows
  /// only as a person or place name) — asked for every character and window of the typo checks.
  let flags: [UInt8]
  static let startsToken: UInt8 = 1
  static let loneToken: UInt8 = 2
  static let inName: UInt8 = 4
  /// Per token: the sum of the tokens' log-probabilities before it (one more for the end), so that the score of a
  /// stretch of tokens is one subtraction.
  let scoreBefore: [Double]
  let documentBytes: [UInt8]

  /// The segmentation of `document` under `lexicon`, computed on first use and kept with the document.
  public static func of(_ document: Document, lexicon: Lexicon) -> WordSegmentation {
    document.analysis(SegmentationKey(lexicon: lexicon))
  }

  /// The analysis key: the lexicon, by identity (one lexicon per configuration, held while the document lives).
  struct SegmentationKey: AnalysisKey {
    let lexicon: Lexicon
    static func == (a: Self, b: Self) -> Bool { a.lexicon === b.lexicon }
    func hash(into h: inout Hasher) { h.combine(ObjectIdentifier(lexicon)) }
    func compute(_ doc: Document) -> WordSegmentation { WordSegmentation(doc, lexicon: lexicon) }
  }

  public init(_ doc: Document, lexicon: Lexicon) {
    var runs: [Run] = []
    var scalars: [UInt32] = []
    var offsets: [Int32] = []
    let bytes = doc.bytes
    // Offsets are kept in 32 bits; a document of 2 GB or more is not segmented (no rule could use it anyway).
    let blocks = bytes.count < Int(Int32.max) ? doc.blocks : []
    bytes.withUnsafeBufferPointer { buf in
      for block in blocks
      where block.kind == .headline || block.kind == .lead || block.kind == .body || block.kind == .caption {
        var i = block.range.lowerBound
        var runStart = -1
        while i < block.range.upperBound {
          let (u, n) = UTF8Scan.decode(buf, at: i)
          if CharClass.isHan(u) && doc.zones[i].isProse && doc.masks[i] == .none {
            if runStart < 0 { runStart = scalars.count }
            scalars.append(u)
            offsets.append(Int32(i))
          } else if runStart >= 0 {
            runs.append(Run(scalars: runStart..<scalars.count, bytes: Int(offsets[runStart])..<i))
            runStart = -1
          }
          i += n
        }
        if runStart >= 0 {
          runs.append(Run(scalars: runStart..<scalars.count, bytes: Int(offsets[runStart])..<block.range.upperBound))
        }
      }
    }
    let n = scalars.count
    var tokenOf = [Int32](repeating: 0, count: n)
    var tokenStarts: [Int32] = []
    var tokenWords: [PackedWord] = []
    tokenStarts.reserveCapacity(n + 1)
    tokenWords.reserveCapacity(n)
    // Right to left: best[k] is the best score of scalars k..<run end, next[k] where its first word ends.
    let best = UnsafeMutableBufferPointer<Double>.allocate(capacity: n + 1)
    let next = UnsafeMutableBufferPointer<Int32>.allocate(capacity: n + 1)
    let wordAt = UnsafeMutableBufferPointer<PackedWord>.allocate(capacity: n + 1)
    best.initialize(repeating: 0)
    next.initialize(repeating: 0)
    wordAt.initialize(repeating: .none)
    defer {
      best.deallocate()
      next.deallocate()
      wordAt.deallocate()
    }
    var logProbability = LogProbabilities(lexicon)
    let unknown = lexicon.logProbability(1)
    let index = runs.isEmpty ? nil : lexicon.pairIndex.index
    scalars.withUnsafeBufferPointer { s in
      for run in runs {
        let end = run.scalars.upperBound
        best[end] = 0
        for k in run.scalars.reversed() {
          // A single character is always a path, scored by its own entry or as frequency 1 when unknown.
          var bestScore = -Double.infinity
          var bestEnd = k + 1
          var bestWord = PackedWord.none
          var single = false
          var c = lexicon.root
          var j = k
          let stop = min(end, k + PackedTrie.maxWordLength)
          while j < stop {
            c = j == k + 1 ? lexicon.step(c, second: s[j], after: s[k], index!) : lexicon.step(c, s[j])
            if c.isDead { break }
            j += 1
            let w = lexicon.word(c)
            guard w.exists else { continue }
            if j == k + 1 { single = true }
            let score = logProbability(w.frequency) + best[j]
            if score >= bestScore { (bestScore, bestEnd, bestWord) = (score, j, w) }
          }
          if !single, unknown + best[k + 1] > bestScore {
            (bestScore, bestEnd, bestWord) = (unknown + best[k + 1], k + 1, .none)
          }
          best[k] = bestScore
          next[k] = Int32(bestEnd)
          wordAt[k] = bestWord
        }
        var k = run.scalars.lowerBound
        while k < end {
          let t = Int32(tokenStarts.count)
          tokenStarts.append(Int32(k))
          tokenWords.append(wordAt[k])
          let e = Int(next[k])
          for x in k..<e { tokenOf[x] = t }
          k = e
        }
      }
    }
    tokenStarts.append(Int32(n))
    var scoreBefore = [Double](repeating: 0, count: tokenWords.count + 1)
    for (t, w) in tokenWords.enumerated() {
      scoreBefore[t + 1] = scoreBefore[t] + (w.exists ? logProbability(w.frequency) : unknown)
    }
    var flags = [UInt8](repeating: 0, count: n)
    for t in tokenWords.indices {
      let (a, b) = (Int(tokenStarts[t]), Int(tokenStarts[t + 1]))
      let kinds = tokenWords[t].kinds
      let named = !kinds.isDisjoint(with: [.person, .place]) && !kinds.contains(.word)
      let f = (b - a == 1 ? Self.loneToken : 0) | (named ? Self.inName : 0)
      for k in a..<b { flags[k] = f }
      flags[a] |= Self.startsToken
    }
    self.flags = flags
    self.runs = runs
    self.scalars = scalars
    self.offsets = offsets
    self.tokenOf = tokenOf
    self.tokenStarts = tokenStarts
    self.tokenWords = tokenWords
    self.scoreBefore = scoreBefore
    self.documentBytes = bytes
  }

  /// Document byte offset of character `k`; for the end of a run (k == run.scalars.upperBound) the run's end.
  @inline(__always)
  public func byteOffset(_ k: Int, in run: Run) -> Int {
    k == run.scalars.upperBound ? run.bytes.upperBound : Int(offsets[k])
  }

  /// The text of characters `a..<b` of `run`.
  public func text(_ a: Int, _ b: Int, in run: Run) -> String {
    String(decoding: documentBytes[byteOffset(a, in: run)..<byteOffset(b, in: run)], as: UTF8.self)
  }

  /// The token holding character `k`.
  @inline(__always)
  public func token(at k: Int) -> Int { Int(tokenOf[k]) }

  /// Characters of token `t`.
  @inline(__always)
  public func tokenRange(_ t: Int) -> Range<Int> { Int(tokenStarts[t])..<Int(tokenStarts[t + 1]) }

  /// Whether a token starts at character `k` (true at the end of every run).
  @inline(__always)
  func isTokenStart(_ k: Int) -> Bool { k == scalars.count || flags[k] & Self.startsToken != 0 }

  @inline(__always)
  func isLone(_ k: Int) -> Bool { flags[k] & Self.loneToken != 0 }

  @inline(__always)
  func isNamed(_ k: Int) -> Bool { flags[k] & Self.inName != 0 }

  /// The sum of the log-probabilities of the tokens over characters `a..<b` (from a's token to b−1's).
  @inline(__always)
  func score(_ a: Int, _ b: Int) -> Double { scoreBefore[Int(tokenOf[b - 1]) + 1] - scoreBefore[Int(tokenOf[a])] }

  /// The run holding byte `offset`, if any.
  public func run(containing offset: Int) -> Int? {
    var lo = 0
    var hi = runs.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if runs[mid].bytes.upperBound <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo < runs.count, runs[lo].bytes.lowerBound <= offset else { return nil }
    return lo
  }

  /// Whether a word may start or end at byte `offset`: false only strictly inside a word of two or more characters
  /// (inside 总书记 or 念兹在兹, but not between two characters the lexicon does not join).
  public func isBoundary(_ offset: Int) -> Bool {
    guard let (_, k) = character(at: offset) else { return true }
    return isTokenStart(k)
  }

  /// The run and the index of the character that starts at byte `offset`, by binary search in its run (nil when no
  /// segmented character starts there).
  private func character(at offset: Int) -> (run: Run, index: Int)? {
    guard let r = run(containing: offset) else { return nil }
    let run = runs[r]
    var lo = run.scalars.lowerBound
    var hi = run.scalars.upperBound
    while lo < hi {
      let mid = (lo + hi) / 2
      if Int(offsets[mid]) < offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo < run.scalars.upperBound, Int(offsets[lo]) == offset else { return nil }
    return (run, lo)
  }

  /// The bytes of the token holding the character that starts at byte `offset` (nil outside the runs).
  public func tokenBytes(at offset: Int) -> Range<Int>? {
    guard let (run, k) = character(at: offset) else { return nil }
    let t = tokenRange(token(at: k))
    return byteOffset(t.lowerBound, in: run)..<byteOffset(t.upperBound, in: run)
  }

  /// Every token as a byte range with its entry (for tests and the outline of a sentence).
  public func tokens() -> [(range: Range<Int>, entry: Lexicon.Entry?)] {
    var out: [(range: Range<Int>, entry: Lexicon.Entry?)] = []
    for run in runs {
      for t in token(at: run.scalars.lowerBound)...token(at: run.scalars.upperBound - 1) {
        let r = tokenRange(t)
        let w = tokenWords[t]
        out.append(
          (
            byteOffset(r.lowerBound, in: run)..<byteOffset(r.upperBound, in: run),
            w.exists ? Lexicon.Entry(frequency: w.frequency, kinds: w.kinds) : nil
          ))
      }
    }
    return out
  }

  /// Token boundaries of run `r` as character indices relative to the run (0, …, count).
  public func bounds(ofRun r: Int) -> [Int] {
    let run = runs[r]
    return run.scalars.filter { isTokenStart($0) }.map { $0 - run.scalars.lowerBound } + [run.scalars.count]
  }
}

/// The log-probabilities of the frequencies met, kept in a small table by frequency: a page repeats its words (的,
/// 发展, 工作), and each is scored at every place it could start. The values are the lexicon's own, computed once.
struct LogProbabilities {
  private var frequencies = [Int](repeating: -1, count: 1024)
  private var values = [Double](repeating: 0, count: 1024)
  private let lexicon: Lexicon

  init(_ lexicon: Lexicon) { self.lexicon = lexicon }

  @inline(__always)
  mutating func callAsFunction(_ frequency: Int) -> Double {
    let slot = frequency & 1023
    if frequencies[slot] == frequency { return values[slot] }
    let value = lexicon.logProbability(frequency)
    frequencies[slot] = frequency
    values[slot] = value
    return value
  }
}
