import Foundation

/// The current character's candidates marked by scalar (candidate index + 1; 0: none), so that a family of words
/// can be joined with them by looking each member up once. One per document, cleared after every character, with
/// the other buffers the check reuses from run to run.
public struct CandidateMarks {
  var slots = [UInt8](repeating: 0, count: PackedTrie.scalarCount)
  /// The current character's candidates, decoded once.
  var scalars = [UInt32](repeating: 0, count: 256)
  /// The pair index of the lexicon last checked, fetched once per document rather than once per run.
  var index: (of: PairIndex.Lazy, index: PairIndex)?
  /// The words a window's candidates make (`b << 8 | candidate`) and the windows of a character.
  var hits: [Int] = []
  var windows: [TypoDetector.WindowStart] = []
  public init() {}

  mutating func index(_ lazy: PairIndex.Lazy) -> PairIndex {
    if let index, index.of === lazy { return index.index }
    let built = lazy.index
    index = (lazy, built)
    return built
  }
}

extension TypoDetector {
  /// Minimum gain in log-probability for a correction: a 3- or 4-character word (an idiom: 再接再厉) against the
  /// pieces it replaces, and a two-character word, where chance matches are far more common.
  static let longGain = 8.0
  /// log-probability of the most frequent word (了, 883,634 of jieba's 60 million).
  static let bestLogProbability = log(883_634.0 / 60_101_967.0)
  static let shortGain = 10.0
  /// Slack for the bound that skips windows (`Lexicon.maxLogProbabilities`), so that rounding in a sum of logs can
  /// never skip a window whose best correction reaches the gain exactly.
  static let gainTolerance = 1e-9

  /// The best correction found so far for one character: its window `a..<b`, candidate and gain. Ties go to the
  /// earliest window, the likelier candidate (same sound first), the shorter word.
  struct Choice {
    var a: Int
    var b: Int
    var candidate: Int
    var gain: Double

    func isBeaten(by c: Choice) -> Bool {
      c.gain > gain || (c.gain == gain && (c.a, c.candidate, c.b) < (a, candidate, b))
    }
  }

  public func nonword(in seg: WordSegmentation, run r: Int) -> [TypoFinding] {
    var marks = CandidateMarks()
    return nonword(in: seg, run: r, marks: &marks)
  }

  /// `word-nonword-typo`: one character whose same-sound or same-shape substitute turns a non-word fragment into a
  /// word of the lexicon that fits the words on both sides (its edges are word boundaries of the text).
  /// Two-character corrections need more: the fragment is exactly two lone characters between words or
  /// punctuation, not opening with a surname (`按装` → `安装`; not `刘芳` → `流芳`, not `发改委` → `改为`).
  public func nonword(in seg: WordSegmentation, run r: Int, marks: inout CandidateMarks) -> [TypoFinding] {
    let run = seg.runs[r]
    let (lo, hi) = (run.scalars.lowerBound, run.scalars.upperBound)
    guard hi - lo >= 2 else { return [] }
    var best: [TypoFinding] = []
    let index = marks.index(lexicon.pairIndex)
    var hits: [Int] = []
    var windows: [WindowStart] = []
    swap(&hits, &marks.hits)
    swap(&windows, &marks.windows)
    defer {
      swap(&hits, &marks.hits)
      swap(&windows, &marks.windows)
    }
    let (base, overlay) = (lexicon.base, lexicon.overlay)
    let bestLogProbability = Self.bestLogProbability
    let maxLogProbabilities = lexicon.maxLogProbabilities
    seg.scalars.withUnsafeBufferPointer { s in
      seg.flags.withUnsafeBufferPointer { flags in
        marks.slots.withUnsafeMutableBufferPointer { slots in
          marks.scalars.withUnsafeMutableBufferPointer { scalars in
            for i in lo..<hi where !seg.isNamed(i) {
              // The shortest correction the tests below can accept: two characters only among lone ones
              // (`twoCharacterFragment`), four where the typo sits in a frequent word (`rewritesAWord`), else three.
              let shortest = seg.isLone(i) ? 2 : (rewritesAWord(at: i, length: 3, seg) ? 4 : 3)
              // The windows worth searching, found before the candidates are read: many characters have none.
              windows.removeAll(keepingCapacity: true)
              var needsMarks = false
              for a in max(lo, i - 3)...i where seg.isTokenStart(a) {
                // The longest window from `a` that ends on a boundary and holds no name.
                var maxEnd = i + 1
                while maxEnd < min(hi, a + 4) && !seg.isNamed(maxEnd) { maxEnd += 1 }
                if (a..<i).contains(where: seg.isNamed) { continue }
                // The gain can only be reached if some word is frequent enough: most windows are made of common words
                // (的|是, 推进|工作) that no correction could beat, and are never searched.
                var widest = maxEnd
                while widest > i + 1 && !seg.isTokenStart(widest) { widest -= 1 }
                guard seg.isTokenStart(widest), Self.longGain + seg.score(a, widest) <= bestLogProbability,
                  widest >= a + shortest
                else {
                  continue
                }
                // The ends a correction could reach the gain at, were it the likeliest word of its length: even 天安门
                // beats 的|发展 by 4.5, not 8, so no three characters there are searched.
                var (minEnd, lastEnd) = (-1, -1)
                for b in stride(from: max(i + 1, a + shortest), through: maxEnd, by: 1) where seg.isTokenStart(b) {
                  let required = b - a == 2 ? Self.shortGain : Self.longGain
                  if maxLogProbabilities[b - a] - seg.score(a, b) >= required - Self.gainTolerance {
                    if minEnd < 0 { minEnd = b }
                    lastEnd = b
                  }
                }
                if minEnd < 0 { continue }
                // Before the typo, the text must spell the start of some word in either trie.
                var w = WindowStart(
                  a: a, minEnd: minEnd, maxEnd: lastEnd, base: 0, overlay: overlay == nil ? -1 : 0)
                if a < i {
                  w.base = prefix(base, index, s, a, i)
                  if let overlay { w.overlay = prefix(overlay, nil, s, a, i) }
                  if w.base < 0 && w.overlay < 0 { continue }
                  needsMarks = true
                }
                windows.append(w)
              }
              if windows.isEmpty { continue }
              let candidates = confusables.candidates(for: s[i])
              guard !candidates.isEmpty else { continue }
              let count = min(candidates.count, 255)
              for ci in 0..<count { scalars[ci] = candidates.scalar(ci) }
              if needsMarks {
                for ci in 0..<count { slots[Int(scalars[ci] &- PackedTrie.firstScalar)] = UInt8(ci + 1) }
              }
              var top: Choice?
              for start in windows {
                let a = start.a
                let window = Window(
                  a: a, i: i, minEnd: start.minEnd, maxEnd: start.maxEnd, text: s,
                  candidates: UnsafeBufferPointer(rebasing: scalars[0..<count]), marks: slots, flags: flags)
                hits.removeAll(keepingCapacity: true)
                if start.base >= 0 { words(base, index: index, from: start.base, window, into: &hits) }
                if let overlay, start.overlay >= 0 {
                  words(overlay, index: nil, from: start.overlay, window, into: &hits)
                }
                for h in hits {
                  let (b, ci) = (h >> 8, h & 0xFF)
                  guard let gain = gain(Choice(a: a, b: b, candidate: ci, gain: 0), window, r, seg) else { continue }
                  let c = Choice(a: a, b: b, candidate: ci, gain: gain)
                  if top.map({ $0.isBeaten(by: c) }) ?? true { top = c }
                }
              }
              if needsMarks {
                for ci in 0..<count { slots[Int(scalars[ci] &- PackedTrie.firstScalar)] = 0 }
              }
              if let top {
                let cand = candidates[top.candidate].scalar
                var w = String.UnicodeScalarView()
                for k in top.a..<top.b { w.append(Unicode.Scalar(k == i ? cand : s[k])!) }
                best.append(
                  TypoFinding(
                    kind: .nonword, range: seg.byteOffset(i, in: run)..<seg.byteOffset(i + 1, in: run),
                    replacement: String(Unicode.Scalar(cand)!), word: String(w), score: top.gain,
                    span: seg.byteOffset(top.a, in: run)..<seg.byteOffset(top.b, in: run)))
              }
            }
          }
        }
      }
    }
    // Overlapping corrections: the most probable wins.
    var out: [TypoFinding] = []
    for f in best.sorted(by: { $0.score > $1.score }) where !out.contains(where: { $0.range.overlaps(f.range) }) {
      out.append(f)
    }
    return out.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }

  /// The text around a suspected typo at `i`: words start at `a` and end on a token boundary in `minEnd...maxEnd`.
  struct Window {
    let a: Int
    let i: Int
    let minEnd: Int
    let maxEnd: Int
    let text: UnsafeBufferPointer<UInt32>
    /// The candidates' scalars, in the order of the confusion set.
    let candidates: UnsafeBufferPointer<UInt32>
    let marks: UnsafeMutableBufferPointer<UInt8>
    /// The segmentation's flags (`WordSegmentation.flags`), read directly: a window is asked at every word it finds.
    let flags: UnsafeBufferPointer<UInt8>

    @inline(__always)
    func mark(_ u: UInt32) -> Int { Int(marks[Int(u &- PackedTrie.firstScalar)]) - 1 }

    @inline(__always)
    func isTokenStart(_ k: Int) -> Bool { k == flags.count || flags[k] & WordSegmentation.startsToken != 0 }
  }

  /// A window worth searching: its start, the ends a correction may have, and the node of its text before the typo
  /// in the embedded trie and in the configuration's (the root when it opens with the typo; −1: no word starts so).
  struct WindowStart {
    var a: Int
    var minEnd: Int
    var maxEnd: Int
    var base: Int
    var overlay: Int
  }

  /// The node of `text[a..<i]` in `trie` (the first two characters by the pair index where there is one), or −1.
  @inline(__always)
  func prefix(_ trie: PackedTrie, _ index: PairIndex?, _ text: UnsafeBufferPointer<UInt32>, _ a: Int, _ i: Int) -> Int {
    var p = 0
    var k = a
    if let index, i - a >= 2 {
      p = index.node(text[a], text[a + 1])
      k += 2
    }
    while k < i && p >= 0 {
      p = trie.child(p, text[k])
      k += 1
    }
    return p
  }

  /// Appends `b << 8 | candidate` for every word `a..<b` of `trie` (minEnd ≤ b ≤ maxEnd, b on a token boundary)
  /// spelled by the text with a candidate at `i` (at most 255 candidates a character); `p` is the node of the text
  /// before `i`. Where a family of words is smaller than the candidates (most families below the first character:
  /// 推进 推动 推广 after 推), its members are looked up among the marks; else each candidate in it. A two-character
  /// prefix with the candidate (安 before 装, 大 before 厦) is found by the pair `index` of the embedded trie, without
  /// searching a family of hundreds.
  @inline(__always)
  func words(_ trie: PackedTrie, index: PairIndex?, from p: Int, _ w: Window, into hits: inout [Int]) {
    func follow(_ node: Int, _ ci: Int, _ from: Int) {
      var n = node
      var b = from
      while true {
        if b >= w.minEnd && trie.value(n) != 0 && w.isTokenStart(b) { hits.append(b << 8 | ci) }
        if b >= w.maxEnd { return }
        n = trie.child(n, w.text[b])
        if n < 0 { return }
        b += 1
      }
    }
    if w.a < w.i {
      let (first, end) = (trie.firstChild(p), trie.firstChild(p + 1))
      if end - first <= 2 * w.candidates.count {
        for k in first..<end {
          let ci = w.mark(trie.label(k))
          if ci >= 0 { follow(k, ci, w.i + 1) }
        }
      } else if let index, w.i - w.a == 1 {
        let x = w.text[w.a]
        for (ci, c) in w.candidates.enumerated() {
          let k = index.node(x, c)
          if k >= 0 { follow(k, ci, w.i + 1) }
        }
      } else {
        let (firstLabel, lastLabel) = (trie.label(first), trie.label(end - 1))
        for (ci, c) in w.candidates.enumerated() {
          let k = trie.find(c, in: first..<end, first: firstLabel, last: lastLabel)
          if k >= 0 { follow(k, ci, w.i + 1) }
        }
      }
      return
    }
    // The window opens with the typo: a word needs the next character too (安 for 按 before 装).
    guard w.i + 1 < w.maxEnd else { return }
    let next = w.text[w.i + 1]
    if let index {
      for (ci, c) in w.candidates.enumerated() {
        let k = index.node(c, next)
        if k >= 0 { follow(k, ci, w.i + 2) }
      }
      return
    }
    guard trie.opensSecond(next) else { return }
    for (ci, c) in w.candidates.enumerated() {
      let r = trie.child(0, c)
      guard r >= 0 else { continue }
      let k = trie.child(r, next)
      if k >= 0 { follow(k, ci, w.i + 2) }
    }
  }

  /// The gain of a correction, if it passes every test: the corrected window is a word (with the configuration's
  /// additions and removals) ending on a token boundary, beats its pieces by the required margin, and the original
  /// is neither a word, nor a rewritten frequent word, nor — for two characters — a name or a fragment between
  /// other lone characters.
  func gain(_ c: Choice, _ w: Window, _ r: Int, _ seg: WordSegmentation) -> Double? {
    let (a, b) = (c.a, c.b)
    guard seg.isTokenStart(b) else { return nil }
    let cand = w.candidates[c.candidate]
    var cursor = lexicon.root
    for k in a..<b {
      cursor = lexicon.step(cursor, k == w.i ? cand : w.text[k])
      if cursor.isDead { return nil }
    }
    let e = lexicon.word(cursor)
    let run = seg.runs[r]
    // A window at a line break may be part of a word the wrapped line continues (PDF copy: 设备运⏎维员 is 运维员).
    if a == run.scalars.lowerBound && Self.breaksLine(before: run, seg) { return nil }
    if b == run.scalars.upperBound && Self.breaksLine(after: run, seg) { return nil }
    guard e.exists, e.kinds.contains(.word),
      b - a > 2 || twoCharacterFragment(a, b, run.scalars.lowerBound, run.scalars.upperBound, seg)
    else { return nil }
    let gain = lexicon.logProbability(e.frequency) - seg.score(a, b)
    guard gain >= (b - a == 2 ? Self.shortGain : Self.longGain), !lexicon.word(w.text[a..<b]).exists,
      !rewritesAWord(at: w.i, length: b - a, seg), b - a > 2 || !looksLikeName(a, b, r, seg)
    else { return nil }
    return gain
  }
}
