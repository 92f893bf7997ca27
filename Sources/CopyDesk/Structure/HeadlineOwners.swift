import Foundation

/// Gives headlines that the layout put next to the wrong story back to the story they name.
///
/// Text extracted from a PDF page keeps each story's body together but often emits headlines in the order of the
/// page's columns: a story's headline lands above another story's lead, after the story, or in a chain with other
/// stories' headlines (seed page 002: `怀柔区总工会去年投入援助资金145万余元` sits above the 市政协 story, and one
/// paragraph holds two stories' subheads). By position alone every such headline names the wrong article.
///
/// A headline names its story in the story's own words, so each headline line (and each group of lines that stood
/// in one paragraph) is scored against the top of the nearby stories' lead, body and captions by shared Han
/// bigrams, each weighted by how rare it is among those stories (`工会` on a union page says nothing). A headline
/// moves only on strong evidence: the best story scores at least three times the one it sits in and shares at
/// least 40% of the headline's bigrams. On the seed pages the seven moved headlines score at least 6.2 times their
/// positional story (four share nothing with it), while for a kept one the best other story scores at most 2.3
/// times its own. The chain that opens the page (banner slogans, the first story's headlines) is never moved: a
/// later story may quote the banner.
enum HeadlineOwners {
  /// How many articles on either side a headline may move to: PDF columns scramble order within a page.
  static let window = 8
  static let minRatio = 3.0
  static let minShare = 0.4
  static let minScore = 6.0
  static let storyBudget = 1500

  /// Headline block → the run that owns it, for headlines that belong to another run than their position's.
  /// `runs` are the positional articles (block index ranges).
  static func decide(blocks: [Block], runs: [Range<Int>], bytes: [UInt8]) -> [Int: Int] {
    guard runs.count >= 2 else { return [:] }
    // Headlines of the page-opening chain (before the first lead or caption) stay where they are.
    let firstStory = blocks.firstIndex { $0.kind == .lead || $0.kind == .caption } ?? blocks.count
    // Groups of headline lines that stood in one paragraph (no blank line between), scored together and line by
    // line: a wrapped continuation has no clear owner of its own and goes with its group.
    var groups: [(run: Int, blocks: Range<Int>)] = []
    var headlineBytes = 0
    for (r, run) in runs.enumerated() {
      for k in run where blocks[k].kind == .headline && k > firstStory {
        headlineBytes += blocks[k].range.count
        if let g = groups.last, g.blocks.upperBound == k, g.run == r,
          blocks[k - 1].lines.upperBound == blocks[k].lines.lowerBound
        {
          groups[groups.count - 1].blocks = g.blocks.lowerBound..<(k + 1)
        } else {
          groups.append((r, k..<(k + 1)))
        }
      }
    }
    guard !groups.isEmpty else { return [:] }
    // A headline of n bytes has at most n/3 Han bigrams.
    var index = BigramIndex(expected: headlineBytes / 3)
    var units: [(whole: Int, lines: Range<Int>)] = []
    for g in groups {
      let whole = index.addUnit(
        bytes, blocks[g.blocks.lowerBound].range.lowerBound..<blocks[g.blocks.upperBound - 1].range.upperBound,
        run: g.run)
      let first = index.unitCount
      if g.blocks.count > 1 {
        for k in g.blocks { _ = index.addUnit(bytes, blocks[k].range, run: g.run) }
      }
      units.append((whole, first..<index.unitCount))
    }
    index.collect(blocks: blocks, runs: runs, bytes: bytes)
    var owners: [Int: Int] = [:]
    for (g, u) in zip(groups, units) {
      let whole = index.verdict(u.whole, runCount: runs.count) ?? g.run
      let perLine = u.lines.isEmpty ? [whole] : u.lines.map { index.verdict($0, runCount: runs.count) ?? whole }
      for (k, owner) in zip(g.blocks, perLine) where owner != g.run { owners[k] = owner }
    }
    return owners
  }
}

/// Headline bigrams and the runs whose story text holds each, in flat arrays: the name rules ask for articles on
/// every page (and on every keystroke in the editor), so this allocates a handful of arrays, not one per bigram.
struct BigramIndex {
  private var table: BigramTable
  /// Units' distinct bigram ids, unit `u` at `unitIds[unitStarts[u]..<unitStarts[u + 1]]`.
  private var unitIds: [Int32] = []
  private var unitStarts: [Int] = [0]
  private var unitRuns: [Int] = []
  /// Runs holding bigram `id`, ascending, at `postings[postingStarts[id]..<postingStarts[id + 1]]`.
  private var postings: [Int32] = []
  private var postingStarts: [Int] = []

  init(expected: Int) { table = BigramTable(expected: expected) }

  var unitCount: Int { unitRuns.count }

  /// Adds a headline (or one line of one) and returns its unit number.
  mutating func addUnit(_ bytes: [UInt8], _ range: Range<Int>, run: Int) -> Int {
    let from = unitIds.count
    Bigrams.scan(bytes, range) { g in unitIds.append(Int32(table.insert(g))) }
    unitIds[from...].sort()
    var w = from
    for k in from..<unitIds.count where k == from || unitIds[k] != unitIds[k - 1] {
      unitIds[w] = unitIds[k]
      w += 1
    }
    unitIds.removeLast(unitIds.count - w)
    unitStarts.append(w)
    unitRuns.append(run)
    return unitRuns.count - 1
  }

  /// Scans the top of each run's story text for headline bigrams.
  mutating func collect(blocks: [Block], runs: [Range<Int>], bytes: [UInt8]) {
    var lastRun = [Int32](repeating: -1, count: table.count)
    var pairs: [UInt64] = []  // id << 32 | run
    bytes.withUnsafeBufferPointer { buf in
      for (r, run) in runs.enumerated() {
        // A headline sums up the top of its story (news is written as an inverted pyramid): the first
        // `storyBudget` bytes of lead and body carry its words, and scanning no further keeps this cheap.
        var budget = HeadlineOwners.storyBudget
        for k in run where budget > 0 && blocks[k].kind.isStoryText {
          let b = blocks[k].range
          let range = b.lowerBound..<min(b.upperBound, b.lowerBound + budget)
          budget -= range.count
          Bigrams.scan(buf, range) { g in
            guard let id = table.id(of: g), lastRun[id] != Int32(r) else { return }
            lastRun[id] = Int32(r)
            pairs.append(UInt64(id) << 32 | UInt64(r))
          }
        }
      }
    }
    pairs.sort()
    postings = pairs.map { Int32(truncatingIfNeeded: $0) }
    postingStarts = [Int](repeating: 0, count: table.count + 1)
    for p in pairs { postingStarts[Int(p >> 32) + 1] += 1 }
    for id in 0..<table.count { postingStarts[id + 1] += postingStarts[id] }
  }

  /// The run a unit clearly belongs to when that is not its own, its own run when that is clearly best, nil when
  /// the evidence is weak either way.
  func verdict(_ u: Int, runCount: Int) -> Int? {
    let own = unitRuns[u]
    let lo = max(0, own - HeadlineOwners.window)
    let hi = min(runCount - 1, own + HeadlineOwners.window)
    let n = Double(hi - lo + 1)
    var score = [Double](repeating: 0, count: hi - lo + 1)
    var shared = [Int](repeating: 0, count: hi - lo + 1)
    let ids = unitIds[unitStarts[u]..<unitStarts[u + 1]]
    guard !ids.isEmpty else { return nil }
    for id in ids {
      let near = nearby(Int(id), lo, hi)
      // Bigrams in more than half the nearby stories (工会, 职工 on a union page) carry no signal.
      guard !near.isEmpty, Double(near.count) <= n / 2 || n < 3 else { continue }
      let weight = log((n + 1) / Double(near.count))
      for r in near {
        score[Int(r) - lo] += weight
        shared[Int(r) - lo] += 1
      }
    }
    guard let best = score.indices.max(by: { score[$0] < score[$1] }) else { return nil }
    if best + lo == own { return score[best] >= HeadlineOwners.minScore ? own : nil }
    let clear =
      score[best] >= HeadlineOwners.minScore && score[best] >= HeadlineOwners.minRatio * score[own - lo]
      && Double(shared[best]) >= HeadlineOwners.minShare * Double(ids.count)
    return clear ? best + lo : nil
  }

  /// The runs within `lo...hi` holding bigram `id`, by binary search (a long page's common bigrams have
  /// thousands of runs).
  private func nearby(_ id: Int, _ lo: Int, _ hi: Int) -> ArraySlice<Int32> {
    var a = postingStarts[id]
    var b = postingStarts[id + 1]
    let end = b
    while a < b {
      let m = (a + b) / 2
      if postings[m] < lo { a = m + 1 } else { b = m }
    }
    var e = a
    while e < end && postings[e] <= hi { e += 1 }
    return postings[a..<e]
  }
}

/// Adjacent pairs of Han characters (U+4000–U+9FFF, the three-byte UTF-8 sequences led by E4–E9), skipping
/// spaces and line breaks (hard-wrapped PDF text splits words across lines) and breaking at anything else. A pair
/// is keyed by its six UTF-8 bytes: this reads each byte once without decoding, because it runs over the top of
/// every story on every page.
enum Bigrams {
  static func scan(_ bytes: [UInt8], _ range: Range<Int>, _ body: (UInt64) -> Void) {
    bytes.withUnsafeBufferPointer { scan($0, range, body) }
  }

  @inline(__always)
  static func scan(_ buf: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, _ body: (UInt64) -> Void) {
    var previous: UInt64 = 0
    var i = range.lowerBound
    let end = min(range.upperBound, buf.count - 2)
    while i < end {
      let b = buf[i]
      if b >= 0xE4 && b <= 0xE9 {
        let key = UInt64(b) << 16 | UInt64(buf[i + 1]) << 8 | UInt64(buf[i + 2])
        if previous != 0 { body(previous << 24 | key) }
        previous = key
        i += 3
      } else if b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 {
        i += 1
      } else if b == 0xE3 && buf[i + 1] == 0x80 && buf[i + 2] == 0x80 {
        i += 3  // U+3000
      } else {
        previous = 0
        i += 1
      }
    }
  }
}

/// Headline bigrams → dense ids, by open addressing with a multiplicative hash: every character of a story's top
/// is looked up, and the standard dictionary's seeded hashing cost more than the rest of the segmenter.
struct BigramTable {
  private var keys: [UInt64]
  private var ids: [Int32]
  private(set) var count = 0

  /// Room for `expected` keys without growing.
  init(expected: Int = 16) {
    var size = 64
    while size < expected * 4 { size <<= 1 }
    keys = [UInt64](repeating: 0, count: size)
    ids = [Int32](repeating: 0, count: size)
  }

  @inline(__always) private func slot(_ g: UInt64) -> Int {
    Int(truncatingIfNeeded: (g &* 0x9E37_79B9_7F4A_7C15) >> 40) & (keys.count - 1)
  }

  /// The id of `g`, new ids numbered from 0. Keys are never 0: a bigram holds two non-zero scalars.
  mutating func insert(_ g: UInt64) -> Int {
    if let id = id(of: g) { return id }
    if (count + 1) * 4 > keys.count { grow() }
    place(g, Int32(count))
    count += 1
    return count - 1
  }

  private mutating func place(_ g: UInt64, _ id: Int32) {
    var s = slot(g)
    while keys[s] != 0 { s = (s + 1) & (keys.count - 1) }
    keys[s] = g
    ids[s] = id
  }

  private mutating func grow() {
    let (oldKeys, oldIds) = (keys, ids)
    keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
    ids = [Int32](repeating: 0, count: oldKeys.count * 2)
    for k in oldKeys.indices where oldKeys[k] != 0 { place(oldKeys[k], oldIds[k]) }
  }

  @inline(__always) func id(of g: UInt64) -> Int? {
    let mask = keys.count - 1
    var s = slot(g)
    while true {
      let k = keys[s]
      if k == g { return Int(ids[s]) }
      if k == 0 { return nil }
      s = (s + 1) & mask
    }
  }
}
