import Dispatch

/// A serial executor on a dispatch queue: the language server's actor runs on it. Blocks put on the queue run
/// on the actor (`LanguageServer.enqueue`, `after`, `sync`), so the reader thread hands messages over in the
/// client's order without a task hop, and debounce timers and lint results come back as plain blocks.
final class QueueExecutor: SerialExecutor {
  let queue: DispatchQueue

  init(label: String) { queue = DispatchQueue(label: label) }

  func enqueue(_ job: consuming ExecutorJob) {
    let job = UnownedJob(job)
    let executor = asUnownedSerialExecutor()
    queue.async { job.runSynchronously(on: executor) }
  }

  func asUnownedSerialExecutor() -> UnownedSerialExecutor { UnownedSerialExecutor(ordinary: self) }

  /// Lets `assumeIsolated` accept a block running on the queue (it is not a job of the executor).
  func checkIsolated() { dispatchPrecondition(condition: .onQueue(queue)) }
}
