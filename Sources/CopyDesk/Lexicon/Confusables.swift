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
    self.map = map.mapValues { list in
      list.map { Candidate(scalar: $0.0, kind: $0.1, bytes: Array(String(Unicode.Scalar($0.0)!).utf8)) }
    }
  }

  private static let builtinResult: Result<Confusables, LexiconSource.Error> = {
    do throws(LexiconSource.Error) {
      let sound = try LexiconSource.parseGroups(
        name: "embedded same-sound table", text: String(decoding: Lexicon.bytes(EmbeddedLexicon.sameSound), as: UTF8.self))
      let shape = try LexiconSource.parseGroups(
        name: "embedded same-shape table", text: String(decoding: Lexicon.bytes(EmbeddedLexicon.sameShape), as: UTF8.self))
      return .success(Confusables(sameSound: sound, sameShape: shape))
    } catch {
      return .failure(error)
    }
  }()

  /// The embedded sets, parsed on first use.
  public static func builtin() throws(LexiconSource.Error) -> Confusables { try builtinResult.get() }

  /// The characters that may have been meant instead of `c`.
  public func candidates(for c: UInt32) -> [Candidate] { map[c] ?? [] }
}
