/// The LSP base protocol's framing: `Content-Length: N\r\n` (other headers allowed, names case-insensitive),
/// a blank line, then N bytes of JSON. A small state machine fed with chunks of any size: a message may arrive in
/// pieces, several may arrive in one chunk.
///
/// States: `header` (collecting header lines) → `body(n)` (collecting n bytes) → `header`. A header block without a
/// usable length is reported and the framer enters `resync`: it drops bytes until the next `Content-Length:` so that
/// one bad frame costs one message, not the session. When a body is longer than its `Content-Length`, its tail
/// runs into the next header block; the framer then drops the tail and keeps the `Content-Length` behind it.
public struct MessageFramer: Sendable {
  public enum Event: Sendable, Equatable {
    /// A complete message body.
    case message([UInt8])
    /// A header block that could not be used; the framer resynchronises on the next `Content-Length`.
    case error(String)
  }

  enum State: Sendable, Equatable {
    case header
    case body(Int)
    case resync
  }

  /// Refuses bodies above this size (a length that large is a corrupt header, not a document).
  public static let maximumLength = 256 << 20
  /// Refuses header blocks above this size (a missing blank line would otherwise buffer forever).
  static let maximumHeaderBytes = 8192

  private(set) var state: State = .header
  private var buffer: [UInt8] = []
  /// Where scanning resumes in `buffer`, so that a header split over many chunks is not rescanned from the start.
  private var scanned = 0

  public init() {}

  /// Bytes buffered and not yet part of an emitted event.
  public var pendingByteCount: Int { buffer.count }

  public mutating func feed(_ chunk: some Sequence<UInt8>) -> [Event] {
    buffer.append(contentsOf: chunk)
    var events: [Event] = []
    var progress = true
    while progress {
      progress = false
      switch state {
      case .header:
        guard let end = headerEnd() else {
          if buffer.count > Self.maximumHeaderBytes {
            events.append(.error("header block longer than \(Self.maximumHeaderBytes) bytes without a blank line"))
            enterResync(dropping: buffer.count)
            progress = true
          }
          break
        }
        let header = Array(buffer[..<end.headerEnd])
        switch Self.contentLength(header) {
        case .success(let n):
          buffer.removeFirst(end.bodyStart)
          scanned = 0
          state = .body(n)
        case .failure(let message):
          events.append(.error(message.message))
          // Bytes before a `Content-Length` in the block are the tail of a body longer than its declared length
          // (or other junk): drop just them and read the header that follows, so the next request is answered.
          if let at = Self.find(Self.contentLengthName, in: header, caseInsensitive: true), at > 0 {
            buffer.removeFirst(at)
            scanned = 0
          } else {
            buffer.removeFirst(end.bodyStart)
            enterResync(dropping: 0)
          }
        }
        progress = true
      case .body(let n):
        guard buffer.count >= n else { break }
        events.append(.message(Array(buffer[..<n])))
        buffer.removeFirst(n)
        state = .header
        scanned = 0
        progress = true
      case .resync:
        if let at = Self.find(Self.contentLengthName, in: buffer, caseInsensitive: true) {
          buffer.removeFirst(at)
          state = .header
          scanned = 0
          progress = true
        } else if buffer.count > Self.contentLengthName.count {
          // Keep a tail that could be the start of a split `Content-Length`.
          buffer.removeFirst(buffer.count - Self.contentLengthName.count)
        }
      }
    }
    return events
  }

  private mutating func enterResync(dropping n: Int) {
    buffer.removeFirst(min(n, buffer.count))
    scanned = 0
    state = .resync
  }

  /// End of the header block: `\r\n\r\n`, or `\n\n` from lenient clients.
  private mutating func headerEnd() -> (headerEnd: Int, bodyStart: Int)? {
    var k = max(0, scanned - 3)
    while k < buffer.count {
      if buffer[k] == 0x0A {
        if k + 1 < buffer.count, buffer[k + 1] == 0x0A { return (k, k + 2) }
        if k + 2 < buffer.count, buffer[k + 1] == 0x0D, buffer[k + 2] == 0x0A { return (k, k + 3) }
      }
      k += 1
    }
    scanned = buffer.count
    return nil
  }

  static let contentLengthName = Array("content-length:".utf8)

  /// The value of `Content-Length` in a header block; other headers (Content-Type…) are ignored.
  static func contentLength(_ header: [UInt8]) -> Result<Int, LengthError> {
    var length: Int?
    for rawLine in header.split(separator: 0x0A, omittingEmptySubsequences: true) {
      var line = Array(rawLine)
      if line.last == 0x0D { line.removeLast() }
      guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else {
        return .failure(LengthError("malformed header line '\(String(decoding: line, as: UTF8.self))'"))
      }
      let name = String(decoding: line[..<colon], as: UTF8.self).trimming(" \t").lowercased()
      guard name == "content-length" else { continue }
      let value = String(decoding: line[(colon + 1)...], as: UTF8.self).trimming(" \t")
      guard !value.isEmpty, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }), let n = Int(value) else {
        return .failure(LengthError("bad Content-Length '\(value)'"))
      }
      guard n <= maximumLength else { return .failure(LengthError("Content-Length \(n) exceeds \(maximumLength)")) }
      length = n
    }
    guard let length else { return .failure(LengthError("header block without Content-Length")) }
    return .success(length)
  }

  struct LengthError: Error, Sendable {
    var message: String
    init(_ m: String) { message = m }
  }

  static func find(_ needle: [UInt8], in hay: [UInt8], caseInsensitive: Bool) -> Int? {
    guard hay.count >= needle.count else { return nil }
    outer: for s in 0...(hay.count - needle.count) {
      for k in 0..<needle.count {
        var c = hay[s + k]
        if caseInsensitive && c >= 0x41 && c <= 0x5A { c += 0x20 }
        if c != needle[k] { continue outer }
      }
      return s
    }
    return nil
  }

  /// A message framed for writing.
  public static func frame(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
  }
}

extension String {
  func trimming(_ set: String) -> String {
    var s = Substring(self)
    while let f = s.first, set.contains(f) { s = s.dropFirst() }
    while let l = s.last, set.contains(l) { s = s.dropLast() }
    return String(s)
  }
}
