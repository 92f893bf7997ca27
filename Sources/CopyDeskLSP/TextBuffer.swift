import CopyDesk

/// An open document's text as UTF-8 bytes with a line index, cheap to edit. The store applies incremental edits
/// here instead of building an engine `Document` per edit (segmentation and masking are not needed to find an
/// offset). Its conversions follow `Document.offset(line:character:encoding:)` exactly — same line terminators
/// (LF, CR, CRLF), same BOM handling, same clamping, because both use the engine's `LineIndex`.
public struct TextBuffer: Sendable, Equatable {
  public private(set) var bytes: [UInt8]
  /// The engine's line index: the same line terminators, BOM handling and clamping as `Document`.
  public private(set) var index: LineIndex

  public init(_ text: String) {
    bytes = Array(text.utf8)
    index = LineIndex(bytes)
  }

  public var text: String { String(decoding: bytes, as: UTF8.self) }
  public var lineStarts: [Int] { index.starts }

  /// Whether an LSP position lies outside the text (a line past the end or a character past the line's end).
  public func isOutOfRange(line: Int, character: Int, encoding: PositionEncoding) -> Bool {
    if line < 0 || character < 0 || line >= index.lineCount { return true }
    return character > index.units(index.contentRange(line, in: bytes), in: bytes, encoding)
  }

  /// The byte offset of an LSP position, clamped exactly as the engine's `Document.offset(line:character:encoding:)`.
  public func offset(line: Int, character: Int, encoding: PositionEncoding) -> Int {
    index.offset(line: line, character: character, in: bytes, encoding: encoding)
  }

  /// Replaces a byte range and updates the line index around it (the prefix of the index is kept).
  public mutating func replace(_ range: Range<Int>, with text: String) {
    let lo = max(0, min(range.lowerBound, bytes.count))
    let hi = max(lo, min(range.upperBound, bytes.count))
    bytes.replaceSubrange(lo..<hi, with: text.utf8)
    index.update(bytes, changedFrom: lo)
  }
}
