// Structured libFuzzer target for the language server, compiled with Sources/CopyDesk and Sources/CopyDeskLSP by
// build.sh. The input is read as a script: each step takes a byte to choose what the client does next — open,
// edit (incrementally, with positions anywhere, texts with lone surrogate escapes), request hover, code actions,
// formatting, symbols and pull diagnostics, cancel, change settings, close — and further bytes for its arguments.
// Framed messages go through `receive` in chunks whose sizes the input also chooses, with frames whose
// Content-Length lies now and then. Independently, the raw input is fed to a `MessageFramer` and every body it
// yields to `JSONParser`, whose values must survive a write and a read unchanged.
import Foundation

private final class Sink: @unchecked Sendable {
  let lock = NSLock()
  var bytes = 0
}

private let sink = Sink()
private let server: LanguageServer = {
  let s = LanguageServer(
    options: .init(
      version: "fuzz", logToStandardError: false, send: { b in sink.lock.withLock { sink.bytes += b.count } },
      onExit: { _ in }))
  let initialize =
    #"{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"processId":null,"capabilities":{"general":{"positionEncodings":["utf-16"]},"textDocument":{"diagnostic":{}}},"initializationOptions":{"debounceMs":0}}}"#
  s.receive(MessageFramer.frame(Array(initialize.utf8)))
  s.receive(MessageFramer.frame(Array(#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.utf8)))
  _ = s.sync { _ in 0 }
  return s
}()

/// Text fragments a newsroom page is made of; the script picks them or takes raw input bytes.
private let fragments = [
  "本报讯（记者 张晶）", "（完）", "于佳摄", "“", "”", "《", "》", "（", "）", ",", ".", "?", "\"", "'", "\r\n", "\n", "\r",
  "𠮷", "😀", "\u{FEFF}", "# 标题\n", "<!-- copydesk-disable-next-line space-cjk -->\n", "<!-- copydesk-enable -->",
  "北京市总工会党组书记、副主席张良表示，", "10:00", "1,000", "https://example.com", "`code`", "  ", "\t", "—", "……",
]

private struct Script {
  let b: [UInt8]
  var i = 0
  /// Settings change in one script of sixteen (chosen by the first byte), and then once.
  lazy var settingsChanged = (b.first ?? 0) % 16 != 0
  mutating func byte() -> UInt8 {
    defer { i += 1 }
    return i < b.count ? b[i] : 0
  }
  var done: Bool { i >= b.count }

  /// A JSON string literal, escaped by hand so that lone surrogates (`\ud800`) and raw bytes reach the parser.
  mutating func jsonText() -> String {
    var out = "\""
    for _ in 0..<Int(byte() % 8) {
      switch byte() % 6 {
      case 0: out += "\\ud800"
      case 1: out += "\\udc00\\u4e2d"
      case 2:
        let n = Int(byte() % 16)
        let raw = (0..<n).map { _ in byte() }
        JSONValue.escape(String(decoding: raw, as: UTF8.self), into: &out)
        out.removeFirst()
        out.removeLast()
      default:
        var s = ""
        JSONValue.escape(fragments[Int(byte()) % fragments.count], into: &s)
        out += s.dropFirst().dropLast()
      }
    }
    return out + "\""
  }

  mutating func position() -> String {
    "{\"line\":\(Int(byte() % 8) - 1),\"character\":\(Int(byte() % 40) - 2)}"
  }
}

private func step(_ s: inout Script, id: inout Int) -> String? {
  let uri = "\"file:///fuzz/\(s.byte() % 3).txt\""
  let doc = "{\"uri\":\(uri)}"
  func request(_ method: String, _ params: String) -> String {
    id += 1
    return #"{"jsonrpc":"2.0","id":\#(id),"method":"\#(method)","params":\#(params)}"#
  }
  func notification(_ method: String, _ params: String) -> String {
    #"{"jsonrpc":"2.0","method":"\#(method)","params":\#(params)}"#
  }
  switch s.byte() % 12 {
  case 0, 1:
    return notification(
      "textDocument/didOpen",
      #"{"textDocument":{"uri":\#(uri),"languageId":"\#(s.byte() % 2 == 0 ? "markdown" : "plaintext")","version":1,"text":\#(s.jsonText())}}"#)
  case 2, 3, 4:
    let range = "{\"start\":\(s.position()),\"end\":\(s.position())}"
    let changes =
      s.byte() % 4 == 0 ? "[{\"text\":\(s.jsonText())}]" : "[{\"range\":\(range),\"text\":\(s.jsonText())}]"
    return notification(
      "textDocument/didChange", #"{"textDocument":{"uri":\#(uri),"version":\#(s.byte())},"contentChanges":\#(changes)}"#)
  case 5: return request("textDocument/hover", "{\"textDocument\":\(doc),\"position\":\(s.position())}")
  case 6:
    return request(
      "textDocument/codeAction",
      "{\"textDocument\":\(doc),\"range\":{\"start\":\(s.position()),\"end\":\(s.position())},\"context\":{\"diagnostics\":[]}}")
  case 7: return request("textDocument/formatting", "{\"textDocument\":\(doc),\"options\":{}}")
  case 8: return request(s.byte() % 2 == 0 ? "textDocument/documentSymbol" : "textDocument/diagnostic", "{\"textDocument\":\(doc)}")
  case 9: return notification("$/cancelRequest", "{\"id\":\(id - Int(s.byte() % 3))}")
  // Rare, as in an editor (each change of settings rebuilds every linter).
  case 10 where !s.settingsChanged:
    s.settingsChanged = true
    let settings = ["{}", "{\"copydesk\":{\"rules\":{\"space-cjk\":\"off\"}}}", "{\"copydesk\":{\"profile\":\"web\"}}", "null"]
    return notification("workspace/didChangeConfiguration", "{\"settings\":\(settings[Int(s.byte()) % settings.count])}")
  default: return notification("textDocument/didClose", "{\"textDocument\":\(doc)}")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLSP(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  // Framing and JSON on the raw bytes.
  var framer = MessageFramer()
  var offset = 0
  var chunk = 1
  while offset < input.count {
    let end = min(input.count, offset + chunk)
    for case .message(let body) in framer.feed(input[offset..<end]) {
      if let v = try? JSONParser.parse(body) {
        let again = try? JSONParser.parse(Array(v.serialized.utf8))
        if again != v { fatalError("JSON value changed by a write and a read: \(v.serialized)") }
      }
    }
    offset = end
    chunk = Int(input[end - 1] % 64) + 1
  }
  if framer.pendingByteCount > input.count { fatalError("framer holds more bytes than it was given") }
  // A client session scripted by the input.
  var script = Script(b: input)
  var id = 1000
  var stream: [UInt8] = []
  while !script.done && stream.count < 1 << 16 {
    guard let message = step(&script, id: &id) else { continue }
    var framed = MessageFramer.frame(Array(message.utf8))
    // Now and then a Content-Length that lies: too short or too long by a few bytes.
    if script.byte() % 16 == 0 {
      let lie = max(0, message.utf8.count + Int(script.byte() % 7) - 3)
      framed = Array("Content-Length: \(lie)\r\n\r\n".utf8) + Array(message.utf8)
    }
    stream += framed
  }
  var at = 0
  while at < stream.count {
    let n = Int(script.byte() % 200) + 1
    server.receive(stream[at..<min(stream.count, at + n)])
    at += n
  }
  // A body that claimed a few bytes more than it had waits for them: spaces complete it (or are junk before the
  // next header, which the framer drops), so every input starts from a clean frame boundary.
  server.receive(Array("        ".utf8))
  // Close what the script opened, then wait for every lint to finish before the next input.
  for k in 0..<3 {
    server.receive(
      MessageFramer.frame(
        Array(#"{"jsonrpc":"2.0","method":"textDocument/didClose","params":{"textDocument":{"uri":"file:///fuzz/\#(k).txt"}}}"#.utf8)))
  }
  // A valid request after all that must still be answered.
  let before = sink.lock.withLock { sink.bytes }
  server.receive(MessageFramer.frame(Array(#"{"jsonrpc":"2.0","id":"last","method":"workspace/diagnostic","params":{"previousResultIds":[]}}"#.utf8)))
  _ = server.sync { _ in 0 }
  server.lintQueue.sync {}
  _ = server.sync { _ in 0 }
  if sink.lock.withLock({ sink.bytes }) == before { fatalError("the server stopped answering") }
  return 0
}
