import CopyDesk
import Foundation

/// Diagnostics of one version of a document, with the engine's `Document` they were computed on.
struct LintResult: Sendable {
  var uri: String
  var version: Int
  var generation: Int
  var document: Document
  /// The findings of the rules that look at this page alone (reused when another page of its group changes).
  var perPage: [Diagnostic]
  var diagnostics: [Diagnostic]
  /// Another page of the group changed: `diagnostics` must be recomputed (`perPage` still holds).
  var stale = false
  var language: Language
  var resultID: String
  /// What the next lint of an edited version reuses.
  var incremental = IncrementalLint()
}

extension LanguageServer {
  // MARK: Document sync

  func didOpen(_ p: DidOpenParams) {
    store.open(uri: p.uri, languageID: p.languageID, version: p.version, text: p.text)
    lints[p.uri] = nil
    scheduleLint(p.uri, debounce: false)
  }

  func didChange(_ p: DidChangeParams) {
    guard let notes = store.change(uri: p.uri, version: p.version, changes: p.changes, encoding: encoding) else {
      return log(.warning, "didChange for \(p.uri), which is not open")
    }
    for n in notes { log(.warning, n) }
    scheduleLint(p.uri, debounce: true)
  }

  func didClose(_ p: TextDocumentParams) {
    let uri = p.uri
    cancelPending(uri)
    // Pages linted together with this one lose its names: they are linted again without it.
    let others = lintGroup(uri).uris.filter { $0 != uri }
    store.close(uri: uri)
    lints[uri] = nil
    if !client.pullDiagnostics {
      notify("textDocument/publishDiagnostics", .object(["uri": .string(uri), "diagnostics": .array([])]))
    }
    if let next = others.first { scheduleLint(next, debounce: false) }
  }

  func didSave(_ p: TextDocumentParams) {
    // Saving a configuration file that is open in the editor changes the configuration.
    let uri = p.uri
    if uri.hasSuffix("/.copydesk.json") || uri.contains("/rules/") {
      config.invalidate()
      relintAll(reason: "saved \(uri)")
    }
  }

  // MARK: Scheduling

  func cancelPending(_ uri: String) {
    debounces.removeValue(forKey: uri)?.cancel()
    inFlight.removeValue(forKey: uri)?.cancel()
  }

  /// Lints a document in the background (push mode), after the debounce when `debounce` is set.
  /// In pull mode nothing runs until the client asks: it asks after every change anyway.
  func scheduleLint(_ uri: String, debounce: Bool) {
    cancelPending(uri)
    let group = lintGroup(uri).uris
    // Pages linted together depend on this one: their findings are out of date too.
    for u in group where u != uri { lints[u]?.stale = true }
    let delay = debounce ? settings.debounceMilliseconds : 0
    if client.pullDiagnostics {
      if group.count > 1 && client.diagnosticRefresh { scheduleRefresh(after: delay) }
      return
    }
    guard delay > 0 else { return startLint(uri) }
    debounces[uri] = after(milliseconds: delay) { server in
      server.debounces[uri] = nil
      server.startLint(uri)
    }
  }

  /// Pull mode: other pages' findings changed with this one; the client is asked to pull again, once per pause.
  func scheduleRefresh(after delay: Int) {
    refresh?.cancel()
    refresh = after(milliseconds: delay) { server in
      server.refresh = nil
      server.request("workspace/diagnostic/refresh", .null)
    }
  }

  /// The open documents linted together with `uri`: all documents under the same configuration when a rule
  /// compares documents (names across pages), else just this one.
  func lintGroup(_ uri: String) -> (linters: LinterSet, uris: [String]) {
    let (linters, key) = config.linters(forDocumentPath: store[uri]?.path)
    guard lintPagesTogether ?? linters.comparesPages else { return (linters, [uri]) }
    let members = store.uris.filter { u in u == uri || config.linters(forDocumentPath: store[u]?.path).key == key }
    return (linters, members)
  }

  /// The pages of a lint, with the per-page findings that are still current.
  func lintInputs(_ uris: [String]) -> [LintInput] {
    uris.compactMap { u in
      guard let open = store[u] else { return nil }
      let cached = lints[u].flatMap { r in
        r.version == open.version && r.generation == generation ? (r.document, r.perPage) : nil
      }
      return LintInput(open: open, cached: cached, incremental: lints[u]?.incremental ?? IncrementalLint())
    }
  }

  func startLint(_ uri: String) {
    guard store[uri] != nil else { return }
    let (linters, uris) = lintGroup(uri)
    let token = CancelToken()
    for u in uris {
      inFlight.removeValue(forKey: u)?.cancel()
      inFlight[u] = token
    }
    let inputs = lintInputs(uris)
    let generation = generation
    lintQueue.async { [self] in
      guard let outputs = LintJob.run(inputs, linters, cancelled: { token.isCancelled }) else { return }
      enqueue { server in
        guard !token.isCancelled else { return }
        for (input, output) in zip(inputs, outputs) where server.inFlight[input.open.uri] === token {
          server.inFlight[input.open.uri] = nil
          server.keep(input.open, output, language: linters.full.configuration.language, generation: generation)
        }
      }
    }
  }

  /// Keeps a result if it is still current (same version, same configuration) and publishes it in push mode.
  private func keep(_ open: OpenDocument, _ output: LintOutput, language: Language, generation: Int) {
    guard let now = store[open.uri], now.version == open.version, generation == self.generation else { return }
    // Another page of the group was edited and this page's findings came out the same: the client holds them
    // already. Re-sending every open page on each keystroke was most of an edit's time with 50 pages open.
    let previous = lints[open.uri]
    let unchanged =
      previous.map {
        $0.version == open.version && $0.generation == generation && $0.language == language
          && $0.diagnostics == output.diagnostics
      } ?? false
    resultCounter += 1
    let result = LintResult(
      uri: open.uri, version: open.version, generation: generation, document: output.document,
      perPage: output.perPage, diagnostics: output.diagnostics, language: language, resultID: String(resultCounter),
      incremental: output.incremental)
    lints[open.uri] = result
    if !client.pullDiagnostics && !unchanged { options.send(MessageFramer.frame(publishBody(result))) }
  }

  /// `textDocument/publishDiagnostics` for a result, written straight to bytes (the hot path of typing).
  func publishBody(_ r: LintResult) -> [UInt8] {
    var w = DiagnosticWriter(r.document, encoding, r.language)
    w.raw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/publishDiagnostics\",\"params\":{\"uri\":")
    w.string(r.uri)
    w.raw(",\"version\":")
    w.int(r.version)
    w.raw(",\"diagnostics\":")
    w.diagnostics(r.diagnostics, related: { self.relatedDocument($0.path, default: r) }, encoding: encoding)
    w.raw("}}")
    return w.out
  }

  /// The diagnostics of the document's current version, linting now (on this queue) when there are none.
  func currentLint(_ uri: String) throws(ResponseError) -> LintResult {
    guard let open = store[uri] else { throw ResponseError(.invalidParams, "document not open: \(uri)") }
    if let r = lints[uri], r.version == open.version, r.generation == generation, !r.stale { return r }
    let (linters, uris) = lintGroup(uri)
    for u in uris { cancelPending(u) }
    let inputs = lintInputs(uris)
    let outputs = LintJob.run(inputs, linters) ?? []
    for (input, output) in zip(inputs, outputs) {
      keep(input.open, output, language: linters.full.configuration.language, generation: generation)
    }
    guard let r = lints[uri] else { throw ResponseError(.internalError, "lint of \(uri) produced no result") }
    return r
  }

  /// Configuration or rule data changed: every open document is linted again (or the client asked to pull again).
  func relintAll(reason: String) {
    generation += 1
    lints = [:]
    log(.info, "configuration changed (\(reason)); linting \(store.documents.count) open document(s) again")
    if client.pullDiagnostics {
      if client.diagnosticRefresh { request("workspace/diagnostic/refresh", .null) }
      return
    }
    for uri in store.uris { scheduleLint(uri, debounce: false) }
  }

  // MARK: Pull diagnostics

  func documentDiagnostic(_ p: DocumentDiagnosticParams) throws(ResponseError) -> JSONValue {
    let r = try currentLint(p.uri)
    if p.previousResultID == r.resultID {
      return .object(["kind": .string("unchanged"), "resultId": .string(r.resultID)])
    }
    return .object(["kind": .string("full"), "resultId": .string(r.resultID), "items": lspDiagnostics(r)])
  }

  func workspaceDiagnostic(_ p: WorkspaceDiagnosticParams) -> JSONValue {
    let previous = p.previousResultIDs
    var items: [JSONValue] = []
    for uri in store.uris {
      guard let r = try? currentLint(uri) else { continue }
      var item: [String: JSONValue] = [
        "uri": .string(uri), "version": .number(Double(r.version)), "resultId": .string(r.resultID),
      ]
      if previous[uri] == r.resultID {
        item["kind"] = .string("unchanged")
      } else {
        item["kind"] = .string("full")
        item["items"] = lspDiagnostics(r)
      }
      items.append(.object(item))
    }
    return .object(["items": .array(items)])
  }

  // MARK: Conversion

  func lspRange(_ range: Range<Int>, in document: Document) -> JSONValue {
    var cursor = PositionCursor(document, encoding)
    return lspRange(range, cursor: &cursor)
  }

  /// For many ranges in position order: the cursor counts each from the last (linear on a long line).
  func lspRange(_ range: Range<Int>, cursor: inout PositionCursor) -> JSONValue {
    let s = cursor.lineAndCharacter(of: range.lowerBound)
    let e = cursor.lineAndCharacter(of: range.upperBound)
    return .object([
      "start": .object(["line": .number(Double(s.line)), "character": .number(Double(s.character))]),
      "end": .object(["line": .number(Double(e.line)), "character": .number(Double(e.character))]),
    ])
  }

  func offset(_ p: LSPPosition, in document: Document) -> Int {
    document.offset(line: p.line, character: p.character, encoding: encoding)
  }

  func byteRange(_ r: LSPRange, in document: Document) -> Range<Int> {
    let lo = offset(r.start, in: document)
    let hi = offset(r.end, in: document)
    return min(lo, hi)..<max(lo, hi)
  }

  func lspDiagnostics(_ r: LintResult) -> JSONValue {
    var cursor = PositionCursor(r.document, encoding)
    return .array(r.diagnostics.map { lspDiagnostic($0, r, cursor: &cursor) })
  }

  func lspDiagnostic(_ d: Diagnostic, _ r: LintResult) -> JSONValue {
    var cursor = PositionCursor(r.document, encoding)
    return lspDiagnostic(d, r, cursor: &cursor)
  }

  func lspDiagnostic(_ d: Diagnostic, _ r: LintResult, cursor: inout PositionCursor) -> JSONValue {
    var o: [String: JSONValue] = [
      "range": lspRange(d.range, cursor: &cursor),
      "severity": .number(d.severity == .error ? 1 : d.severity == .warning ? 2 : 3),
      "code": .string(d.rule),
      "source": .string("copydesk"),
      "message": .string(d.message.text(r.language)),
    ]
    if let fix = d.fix { o["data"] = .object(["fix": .string(fix.applicability.rawValue)]) }
    let related: [JSONValue] = d.related.compactMap { rel in
      guard let (uri, doc) = relatedDocument(rel.path, default: r) else { return nil }
      return .object([
        "location": .object(["uri": .string(uri), "range": lspRange(rel.range, in: doc)]),
        "message": .string(rel.message.text(r.language)),
      ])
    }
    if !related.isEmpty { o["relatedInformation"] = .array(related) }
    return .object(o)
  }

  /// The open document a related location points to (nil path: the same document).
  func relatedDocument(_ path: String?, default r: LintResult) -> (uri: String, document: Document)? {
    guard let path, path != r.document.path else { return (r.uri, r.document) }
    guard let open = store.documents.values.first(where: { $0.path == path }) else { return nil }
    if let l = lints[open.uri], l.version == open.version { return (open.uri, l.document) }
    return (open.uri, open.makeDocument())
  }
}
