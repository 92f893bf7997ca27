/// A decoded run of scalars with the byte offset of each, for pattern checks on short spans
/// (line starts, line ends, headlines). Long paragraphs are scanned byte-wise by the rules instead.
struct Scalars {
  var values: [UInt32] = []
  var offsets: [Int] = []
  var end: Int

  /// Decodes at most `limit` scalars of `range`, from its start.
  init(_ bytes: [UInt8], _ range: Range<Int>, limit: Int = .max) {
    end = range.upperBound
    let capacity = min(limit, range.count)
    values.reserveCapacity(capacity)
    offsets.reserveCapacity(capacity)
    bytes.withUnsafeBufferPointer { buf in
      var i = range.lowerBound
      while i < range.upperBound && values.count < limit {
        let (u, n) = UTF8Scan.decode(buf, at: i)
        values.append(u)
        offsets.append(i)
        i += n
      }
      end = i
    }
  }

  /// Decodes at most `limit` scalars ending at `range.upperBound`.
  init(suffixOf bytes: [UInt8], _ range: Range<Int>, limit: Int) {
    end = range.upperBound
    bytes.withUnsafeBufferPointer { buf in
      var starts: [Int] = []
      var i = range.upperBound
      while i > range.lowerBound && starts.count < limit {
        i = UTF8Scan.previousStart(buf, before: i)
        starts.append(i)
      }
      for s in starts.reversed() {
        values.append(UTF8Scan.decode(buf, at: s).0)
        offsets.append(s)
      }
    }
  }

  var count: Int { values.count }
  /// Byte offset where scalar `k` starts (or the end, for k == count).
  func offset(_ k: Int) -> Int { k < offsets.count ? offsets[k] : end }

  func hasPrefix(_ s: String, at k: Int = 0) -> Bool {
    var j = k
    for u in s.unicodeScalars {
      guard j < values.count, values[j] == u.value else { return false }
      j += 1
    }
    return true
  }

  func hasSuffix(_ s: String) -> Bool {
    let needle = s.unicodeScalars.map(\.value)
    guard needle.count <= values.count else { return false }
    return Array(values[(values.count - needle.count)...]) == needle
  }

  /// Index of the first non-space scalar at or after k.
  func skipSpaces(from k: Int) -> Int {
    var j = k
    while j < values.count && CharClass.isInlineSpace(values[j]) { j += 1 }
    return j
  }
}

extension UInt32 {
  /// Convenience for comparing with a character literal.
  static func of(_ c: Unicode.Scalar) -> UInt32 { c.value }
}
