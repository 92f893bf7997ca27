import Foundation

/// Decoding helpers over valid UTF-8 bytes. The engine's one internal unit is the UTF-8 byte offset.
public enum UTF8Scan {
  @inline(__always)
  public static func length(lead b: UInt8) -> Int { b < 0x80 ? 1 : (b < 0xE0 ? 2 : (b < 0xF0 ? 3 : 4)) }

  @inline(__always)
  public static func isContinuation(_ b: UInt8) -> Bool { b & 0xC0 == 0x80 }

  /// The scalar starting at `i` and its byte length. `bytes` must be valid UTF-8 and `i` a scalar start.
  @inline(__always)
  public static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
    let b0 = UInt32(bytes[i])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return (((b0 & 0x1F) << 6) | (UInt32(bytes[i + 1]) & 0x3F), 2) }
    if b0 < 0xF0 {
      return (((b0 & 0x0F) << 12) | ((UInt32(bytes[i + 1]) & 0x3F) << 6) | (UInt32(bytes[i + 2]) & 0x3F), 3)
    }
    let v =
      ((b0 & 0x07) << 18) | ((UInt32(bytes[i + 1]) & 0x3F) << 12) | ((UInt32(bytes[i + 2]) & 0x3F) << 6)
      | (UInt32(bytes[i + 3]) & 0x3F)
    return (v, 4)
  }

  /// The offset of the first `byte` at or after `from`, by memchr (many bytes per step).
  @inline(__always)
  public static func find(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
    guard let base = bytes.baseAddress, from < bytes.count,
      let p = memchr(base + from, Int32(byte), bytes.count - from)
    else { return nil }
    return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(p))
  }

  /// Start of the scalar that ends right before `i` (i > 0).
  @inline(__always)
  public static func previousStart(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Int {
    var j = i - 1
    while j > 0 && isContinuation(bytes[j]) { j -= 1 }
    return j
  }

  /// UTF-16 code units of a scalar given its UTF-8 length.
  @inline(__always)
  public static func utf16Units(utf8Length n: Int) -> Int { n == 4 ? 2 : 1 }
}

extension Array where Element == UInt8 {
  /// The scalar at byte offset `i`, or nil at the end.
  public func scalar(at i: Int) -> UInt32? {
    guard i >= 0 && i < count else { return nil }
    return withUnsafeBufferPointer { UTF8Scan.decode($0, at: i).0 }
  }
}
