/// Runs of inline spaces (space, tab, U+3000, NBSP) inside prose lines, with their neighbours and the quotation
/// depth (“…” and 《…》) at that point. A byte scan: spaces are rare in Chinese copy, so nearly all the work is
/// skipping Han three bytes at a time.
struct SpaceRun {
  var range: Range<Int>
  /// Scalar before the run, or 0 at the start of a line.
  var before: UInt32
  /// Scalar after the run, or 0 at the end of a line.
  var after: UInt32
  var quoteDepth: Int
  /// Number of space scalars in the run.
  var count: Int
  var hasTab: Bool
  var hasNBSP: Bool
  var zone: Zone
  var mask: MaskKind
  /// Zone of the byte right after the run (a credit after a caption: `……关爱。  本报记者 边磊 摄`).
  var zoneAfter: Zone
}

enum SpaceRuns {
  @inline(__always)
  private static func isSpace(_ u: UInt32) -> Bool { u == 0x20 || u == 0x09 || u == 0x3000 || u == 0xA0 }

  static func forEach(_ doc: Document, _ body: (SpaceRun) -> Void) {
    PunctScan.withBuffers(doc) { buf in
      let b = buf.bytes
      let n = buf.eventOffsets.count
      let blocks = doc.blocks
      var bi = 0
      var next = 0
      // Quotation depth, brought up to date only in blocks that have spaces.
      var depthBlock = -1
      var depthCursor = 0
      var depth = 0
      for k0 in buf.index.rare where k0 >= next {
        guard isSpace(buf.eventScalars[k0]) else { continue }
        let start = buf.eventOffsets[k0]
        while bi < blocks.count && blocks[bi].range.upperBound <= start { bi += 1 }
        guard bi < blocks.count, blocks[bi].range.lowerBound <= start, PunctScan.isProseBlock(blocks[bi].kind) else {
          continue
        }
        let block = blocks[bi].range
        var k = k0
        var i = start
        var count = 0
        var hasTab = false
        var hasNBSP = false
        while k < n && buf.eventOffsets[k] == i && i < block.upperBound && isSpace(buf.eventScalars[k]) {
          let v = buf.eventScalars[k]
          hasTab = hasTab || v == 0x09
          hasNBSP = hasNBSP || v == 0xA0
          i += buf.eventLength(k)
          count += 1
          k += 1
        }
        next = k
        if depthBlock != bi {
          depthBlock = bi
          depthCursor = buf.index.blockEvents[bi].lowerBound
          depth = 0
        }
        while depthCursor < k0 {
          let u = buf.eventScalars[depthCursor]
          if u == U.leftDoubleQuote || u == U.leftTitle { depth += 1 }
          if (u == U.rightDoubleQuote || u == U.rightTitle) && depth > 0 { depth -= 1 }
          depthCursor += 1
        }
        let lineStart = start == block.lowerBound || b[start - 1] == 0x0A || b[start - 1] == 0x0D
        let before = lineStart ? 0 : buf.before(start).0
        var after: UInt32 = 0
        if i < block.upperBound && b[i] != 0x0A && b[i] != 0x0D { after = buf.value(at: i) }
        body(
          SpaceRun(
            range: start..<i, before: before, after: after, quoteDepth: depth, count: count, hasTab: hasTab,
            hasNBSP: hasNBSP, zone: buf.zones[start], mask: buf.masks[start],
            zoneAfter: i < buf.count ? buf.zones[i] : .none))
      }
    }
  }
}
