import Dispatch

extension Array where Element: Sendable {
  /// `map` on all cores: `transform` runs for every element, in any order and on any thread, and the results come
  /// back in the order of the elements. The linter uses it for the pages of a corpus, the CLI for reading and parsing
  /// files. Each result is handed over through a lock, once per element, so that a result is never written where
  /// another thread reads; the elements are whole files or pages, so the lock costs nothing next to the work.
  public func concurrentMap<T: Sendable>(_ transform: @Sendable (Element) -> T) -> [T] {
    guard count > 1 else { return map(transform) }
    let results = Locked([T?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: count) { k in
      let value = transform(self[k])
      results.withLock { $0[k] = value }
    }
    return results.withLock { list in list.map { $0! } }
  }
}
