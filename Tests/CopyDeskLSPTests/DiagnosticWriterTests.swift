import CopyDesk
import Foundation
import Testing

@testable import CopyDeskLSP

/// The byte writer used for publishing must say exactly what the JSONValue path says.
@Suite struct DiagnosticWriterTests {
  @Test(arguments: ["𠮷a😀b\r\n中😀\r\nx", "\u{FEFF}𠮷\n😀\r\rz", "", "标题\n\n本报讯（记者 张晶）𠮷😀。"])
  func cursorAgreesWithTheDocument(_ text: String) {
    let doc = Document(text: text)
    var rng = SplitMix(seed: 3)
    for encoding in [PositionEncoding.utf8, .utf16, .utf32] {
      var cursor = PositionCursor(doc, encoding)
      // Increasing runs with jumps back, offsets inside characters and past the end.
      var offsets = Array(-1...(doc.bytes.count + 1))
      for _ in 0..<200 { offsets.append(Int(rng.next() % UInt64(doc.bytes.count + 3)) - 1) }
      for o in offsets {
        let got = cursor.lineAndCharacter(of: o)
        let want = doc.lineIndex.lineAndCharacter(ofOffset: o, in: doc.bytes, encoding: encoding)
        #expect(got.line == want.line && got.character == want.character, "\(o) \(encoding)")
      }
    }
  }

  @Test func publishedBytesEqualTheJSONValueForm() throws {
    let pages = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot.appendingPathComponent("seeds").path)
      .filter { $0.hasSuffix(".txt") }.sorted().map { try seed($0) }
    for encoding in ["utf-8", "utf-16", "utf-32"] {
      let c = TestClient()
      _ = try c.initialize(.object(["general": .object(["positionEncodings": .array([.string(encoding)])])]))
      for (k, page) in (pages + ["𠮷😀会议于昨日召开,共有300余人参加.\r\n他表示:要把实事办实!"]).enumerated() {
        let uri = "file:///tmp/w\(k).txt"
        c.open(uri, page)
        let pushed = try c.waitFor {
          $0["params"]?["uri"] == .string(uri) && $0["method"] == .string("textDocument/publishDiagnostics")
        }
        let expected = c.server.sync { s in s.lspDiagnostics(s.lints[uri]!) }
        #expect(pushed["params"]?["diagnostics"] == expected, "\(encoding) page \(k)")
        #expect((expected.arrayValue?.count ?? 0) > 0)
      }
      // A related location, in the same page and in another open page.
      let bytes = c.server.sync { s -> [UInt8] in
        var r = s.lints["file:///tmp/w5.txt"]!
        r.diagnostics = [
          CopyDesk.Diagnostic(
            rule: "x", severity: .info, message: Message(zh: "甲", en: "a"), range: 8..<12,
            related: [
              RelatedLocation(range: 0..<4, message: Message(zh: "乙", en: "b")),
              RelatedLocation(
                path: s.store["file:///tmp/w0.txt"]!.path, range: 3..<9, message: Message(zh: "丙", en: "c")),
            ])
        ]
        let json = JSONValue.array(r.diagnostics.map { s.lspDiagnostic($0, r) })
        #expect(json.arrayValue?.first?["relatedInformation"]?.arrayValue?.count == 2)
        return JSONWriter.bytes(json) + [0] + s.publishBody(r)
      }
      let split = bytes.firstIndex(of: 0)!
      let published = try JSONParser.parse(Array(bytes[(split + 1)...]))
      #expect(published["params"]?["diagnostics"] == (try JSONParser.parse(Array(bytes[..<split]))))
    }
  }
}
