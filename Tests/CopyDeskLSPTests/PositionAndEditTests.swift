import CopyDesk
import Testing

@testable import CopyDeskLSP

/// Positions in the three LSP encodings on text with characters outside the BMP (𠮷 U+20BB7, 😀 U+1F600),
/// CRLF line ends and a byte-order mark, and incremental edits of the document store.
@Suite struct PositionTests {
  // Bytes: 𠮷 0–3, a 4, 😀 5–8, b 9, CRLF 10–11 | 中 12–14, 😀 15–18, CRLF 19–20 | x 21
  let text = "𠮷a😀b\r\n中😀\r\nx"

  @Test(arguments: [
    (9, PositionEncoding.utf8, 0, 9), (9, .utf16, 0, 5), (9, .utf32, 0, 3),
    (15, .utf8, 1, 3), (15, .utf16, 1, 1), (15, .utf32, 1, 1),
    (19, .utf8, 1, 7), (19, .utf16, 1, 3), (19, .utf32, 1, 2),
    (21, .utf8, 2, 0), (22, .utf16, 2, 1),
  ])
  func offsetToPosition(_ offset: Int, _ encoding: PositionEncoding, _ line: Int, _ character: Int) {
    let p = Document(text: text).lineAndCharacter(ofOffset: offset, encoding: encoding)
    #expect(p.line == line && p.character == character)
  }

  @Test(arguments: [
    (0, 2, PositionEncoding.utf16, 4), (0, 1, .utf16, 0), (0, 2, .utf8, 0), (0, 4, .utf8, 4), (0, 2, .utf32, 5),
    (1, 2, .utf16, 15), (1, 3, .utf16, 19), (1, 99, .utf16, 19), (0, 99, .utf8, 10), (5, 0, .utf16, 22),
    (2, 1, .utf32, 22),
  ])
  func positionToOffsetIsClamped(_ line: Int, _ character: Int, _ encoding: PositionEncoding, _ offset: Int) {
    #expect(Document(text: text).offset(line: line, character: character, encoding: encoding) == offset)
    #expect(TextBuffer(text).offset(line: line, character: character, encoding: encoding) == offset)
  }

  /// The store's buffer and the engine's Document must agree on every position (the store edits with one, the
  /// server reports with the other).
  @Test(arguments: [
    "𠮷a😀b\r\n中😀\r\nx", "\u{FEFF}𠮷\n😀\r\rz", "", "\r\n\r\n", "a\rb\nc\r\n", "标题\n\n本报讯（记者 张晶）𠮷😀。",
  ])
  func bufferAgreesWithDocument(_ text: String) {
    let doc = Document(text: text)
    let buf = TextBuffer(text)
    #expect(buf.lineStarts == doc.lineStarts)
    for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
      for line in -1...(doc.lineCount + 1) {
        for character in 0...12 {
          #expect(
            buf.offset(line: line, character: character, encoding: encoding)
              == doc.offset(line: line, character: character, encoding: encoding), "\(line):\(character) \(encoding)")
        }
      }
    }
  }

  @Test func serverReportsRangesInTheNegotiatedEncoding() throws {
    // The half-width comma follows 𠮷😀 and seven Han characters on the third line (CRLF line ends).
    let text = "第一段。\r\n\r\n𠮷😀会议于昨日召开,共有300余人参加。"
    for (encoding, expected) in [("utf-8", "2:29-2:30"), ("utf-16", "2:11-2:12"), ("utf-32", "2:9-2:10")] {
      let c = TestClient()
      let r = try c.initialize(.object(["general": .object(["positionEncodings": .array([.string(encoding)])])]))
      #expect(r["capabilities"]?["positionEncoding"]?.stringValue == encoding)
      c.open("file:///tmp/enc.txt", text)
      let d = try c.published("file:///tmp/enc.txt", version: 1)
      #expect(d.map { $0["range"]!.rangeText } == [expected], "\(encoding)")
    }
  }
}

@Suite struct IncrementalEditTests {
  let uri = "file:///tmp/edit.txt"

  func store(_ text: String) -> DocumentStore {
    var s = DocumentStore()
    s.open(uri: uri, languageID: "plaintext", version: 1, text: text)
    return s
  }

  func change(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int, _ text: String) -> ContentChange {
    ContentChange(range: (.init(line: l1, character: c1), .init(line: l2, character: c2)), text: text)
  }

  @Test func editsInUTF16AroundSurrogatePairs() {
    var s = store("𠮷a😀b\r\n中😀\r\nx")
    #expect(s.change(uri: uri, version: 2, changes: [change(0, 2, 0, 2, "X")], encoding: .utf16) == [])
    #expect(s[uri]!.buffer.text == "𠮷Xa😀b\r\n中😀\r\nx")
    s.change(uri: uri, version: 3, changes: [change(0, 3, 0, 6, "")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "𠮷Xb\r\n中😀\r\nx")
    s.change(uri: uri, version: 4, changes: [change(0, 3, 1, 1, "")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "𠮷X😀\r\nx")
    #expect(s[uri]!.version == 4)
    #expect(s[uri]!.buffer.lineStarts == [0, 11])
  }

  @Test func severalChangesApplyInOrder() {
    var s = store("一二三\n四五六")
    s.change(
      uri: uri, version: 2, changes: [change(1, 0, 1, 3, "肆"), change(0, 9, 1, 0, ""), change(0, 0, 0, 0, "〇")],
      encoding: .utf8)
    #expect(s[uri]!.buffer.text == "〇一二三肆五六")
  }

  @Test func editsInUTF8AndUTF32() {
    var s = store("😀中")
    s.change(uri: uri, version: 2, changes: [change(0, 4, 0, 7, "文")], encoding: .utf8)
    #expect(s[uri]!.buffer.text == "😀文")
    s.change(uri: uri, version: 3, changes: [change(0, 1, 0, 1, "𠮷")], encoding: .utf32)
    #expect(s[uri]!.buffer.text == "😀𠮷文")
  }

  @Test func outOfRangePositionsAreClampedAndReported() {
    var s = store("ab\ncd")
    let notes = s.change(uri: uri, version: 2, changes: [change(7, 0, 9, 3, "!")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "ab\ncd!")
    #expect(notes?.count == 2)
    let more = s.change(uri: uri, version: 3, changes: [change(0, 50, 0, 60, "?")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "ab?\ncd!")
    #expect(more?.count == 2)
    // An end before its start is swapped, not fatal.
    s.change(uri: uri, version: 4, changes: [change(1, 2, 1, 0, "")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "ab?\n!")
  }

  @Test func fullReplacementAndUnknownDocument() {
    var s = store("old")
    s.change(uri: uri, version: 2, changes: [ContentChange(range: nil, text: "新\r\n文")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "新\r\n文")
    #expect(s[uri]!.buffer.lineStarts == [0, 5])
    #expect(s.change(uri: "file:///nope", version: 1, changes: [], encoding: .utf16) == nil)
  }

  @Test func carriageReturnJoinsAnInsertedLineFeed() {
    var s = store("a\rb")
    s.change(uri: uri, version: 2, changes: [change(1, 0, 1, 0, "\n")], encoding: .utf16)
    #expect(s[uri]!.buffer.text == "a\r\nb")
    #expect(s[uri]!.buffer.lineStarts == [0, 3])
  }

  /// Random edits: the buffer's incrementally kept line index equals a fresh one, and the text equals a naive edit.
  @Test func randomEditsKeepTheLineIndexExact() {
    var rng = SplitMix(seed: 42)
    let pieces = ["", "a", "中", "𠮷", "😀", "\r", "\n", "\r\n", "文\n字", "\r\r\n"]
    var expected = Array("开头\r\n𠮷\n😀\r尾".utf8)
    var buffer = TextBuffer(String(decoding: expected, as: UTF8.self))
    for _ in 0..<2000 {
      let starts = scalarStarts(expected)
      let a = starts[Int(rng.next() % UInt64(starts.count))]
      let b = starts[Int(rng.next() % UInt64(starts.count))]
      let piece = pieces[Int(rng.next() % UInt64(pieces.count))]
      let r = min(a, b)..<max(a, b)
      expected.replaceSubrange(r, with: piece.utf8)
      buffer.replace(r, with: piece)
      #expect(buffer.bytes == expected)
      #expect(buffer.index == LineIndex(expected), "the incremental index equals a fresh one")
    }
  }

  func scalarStarts(_ b: [UInt8]) -> [Int] {
    (0...b.count).filter { $0 == b.count || !UTF8Scan.isContinuation(b[$0]) }
  }
}

struct SplitMix {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
