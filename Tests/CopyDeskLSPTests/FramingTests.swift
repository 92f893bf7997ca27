import Testing

@testable import CopyDeskLSP

@Suite struct FramingTests {
  func frame(_ s: String) -> [UInt8] { MessageFramer.frame(Array(s.utf8)) }
  func bodies(_ events: [MessageFramer.Event]) -> [String] {
    events.compactMap { if case .message(let b) = $0 { String(decoding: b, as: UTF8.self) } else { nil } }
  }
  func errors(_ events: [MessageFramer.Event]) -> [String] {
    events.compactMap { if case .error(let m) = $0 { m } else { nil } }
  }

  @Test func wholeMessage() {
    var f = MessageFramer()
    #expect(bodies(f.feed(frame(#"{"a":"中文"}"#))) == [#"{"a":"中文"}"#])
    #expect(f.pendingByteCount == 0)
  }

  @Test func lengthCountsBytesNotCharacters() {
    #expect(Array("Content-Length: 12\r\n\r\n".utf8) == Array(frame(#"{"a":"𠮷"}"#).prefix(22)))
  }

  @Test func splitAtEveryByte() {
    let data = frame(#"{"x":"𠮷😀"}"#) + frame("[1]")
    var f = MessageFramer()
    var out: [String] = []
    for b in data { out += bodies(f.feed([b])) }
    #expect(out == [#"{"x":"𠮷😀"}"#, "[1]"])
    #expect(f.pendingByteCount == 0)
  }

  @Test func splitInsideHeaderAndBody() {
    let data = frame(#"{"id":1}"#)
    var f = MessageFramer()
    #expect(f.feed(data[0..<9]).isEmpty)
    #expect(f.feed(data[9..<20]).isEmpty)
    #expect(f.feed(data[20..<25]).isEmpty)
    #expect(bodies(f.feed(data[25...])) == [#"{"id":1}"#])
  }

  @Test func coalescedMessagesInOneChunk() {
    var f = MessageFramer()
    let data = frame("1") + frame("22") + frame("333") + Array("Content-Len".utf8)
    #expect(bodies(f.feed(data)) == ["1", "22", "333"])
    #expect(bodies(f.feed(Array("gth: 1\r\n\r\n4".utf8))) == ["4"])
  }

  @Test func extraHeadersAndCaseAreAccepted() {
    var f = MessageFramer()
    let data = Array("content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:2\r\n\r\n{}".utf8)
    #expect(bodies(f.feed(data)) == ["{}"])
    // Bare LF line ends from lenient clients.
    #expect(bodies(f.feed(Array("Content-Length: 2\n\n[]".utf8))) == ["[]"])
  }

  @Test(arguments: ["abc", "-5", "", "1e3", "99999999999999999999"])
  func badLengthIsReportedAndTheNextMessageStillArrives(_ length: String) {
    var f = MessageFramer()
    let data = Array("Content-Length: \(length)\r\n\r\n{\"lost\":1}".utf8) + frame(#"{"ok":1}"#)
    let events = f.feed(data)
    #expect(errors(events).count == 1)
    #expect(bodies(events) == [#"{"ok":1}"#])
  }

  @Test func missingLengthAndMalformedHeaderLine() {
    var f = MessageFramer()
    var events = f.feed(Array("Content-Type: x\r\n\r\n{}".utf8) + frame("[2]"))
    #expect(errors(events) == ["header block without Content-Length"])
    #expect(bodies(events) == ["[2]"])
    events = f.feed(Array("garbage\r\n\r\n".utf8) + frame("[3]"))
    #expect(errors(events).count == 1)
    #expect(bodies(events) == ["[3]"])
  }

  @Test func tooLargeLengthIsRefused() {
    var f = MessageFramer()
    let events = f.feed(Array("Content-Length: \(MessageFramer.maximumLength + 1)\r\n\r\n".utf8) + frame("[4]"))
    #expect(errors(events).count == 1)
    #expect(bodies(events) == ["[4]"])
  }

  @Test func endlessHeaderIsDropped() {
    var f = MessageFramer()
    let events = f.feed([UInt8](repeating: UInt8(ascii: "x"), count: 9000))
    #expect(errors(events).count == 1)
    #expect(bodies(f.feed(frame("[5]"))) == ["[5]"])
  }
}

@Suite struct JSONParserTests {
  @Test func parsesValues() throws {
    let v = try JSONParser.parse(#" {"a": [1, -2.5e1, true, false, null], "b": "x\"\\\/\n\u4e2d\ud842\udfb7"} "#)
    #expect(v["a"] == .array([.number(1), .number(-25), .bool(true), .bool(false), .null]))
    #expect(v["b"] == .string("x\"\\/\n中𠮷"))
  }

  @Test func roundTripsThroughTheEngineSerializer() throws {
    let text = #"{"a":[1,"𠮷😀\t"],"b":{"c":null}}"#
    #expect(try JSONParser.parse(text).serialized == text)
  }

  @Test(arguments: ["{bad}", "[1,]", "{\"a\":1,}", "\"open", "01x", "[1] 2", "", "{\"a\" 1}", "\"\\x\""])
  func rejectsMalformed(_ text: String) {
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse(text) }
  }
}

@Suite struct JSONWriterTests {
  @Test(arguments: [
    #"{"a":[1,-2.5,true,false,null],"b":"x\"\\/\n\r\t\u0001中𠮷😀","c":{}}"#, "[]", #""""#, "12345678901",
  ])
  func writesWhatTheParserReadsBack(_ text: String) throws {
    let v = try JSONParser.parse(text)
    #expect(try JSONParser.parse(JSONWriter.bytes(v)) == v)
  }

  @Test func controlCharactersAreEscaped() {
    #expect(String(decoding: JSONWriter.bytes(.string("a\u{1}\u{1f}\"")), as: UTF8.self) == #""a\u0001\u001f\"""#)
  }
}

/// Regressions from probing the server as a hostile client would.
@Suite struct HostileClientTests {
  func bodies(_ events: [MessageFramer.Event]) -> [String] {
    events.compactMap { if case .message(let b) = $0 { String(decoding: b, as: UTF8.self) } else { nil } }
  }

  @Test func aBodyLongerThanItsLengthCostsOneMessageNotTheNext() {
    var f = MessageFramer()
    let short = Array("Content-Length: 5\r\n\r\n{\"jsonrpc\":\"2.0\",\"id\":1}".utf8)
    let events = f.feed(short + MessageFramer.frame(Array(#"{"id":2}"#.utf8)))
    #expect(bodies(events) == [#"{"jso"#, #"{"id":2}"#])
    #expect(f.pendingByteCount == 0)
    // The same split over chunks of any size.
    var g = MessageFramer()
    var out: [String] = []
    for b in short + MessageFramer.frame(Array(#"{"id":3}"#.utf8)) { out += bodies(g.feed([b])) }
    #expect(out.last == #"{"id":3}"#)
  }

  @Test func aLoneHighSurrogateEscapeKeepsTheEscapeAfterIt() throws {
    #expect(try JSONParser.parse(#""\ud800\u4e2d""#) == .string("\u{FFFD}中"))
    #expect(try JSONParser.parse(#""\ud800\ud842\udfb7x""#) == .string("\u{FFFD}𠮷x"))
    #expect(try JSONParser.parse(#""\udc00\ud800""#) == .string("\u{FFFD}\u{FFFD}"))
    #expect(throws: JSONParser.Error.self) { try JSONParser.parse(#""\ud800\u4e2""#) }
  }

  @Test func deepNestingIsAnErrorNotAStackOverflow() {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(throws: JSONParser.Error(offset: 512, message: "nesting too deep")) { try JSONParser.parse(deep) }
  }

  @Test func theServersCopyStaysAlignedAfterALoneSurrogate() throws {
    let c = TestClient()
    _ = try c.initialize(.object(["general": .object(["positionEncodings": .array([.string("utf-16")])])]))
    let uri = "file:///tmp/surrogate.txt"
    c.open(uri, "ab")
    // The editor inserts a lone high surrogate and 中 after "a"; its buffer is now a, U+D800, 中, b.
    let change =
      #"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"\#(uri)","version":2},"#
      + #""contentChanges":[{"range":{"start":{"line":0,"character":1},"end":{"line":0,"character":1}},"text":"\ud800\u4e2d"}]}}"#
    c.sendRaw(MessageFramer.frame(Array(change.utf8)))
    // Then types X after 中, at UTF-16 character 3.
    c.change(
      uri, version: 3, [.object(["range": .object(["start": pos(0, 3), "end": pos(0, 3)]), "text": .string("X")])])
    _ = try c.published(uri, version: 3)
    #expect(c.server.sync { s in s.store.documents[uri]?.buffer.text } == "a\u{FFFD}中Xb")
  }
}
