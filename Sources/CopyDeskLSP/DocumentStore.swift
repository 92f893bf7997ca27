import CopyDesk
import Foundation

/// An open document as the client last described it.
public struct OpenDocument: Sendable {
  public var uri: String
  public var languageID: String
  public var version: Int
  public var buffer: TextBuffer
  /// The file system path of a `file:` URI (for configuration discovery and the engine's format guess).
  public var path: String?

  public var format: SourceFormat {
    languageID == "markdown" ? .markdown : SourceFormat.guess(path: path ?? uri)
  }

  /// The engine's view of the current text.
  public func makeDocument() -> Document { Document(bytes: buffer.bytes, path: path, format: format) }
}

/// One `contentChanges` entry of `textDocument/didChange`: a range replacement, or the whole text when
/// `range` is nil.
public struct ContentChange: Sendable, Equatable {
  public struct Position: Sendable, Equatable {
    public var line: Int
    public var character: Int
    public init(line: Int, character: Int) {
      self.line = line
      self.character = character
    }
  }

  public var range: (start: Position, end: Position)?
  public var text: String

  public init(range: (start: Position, end: Position)?, text: String) {
    self.range = range
    self.text = text
  }

  public static func == (a: ContentChange, b: ContentChange) -> Bool {
    a.text == b.text && a.range?.start == b.range?.start && a.range?.end == b.range?.end
  }
}

/// Open documents by URI with their versions. Edits apply in order; positions outside the text are clamped
/// (and reported to the caller for the log) so that a confused client never takes the server down.
public struct DocumentStore: Sendable {
  public private(set) var documents: [String: OpenDocument] = [:]

  public init() {}

  public subscript(uri: String) -> OpenDocument? { documents[uri] }

  public var uris: [String] { documents.keys.sorted() }

  public mutating func open(uri: String, languageID: String, version: Int, text: String) {
    documents[uri] = OpenDocument(
      uri: uri, languageID: languageID, version: version, buffer: TextBuffer(text), path: Self.path(of: uri))
  }

  public mutating func close(uri: String) { documents[uri] = nil }

  /// Applies changes and sets the version. Returns a note for each clamped edit (empty when all were in range),
  /// or nil when the document is not open.
  @discardableResult
  public mutating func change(
    uri: String, version: Int?, changes: [ContentChange], encoding: PositionEncoding
  ) -> [String]? {
    guard var doc = documents[uri] else { return nil }
    var notes: [String] = []
    if let version, version <= doc.version {
      notes.append("version \(version) of \(uri) is not newer than \(doc.version); applied anyway")
    }
    for change in changes {
      guard let (start, end) = change.range else {
        doc.buffer = TextBuffer(change.text)
        continue
      }
      let b = doc.buffer
      for p in [start, end] where b.isOutOfRange(line: p.line, character: p.character, encoding: encoding) {
        notes.append("position \(p.line):\(p.character) is outside \(uri) (\(b.lineStarts.count) lines); clamped")
      }
      var lo = b.offset(line: start.line, character: start.character, encoding: encoding)
      var hi = b.offset(line: end.line, character: end.character, encoding: encoding)
      if hi < lo {
        notes.append("range end \(end.line):\(end.character) precedes its start in \(uri); swapped")
        swap(&lo, &hi)
      }
      doc.buffer.replace(lo..<hi, with: change.text)
    }
    doc.version = version ?? doc.version + 1
    documents[uri] = doc
    return notes
  }

  /// `file:///a/b%20c.txt` → `/a/b c.txt`; nil for other schemes.
  public static func path(of uri: String) -> String? {
    guard let url = URL(string: uri), url.isFileURL else { return nil }
    return url.path
  }

  /// A `file:` URI for a path (used by tests and for related locations in other files).
  public static func uri(ofPath path: String) -> String { URL(fileURLWithPath: path).absoluteString }
}
