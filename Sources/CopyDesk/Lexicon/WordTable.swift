/// A sorted table of `WORD<TAB>FREQUENCY<TAB>KINDS` lines, searched in place by binary search on UTF-8 bytes.
///
/// Loading is one pass that records where each line starts and checks its shape, so start-up costs about a
/// millisecond for the 180,000 entries; nothing is hashed or decoded. Segmentation walks the table one character at
/// a time (`narrow`): the entries sharing a prefix are a contiguous range, so "which words start at this character"
/// is a few binary searches inside ever smaller ranges.
struct WordTable: Sendable {
  static let maxWordLength = 16

  let bytes: [UInt8]
  /// Byte offset of each entry's first byte.
  let starts: [Int32]
  /// Byte length of each entry's word.
  let wordLengths: [UInt8]
  /// The entries of each first character: a contiguous range, found without searching (segmentation asks for one
  /// at every character of a page, and the typo check for every confusable character).
  let firstCharacter: [UInt32: Range<Int>]
  /// The same for the BMP as a flat table (lower bound, upper bound per scalar): no hashing on the hot path.
  let firstBMP: [Int32]

  var count: Int { starts.count }

  /// Checks every line's shape; `name` is the file shown in errors. Order is the caller's promise (the generator
  /// sorts and a test checks the embedded table; `init(entries:)` sorts).
  init(bytes: [UInt8], name: String) throws(LexiconSource.Error) {
    var starts: [Int32] = []
    var lengths: [UInt8] = []
    var i = 0
    var line = 0
    let n = bytes.count
    while i < n {
      line += 1
      let s = i
      while i < n && bytes[i] != 0x09 && bytes[i] != 0x0A { i += 1 }
      let wordLength = i - s
      guard i < n, bytes[i] == 0x09, wordLength > 0, wordLength <= Self.maxWordLength * 4 else {
        throw LexiconSource.Error(file: name, line: line, message: "expected WORD<TAB>FREQUENCY<TAB>KINDS")
      }
      i += 1
      let digits = i
      while i < n && bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
      guard i > digits, i - digits <= 9, i < n, bytes[i] == 0x09 else {
        throw LexiconSource.Error(file: name, line: line, message: "the frequency is not a whole number")
      }
      i += 1
      while i < n && bytes[i] != 0x0A {
        guard LexiconSource.Kinds(letter: bytes[i]) != nil else {
          throw LexiconSource.Error(file: name, line: line, message: "kinds are letters w, n, p")
        }
        i += 1
      }
      guard i < n else {
        throw LexiconSource.Error(file: name, line: line, message: "the last line has no line break")
      }
      i += 1
      starts.append(Int32(s))
      lengths.append(UInt8(wordLength))
    }
    self.bytes = bytes
    self.starts = starts
    self.wordLengths = lengths
    self.firstCharacter = Self.index(bytes, starts)
    self.firstBMP = Self.flat(firstCharacter)
  }

  static func flat(_ index: [UInt32: Range<Int>]) -> [Int32] {
    var flat = [Int32](repeating: 0, count: 0x20000)
    for (u, r) in index where u < 0x10000 {
      flat[Int(u) * 2] = Int32(r.lowerBound)
      flat[Int(u) * 2 + 1] = Int32(r.upperBound)
    }
    return flat
  }

  static func index(_ bytes: [UInt8], _ starts: [Int32]) -> [UInt32: Range<Int>] {
    var index: [UInt32: Range<Int>] = [:]
    bytes.withUnsafeBufferPointer { buf in
      var current: UInt32 = 0
      var from = 0
      for (k, s) in starts.enumerated() {
        let u = UTF8Scan.decode(buf, at: Int(s)).0
        if k == 0 || u != current {
          if k > 0 { index[current] = from..<k }
          current = u
          from = k
        }
      }
      if !starts.isEmpty { index[current] = from..<starts.count }
    }
    return index
  }

  /// The entries starting with scalar `u` (its UTF-8 bytes are `length` long).
  @inline(__always)
  func first(_ u: UInt32) -> Range<Int> {
    if u < 0x10000 { return Int(firstBMP[Int(u) * 2])..<Int(firstBMP[Int(u) * 2 + 1]) }
    return firstCharacter[u] ?? 0..<0
  }

  /// A table of words given in code (a desk's terms, the register's names), sorted here.
  init(entries: [String: (frequency: Int, kinds: LexiconSource.Kinds)]) {
    var text: [UInt8] = []
    let words = entries.keys.map { Array($0.utf8) }.filter { !$0.isEmpty && $0.count <= Self.maxWordLength * 4 }
      .sorted { $0.lexicographicallyPrecedes($1) }
    var starts: [Int32] = []
    var lengths: [UInt8] = []
    for w in words {
      let e = entries[String(decoding: w, as: UTF8.self)]!
      starts.append(Int32(text.count))
      lengths.append(UInt8(w.count))
      text += w
      text.append(0x09)
      text += Array(String(max(1, min(e.frequency, 999_999_999))).utf8)
      text.append(0x09)
      text += e.kinds.letterBytes
      text.append(0x0A)
    }
    bytes = text
    self.starts = starts
    self.wordLengths = lengths
    self.firstCharacter = Self.index(text, starts)
    self.firstBMP = Self.flat(firstCharacter)
  }

  static let empty = WordTable(entries: [:])

  /// Frequency and kinds of entry `k`.
  func entry(_ k: Int) -> (frequency: Int, kinds: LexiconSource.Kinds) {
    var i = Int(starts[k]) + Int(wordLengths[k]) + 1
    var f = 0
    while bytes[i] != 0x09 {
      f = f * 10 + Int(bytes[i] - 0x30)
      i += 1
    }
    i += 1
    var kinds = LexiconSource.Kinds()
    while bytes[i] != 0x0A {
      if let k = LexiconSource.Kinds(letter: bytes[i]) { kinds.insert(k) }
      i += 1
    }
    return (f, kinds)
  }

  /// Within `range`, whose entries all share their first `depth` bytes, the entries whose next bytes are `next`.
  /// An entry that ends at `depth` sorts first (its tab is below every UTF-8 byte of a character) and drops out.
  @inline(__always)
  func narrow(_ range: Range<Int>, depth: Int, next: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    func compare(_ k: Int) -> Int {
      let base = Int(starts[k]) + depth
      let length = Int(wordLengths[k]) - depth
      for j in 0..<next.count {
        if j >= length { return -1 }
        let a = bytes[base + j]
        let b = next[j]
        if a != b { return a < b ? -1 : 1 }
      }
      return 0
    }
    var lo = range.lowerBound
    var hi = range.upperBound
    while lo < hi {
      let mid = (lo + hi) >> 1
      if compare(mid) < 0 { lo = mid + 1 } else { hi = mid }
    }
    let first = lo
    hi = range.upperBound
    while lo < hi {
      let mid = (lo + hi) >> 1
      if compare(mid) <= 0 { lo = mid + 1 } else { hi = mid }
    }
    return first..<lo
  }

  /// The entry index of exactly `word` within a narrowed range whose entries share `word` as a prefix.
  @inline(__always)
  func exact(_ range: Range<Int>, length: Int) -> Int? {
    guard let k = range.first, Int(wordLengths[k]) == length else { return nil }
    return k
  }

  /// The entry index of `word`, if present.
  func find(_ word: [UInt8]) -> Int? {
    word.withUnsafeBufferPointer { w -> Int? in
      let r = narrow(0..<count, depth: 0, next: w)
      return exact(r, length: w.count)
    }
  }

  /// The word of entry `k`.
  func word(_ k: Int) -> String {
    let s = Int(starts[k])
    return String(decoding: bytes[s..<(s + Int(wordLengths[k]))], as: UTF8.self)
  }
}
