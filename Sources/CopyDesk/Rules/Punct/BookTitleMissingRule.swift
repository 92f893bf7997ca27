/// `punct-book-title-missing`: the full name of a law or national regulation written without 《》
/// (`中华人民共和国退役军人保障法知识竞赛` → `《中华人民共和国退役军人保障法》知识竞赛`). Names come from the data files of the
/// rule (`rules/punct/law-names.txt`), so only exact full names match; short names (`劳动法`), names already
/// inside 《》 or 〈〉, names followed by 实施条例/修正案/释义 (a different document), drafts `（草案）` and local
/// regulations (`北京市…条例`) are left alone. The fix is unsafe: whether a name is cited as a title is a judgement.
public struct BookTitleMissingRule: Rule {
  public static let description = RuleDescription(
    id: "punct-book-title-missing",
    summary: Message(zh: "法律法规全称未加书名号", en: "Full name of a law without title marks"),
    rationale: Message(
      zh:
        "书名号标示书名、篇名和法律、法规等文件名。法律法规的全称（如“中华人民共和国退役军人保障法”）应加书名号；新闻稿中不加书名号的简称（劳动法）不在此列。名单见 rules/punct/law-names.txt，可用 data.add 增补。",
      en:
        "Title marks 《》 enclose the names of works and documents, laws included. A law's full name (中华人民共和国退役军人保障法) takes them; short names without marks are Xinhua style and left alone. The list is rules/punct/law-names.txt; add to it with data.add."
    ),
    clause: "GB/T 15834—2011 §4.15（书名号）",
    defaultSeverity: .warning, fix: .unsafe,
    triggering: [
      Example(
        "开展了中华人民共和国退役军人保障法知识竞赛", fixed: "开展了《中华人民共和国退役军人保障法》知识竞赛"),
      Example("根据中华人民共和国劳动合同法实施条例第十条", fixed: "根据《中华人民共和国劳动合同法实施条例》第十条"),
    ],
    nonTriggering: [
      Example("开展了《中华人民共和国退役军人保障法》知识竞赛"),
      Example("依照劳动法和工会法规定"),
      Example("学习《关于修改〈中华人民共和国工会法〉的决定》"),
      Example("审议中华人民共和国工会法修正案（草案）"),
      Example("中华人民共和国成立75周年"),
    ])

  /// Names grouped by their last two scalars (six UTF-8 bytes packed into an integer), keys sorted for binary
  /// search, each group longest first. 法 is common (方法, 依法…); its two-character tail (保障法, 合同法…) is not.
  let keys: [UInt64]
  let groups: [[[UInt8]]]
  /// Whether a byte is the final byte of some name's last scalar: the cheap first test of the scan.
  let finalByte: [Bool]
  /// The distinct (second, final) byte pairs of the last scalars, padded to eight, for the vector prefilter; nil
  /// when there are more than eight.
  let tailPairs: [(UInt8, UInt8)]?

  public init(setup: RuleSetup) {
    var byKey: [UInt64: [[UInt8]]] = [:]
    var finalByte = [Bool](repeating: false, count: 256)
    var pairs: [(UInt8, UInt8)] = []
    for file in setup.data.files(for: Self.description.id) {
      for e in file.entries {
        let bytes = Array(e.term.utf8)
        let n = bytes.count
        guard n >= 6, (0xE0..<0xF0).contains(bytes[n - 3]), (0xE0..<0xF0).contains(bytes[n - 6]) else { continue }
        byKey[Self.key(bytes, n - 1), default: []].append(bytes)
        finalByte[Int(bytes[n - 1])] = true
        let pair = (bytes[n - 2], bytes[n - 1])
        if !pairs.contains(where: { $0 == pair }) { pairs.append(pair) }
      }
    }
    let sortedKeys = byKey.keys.sorted()
    self.keys = sortedKeys
    self.groups = sortedKeys.map { byKey[$0]!.sorted { $0.count > $1.count } }
    self.finalByte = finalByte
    if let first = pairs.first, pairs.count <= 8 {
      tailPairs = pairs + Array(repeating: first, count: 8 - pairs.count)
    } else {
      tailPairs = nil
    }
  }

  /// The six bytes ending at `last`, packed.
  @inline(__always)
  static func key<C: RandomAccessCollection>(_ b: C, _ last: Int) -> UInt64 where C.Element == UInt8, C.Index == Int {
    var k: UInt64 = 0
    for j in (last - 5)...last { k = k << 8 | UInt64(b[j]) }
    return k
  }

  public func check(_ doc: Document, into sink: inout DiagnosticSink) {
    guard !keys.isEmpty else { return }
    PunctScan.withBuffers(doc) { buf in
      for block in doc.blocks where PunctScan.isProseBlock(block.kind) {
        scan(buf, block.range, &sink)
      }
    }
  }

  /// A name ends where a byte that ends some name's last scalar is the third byte of a three-byte scalar with the
  /// right lead bytes. Sixteen positions are tested at once for the last two bytes of any name's last scalar
  /// (法 例 定 典 则 share few such pairs); the rare hits are confirmed byte-wise.
  private func scan(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ sink: inout DiagnosticSink) {
    let b = buf.bytes
    var i = block.lowerBound + 5
    let end = block.upperBound
    if let t = tailPairs, let base = b.baseAddress {
      typealias V = SIMD16<UInt8>
      let s0 = V(repeating: t[0].0)
      let s1 = V(repeating: t[1].0)
      let s2 = V(repeating: t[2].0)
      let s3 = V(repeating: t[3].0)
      let s4 = V(repeating: t[4].0)
      let s5 = V(repeating: t[5].0)
      let s6 = V(repeating: t[6].0)
      let s7 = V(repeating: t[7].0)
      let f0 = V(repeating: t[0].1)
      let f1 = V(repeating: t[1].1)
      let f2 = V(repeating: t[2].1)
      let f3 = V(repeating: t[3].1)
      let f4 = V(repeating: t[4].1)
      let f5 = V(repeating: t[5].1)
      let f6 = V(repeating: t[6].1)
      let f7 = V(repeating: t[7].1)
      while i + 16 <= end {
        let v = UnsafeRawPointer(base + i).loadUnaligned(as: V.self)
        let w = UnsafeRawPointer(base + i - 1).loadUnaligned(as: V.self)
        var m = ((w .== s0) .& (v .== f0)) .| ((w .== s1) .& (v .== f1)) .| ((w .== s2) .& (v .== f2))
        m = m .| ((w .== s3) .& (v .== f3)) .| ((w .== s4) .& (v .== f4)) .| ((w .== s5) .& (v .== f5))
        m = m .| ((w .== s6) .& (v .== f6)) .| ((w .== s7) .& (v .== f7))
        if anyLane(m) {
          for j in i..<(i + 16) { candidate(buf, block, j, &sink) }
        }
        i += 16
      }
    }
    while i < end {
      candidate(buf, block, i, &sink)
      i += 1
    }
  }

  @inline(__always)
  private func candidate(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ i: Int, _ sink: inout DiagnosticSink) {
    let b = buf.bytes
    guard finalByte[Int(b[i])], i - 5 >= block.lowerBound, b[i - 2] >= 0xE0, b[i - 2] < 0xF0, b[i - 5] >= 0xE0,
      b[i - 5] < 0xF0
    else { return }
    let key = Self.key(b, i)
    var lo = 0
    var hi = keys.count
    while lo < hi {
      let mid = (lo + hi) >> 1
      if keys[mid] < key { lo = mid + 1 } else { hi = mid }
    }
    guard lo < keys.count, keys[lo] == key else { return }
    let nameEnd = i + 1
    for name in groups[lo] {
      let start = nameEnd - name.count
      guard start >= block.lowerBound, b[start..<nameEnd].elementsEqual(name) else { continue }
      if accepts(buf, block, start..<nameEnd) {
        sink.report(
          start..<nameEnd,
          Message(zh: "法律法规全称应加书名号《》", en: "the full name of a law takes title marks 《》"),
          fix: ProposedFix(
            edits: [
              TextEdit(range: start..<start, replacement: "《"), TextEdit(range: nameEnd..<nameEnd, replacement: "》"),
            ]))
      }
      return
    }
  }

  private func accepts(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ name: Range<Int>) -> Bool {
    guard buf.open(name.lowerBound, .proseZones) else { return false }
    let (before, _) = buf.before(name.lowerBound)
    let after = buf.value(at: name.upperBound)
    // Local regulations: 北京市…条例, …省…条例.
    if "省市区县州旗盟".unicodeScalars.contains(where: { $0.value == before }) { return false }
    // A quoted name is quoted on purpose; a draft or an implementing document is another title.
    if before == U.leftDoubleQuote && after == U.rightDoubleQuote { return false }
    if after == U.leftParen || after == 0x28 { return false }
    let next2 = [after, buf.value(at: name.upperBound + 3)]
    for tail in ["实施", "修正", "释义", "修订"] where next2 == tail.unicodeScalars.map(\.value) { return false }
    return !insideTitle(buf, block, name.lowerBound)
  }

  /// Whether an unclosed 《 or 〈 precedes `offset` in the paragraph.
  private func insideTitle(_ buf: PunctScan.Buffers, _ block: Range<Int>, _ offset: Int) -> Bool {
    var depth = 0
    var j = offset
    while j > block.lowerBound {
      let (u, s) = buf.before(j)
      if u == U.rightTitle || u == U.rightAngle { depth -= 1 }
      if u == U.leftTitle || u == U.leftAngle {
        depth += 1
        if depth > 0 { return true }
      }
      j = s
    }
    return false
  }
}
