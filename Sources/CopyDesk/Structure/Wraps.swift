extension Document {
  /// The offset past a wrap at `offset` — a line break inside a paragraph block, with the spaces around it — so that
  /// text rules read `区人大常委⏎会主任` (a PDF column's wrap) as `区人大常委会主任`; `offset` itself when no wrap is
  /// there. A break between paragraphs is no wrap.
  public func skippingWrap(from offset: Int) -> Int {
    let j = skipSpaces(from: offset)
    guard j < bytes.count, bytes[j] == 0x0A || bytes[j] == 0x0D, ZoneSet.prose.contains(zone(at: j)) else {
      return offset
    }
    var k = j + (bytes[j] == 0x0D && j + 1 < bytes.count && bytes[j + 1] == 0x0A ? 2 : 1)
    k = skipSpaces(from: k)
    return k < bytes.count && ZoneSet.prose.contains(zone(at: k)) ? k : offset
  }

  /// The offset before a wrap that ends at `offset` (see `skippingWrap(from:)`).
  public func skippingWrap(backFrom offset: Int) -> Int {
    let j = skipSpaces(backFrom: offset)
    guard j > 0, bytes[j - 1] == 0x0A || bytes[j - 1] == 0x0D, ZoneSet.prose.contains(zone(at: j - 1)) else {
      return offset
    }
    var k = j - (bytes[j - 1] == 0x0A && j >= 2 && bytes[j - 2] == 0x0D ? 2 : 1)
    k = skipSpaces(backFrom: k)
    return k > 0 && ZoneSet.prose.contains(zone(at: k - 1)) ? k : offset
  }
}
