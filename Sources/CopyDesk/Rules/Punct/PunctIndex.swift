import Foundation

/// Every scalar of a document that is neither a Han ideograph nor an ASCII letter or digit — punctuation, spaces,
/// line breaks, symbols, full-width and invisible characters — with its byte offset, found in one pass.
///
/// Chinese copy is mostly Han, so this is about a fifth of the scalars. The pack's eighteen rules all look for
/// such characters; walking the text scalar by scalar once per rule would cost eighteen passes, while walking this
/// list costs one pass plus eighteen short ones. The index is a document analysis, built once per document; the
/// lists only some rules need are analyses of their own, built from this one (`PauseMarks`, `PairedMarks`,
/// `QuoteUnits`).
struct PunctIndex: DocumentAnalysis {
  let offsets: [Int]
  let scalars: [UInt32]
  /// `PunctScan.paragraphs(doc)`, computed once.
  let paragraphs: [Range<Int>]
  /// For each paragraph, and for each block of `doc.blocks`, the indices of its events.
  let paragraphEvents: [Range<Int>]
  let blockEvents: [Range<Int>]
  /// Event indices of the uncommon marks, so that a rule looking for one visits only candidates. The common marks
  /// of Chinese copy — ，。、；：！？ “”（）《》 and line breaks — make up most events; `rare` holds all the others.
  let rare: [Int]

  static func compute(_ doc: Document) -> PunctIndex { PunctIndex(doc) }

  init(_ doc: Document) {
    let (offsets, scalars) = doc.bytes.withUnsafeBufferPointer { Self.scan($0) }
    self.offsets = offsets
    self.scalars = scalars
    let paragraphs = PunctScan.paragraphs(doc)
    self.paragraphs = paragraphs
    self.paragraphEvents = Self.eventRanges(paragraphs, offsets)
    self.blockEvents = Self.eventRanges(doc.blocks.map(\.range), offsets)
    var rare = Scratch<Int>(capacity: scalars.count)
    defer { rare.base.deallocate() }
    for (k, u) in scalars.enumerated()
    where
      !(Self.isPause(u) || u == U.leftDoubleQuote || u == U.rightDoubleQuote || u == U.leftParen
      || u == U.rightParen || u == U.leftTitle || u == U.rightTitle || u == 0x0A || u == 0x0D)
    {
      rare.append(k)
    }
    self.rare = rare.array()
  }

  /// A list written through a pointer: appending is a store (`Array.append` checks uniqueness every time).
  struct Scratch<T> {
    let base: UnsafeMutablePointer<T>
    var count = 0
    init(capacity: Int) { base = .allocate(capacity: max(1, capacity)) }
    @inline(__always) mutating func append(_ x: T) {
      base[count] = x
      count += 1
    }
    func array() -> [T] { Array(UnsafeBufferPointer(start: base, count: count)) }
  }

  /// Byte positions in 16 bytes that may start an event: ASCII, and lead bytes other than E4–E9 (the lead bytes
  /// of U+4000–U+9FFF, Han). Continuation bytes and Han lead bytes never do. The constants are built once per scan.
  private struct Candidates {
    let c80 = SIMD16<UInt8>(repeating: 0x80)
    let cC0 = SIMD16<UInt8>(repeating: 0xC0)
    let cE4 = SIMD16<UInt8>(repeating: 0xE4)
    let cE9 = SIMD16<UInt8>(repeating: 0xE9)
    let weights = SIMD16<UInt8>(1, 2, 4, 8, 16, 32, 64, 128, 1, 2, 4, 8, 16, 32, 64, 128)

    @inline(__always)
    func mask(_ base: UnsafePointer<UInt8>, _ i: Int) -> UInt16 {
      let v = UnsafeRawPointer(base + i).loadUnaligned(as: SIMD16<UInt8>.self)
      let interesting = (v .< c80) .| ((v .>= cC0) .& ((v .< cE4) .| (v .> cE9)))
      let lanes = SIMD16<UInt8>.zero.replacing(with: weights, where: interesting)
      return UInt16(lanes.lowHalf.wrappedSum()) | UInt16(lanes.highHalf.wrappedSum()) << 8
    }
  }

  /// The events of a text. Sixteen bytes at a time: a chunk of Han holds no candidate and is skipped whole; the
  /// candidates of other chunks are examined one by one. A first pass counts candidates to size the lists.
  private static func scan(_ b: UnsafeBufferPointer<UInt8>) -> ([Int], [UInt32]) {
    let n = b.count
    guard let base = b.baseAddress, n > 0 else { return ([], []) }
    let candidates = Candidates()
    var bound = 0
    var i = 0
    while i + 16 <= n {
      bound += candidates.mask(base, i).nonzeroBitCount
      i += 16
    }
    bound += n - i
    var offsets = Scratch<Int>(capacity: bound)
    var scalars = Scratch<UInt32>(capacity: bound)
    defer {
      offsets.base.deallocate()
      scalars.base.deallocate()
    }
    i = 0
    while i + 16 <= n {
      var mask = candidates.mask(base, i)
      while mask != 0 {
        examine(b, i + mask.trailingZeroBitCount, &offsets, &scalars)
        mask &= mask - 1
      }
      i += 16
    }
    while i < n {
      examine(b, i, &offsets, &scalars)
      i += 1
    }
    return (offsets.array(), scalars.array())
  }

  /// The 点号 of GB/T 15834 that mark pauses: ，。、；：！？ (all three bytes long).
  @inline(__always)
  static func isPause(_ u: UInt32) -> Bool {
    u == U.comma || u == U.period || u == U.dunhao || u == U.semicolon || u == U.colon || u == U.exclamation
      || u == U.question
  }

  /// Records the scalar starting at byte `j` if it is an event (bytes inside a scalar are ignored).
  @inline(__always)
  private static func examine(
    _ b: UnsafeBufferPointer<UInt8>, _ j: Int, _ offsets: inout Scratch<Int>, _ scalars: inout Scratch<UInt32>
  ) {
    let c = b[j]
    if c < 0x80 {
      if !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A) && !(c >= 0x30 && c <= 0x39) {
        offsets.append(j)
        scalars.append(UInt32(c))
      }
    } else if c >= 0xC0 && (c < 0xE4 || c > 0xE9) {
      let (u, _) = UTF8Scan.decode(b, at: j)
      if !CharClass.isHan(u) {
        offsets.append(j)
        scalars.append(u)
      }
    }
  }

  /// Event index ranges of sorted, non-overlapping byte ranges, in one sweep.
  static func eventRanges(_ ranges: [Range<Int>], _ offsets: [Int]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    out.reserveCapacity(ranges.count)
    var k = 0
    for r in ranges {
      if k > 0 && offsets[k - 1] >= r.lowerBound {  // not sorted after all: start over
        k = 0
      }
      while k < offsets.count && offsets[k] < r.lowerBound { k += 1 }
      let lower = k
      while k < offsets.count && offsets[k] < r.upperBound { k += 1 }
      out.append(lower..<k)
    }
    return out
  }
}
