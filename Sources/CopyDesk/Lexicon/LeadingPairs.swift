/// For each character, the characters that open a word whose second character it is: 装 → 安 包 服 假 …
/// (安装, 包装, 服装, 假装). The typo check asks "which confusable of 按 starts a word before 装?" at every
/// character whose window begins at the suspected typo; walking the trie down each of twenty candidates costs a
/// search in a family of hundreds (安 has 300 words); joining the candidates with this short list costs a glance.
///
/// Derived from the trie by the generator and packed like `Confusables`: `index` has one line per character of
/// U+4E00…U+9FFF, four digits giving the offset in `lists` of its first characters, 3 bytes each in code-point
/// order up to a line break; offset 0 is the line break `lists` opens with.
struct LeadingPairs: @unchecked Sendable {
  private let index: UnsafePointer<UInt8>
  private let lists: UnsafePointer<UInt8>
  private let owners: [PackedTrie.Storage]

  init(embeddedIndex: StaticString, lists: StaticString) {
    index = embeddedIndex.utf8Start
    self.lists = lists.utf8Start
    owners = []
  }

  init(trie: PackedTrie) {
    let (i, l) = Self.pack(trie)
    let index = PackedTrie.Storage(i)
    let lists = PackedTrie.Storage(l)
    self.index = UnsafePointer(index.bytes.baseAddress!)
    self.lists = UnsafePointer(lists.bytes.baseAddress!)
    owners = [index, lists]
  }

  /// The characters opening a two-character word prefix that ends in `second`: a pointer to 3-byte records.
  @inline(__always)
  func firsts(before second: UInt32) -> (records: UnsafePointer<UInt8>, count: Int) {
    guard PackedTrie.isWordScalar(second) else { return (lists, 0) }
    let p = index + Int(second &- PackedTrie.firstScalar) &* Confusables.indexWidth
    let at = Int(
      (UInt32(p[0]) &- 0x3F) << 18 | (UInt32(p[1]) &- 0x3F) << 12 | (UInt32(p[2]) &- 0x3F) << 6
        | (UInt32(p[3]) &- 0x3F))
    var n = 0
    while lists[at &+ n &* 3] != 0x0A { n &+= 1 }
    return (lists + at, n)
  }

  /// Whether `c` is among `count` sorted records.
  @inline(__always)
  static func contains(_ c: UInt32, _ records: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    var lo = 0
    var hi = count
    while lo < hi {
      let mid = (lo &+ hi) >> 1
      let m = scalar(records + mid &* 3)
      if m == c { return true }
      if m < c { lo = mid &+ 1 } else { hi = mid }
    }
    return false
  }

  /// The scalar of a 3-byte record.
  @inline(__always)
  static func scalar(_ p: UnsafePointer<UInt8>) -> UInt32 {
    (UInt32(p[0]) & 0x0F) << 12 | (UInt32(p[1]) & 0x3F) << 6 | (UInt32(p[2]) & 0x3F)
  }

  /// The packed `index` and `lists` of a trie with a dense root: the children of each first-character node.
  static func pack(_ trie: PackedTrie) -> (index: [UInt8], lists: [UInt8]) {
    var firsts = [[UInt32]](repeating: [], count: PackedTrie.scalarCount)
    for d in 0..<PackedTrie.scalarCount {
      let node = d + 1
      for k in trie.firstChild(node)..<trie.firstChild(node + 1) {
        firsts[Int(trie.label(k) - PackedTrie.firstScalar)].append(PackedTrie.firstScalar + UInt32(d))
      }
    }
    var index: [UInt8] = []
    var lists: [UInt8] = [0x0A]
    for (d, list) in firsts.enumerated() {
      var at = 0
      if !list.isEmpty {
        lists += utf8(PackedTrie.firstScalar + UInt32(d))
        lists.append(0x09)
        at = lists.count
        for c in list { lists += utf8(c) }
        lists.append(0x0A)
      }
      for shift in [18, 12, 6, 0] { index.append(UInt8(0x3F + ((at >> shift) & 0x3F))) }
      index.append(0x0A)
    }
    return (index, lists)
  }
}
