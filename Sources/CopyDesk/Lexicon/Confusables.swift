/// Characters a writer may type for one another: same pinyin and tone (安/鞍), same pinyin with another tone
/// (按 for 安, the typo in 按装), and similar shape (励/厉, 籍/藉). From pycorrector's confusion sets.
///
/// Packed like the lexicon (`PackedTrie`) and read in place: `index` has one line per character of U+4E00…U+9FFF,
/// four digits giving the offset in `lists` of its candidates; a list is 4-byte records — a kind letter (`S` same
/// sound and tone, `T` other tone, `H` similar shape) and the character — up to a line break. Offset 0 is the line
/// break `lists` opens with: no candidates. Same sound comes first, so a character's likeliest intended reading
/// is tried first.
public struct Confusables: @unchecked Sendable {
  public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
    case sameSound, otherTone, sameShape

    var letter: UInt8 { [0x53, 0x54, 0x48][Int(rawValue)] }  // S T H
  }

  /// A character that may have been meant.
  public struct Candidate: Sendable, Equatable {
    public var scalar: UInt32
    public var kind: Kind
  }

  /// The candidates of one character, read from the packed bytes.
  public struct Candidates: RandomAccessCollection, @unchecked Sendable {
    let records: UnsafePointer<UInt8>?
    public let count: Int
    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    /// The scalar of candidate `i` alone.
    @inline(__always)
    func scalar(_ i: Int) -> UInt32 {
      let p = records! + i &* 4
      return (UInt32(p[1]) & 0x0F) << 12 | (UInt32(p[2]) & 0x3F) << 6 | (UInt32(p[3]) & 0x3F)
    }

    @inline(__always)
    public subscript(i: Int) -> Candidate {
      let p = records! + i &* 4
      let kind: Kind = p[0] == 0x53 ? .sameSound : (p[0] == 0x54 ? .otherTone : .sameShape)
      return Candidate(
        scalar: (UInt32(p[1]) & 0x0F) << 12 | (UInt32(p[2]) & 0x3F) << 6 | (UInt32(p[3]) & 0x3F), kind: kind)
    }
  }

  static let indexWidth = 5

  private let index: UnsafePointer<UInt8>
  private let lists: UnsafePointer<UInt8>
  private let owners: [PackedTrie.Storage]

  /// The embedded sets: their bytes where the binary holds them.
  public static let builtin = Confusables(
    index: EmbeddedLexicon.confusableIndex.utf8Start, lists: EmbeddedLexicon.confusables.utf8Start, owners: [])

  private init(index: UnsafePointer<UInt8>, lists: UnsafePointer<UInt8>, owners: [PackedTrie.Storage]) {
    self.index = index
    self.lists = lists
    self.owners = owners
  }

  /// Sets from the source files' groups (the generator, tests).
  public init(sameSound: [[String]], sameShape: [[String]]) {
    let (index, lists) = Self.pack(Self.lists(sameSound: sameSound, sameShape: sameShape))
    let i = PackedTrie.Storage(index)
    let l = PackedTrie.Storage(lists)
    self.init(index: UnsafePointer(i.bytes.baseAddress!), lists: UnsafePointer(l.bytes.baseAddress!), owners: [i, l])
  }

  /// The characters that may have been meant instead of `c`.
  @inline(__always)
  public func candidates(for c: UInt32) -> Candidates {
    guard PackedTrie.isWordScalar(c) else { return Candidates(records: nil, count: 0) }
    let p = index + Int(c - PackedTrie.firstScalar) &* Self.indexWidth
    let at = Int(
      (UInt32(p[0]) &- 0x3F) << 18 | (UInt32(p[1]) &- 0x3F) << 12 | (UInt32(p[2]) &- 0x3F) << 6 | (UInt32(p[3]) &- 0x3F)
    )
    var n = 0
    while lists[at &+ n &* 4] != 0x0A { n &+= 1 }
    return Candidates(records: lists + at, count: n)
  }

  /// Per character, each confusable character with how it relates, same sound first; the first relation found
  /// wins. `sameSound` lines are `CHAR<TAB>SAME TONE<TAB>OTHER TONES`, `sameShape` lines a group.
  static func lists(sameSound: [[String]], sameShape: [[String]]) -> [UInt32: [(UInt32, Kind)]] {
    var map: [UInt32: [(UInt32, Kind)]] = [:]
    func add(_ c: UInt32, _ d: UInt32, _ k: Kind) {
      guard c != d, PackedTrie.isWordScalar(c), PackedTrie.isWordScalar(d) else { return }
      if map[c]?.contains(where: { $0.0 == d }) == true { return }
      map[c, default: []].append((d, k))
    }
    for fields in sameSound {
      guard let c = fields.first?.unicodeScalars.first?.value else { continue }
      if fields.count > 1 { for u in fields[1].unicodeScalars { add(c, u.value, .sameSound) } }
      if fields.count > 2 { for u in fields[2].unicodeScalars { add(c, u.value, .otherTone) } }
    }
    for group in sameShape {
      let chars = group.compactMap { $0.unicodeScalars.first?.value }
      for c in chars { for d in chars { add(c, d, .sameShape) } }
    }
    return map
  }

  /// The packed `index` and `lists` bytes.
  static func pack(_ map: [UInt32: [(UInt32, Kind)]]) -> (index: [UInt8], lists: [UInt8]) {
    var index: [UInt8] = []
    var lists: [UInt8] = [0x0A]
    for d in 0..<PackedTrie.scalarCount {
      let c = PackedTrie.firstScalar + UInt32(d)
      var at = 0
      if let list = map[c], !list.isEmpty {
        lists += utf8(c)
        lists.append(0x09)
        at = lists.count
        for (u, k) in list {
          lists.append(k.letter)
          lists += utf8(u)
        }
        lists.append(0x0A)
      }
      precondition(at < 1 << 24)
      for shift in [18, 12, 6, 0] { index.append(UInt8(0x3F + ((at >> shift) & 0x3F))) }
      index.append(0x0A)
    }
    return (index, lists)
  }
}

/// UTF-8 bytes of a scalar without going through String.
func utf8(_ u: UInt32) -> [UInt8] {
  switch u {
  case ..<0x80: return [UInt8(u)]
  case ..<0x800: return [UInt8(0xC0 | (u >> 6)), UInt8(0x80 | (u & 0x3F))]
  case ..<0x10000: return [UInt8(0xE0 | (u >> 12)), UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
  default:
    return [
      UInt8(0xF0 | (u >> 18)), UInt8(0x80 | ((u >> 12) & 0x3F)), UInt8(0x80 | ((u >> 6) & 0x3F)),
      UInt8(0x80 | (u & 0x3F)),
    ]
  }
}
