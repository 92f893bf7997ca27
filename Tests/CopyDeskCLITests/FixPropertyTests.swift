import Foundation
import Testing

/// Properties of `fix` over pages made from the seeds' paragraphs, in every encoding and line-ending style it
/// supports: the fixed text does not depend on them, they are kept byte for byte, a second run changes nothing,
/// owner, permissions and links survive, and `--diff` is a patch git applies to give exactly what `fix` wrote.
@Suite struct FixPropertyTests {
  enum Ending: String, CaseIterable { case lf, crlf, mixed }
  enum Encoding: String, CaseIterable { case utf8, utf8bom, utf16le, utf16be, gb18030 }

  /// One-line paragraphs of the seed pages that end a sentence, with faults `fix` repairs put into some.
  static func pages() throws -> [String] {
    let seeds = repositoryRoot.appendingPathComponent("seeds")
    var paragraphs: [String] = []
    for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where name.hasSuffix(".txt") {
      let text = try String(contentsOf: seeds.appendingPathComponent(name), encoding: .utf8)
      paragraphs += text.components(separatedBy: "\n\n").filter {
        !$0.contains("\n") && $0.hasSuffix("。") && $0.count > 20 && $0.count < 160
      }
    }
    var pages: [String] = []
    for k in 0..<3 {
      var chosen = Array(paragraphs.dropFirst(k * 7).prefix(6))
      // Faults every desk sees: half-width punctuation in Chinese, a run of straight quotes.
      chosen[1] = chosen[1].replacingOccurrences(of: "，", with: ",")
      chosen[3] = "他说:\"" + chosen[3].replacingOccurrences(of: "。", with: "") + "!\"𠮷。"
      pages.append("标题𠮷\(k)\n\n" + chosen.joined(separator: "\n\n") + "\n")
    }
    return pages
  }

  static func withEnding(_ text: String, _ e: Ending) -> String {
    let lines = text.components(separatedBy: "\n")
    switch e {
    case .lf: return text
    case .crlf: return lines.joined(separator: "\r\n")
    case .mixed:
      return lines.enumerated().map { k, l in k == lines.count - 1 ? l : l + (k % 2 == 0 ? "\r\n" : "\n") }.joined()
    }
  }

  static func encode(_ text: String, _ e: Encoding) -> [UInt8] {
    switch e {
    case .utf8: Array(text.utf8)
    case .utf8bom: Array(("\u{FEFF}" + text).utf8)
    case .utf16le: utf16(text, littleEndian: true)
    case .utf16be: utf16(text, littleEndian: false)
    case .gb18030: gb18030(text)
    }
  }

  static func decode(_ bytes: [UInt8], _ e: Encoding) -> String? {
    switch e {
    case .utf8: String(bytes: bytes, encoding: .utf8)
    case .utf8bom: bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? String(bytes: bytes.dropFirst(3), encoding: .utf8) : nil
    case .utf16le:
      bytes.starts(with: [0xFF, 0xFE]) ? String(bytes: bytes.dropFirst(2), encoding: .utf16LittleEndian) : nil
    case .utf16be:
      bytes.starts(with: [0xFE, 0xFF]) ? String(bytes: bytes.dropFirst(2), encoding: .utf16BigEndian) : nil
    case .gb18030: String(data: Data(bytes), encoding: gb18030Encoding)
    }
  }

  /// The line terminators of a text in order (CR LF as one).
  static func endings(_ text: String) -> [String] {
    var out: [String] = []
    let u = Array(text.utf8)
    var i = 0
    while i < u.count {
      if u[i] == 0x0D {
        out.append(i + 1 < u.count && u[i + 1] == 0x0A ? "crlf" : "cr")
        if i + 1 < u.count && u[i + 1] == 0x0A { i += 1 }
      } else if u[i] == 0x0A {
        out.append("lf")
      }
      i += 1
    }
    return out
  }

  @Test func fixKeepsEverythingButTheFaultsAndIsIdempotent() throws {
    let dir = try sharedTemporaryDirectory()
    let pages = try Self.pages()
    var originals: [String: (page: Int, ending: Ending, encoding: Encoding, bytes: [UInt8])] = [:]
    for (k, page) in pages.enumerated() {
      for ending in Ending.allCases {
        for encoding in Encoding.allCases {
          let name = "p\(k)-\(ending.rawValue)-\(encoding.rawValue).txt"
          let bytes = Self.encode(Self.withEnding(page, ending), encoding)
          try write(bytes, to: dir.appendingPathComponent(name))
          chmod(dir.appendingPathComponent(name).path, k == 0 ? 0o640 : 0o664)
          if runningAsRoot && k == 1 { chown(dir.appendingPathComponent(name).path, 65534, 65534) }
          originals[name] = (k, ending, encoding, bytes)
        }
      }
    }
    // A link to a page outside the directory: fixed in its target, still a link.
    let outside = try temporaryDirectory().appendingPathComponent("target.txt")
    try write(Array(pages[2].utf8), to: outside)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: outside.path)

    // The patch first, on a git copy of the pages git can apply to (UTF-8 and GB18030).
    let repo = try temporaryDirectory()
    #expect(try git(["init", "-q"], in: repo).status == 0)
    for (name, o) in originals where o.encoding != .utf16le && o.encoding != .utf16be {
      try write(o.bytes, to: repo.appendingPathComponent(name))
    }
    let diff = try copydeskBytes(["fix", "--diff", "."], cwd: repo)
    #expect(diff.status != 2, "\(diff.stderr)")
    try write(diff.stdout, to: repo.appendingPathComponent("fix.patch"))
    let applied = try git(["apply", "--whitespace=nowarn", "fix.patch"], in: repo)
    #expect(applied.status == 0, "\(applied.output)")

    let before = Dictionary(
      uniqueKeysWithValues: originals.keys.map { ($0, fileStatus(dir.appendingPathComponent($0).path)) })
    let first = try copydesk(["fix", "."], cwd: dir)
    #expect(first.status != 2, "\(first.stderr)")
    #expect(first.stderr.hasPrefix("fixed ") && first.stderr.hasSuffix(" in 46 files\n"), "\(first.stderr)")

    var fixedTexts: [Int: String] = [:]
    for (name, o) in originals.sorted(by: { $0.key < $1.key }) {
      let url = dir.appendingPathComponent(name)
      let bytes = try bytes(of: url)
      #expect(bytes != o.bytes, "\(name) unchanged")
      // Encoding and BOM kept: the bytes decode in the same encoding and encode back to themselves.
      let text = try #require(Self.decode(bytes, o.encoding), "\(name) no longer \(o.encoding)")
      #expect(Self.encode(text, o.encoding) == bytes, "\(name)")
      // Line endings kept, one for one.
      let original = Self.decode(o.bytes, o.encoding)!
      #expect(Self.endings(text) == Self.endings(original), "\(name)")
      // The same fixes whatever the encoding and line endings.
      let normalized = text.replacingOccurrences(of: "\r\n", with: "\n")
      if let seen = fixedTexts[o.page] {
        #expect(normalized == seen, "\(name) fixed differently")
      } else {
        fixedTexts[o.page] = normalized
      }
      // Owner and permissions kept; the page was replaced, not rewritten in place.
      let st = fileStatus(url.path)
      #expect(st.st_mode & 0o7777 == before[name]!.st_mode & 0o7777, "\(name)")
      #expect(st.st_uid == before[name]!.st_uid && st.st_gid == before[name]!.st_gid, "\(name)")
      #expect(st.st_ino != before[name]!.st_ino, "\(name)")
      // The patch gave the same bytes.
      if o.encoding != .utf16le && o.encoding != .utf16be {
        #expect(try Self.bytesEqual(repo.appendingPathComponent(name), url), "\(name): git apply differs from fix")
      }
    }
    #expect(fixedTexts.count == 3)
    #expect(fileStatus(dir.appendingPathComponent("link.txt").path).st_mode & S_IFMT == S_IFLNK)
    #expect(try String(contentsOf: outside, encoding: .utf8) == fixedTexts[2])

    let once = try originals.keys.map { try bytes(of: dir.appendingPathComponent($0)) }
    let second = try copydesk(["fix", "."], cwd: dir)
    #expect(second.stderr == "fixed 0 findings in 0 files\n")
    #expect(try originals.keys.map { try bytes(of: dir.appendingPathComponent($0)) } == once)
  }

  static func bytesEqual(_ a: URL, _ b: URL) throws -> Bool { try bytes(of: a) == bytes(of: b) }
}
