// libFuzzer target for the engine, compiled together with Sources/CopyDesk and the CLI's readers by build.sh
// (one module, so there is no `import CopyDesk`). Each input is read as a page the way `copydesk` reads a file
// (BOM, UTF-8, GB18030 or an error), then segmented, masked, linted, positioned, outlined and fixed; it is also
// read as a configuration and as a rule data file. Any trap (index out of range, overflow, force unwrap) or
// broken invariant below is a crash for libFuzzer.
import Foundation

private let linter: Linter = {
  do { return try Linter(configuration: .builtin()) } catch { fatalError("built-in configuration: \(error)") }
}()

private func require(_ condition: @autoclosure () -> Bool, _ what: @autoclosure () -> String) {
  if !condition() { fatalError("invariant broken: \(what())") }
}

/// Everything a finding promises: a range inside the text on character boundaries, edits likewise, and positions
/// that agree with counting from the line start.
private func check(_ doc: Document, _ findings: [Diagnostic]) {
  let n = doc.bytes.count
  func boundary(_ o: Int) -> Bool { o == n || (o >= 0 && o < n && doc.bytes[o] & 0xC0 != 0x80) }
  var cursor = PositionCursor(doc, .utf16)
  for d in findings {
    require(d.range.lowerBound >= 0 && d.range.upperBound <= n, "\(d.rule) range \(d.range) outside 0..<\(n)")
    require(boundary(d.range.lowerBound) && boundary(d.range.upperBound), "\(d.rule) range \(d.range) splits a character")
    for e in d.fix?.edits ?? [] {
      require(e.range.lowerBound >= 0 && e.range.upperBound <= n, "\(d.rule) edit \(e.range) outside the text")
      require(boundary(e.range.lowerBound) && boundary(e.range.upperBound), "\(d.rule) edit \(e.range) splits a character")
    }
    let got = cursor.lineAndCharacter(of: d.range.lowerBound)
    let want = doc.lineIndex.lineAndCharacter(ofOffset: d.range.lowerBound, in: doc.bytes, encoding: .utf16)
    require(got == want, "cursor \(got) != line index \(want) at \(d.range.lowerBound)")
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEngine(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = Array(UnsafeBufferPointer(start: data, count: size))
  // As a configuration and as a data file: errors are fine, traps are not.
  let asText = String(decoding: input, as: UTF8.self)
  _ = try? ConfigFile.parse(text: asText, path: "fuzz.json")
  _ = try? DataFile.parse(name: "fuzz.txt", text: asText)
  _ = try? JSONC.parse(asText)
  // As a page, read as copydesk reads files.
  guard let file = try? TextFile.decode(input, path: "fuzz.txt") else { return 0 }
  if file.encoding != .utf8, let back = file.encoded(file.text), file.roundTrips {
    require(back == input, "\(file.encoding) page does not encode back to its bytes")
  }
  for format in [SourceFormat.plain, .markdown] {
    let doc = Document(bytes: file.utf8, format: format)
    let findings = linter.lint(doc)
    check(doc, findings)
    _ = Outline.build(doc, textLimit: 8)
    // Fixing: every pass is a valid text; the diff of the result is well formed.
    let fixed = Fixer.fix(text: file.text, path: nil, format: format, linter: linter, includeUnsafe: format == .markdown)
    if fixed.converged && fixed.applied > 0 {
      _ = UnifiedDiff.make(old: file.text, new: fixed.text, path: "fuzz.txt")
    }
  }
  return 0
}
