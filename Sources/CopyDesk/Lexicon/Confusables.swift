/// Characters a writer may type for one another: same pinyin and tone (安/鞍), same pinyin with another tone
/// (按 for 安, the typo in 按装), and similar shape (励/厉, 籍/藉). From pycorrector's confusion sets.
public struct Confusables: Sendable {
  public enum Kind: UInt8, Sendable, Hashable, CaseIterable {
    case sameSound, otherTone, sameShape
  }

  /// A character that may have been meant, with its UTF-8 bytes for searching the lexicon.
  public struct Candidate: Sendable {
    public var scalar: UInt32
    public var kind: Kind
    var bytes: [UInt8]
  }

  /// Per character: each confusable character with how it relates, same sound first.
  let map: [UInt32: [Candidate]]

  public init(sameSound: [[String]], sameShape: [[String]]) {
    var map: [UInt32: [(UInt32, Kind)]] = [:]
    func add(_ c: UInt32, _ d: UInt32, _ k: Kind) {
      guard c != d else { return }
      if map[c]?.contains(where: { $0.0 == d }) == true { return }
      map[c, default: []].append((d, k))
    }
    for fields in sameSound {
      guard let c = fields.first?.unicodeScalars.first?.value else { continue }
      if fields.count > 1 { for u in fields[1].unicodeScalars { add(c, u.value, .sameSound) } }
      if fields.count > 2 { for u in fields[2].unicodeScalars { add(c, u.value, .otherTone) } }
    }
    for group in sameShape {
      let chars = group.compactMap { $0.unicodeScalars.first?.value }
      for c in chars { for d in chars { add(c, d, .sameShape) } }
    }
    self.init(map: map)
  }

  /// Decodes the embedded tables' bytes directly: splitting 3,500 lines into Strings cost more than the rest of
  /// start-up. The tables were checked by `LexiconSource.parseGroups` when they were generated.
  private static let builtinResult: Result<Confusables, LexiconSource.Error> = {
    func lines(_ s: StaticString) -> [[[UInt32]]] {
      var out: [[[UInt32]]] = []
      s.withUTF8Buffer { buf in
        var line: [[UInt32]] = [[]]
        var i = 0
        while i < buf.count {
          let (u, n) = UTF8Scan.decode(buf, at: i)
          i += n
          switch u {
          case 0x0A:
            out.append(line)
            line = [[]]
          case 0x09: line.append([])
          default: line[line.count - 1].append(u)
          }
        }
      }
      return out
    }
    var map: [UInt32: [(UInt32, Kind)]] = [:]
    func add(_ c: UInt32, _ d: UInt32, _ k: Kind) {
      guard c != d else { return }
      if map[c]?.contains(where: { $0.0 == d }) == true { return }
      map[c, default: []].append((d, k))
    }
    for fields in lines(EmbeddedLexicon.sameSound) {
      guard let c = fields.first?.first else { continue }
      if fields.count > 1 { for u in fields[1] { add(c, u, .sameSound) } }
      if fields.count > 2 { for u in fields[2] { add(c, u, .otherTone) } }
    }
    for group in lines(EmbeddedLexicon.sameShape) {
      let chars = group.compactMap(\.first)
      for c in chars { for d in chars { add(c, d, .sameShape) } }
    }
    return .success(Confusables(map: map))
  }()

  init(map: [UInt32: [(UInt32, Kind)]]) {
    self.map = map.mapValues { list in list.map { Candidate(scalar: $0.0, kind: $0.1, bytes: utf8($0.0)) } }
  }

  /// The embedded sets, parsed on first use.
  public static func builtin() throws(LexiconSource.Error) -> Confusables { try builtinResult.get() }

  /// The characters that may have been meant instead of `c`.
  public func candidates(for c: UInt32) -> [Candidate] { map[c] ?? [] }
}

/// UTF-8 bytes of a scalar without going through String.
func utf8(_ u: UInt32) -> [UInt8] {
  switch u {
  case ..<0x80: return [UInt8(u)]
  case ..<0x800: return [UInt8(0xC0 | (u >> 6)), UInt8(0x80 | (u & 0x3F))]
  case ..<0x10000: return [UInt8(0xE0 | (u >> 12)), UInt8(0x80 | ((u >> 6) & 0x3F)), UInt8(0x80 | (u & 0x3F))]
  default:
    return [
      UInt8(0xF0 | (u >> 18)), UInt8(0x80 | ((u >> 12) & 0x3F)), UInt8(0x80 | ((u >> 6) & 0x3F)),
      UInt8(0x80 | (u & 0x3F)),
    ]
  }
}
