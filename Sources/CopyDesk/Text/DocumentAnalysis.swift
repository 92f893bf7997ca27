/// A structure that several rules derive from a document and share: the punctuation index that eighteen rules walk,
/// the people of each article that nine name rules judge, the articles of the page. Asked for with
/// `doc.analysis(PunctIndex.self)`; computed on first use, once per document, and kept with the document, so it
/// lives exactly as long as the document and needs no global cache.
///
/// `Sendable` is required, so the compiler checks that an analysis can be shared by rules running on other
/// threads: an analysis is an immutable value (or a final class of `let`s), never mutated after `compute`.
public protocol DocumentAnalysis: Sendable {
  static func compute(_ doc: Document) -> Self
}

/// An analysis that depends on more than the document, named by a key that holds what it depends on: the people
/// of each article depend on the name lexicon, a word segmentation on its dictionary, a structure analysis for the
/// incremental relint on the block it covers. Two equal keys name the same analysis; keys of different types never
/// collide. A key with a reference inside compares it by identity (`===`), and holding the reference keeps it from
/// being freed and its address reused while the document lives.
public protocol AnalysisKey: Hashable, Sendable {
  associatedtype Value: Sendable
  func compute(_ doc: Document) -> Value
}

extension Document {
  /// The analysis `A` of this document, computed on first use.
  public func analysis<A: DocumentAnalysis>(_ type: A.Type) -> A { analyses.value(TypeKey<A>(), of: self) }

  /// Gives the document an analysis computed elsewhere: a part of a page takes the page's articles.
  func preset<A: DocumentAnalysis>(_ value: A) { analyses.preset(TypeKey<A>(), value) }

  /// The analysis named by `key`, computed on first use.
  public func analysis<K: AnalysisKey>(_ key: K) -> K.Value { analyses.value(key, of: self) }
}

/// The key of an analysis that depends on the document alone: its type.
private struct TypeKey<A: DocumentAnalysis>: AnalysisKey {
  func compute(_ doc: Document) -> A { A.compute(doc) }
}

/// The analyses of one document. Each is computed exactly once, also when several threads ask at the same time:
/// the first one computes while the others wait for that analysis only, so unrelated analyses (and an analysis that
/// asks for another while it is computed: the people ask for the articles) go ahead in parallel. An analysis must
/// not ask for itself.
///
/// Rules ask for analyses some thirty times per page, so a lookup must cost little next to a short paragraph: the
/// table is found by the key's type and hash, and entries are typed (`Entry<K>`), so no lookup compares or casts
/// existentials (a first version keyed by `any AnalysisKey` spent 3,000 instructions per lookup on dynamic casts).
final class AnalysisStore: Sendable {
  /// One analysis: its key, and its value once computed. The value's lock is held while it is computed.
  private final class Entry<K: AnalysisKey>: Sendable {
    let key: K
    let value = Locked<K.Value?>(nil)
    init(_ key: K) { self.key = key }
  }

  /// Where the entries of one key type and hash are kept. Every entry under `Bucket(type: ObjectIdentifier(K.self),
  /// …)` is an `Entry<K>`: the metatype's identity names `K` exactly, generic arguments included.
  private struct Bucket: Hashable {
    var type: ObjectIdentifier
    var hash: Int
  }

  private let entries = Locked<[Bucket: [AnyObject & Sendable]]>([:])

  init() {}

  /// Stores a value for `key` before anyone asks (a value already computed stays).
  func preset<K: AnalysisKey>(_ key: K, _ value: K.Value) {
    entry(for: key).value.withLock { stored in if stored == nil { stored = value } }
  }

  /// The entry of `key`, made empty on first use.
  private func entry<K: AnalysisKey>(for key: K) -> Entry<K> {
    let bucket = Bucket(type: ObjectIdentifier(K.self), hash: key.hashValue)
    return entries.withLock { table in
      for e in table[bucket] ?? [] {
        let e = unsafeDowncast(e, to: Entry<K>.self)  // the bucket's type says so
        if e.key == key { return e }
      }
      let e = Entry(key)
      table[bucket, default: []].append(e)
      return e
    }
  }

  func value<K: AnalysisKey>(_ key: K, of document: Document) -> K.Value {
    let entry = entry(for: key)
    return entry.value.withLock { stored in
      if let v = stored { return v }
      let v = key.compute(document)
      stored = v
      return v
    }
  }
}
