import Foundation

/// The trie node of every two-character prefix of a dense-root `PackedTrie` (安装 → the node of 安装), by hashing the
/// pair. The step below a first character is the costly one of a trie walk: the families there are large (756
/// words after 大, 300 after 安) and each step is a search among them. The typo check asks it for every candidate of
/// every character — "does 安 open a word before 装?", "does 大 go on with 厦?" — and segmentation at every character.
///
/// Built from the trie when first asked for (the 103,000 pairs of the embedded lexicon take about 1 ms), then
/// shared by every lexicon over the same trie.
final class PairIndex: @unchecked Sendable {
  // @unchecked: `slots` is written only in `init`, then only read.
  /// Open addressing, linear probing: `key << 32 | node` per slot, 0 for an empty one (a pair's node is never 0).
  private let slots: UnsafeMutableBufferPointer<UInt64>
  private let shift: UInt32

  init(_ trie: PackedTrie) {
    precondition(trie.denseRoot)
    let count = trie.firstChild(PackedTrie.scalarCount + 1) - trie.firstChild(1)
    // At most 40% full: a miss (most candidates open no word with their neighbour) ends in one or two probes.
    var bits = 10
    while (1 << bits) * 2 < count * 5 { bits += 1 }
    // calloc: a table this large comes zeroed from the system, without a pass of memset at start-up.
    slots = UnsafeMutableBufferPointer(
      start: calloc(1 << bits, MemoryLayout<UInt64>.stride)!.bindMemory(to: UInt64.self, capacity: 1 << bits),
      count: 1 << bits)
    shift = UInt32(32 - bits)
    let mask = (1 << bits) - 1
    var lo = trie.firstChild(1)
    for d in 0..<PackedTrie.scalarCount {
      let hi = trie.firstChild(d + 2)
      for k in lo..<hi {
        let key = UInt32(d) << 15 | (trie.label(k) &- PackedTrie.firstScalar)
        var s = Int(Self.hash(key, shift))
        while slots[s] != 0 { s = (s + 1) & mask }
        slots[s] = UInt64(key) << 32 | UInt64(k)
      }
      lo = hi
    }
  }

  deinit { free(slots.baseAddress) }

  @inline(__always)
  private static func hash(_ key: UInt32, _ shift: UInt32) -> UInt32 { (key &* 0x9E37_79B1) >> shift }

  /// The node of the prefix `first second`, or −1.
  @inline(__always)
  func node(_ first: UInt32, _ second: UInt32) -> Int {
    let (f, s) = (first &- PackedTrie.firstScalar, second &- PackedTrie.firstScalar)
    guard f < UInt32(PackedTrie.scalarCount), s < UInt32(PackedTrie.scalarCount) else { return -1 }
    let key = f << 15 | s
    let mask = slots.count &- 1
    var i = Int(Self.hash(key, shift))
    while true {
      let e = slots[i]
      if e == 0 { return -1 }
      if UInt32(truncatingIfNeeded: e >> 32) == key { return Int(truncatingIfNeeded: e & 0xFFFF_FFFF) }
      i = (i &+ 1) & mask
    }
  }

  /// The index of a lexicon's trie, built on first use (a lint that never segments never pays for it).
  final class Lazy: Sendable {
    let trie: PackedTrie
    private let built = Locked<PairIndex?>(nil)

    init(_ trie: PackedTrie) { self.trie = trie }

    var index: PairIndex {
      built.withLock { b in
        if let b { return b }
        let index = PairIndex(trie)
        b = index
        return index
      }
    }
  }
}
