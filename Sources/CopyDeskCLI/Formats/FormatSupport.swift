import CopyDesk

/// Helpers shared by the CI output formats (SARIF, GitHub annotations, reviewdog, JUnit).
extension FileReport {
  /// The path as CI tools want it: as given on the command line, without a leading `./`.
  var reportPath: String {
    var p = display
    while p.hasPrefix("./") { p.removeFirst(2) }
    return p
  }
}

/// A 1-based line and column pair in some unit (UTF-16 code units for SARIF, UTF-8 bytes for reviewdog,
/// Unicode scalars for GitHub annotations and JUnit).
struct LineColumn: Equatable {
  var line: Int
  var column: Int
}

extension Document {
  /// 1-based line and column of a byte offset, the column counted in `encoding` units.
  func lineColumn(ofOffset offset: Int, encoding: PositionEncoding) -> LineColumn {
    let (line, character) = lineAndCharacter(ofOffset: offset, encoding: encoding)
    return LineColumn(line: line + 1, column: character + 1)
  }
}

/// FNV-1a, 64 bit: a stable, dependency-free hash for fingerprints (not for security).
enum StableHash {
  static func fnv1a(_ s: String) -> String {
    var h: UInt64 = 0xcbf2_9ce4_8422_2325
    for b in s.utf8 {
      h ^= UInt64(b)
      h = h &* 0x0000_0100_0000_01B3
    }
    let hex = String(h, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }
}
