import Foundation

/// A value behind a lock: the one way copydesk shares mutable state between threads (the analyses of a document,
/// the name-lexicon cache, the language server's cancellations and output, the results of `concurrentMap`).
///
/// The value is reachable only inside `withLock`, so no access can forget the lock; `Value` must be `Sendable`, so
/// nothing that leaves the lock (a copy, a result derived from it) is shared unsafely.
///
/// Why not `Synchronization.Mutex`: it works on Linux with this toolchain, but on Apple platforms it needs macOS 15
/// and the package supports macOS 13. When the deployment target moves, this type can become a thin wrapper of it.
public final class Locked<Value: Sendable>: @unchecked Sendable {
  // @unchecked: `value` is read and written only inside `withLock`, while `lock` is held.
  private let lock = NSLock()
  private var value: Value

  public init(_ value: Value) { self.value = value }

  /// Runs `body` with the value while holding the lock. `body` must not ask for the same lock again.
  public func withLock<R>(_ body: (inout Value) throws -> R) rethrows -> R {
    lock.lock()
    defer { lock.unlock() }
    return try body(&value)
  }
}
