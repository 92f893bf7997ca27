import CopyDesk
import Foundation
import Testing

/// Hostile or careless input to the engine's parsers: a clear error with file and position, never a trap.
@Suite struct RobustInputTests {
  func configError(_ text: String) -> String? {
    do {
      _ = try ConfigFile.parse(text: text, path: "cfg.json")
      return nil
    } catch {
      return error.description
    }
  }

  @Test func loneSurrogatesInAConfigAreErrorsAtTheEscape() throws {
    #expect(
      configError("{\n  \"description\": \"a\\uD800\\u0041\"\n}")
        == "cfg.json:2:20: lone UTF-16 surrogate \\uD800: a high surrogate must be followed by a low one (\\uDC00–\\uDFFF), not \\u0041"
    )
    #expect(
      configError("{\"description\": \"\\ud800\"}")
        == "cfg.json:1:18: lone UTF-16 surrogate \\uD800: a high surrogate must be followed by a low one (\\uDC00–\\uDFFF)"
    )
    #expect(
      configError("{\"description\": \"x\\uDC00\"}")
        == "cfg.json:1:19: lone UTF-16 surrogate \\uDC00: a low surrogate must follow a high one")
    // A proper pair is one character.
    #expect(try JSONC.parse("\"\\uD83D\\uDE00\\uD842\\uDFB7\"").value == .string("😀𠮷"))
  }

  @Test func deepNestingIsAnErrorNotAStackOverflow() throws {
    let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
    #expect(configError(deep) == "cfg.json:1:257: arrays and objects nested more than 256 deep")
    let objects = String(repeating: "{\"a\":", count: 100_000)
    #expect(configError(objects) == "cfg.json:1:1281: arrays and objects nested more than 256 deep")
    // 256 levels are still read.
    let ok = String(repeating: "[", count: 256) + String(repeating: "]", count: 256)
    #expect(try JSONC.parse(ok).value.arrayValue?.count == 1)
  }

  func dataError(_ text: String) -> String? {
    do {
      _ = try DataFile.parse(name: "desk.txt", text: text)
      return nil
    } catch {
      return error.description
    }
  }

  @Test func malformedDataLinesAreErrorsWithFileAndLine() {
    #expect(
      dataError("@rule word-typo\n@\n")
        == "desk.txt:2:1: '@' without a directive name (expected @rule, @section, @trigger…)")
    #expect(
      dataError("@rule word-typo\n@   \n")
        == "desk.txt:2:1: '@' without a directive name (expected @rule, @section, @trigger…)")
    #expect(dataError("@rule word-typo\n布署 => 部署\n布署 | =\n") == "desk.txt:3:1: attribute '=' is not key=value")
    #expect(dataError("@rule word-typo\n布署 | =x\n") == "desk.txt:2:1: attribute '=x' is not key=value")
    // Messages quote at most 40 characters of a line: the file may be anything a configuration names.
    let long = String(repeating: "密", count: 100)
    #expect(
      dataError("@rule word-typo\n布署 | \(long)\n")
        == "desk.txt:2:1: attribute '\(String(repeating: "密", count: 40))…' is not key=value")
  }

  @Test func crlfDataFilesReadLikeLF() throws {
    let lf = "\u{FEFF}@rule word-typo\n# 说明\n布署 => 部署 | note=常见\n@trigger 各项工作已布署到位\n"
    let crlf = lf.replacingOccurrences(of: "\n", with: "\r\n")
    for text in [lf, crlf, lf.replacingOccurrences(of: "\n", with: "\r")] {
      let f = try DataFile.parse(name: "desk.txt", text: text)
      #expect(f.rule == "word-typo")
      #expect(
        f.entries.map { "\($0.line) \($0.term) \($0.replacement ?? "") \($0.attributes)" } == [
          "3 布署 部署 [\"note\": \"常见\"]"
        ])
      #expect(f.triggers.map(\.text) == ["各项工作已布署到位"])
    }
    // An error in a CRLF file names its line, not the whole file.
    #expect(dataError("@rule word-typo\r\n布署 | =\r\n") == "desk.txt:2:1: attribute '=' is not key=value")
  }

  @Test func discoveredConfigurationsNameDataOnlyUnderTheirDirectory() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-data-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir.appendingPathComponent("desk"), withIntermediateDirectories: true)
    try "@rule word-typo\n布署 => 部署\n".write(
      to: dir.appendingPathComponent("desk/typos.txt"), atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("desk/passwd.txt").path, withDestinationPath: "/etc/passwd")
    let cfg = dir.appendingPathComponent(".copydesk.json").path
    func load(_ json: String, restrict: Bool = true) -> String? {
      do {
        try json.write(toFile: cfg, atomically: true, encoding: .utf8)
        _ = try ConfigFile.load(path: cfg, restrictData: restrict)
        return nil
      } catch {
        return "\(error)"
      }
    }
    #expect(load(#"{"data": {"add": ["desk/typos.txt"]}}"#) == nil)
    let outside =
      "is outside the directory of this configuration; a .copydesk.json found beside the pages may name only files under its own directory (give the configuration with --config to allow others)"
    #expect(
      load(#"{"data": {"add": ["desk/typos.txt", "../x.txt"]}}"#) == "\(cfg):1:37: data file \"../x.txt\" \(outside)")
    #expect(load(#"{"data": {"add": ["/etc/passwd"]}}"#) == "\(cfg):1:19: data file \"/etc/passwd\" \(outside)")
    // A link inside the tree that leads out of it is outside.
    #expect(load(#"{"data": {"add": ["desk/passwd.txt"]}}"#) == "\(cfg):1:19: data file \"desk/passwd.txt\" \(outside)")
    #expect(
      load(#"{"data": {"replace": {"words/typos.txt": "../../etc/passwd"}}}"#)
        == "\(cfg):1:42: data file \"../../etc/passwd\" \(outside)")
    // Given with --config, the user's own choice is trusted.
    #expect(load(#"{"data": {"add": ["../x.txt"]}}"#, restrict: false) == nil)
  }

  @Test func encodingIsAConfigurationKey() throws {
    #expect(try ConfigFile.parse(text: #"{"encoding": "GB18030"}"#, path: "c").encoding == "gb18030")
    #expect(
      configError(#"{"encoding": "big5"}"#)
        == "cfg.json:1:14: \"encoding\" must be one of: auto, gb18030, gbk, utf-16be, utf-16le, utf-8")
  }
}
