import CopyDesk
import Foundation

/// The language server behind `copydesk lsp`: every diagnostic and fix of the engine, live in any LSP editor.
///
/// Threads: the transport calls `receive(_:)` from its reader thread; framing and decoding happen there (so that a
/// `$/cancelRequest` arriving with its request is seen before the request runs). Everything else — documents,
/// configuration, replies — is the state of this actor, whose executor is one serial queue: messages are handled
/// there in the order the client sent them, and the compiler rejects any access to the state from elsewhere.
/// Background lints run on a second serial queue and hand their results back to the actor, which drops any that
/// are no longer current.
public actor LanguageServer {
  public struct Options: Sendable {
    /// Writes framed bytes to the client (stdout). Called by the actor only, so one message at a time.
    public var send: @Sendable ([UInt8]) -> Void
    /// Called once with the exit status after the `exit` notification.
    public var onExit: @Sendable (Int32) -> Void
    /// Also write log lines to standard error.
    public var logToStandardError: Bool
    public var version: String

    public init(
      version: String = "0", logToStandardError: Bool = true, send: @escaping @Sendable ([UInt8]) -> Void,
      onExit: @escaping @Sendable (Int32) -> Void
    ) {
      self.version = version
      self.logToStandardError = logToStandardError
      self.send = send
      self.onExit = onExit
    }
  }

  enum Phase { case uninitialized, running, shutDown, exited }

  nonisolated let options: Options
  /// The actor's executor. Work arrives as blocks on its queue (`enqueue`, `after`), not as tasks: a block keeps
  /// the client's order and needs no thread of Swift's task pool (which the tests' waiting loops can fill).
  nonisolated let executor = QueueExecutor(label: "copydesk.lsp.state")
  public nonisolated var unownedExecutor: UnownedSerialExecutor { executor.asUnownedSerialExecutor() }
  nonisolated let lintQueue = DispatchQueue(label: "copydesk.lsp.lint")

  /// The reader's framing state (the transport reads on one thread; the lock makes a second reader safe, not useful).
  private nonisolated let framer = Locked(MessageFramer())
  /// Requests the client cancelled: recorded by the reader as the cancellation arrives, taken when the request runs.
  private nonisolated let cancelledIDs = Locked<Set<RequestID>>([])

  var phase = Phase.uninitialized
  var client = ClientCapabilities()
  var encoding = PositionEncoding.utf16
  var store = DocumentStore()
  let config = ConfigResolver()
  var settings = ServerSettings()
  var lints: [String: LintResult] = [:]
  var debounces: [String: DispatchWorkItem] = [:]
  var refresh: DispatchWorkItem?
  /// Tests set this to lint all open pages together without a rule that compares pages.
  var lintPagesTogether: Bool?
  var inFlight: [String: CancelToken] = [:]
  /// Bumped when configuration changes: results computed under an older configuration are stale.
  var generation = 0
  var resultCounter = 0
  private var nextOutgoingID = 1
  private var awaitingResponse: [RequestID: ResponseHandler] = [:]
  private var shownProblems: Set<String> = []
  private(set) var exitStatus: Int32?

  public init(options: Options) { self.options = options }

  // MARK: Input

  /// Feeds bytes read from the client (the transport's reader thread).
  public nonisolated func receive(_ chunk: some Sequence<UInt8>) {
    var batch: [Result<Incoming, Incoming.DecodeError>] = []
    for event in framer.withLock({ $0.feed(chunk) }) {
      switch event {
      case .error(let message):
        enqueue { $0.log(.error, "framing: \(message); skipping to the next Content-Length") }
      case .message(let body):
        let decoded = Incoming.decode(body)
        if case .success(.notification("$/cancelRequest", let params)) = decoded, let id = RequestID(params["id"]) {
          cancelledIDs.withLock { _ = $0.insert(id) }
        }
        batch.append(decoded)
      }
    }
    guard !batch.isEmpty else { return }
    let messages = batch
    enqueue { server in
      for item in messages { server.handle(item) }
    }
  }

  /// The client closed its end. Waits for queued work and returns the exit status (0: a clean end of input).
  public nonisolated func endOfInput() -> Int32 {
    sync { server in
      if server.exitStatus == nil { server.log(.info, "end of input; stopping") }
    }
    lintQueue.sync {}
    return sync { $0.exitStatus ?? 0 }
  }

  /// Runs `body` on the actor and waits (tests and the benchmark use it to read state). Not from the actor itself.
  public nonisolated func sync<T: Sendable>(_ body: @Sendable (isolated LanguageServer) -> T) -> T {
    executor.queue.sync { assumeIsolated(body) }
  }

  /// Runs `body` on the actor after the work already queued.
  nonisolated func enqueue(_ body: @escaping @Sendable (isolated LanguageServer) -> Void) {
    executor.queue.async { self.assumeIsolated(body) }
  }

  /// Runs `body` on the actor after `milliseconds`, unless the returned item is cancelled first.
  func after(milliseconds: Int, _ body: @escaping @Sendable (isolated LanguageServer) -> Void) -> DispatchWorkItem {
    let work = DispatchWorkItem { self.assumeIsolated(body) }
    executor.queue.asyncAfter(deadline: .now() + .milliseconds(milliseconds), execute: work)
    return work
  }

  private func takeCancellation(_ id: RequestID) -> Bool {
    cancelledIDs.withLock { $0.remove(id) != nil }
  }

  private func handle(_ item: Result<Incoming, Incoming.DecodeError>) {
    guard phase != .exited else { return }
    switch item {
    case .failure(let e):
      log(.error, e.error.message)
      send(Outgoing.error(id: e.id, e.error))
    case .success(.request(let id, let method, let params)):
      handleRequest(id: id, method: method, params: params)
    case .success(.notification(let method, let params)):
      handleNotification(method: method, params: params)
    case .success(.response(let id, let result, let error)):
      guard let callback = awaitingResponse.removeValue(forKey: id) else { return }
      if let error, error != .null { log(.warning, "client answered request \(id) with error \(error.serialized)") }
      callback(self, result)
    }
  }

  private func handleRequest(id: RequestID, method: String, params: JSONValue) {
    if takeCancellation(id) {
      send(Outgoing.error(id: id, ResponseError(.requestCancelled, "\(method) cancelled")))
      return
    }
    switch phase {
    case .uninitialized where method != "initialize":
      send(Outgoing.error(id: id, ResponseError(.serverNotInitialized, "initialize first")))
      return
    case .shutDown:
      send(Outgoing.error(id: id, ResponseError(.invalidRequest, "the server is shut down")))
      return
    default: break
    }
    guard let handler = Self.requests[method] else {
      send(Outgoing.error(id: id, ResponseError(.methodNotFound, "method not found: \(method)")))
      return
    }
    do {
      let result = try handler(self, params)
      send(Outgoing.response(id: id, result: result))
    } catch {
      send(Outgoing.error(id: id, error))
    }
    showConfigurationProblems()
  }

  private func handleNotification(method: String, params: JSONValue) {
    if method == "exit" {
      exit()
      return
    }
    if method == "$/cancelRequest" {
      // The request was answered already (cancellations of queued requests were taken when it ran).
      if let id = RequestID(params["id"]) { _ = takeCancellation(id) }
      return
    }
    guard phase == .running, let handler = Self.notifications[method] else { return }
    handler(self, params)
    showConfigurationProblems()
  }

  // MARK: Registry

  typealias RequestHandler = @Sendable (isolated LanguageServer, JSONValue) throws(ResponseError) -> JSONValue
  typealias NotificationHandler = @Sendable (isolated LanguageServer, JSONValue) -> Void
  typealias ResponseHandler = @Sendable (isolated LanguageServer, JSONValue?) -> Void

  static let requests: [String: RequestHandler] = [
    "initialize": on { (s, p: InitializeParams) throws(ResponseError) in try s.initialize(p) },
    "shutdown": { s, _ in s.shutdown() },
    "textDocument/diagnostic": on { (s, p: DocumentDiagnosticParams) throws(ResponseError) in
      try s.documentDiagnostic(p)
    },
    "workspace/diagnostic": on { (s, p: WorkspaceDiagnosticParams) in s.workspaceDiagnostic(p) },
    "textDocument/codeAction": on { (s, p: CodeActionParams) throws(ResponseError) in try s.codeActions(p) },
    "textDocument/formatting": on { (s, p: TextDocumentParams) throws(ResponseError) in try s.formatting(p) },
    "textDocument/hover": on { (s, p: PositionParams) throws(ResponseError) in try s.hover(p) },
    "textDocument/documentSymbol": on { (s, p: TextDocumentParams) throws(ResponseError) in try s.documentSymbols(p) },
  ]

  static let notifications: [String: NotificationHandler] = [
    "initialized": { s, _ in s.initialized() },
    "textDocument/didOpen": on { (s, p: DidOpenParams) in s.didOpen(p) },
    "textDocument/didChange": on { (s, p: DidChangeParams) in s.didChange(p) },
    "textDocument/didClose": on { (s, p: TextDocumentParams) in s.didClose(p) },
    "textDocument/didSave": on { (s, p: TextDocumentParams) in s.didSave(p) },
    "workspace/didChangeConfiguration": on { (s, p: DidChangeConfigurationParams) in s.didChangeConfiguration(p) },
    "workspace/didChangeWatchedFiles": on { (s, p: DidChangeWatchedFilesParams) in s.didChangeWatchedFiles(p) },
  ]

  /// A request handler whose parameters are read into their message type first (bad ones: InvalidParams).
  static func on<P: MessageParams>(
    _ body: @escaping @Sendable (isolated LanguageServer, P) throws(ResponseError) -> JSONValue
  ) -> RequestHandler {
    { s, json throws(ResponseError) in try body(s, P(json: json)) }
  }

  /// A notification handler; a notification with bad parameters cannot be answered, so it is logged and dropped.
  static func on<P: MessageParams>(
    _ body: @escaping @Sendable (isolated LanguageServer, P) -> Void
  ) -> NotificationHandler {
    { s, json in
      do throws(ResponseError) {
        body(s, try P(json: json))
      } catch {
        s.log(.warning, "ignored a notification: \(error.message)")
      }
    }
  }

  // MARK: Output

  func send(_ message: JSONValue) {
    options.send(MessageFramer.frame(JSONWriter.bytes(message)))
  }

  func notify(_ method: String, _ params: JSONValue) { send(Outgoing.notification(method, params)) }

  /// Sends a request to the client; `callback` gets the result (nil on error) on the actor.
  func request(_ method: String, _ params: JSONValue, callback: @escaping ResponseHandler = { _, _ in }) {
    let id = RequestID.string("copydesk-\(nextOutgoingID)")
    nextOutgoingID += 1
    awaitingResponse[id] = callback
    send(Outgoing.request(id: id, method, params))
  }

  public enum LogLevel: Int {
    case error = 1
    case warning, info, debug
  }

  /// Logs to standard error and, for everything but debug lines, to the client's log (`window/logMessage`).
  func log(_ level: LogLevel, _ message: String) {
    if options.logToStandardError {
      FileHandle.standardError.write(Data("copydesk lsp: \(message)\n".utf8))
    }
    guard level != .debug else { return }
    notify("window/logMessage", .object(["type": .number(Double(level.rawValue)), "message": .string(message)]))
  }

  /// Configuration errors (a bad `.copydesk.json`, unknown rule ids in settings) are shown to the user once each.
  func showConfigurationProblems() {
    for p in config.takeProblems() where shownProblems.insert(p).inserted {
      log(.error, "configuration: \(p)")
      notify("window/showMessage", .object(["type": .number(1), "message": .string("copydesk: \(p)")]))
    }
  }

  // MARK: Lifecycle

  func initialize(_ p: InitializeParams) throws(ResponseError) -> JSONValue {
    guard phase == .uninitialized else { throw ResponseError(.invalidRequest, "initialize was already received") }
    client = p.capabilities
    encoding = client.negotiatedEncoding
    config.localeLanguage = Language(locale: p.locale)
    config.rootPath = p.rootPath
    config.setInitializationOptions(p.initializationOptions)
    settings = config.serverSettings
    phase = .running
    var result: [String: JSONValue] = [
      "capabilities": serverCapabilities(),
      "serverInfo": .object(["name": .string("copydesk"), "version": .string(options.version)]),
    ]
    if client.positionEncodings == nil && client.offsetEncodings != nil {
      result["offsetEncoding"] = .string(encoding.rawValue)
    }
    return .object(result)
  }

  func initialized() {
    log(
      .info,
      "copydesk \(options.version): positions in \(encoding.rawValue), "
        + "\(client.pullDiagnostics ? "pull" : "push") diagnostics"
    )
    if client.watchedFilesDynamicRegistration {
      let watchers: JSONValue = .array([
        .object(["globPattern": .string("**/.copydesk.json")]), .object(["globPattern": .string("**/rules/**")]),
      ])
      request(
        "client/registerCapability",
        .object([
          "registrations": .array([
            .object([
              "id": .string("copydesk-watched-files"), "method": .string("workspace/didChangeWatchedFiles"),
              "registerOptions": .object(["watchers": watchers]),
            ])
          ])
        ]))
    }
    if client.configuration { fetchClientSettings() }
  }

  func shutdown() -> JSONValue {
    phase = .shutDown
    for (_, w) in debounces { w.cancel() }
    refresh?.cancel()
    for (_, t) in inFlight { t.cancel() }
    debounces = [:]
    inFlight = [:]
    return .null
  }

  private func exit() {
    let status: Int32 = phase == .shutDown ? 0 : 1
    if status != 0 { log(.warning, "exit without shutdown") }
    phase = .exited
    exitStatus = status
    options.onExit(status)
  }

  // MARK: Configuration

  func fetchClientSettings() {
    request("workspace/configuration", .object(["items": .array([.object(["section": .string("copydesk")])])])) {
      server, result in
      server.config.setClientSettings(result?.arrayValue?.first)
      server.settings = server.config.serverSettings
      server.showConfigurationProblems()
      server.relintAll(reason: "client settings")
    }
  }

  func didChangeConfiguration(_ p: DidChangeConfigurationParams) {
    if client.configuration {
      fetchClientSettings()
      return
    }
    config.setClientSettings(p.section)
    settings = config.serverSettings
    relintAll(reason: "didChangeConfiguration")
  }

  func didChangeWatchedFiles(_ p: DidChangeWatchedFilesParams) {
    config.invalidate()
    relintAll(reason: "changed: " + p.uris.joined(separator: ", "))
  }
}

/// A flag a lint job checks before each expensive step; set when a newer version or configuration makes it moot.
final class CancelToken: Sendable {
  private let cancelled = Locked(false)
  func cancel() { cancelled.withLock { $0 = true } }
  var isCancelled: Bool { cancelled.withLock { $0 } }
}
