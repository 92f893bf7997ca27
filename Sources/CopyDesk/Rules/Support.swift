/// Scanning helpers shared by rules. All offsets are UTF-8 byte offsets into `Document.bytes`.
extension Document {
  /// The scalar starting at `offset` and its byte length, or nil at the end.
  @inline(__always)
  public func scalar(at offset: Int) -> (value: UInt32, length: Int)? {
    guard offset >= 0 && offset < bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { UTF8Scan.decode($0, at: offset) }
  }

  /// The scalar ending right before `offset` and its start, or nil at the start.
  @inline(__always)
  public func scalar(before offset: Int) -> (value: UInt32, start: Int)? {
    guard offset > 0 && offset <= bytes.count else { return nil }
    return bytes.withUnsafeBufferPointer { b in
      let s = UTF8Scan.previousStart(b, before: offset)
      return (UTF8Scan.decode(b, at: s).0, s)
    }
  }

  /// End of the run of inline spaces (space, tab, U+3000, NBSP) starting at `offset`.
  public func skipSpaces(from offset: Int) -> Int {
    var i = offset
    while let (u, n) = scalar(at: i), CharClass.isInlineSpace(u) { i += n }
    return i
  }

  /// Start of the run of inline spaces ending at `offset`.
  public func skipSpaces(backFrom offset: Int) -> Int {
    var i = offset
    while let (u, s) = scalar(before: i), CharClass.isInlineSpace(u) { i = s }
    return i
  }

  /// Calls `body` for every scalar in the given zones, in order, with its offset and length.
  public func forEachScalar(in zones: ZoneSet, _ body: (UInt32, Int, Int) -> Void) {
    for block in blocks {
      bytes.withUnsafeBufferPointer { b in
        var i = block.range.lowerBound
        while i < block.range.upperBound {
          let (u, n) = UTF8Scan.decode(b, at: i)
          if zones.contains(self.zones[i]) { body(u, i, n) }
          i += n
        }
      }
    }
  }

  /// Whether `offset` is on a line-terminator or at the end of its line (ignoring trailing spaces).
  public func isLineEnd(_ offset: Int) -> Bool {
    let i = skipSpaces(from: offset)
    return i >= bytes.count || bytes[i] == 0x0A || bytes[i] == 0x0D
  }

  /// Whether only inline spaces stand between the start of the line and `offset`.
  public func isLineStart(_ offset: Int) -> Bool {
    let i = skipSpaces(backFrom: offset)
    return i == 0 || bytes[i - 1] == 0x0A || bytes[i - 1] == 0x0D || i == bomLength
  }
}

/// A set of zones as a bit mask: membership tests run once per scalar, so they must be cheap.
public struct ZoneSet: OptionSet, Sendable {
  public let rawValue: UInt16
  public init(rawValue: UInt16) { self.rawValue = rawValue }
  public init(_ zones: Zone...) { self.rawValue = zones.reduce(0) { $0 | (1 << $1.rawValue) } }

  @inline(__always) public func contains(_ z: Zone) -> Bool { rawValue & (1 << z.rawValue) != 0 }

  /// Running text where generic punctuation and spacing rules apply (not bylines, credits, code).
  public static let prose = ZoneSet(.headline, .lead, .body, .caption)
  /// Paragraph copy without headlines.
  public static let bodyCopy = ZoneSet(.lead, .body, .caption)
}
