import Foundation

/// Structures that several rules derive from one document (the punctuation index, the people of each article)
/// are computed once and kept with the document, so they live exactly as long as it does and need no global cache.
public final class DerivedData: @unchecked Sendable {
  private let lock = NSLock()
  private var values: [String: Any] = [:]

  init() {}

  /// The value stored under `key`, computed by `make` on first use. Rules on one document run in sequence, so a
  /// double computation under contention is harmless; the lock only keeps the dictionary consistent.
  public func value<T>(_ key: String, _ make: () -> T) -> T {
    lock.lock()
    if let v = values[key] as? T {
      lock.unlock()
      return v
    }
    lock.unlock()
    let v = make()
    lock.lock()
    values[key] = v
    lock.unlock()
    return v
  }
}
