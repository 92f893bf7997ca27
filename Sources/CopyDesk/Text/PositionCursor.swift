import Foundation

/// Line and character of many offsets in one document, in time linear in the text rather than in (findings × line
/// length). Counting characters from the start of the line for every finding is quadratic on a long line with many
/// findings: a PDF export pasted as one 20 MB line with a half-width comma every few characters.
///
/// The cursor remembers the last two places it was asked about (findings come sorted, and each start is followed
/// by its end) and counts from whichever of them, or the line start, is nearest — forwards or backwards. Results
/// are exactly those of `LineIndex.lineAndCharacter(ofOffset:in:encoding:)` (a test compares them on every offset).
public struct PositionCursor {
  let document: Document
  var state: CursorState

  public init(_ document: Document, _ encoding: PositionEncoding = .utf32) {
    self.document = document
    state = CursorState(encoding, bomLength: document.bomLength, count: document.bytes.count)
  }

  public var encoding: PositionEncoding { state.encoding }

  /// 0-based line and character (in the cursor's encoding) of a byte offset, clamped to the text.
  public mutating func lineAndCharacter(of offset: Int) -> (line: Int, character: Int) {
    state.locate(offset, bytes: document.bytes, lineIndex: document.lineIndex)
  }

  /// 1-based line and column plus the clamped offset, as `Document.position(ofOffset:)` gives them (for a `.utf32`
  /// cursor the column counts Unicode scalars).
  public mutating func position(of offset: Int) -> SourcePosition {
    let clamped = max(0, min(offset, document.bytes.count))
    let (line, character) = lineAndCharacter(of: clamped)
    return SourcePosition(line: line + 1, column: character + 1, offset: clamped)
  }
}

/// The cursor's memory, without the document (so a document can keep cursors of its own).
struct CursorState {
  struct Anchor {
    var line: Int
    var offset: Int
    var units: Int
  }

  let encoding: PositionEncoding
  private var anchors: (Anchor, Anchor)
  private var replaceFirst = true

  init(_ encoding: PositionEncoding, bomLength: Int, count: Int) {
    self.encoding = encoding
    let start = Anchor(line: 0, offset: min(bomLength, count), units: 0)
    anchors = (start, start)
  }

  @inline(__always)
  private func width(_ utf8Length: Int) -> Int {
    switch encoding {
    case .utf8: utf8Length
    case .utf16: UTF8Scan.utf16Units(utf8Length: utf8Length)
    case .utf32: 1
    }
  }

  mutating func locate(_ target: Int, bytes: [UInt8], lineIndex: LineIndex) -> (line: Int, character: Int) {
    let t = max(0, min(target, bytes.count))
    let starts = lineIndex.starts
    func lineStart(_ l: Int) -> Int { l == 0 ? min(lineIndex.bomLength, bytes.count) : starts[l] }
    func holds(_ a: Anchor) -> Bool {
      starts[a.line] <= t && t < (a.line + 1 < starts.count ? starts[a.line + 1] : Int.max)
    }
    let line = holds(anchors.0) ? anchors.0.line : holds(anchors.1) ? anchors.1.line : lineIndex.line(ofOffset: t)
    let start = lineStart(line)
    // Inside the byte-order mark: column 0, as the engine counts it.
    if t < start { return (line, 0) }
    // The nearest known place on this line: the line start or one of the anchors.
    var from = Anchor(line: line, offset: start, units: 0)
    if anchors.0.line == line && abs(anchors.0.offset - t) < abs(from.offset - t) { from = anchors.0 }
    if anchors.1.line == line && abs(anchors.1.offset - t) < abs(from.offset - t) { from = anchors.1 }
    var offset = from.offset
    var units = from.units
    if offset > t {
      bytes.withUnsafeBufferPointer { buf in
        while offset > t {
          let p = UTF8Scan.previousStart(buf, before: offset)
          units -= width(offset - p)
          offset = p
        }
      }
    }
    // Forwards; also after stepping back to the start of a character that `t` points inside of (it counts, as in
    // `LineIndex`).
    while offset < t {
      let n = UTF8Scan.length(lead: bytes[offset])
      units += width(n)
      offset += n
    }
    let reached = Anchor(line: line, offset: offset, units: units)
    if replaceFirst { anchors.0 = reached } else { anchors.1 = reached }
    replaceFirst.toggle()
    return (line, units)
  }
}

/// The cursors a document uses for `position(ofOffset:)` and `lineAndCharacter(ofOffset:encoding:)`, one per
/// encoding, so callers that ask in order (every output format, the baseline) are linear without knowing it.
final class DocumentCursors: @unchecked Sendable {
  private let lock = NSLock()
  private var states: [CursorState?] = [nil, nil, nil]

  func locate(_ offset: Int, in document: Document, encoding: PositionEncoding) -> (line: Int, character: Int) {
    let k = encoding == .utf8 ? 0 : encoding == .utf16 ? 1 : 2
    lock.lock()
    defer { lock.unlock() }
    var state =
      states[k] ?? CursorState(encoding, bomLength: document.bomLength, count: document.bytes.count)
    let result = state.locate(offset, bytes: document.bytes, lineIndex: document.lineIndex)
    states[k] = state
    return result
  }
}
