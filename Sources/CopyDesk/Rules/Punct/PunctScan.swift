/// Byte-level scanning shared by the punctuation pack. Every rule of the pack runs over every page, so the hot
/// loops work on raw buffers: Han ideographs (lead bytes E4–E9, the bulk of Chinese copy) are skipped three bytes
/// at a time, and only the few scalars a rule cares about are decoded.
enum PunctScan {
  /// Raw views of a document, valid inside `withBuffers`.
  struct Buffers {
    /// The document, for the analyses only some rules need (`doc.analysis(PairedMarks.self)`).
    let document: Document
    let bytes: UnsafeBufferPointer<UInt8>
    let masks: UnsafeBufferPointer<MaskKind>
    let zones: UnsafeBufferPointer<Zone>
    /// `PunctIndex`: offsets and values of the scalars that are neither Han nor ASCII letters or digits.
    let eventOffsets: UnsafeBufferPointer<Int>
    let eventScalars: UnsafeBufferPointer<UInt32>
    let index: PunctIndex

    var paragraphs: [Range<Int>] { index.paragraphs }

    var count: Int { bytes.count }

    /// Indices into the events of those that lie in `range`.
    @inline(__always) func events(in range: Range<Int>) -> Range<Int> {
      firstEvent(atOrAfter: range.lowerBound)..<firstEvent(atOrAfter: range.upperBound)
    }

    @inline(__always) func firstEvent(atOrAfter offset: Int) -> Int {
      var lo = 0
      var hi = eventOffsets.count
      while lo < hi {
        let mid = (lo + hi) >> 1
        if eventOffsets[mid] < offset { lo = mid + 1 } else { hi = mid }
      }
      return lo
    }

    /// UTF-8 length of the event scalar `k`.
    @inline(__always) func eventLength(_ k: Int) -> Int {
      let u = eventScalars[k]
      return u < 0x80 ? 1 : (u < 0x800 ? 2 : (u < 0x10000 ? 3 : 4))
    }

    @inline(__always) func scalar(at i: Int) -> (UInt32, Int) { UTF8Scan.decode(bytes, at: i) }

    /// The scalar at `i`, or 0 past the end (0 is never a character the rules look for).
    @inline(__always) func value(at i: Int) -> UInt32 {
      i >= 0 && i < bytes.count ? UTF8Scan.decode(bytes, at: i).0 : 0
    }

    /// The scalar ending right before `i` and its start, or (0, i) at the start.
    @inline(__always) func before(_ i: Int) -> (UInt32, Int) {
      guard i > 0 else { return (0, 0) }
      let s = UTF8Scan.previousStart(bytes, before: i)
      return (UTF8Scan.decode(bytes, at: s).0, s)
    }

    /// Whether a rule about Chinese punctuation may look at byte `i`: the zone is one of `zones` and no opaque
    /// mask (URL, e-mail, English phrase, code, markup) covers it.
    @inline(__always) func open(_ i: Int, _ zoneSet: ZoneSet) -> Bool {
      zoneSet.contains(zones[i]) && !masks[i].isOpaque
    }

    /// End of the run of inline spaces (space, tab, U+3000, NBSP) starting at `i`.
    @inline(__always) func skipSpaces(from i: Int, limit: Int) -> Int {
      var j = i
      while j < limit {
        let c = bytes[j]
        if c == 0x20 || c == 0x09 {
          j += 1
        } else if c == 0xE3 && j + 2 < limit && bytes[j + 1] == 0x80 && bytes[j + 2] == 0x80 {
          j += 3
        } else if c == 0xC2 && j + 1 < limit && bytes[j + 1] == 0xA0 {
          j += 2
        } else {
          break
        }
      }
      return j
    }

    /// Start of the run of inline spaces ending at `i`.
    @inline(__always) func skipSpaces(backFrom i: Int, limit: Int) -> Int {
      var j = i
      while j > limit {
        let (u, s) = before(j)
        guard CharClass.isInlineSpace(u) else { break }
        j = s
      }
      return j
    }
  }

  @inline(__always)
  static func withBuffers<R>(_ doc: Document, _ body: (Buffers) -> R) -> R {
    let index = doc.analysis(PunctIndex.self)
    return doc.bytes.withUnsafeBufferPointer { b in
      doc.masks.withUnsafeBufferPointer { m in
        doc.zones.withUnsafeBufferPointer { z in
          index.offsets.withUnsafeBufferPointer { eo in
            index.scalars.withUnsafeBufferPointer { es in
              body(
                Buffers(
                  document: doc, bytes: b, masks: m, zones: z, eventOffsets: eo, eventScalars: es, index: index))
            }
          }
        }
      }
    }
  }

  /// Calls `body(block, offset, scalar, eventIndex)` for each event of `list` (event indices in order, such as
  /// `index.rare`) that lies in a prose block.
  @inline(__always)
  static func forEachProse(
    _ buf: Buffers, _ doc: Document, _ list: [Int],
    _ body: (_ block: Range<Int>, _ offset: Int, _ scalar: UInt32, _ k: Int) -> Void
  ) {
    let blocks = doc.blocks
    var b = 0
    for k in list {
      let o = buf.eventOffsets[k]
      while b < blocks.count && blocks[b].range.upperBound <= o { b += 1 }
      guard b < blocks.count, blocks[b].range.lowerBound <= o, isProseBlock(blocks[b].kind) else { continue }
      body(blocks[b].range, o, buf.eventScalars[k], k)
    }
  }

  /// Calls `body(block, run, scalar, count)` for each run of one repeated scalar that `accept` selects among the
  /// rare events of the prose blocks of `doc` (`……`, `---`, `···`).
  @inline(__always)
  static func forEachRun(
    _ buf: Buffers, _ doc: Document, accept: (UInt32) -> Bool,
    _ body: (_ block: Range<Int>, _ run: Range<Int>, _ scalar: UInt32, _ count: Int) -> Void
  ) {
    let n = buf.eventOffsets.count
    forEachProse(buf, doc, buf.index.rare) { block, start, u, k in
      guard accept(u) else { return }
      let len = buf.eventLength(k)
      // Only at the start of a run.
      if k > 0 && buf.eventScalars[k - 1] == u && buf.eventOffsets[k - 1] + len == start { return }
      var end = start + len
      var m = k + 1
      while m < n && buf.eventScalars[m] == u && buf.eventOffsets[m] == end && end < block.upperBound {
        end += len
        m += 1
      }
      body(block, start..<end, u, m - k)
    }
  }

  /// Blocks that hold prose (headlines, leads, body paragraphs, captions); credits, code and front matter don't.
  @inline(__always)
  static func isProseBlock(_ kind: BlockKind) -> Bool {
    kind == .headline || kind == .lead || kind == .body || kind == .caption
  }

  /// Lead byte of a Han ideograph in the BMP (U+4E00–U+9FFF): the byte the hot loops skip over.
  @inline(__always) static func isHanLead(_ c: UInt8) -> Bool { c >= 0xE4 && c <= 0xE9 }

  /// Paragraphs as a reader sees them. Column breaks in PDF and CMS exports leave blank lines in mid-sentence
  /// (`……一行到达⏎⏎天通苑北街道`), so a body block that stops in mid-sentence (on a Han character, a digit, a letter,
  /// `，` or `、`) is joined with the body block after it. Headlines and captions stand alone.
  static func paragraphs(_ doc: Document) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var open: Range<Int>?
    var openJoinable = false
    for block in doc.blocks {
      guard isProseBlock(block.kind) else {
        if let o = open { out.append(o) }
        open = nil
        openJoinable = false
        continue
      }
      let joinable = block.kind == .body || block.kind == .lead
      if let o = open, openJoinable, block.kind == .body {
        open = o.lowerBound..<block.range.upperBound
      } else {
        if let o = open { out.append(o) }
        open = block.range
      }
      openJoinable = joinable && endsMidSentence(doc, block.range)
    }
    if let o = open { out.append(o) }
    return out
  }

  private static func endsMidSentence(_ doc: Document, _ range: Range<Int>) -> Bool {
    let end = doc.skipSpaces(backFrom: range.upperBound)
    guard end > range.lowerBound, let (u, _) = doc.scalar(before: end) else { return false }
    return CharClass.isHan(u) || CharClass.isASCIIAlnum(u) || u == 0xFF0C || u == 0x3001
  }
}

extension ZoneSet {
  /// `ZoneSet.prose` as a literal: a `static let` costs a lazy-initialisation check on every use in a hot loop.
  @inline(__always) static var proseZones: ZoneSet {
    ZoneSet(
      rawValue: 1 << Zone.headline.rawValue | 1 << Zone.lead.rawValue | 1 << Zone.body.rawValue | 1
        << Zone.caption.rawValue)
  }
}

/// Whether any lane of a 16-byte comparison is true (two 64-bit tests; the generic `any` is not inlined).
@inline(__always)
func anyLane(_ m: SIMDMask<SIMD16<Int8>>) -> Bool {
  let bits = unsafeBitCast(m, to: SIMD2<UInt64>.self)
  return bits[0] | bits[1] != 0
}

/// Scalar values the pack refers to by name.
enum U {
  static let leftDoubleQuote: UInt32 = 0x201C  // “
  static let rightDoubleQuote: UInt32 = 0x201D  // ”
  static let leftSingleQuote: UInt32 = 0x2018  // ‘
  static let rightSingleQuote: UInt32 = 0x2019  // ’
  static let ellipsis: UInt32 = 0x2026  // …
  static let emDash: UInt32 = 0x2014  // —
  static let enDash: UInt32 = 0x2013  // –
  static let horizontalBar: UInt32 = 0x2015  // ―
  static let boxHorizontal: UInt32 = 0x2500  // ─
  static let dunhao: UInt32 = 0x3001  // 、
  static let period: UInt32 = 0x3002  // 。
  static let comma: UInt32 = 0xFF0C  // ，
  static let colon: UInt32 = 0xFF1A  // ：
  static let semicolon: UInt32 = 0xFF1B  // ；
  static let question: UInt32 = 0xFF1F  // ？
  static let exclamation: UInt32 = 0xFF01  // ！
  static let leftParen: UInt32 = 0xFF08  // （
  static let rightParen: UInt32 = 0xFF09  // ）
  static let leftTitle: UInt32 = 0x300A  // 《
  static let rightTitle: UInt32 = 0x300B  // 》
  static let leftAngle: UInt32 = 0x3008  // 〈
  static let rightAngle: UInt32 = 0x3009  // 〉
  static let fullwidthHyphen: UInt32 = 0xFF0D  // －
  static let fullwidthStop: UInt32 = 0xFF0E  // ．
  static let fullwidthTilde: UInt32 = 0xFF5E  // ～
  static let interpunct: UInt32 = 0x00B7  // ·
  static let deng: UInt32 = 0x7B49  // 等

  /// `U+200B` style name of a scalar, for messages.
  static func codePoint(_ u: UInt32) -> String {
    let hex = String(u, radix: 16, uppercase: true)
    return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
  }
}
