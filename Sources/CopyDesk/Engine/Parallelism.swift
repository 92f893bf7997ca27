import Dispatch
import Foundation

/// How many threads the engine lints one page with: `COPYDESK_JOBS` when set (1 lints on the calling thread only,
/// as the benchmark's single-threaded figures do), else every core.
public enum Parallelism {
  public static let threads: Int = {
    if let v = ProcessInfo.processInfo.environment["COPYDESK_JOBS"], let n = Int(v), n > 0 { return n }
    return max(1, ProcessInfo.processInfo.activeProcessorCount)
  }()

  /// Runs `body(k)` for every `k` in `0..<count` on up to `threads` threads (the calling thread among them), each
  /// thread taking the next index when it is done: tasks of very different sizes (a page rule over the whole page,
  /// a paragraph rule over a chunk) still keep every thread busy. Results are handed back through `Locked` storage.
  public static func map<T: Sendable>(_ count: Int, threads: Int = threads, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 && threads > 1 else { return (0..<count).map(body) }
    let next = Locked(0)
    let results = Locked([T?](repeating: nil, count: count))
    DispatchQueue.concurrentPerform(iterations: min(threads, count)) { _ in
      while true {
        let k = next.withLock { n -> Int in
          defer { n += 1 }
          return n
        }
        guard k < count else { return }
        let value = body(k)
        results.withLock { $0[k] = value }
      }
    }
    return results.withLock { list in list.map { $0! } }
  }
}
