import Foundation

/// A run of Han characters in the prose of a page, with its words. Latin words, numbers, punctuation, masked text
/// (URLs, code) and non-prose zones (bylines, credits) end a run: they are word boundaries by themselves.
public struct HanRun: Sendable {
  /// Byte offset of the run in the document.
  public let start: Int
  let bytes: [UInt8]
  public let scalars: [UInt32]
  /// Byte offset of each scalar relative to `start`, plus the end.
  let offsets: [Int]
  /// Token boundaries as scalar indices: 0, …, count.
  public internal(set) var bounds: [Int] = []
  /// The lexicon entry of each token (nil: a character the lexicon does not know).
  public internal(set) var entries: [Lexicon.Entry?] = []

  public var count: Int { scalars.count }

  /// Document byte offset of scalar `k` (or of the run's end for k == count).
  public func byteOffset(_ k: Int) -> Int { start + offsets[k] }

  /// The text of scalars `a..<b`.
  public func text(_ a: Int, _ b: Int) -> String {
    String(decoding: bytes[offsets[a]..<offsets[b]], as: UTF8.self)
  }

  init(document bytes: [UInt8], range: Range<Int>) {
    start = range.lowerBound
    self.bytes = Array(bytes[range])
    var scalars: [UInt32] = []
    var offsets: [Int] = []
    self.bytes.withUnsafeBufferPointer { buf in
      var i = 0
      while i < buf.count {
        let (u, n) = UTF8Scan.decode(buf, at: i)
        scalars.append(u)
        offsets.append(i)
        i += n
      }
      offsets.append(i)
    }
    self.scalars = scalars
    self.offsets = offsets
  }

  /// Index of the token holding scalar `k`.
  public func token(at k: Int) -> Int {
    var lo = 0
    var hi = bounds.count - 1
    while lo + 1 < hi {
      let mid = (lo + hi) / 2
      if bounds[mid] <= k { lo = mid } else { hi = mid }
    }
    return lo
  }

  /// Scalars `bounds[t]..<bounds[t+1]` of token `t`.
  public func tokenRange(_ t: Int) -> Range<Int> { bounds[t]..<bounds[t + 1] }
}

/// A dictionary-based word segmentation of a document's prose: jieba's maximum-probability path over the lexicon
/// (each word scores log(frequency) − log(total); the best path through the graph of all dictionary words is found
/// right to left, linear in the text with words of at most 16 characters). Computed once per document and lexicon.
///
/// `总书记念兹在兹` → 总书记|念兹在兹, so a list entry `记念` inside it is across a word boundary;
/// `深入入推进` → 深入|入|推进, the stray 入 a single character after a word.
public struct WordSegmentation: Sendable {
  public let runs: [HanRun]

  /// The segmentation of `document` under `lexicon`, computed on first use and kept with the document.
  public static func of(_ document: Document, lexicon: Lexicon) -> WordSegmentation {
    document.derived.value(lexicon.key) { WordSegmentation(document, lexicon: lexicon) }
  }

  public init(_ doc: Document, lexicon: Lexicon) {
    var runs: [HanRun] = []
    let bytes = doc.bytes
    for block in doc.blocks
    where block.kind == .headline || block.kind == .lead || block.kind == .body || block.kind == .caption {
      var i = block.range.lowerBound
      var runStart: Int?
      bytes.withUnsafeBufferPointer { buf in
        while i < block.range.upperBound {
          let (u, n) = UTF8Scan.decode(buf, at: i)
          let inRun = CharClass.isHan(u) && doc.zones[i].isProse && doc.masks[i] == .none
          if inRun {
            if runStart == nil { runStart = i }
          } else if let s = runStart {
            runs.append(HanRun(document: bytes, range: s..<i))
            runStart = nil
          }
          i += n
        }
      }
      if let s = runStart { runs.append(HanRun(document: bytes, range: s..<block.range.upperBound)) }
    }
    for k in runs.indices { Self.segment(&runs[k], lexicon: lexicon) }
    self.runs = runs
  }

  /// Fills `bounds` and `entries` of a run with the maximum-probability path.
  static func segment(_ run: inout HanRun, lexicon: Lexicon) {
    let n = run.count
    var best = [Double](repeating: 0, count: n + 1)
    var next = [Int](repeating: 0, count: n + 1)
    var entryAt = [Lexicon.Entry?](repeating: nil, count: n + 1)
    for k in stride(from: n - 1, through: 0, by: -1) {
      // A single character is always a path, scored by its own entry or as frequency 1 when unknown.
      var bestScore = -Double.infinity
      var bestEnd = k + 1
      var bestEntry: Lexicon.Entry?
      var single: Lexicon.Entry?
      for (end, entry) in lexicon.words(startingAt: k, in: run) {
        if end == k + 1 { single = entry }
        let score = lexicon.logProbability(entry.frequency) + best[end]
        if score >= bestScore {
          (bestScore, bestEnd, bestEntry) = (score, end, entry)
        }
      }
      if single == nil {
        let score = lexicon.logProbability(1) + best[k + 1]
        if score > bestScore { (bestScore, bestEnd, bestEntry) = (score, k + 1, nil) }
      }
      best[k] = bestScore
      next[k] = bestEnd
      entryAt[k] = bestEntry
    }
    var bounds = [0]
    var entries: [Lexicon.Entry?] = []
    var k = 0
    while k < n {
      entries.append(entryAt[k])
      k = next[k]
      bounds.append(k)
    }
    run.bounds = bounds
    run.entries = entries
  }

  /// The run holding byte `offset`, if any.
  public func run(containing offset: Int) -> Int? {
    var lo = 0
    var hi = runs.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if runs[mid].byteOffset(runs[mid].count) <= offset { lo = mid + 1 } else { hi = mid }
    }
    guard lo < runs.count, runs[lo].start <= offset else { return nil }
    return lo
  }

  /// Whether a word may start or end at byte `offset`: false only strictly inside a word of two or more characters
  /// (inside 总书记 or 念兹在兹, but not between two characters the lexicon does not join).
  public func isBoundary(_ offset: Int) -> Bool {
    guard let r = run(containing: offset) else { return true }
    let run = runs[r]
    guard let k = run.offsets.firstIndex(of: offset - run.start) else { return true }
    let t = run.token(at: min(k, run.count - 1))
    return run.bounds[t] == k || k == run.count
  }

  /// Every token as a byte range with its entry (for tests and the outline of a sentence).
  public func tokens() -> [(range: Range<Int>, entry: Lexicon.Entry?)] {
    runs.flatMap { run in
      (0..<run.entries.count).map { t in
        (run.byteOffset(run.bounds[t])..<run.byteOffset(run.bounds[t + 1]), run.entries[t])
      }
    }
  }
}
