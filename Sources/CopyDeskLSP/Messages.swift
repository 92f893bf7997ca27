import CopyDesk

/// The parameters of each message this server handles, one type per message (sourcekit-lsp's model), read from the
/// JSON once with precise InvalidParams errors instead of lookups scattered through the handlers.
protocol MessageParams: Sendable {
  init(json: JSONValue) throws(ResponseError)
}

/// A position as the client sent it, in the negotiated encoding; converted to a byte offset against a document.
struct LSPPosition: Sendable, Equatable {
  var line: Int
  var character: Int

  init(json: JSONValue?, _ name: String) throws(ResponseError) {
    guard let line = json?["line"]?.int, let character = json?["character"]?.int else {
      throw .invalidParams("\(name) must have integer line and character")
    }
    self.line = line
    self.character = character
  }
}

struct LSPRange: Sendable, Equatable {
  var start: LSPPosition
  var end: LSPPosition

  init(json: JSONValue?, _ name: String) throws(ResponseError) {
    start = try LSPPosition(json: json?["start"], name + ".start")
    end = try LSPPosition(json: json?["end"], name + ".end")
  }
}

extension JSONValue {
  func documentURI() throws(ResponseError) -> String {
    guard let uri = self["textDocument"]?["uri"]?.stringValue else { throw .invalidParams("textDocument.uri missing") }
    return uri
  }
}

/// `textDocument/didClose`, `didSave`, `formatting`, `documentSymbol`: just the document.
struct TextDocumentParams: MessageParams {
  var uri: String
  init(json: JSONValue) throws(ResponseError) { uri = try json.documentURI() }
}

struct DidOpenParams: MessageParams {
  var uri: String
  var languageID: String
  var version: Int
  var text: String

  init(json: JSONValue) throws(ResponseError) {
    uri = try json.documentURI()
    guard let text = json["textDocument"]?["text"]?.stringValue else {
      throw .invalidParams("textDocument.text missing")
    }
    self.text = text
    languageID = json["textDocument"]?["languageId"]?.stringValue ?? "plaintext"
    version = json["textDocument"]?["version"]?.int ?? 0
  }
}

struct DidChangeParams: MessageParams {
  var uri: String
  var version: Int?
  var changes: [ContentChange]

  init(json: JSONValue) throws(ResponseError) {
    uri = try json.documentURI()
    version = json["textDocument"]?["version"]?.int
    guard let list = json["contentChanges"]?.arrayValue else { throw .invalidParams("contentChanges missing") }
    changes = []
    for c in list {
      guard let text = c["text"]?.stringValue else { throw .invalidParams("a content change without text") }
      if let r = c["range"], r != .null {
        let range = try LSPRange(json: r, "contentChanges.range")
        changes.append(
          ContentChange(
            range: (
              .init(line: range.start.line, character: range.start.character),
              .init(line: range.end.line, character: range.end.character)
            ),
            text: text))
      } else {
        changes.append(ContentChange(range: nil, text: text))
      }
    }
  }
}

/// `textDocument/hover`.
struct PositionParams: MessageParams {
  var uri: String
  var position: LSPPosition

  init(json: JSONValue) throws(ResponseError) {
    uri = try json.documentURI()
    position = try LSPPosition(json: json["position"], "position")
  }
}

struct CodeActionParams: MessageParams {
  var uri: String
  var range: LSPRange
  /// The kinds the client wants (`context.only`); nil: all.
  var only: [String]?

  init(json: JSONValue) throws(ResponseError) {
    uri = try json.documentURI()
    range = try LSPRange(json: json["range"], "range")
    only = json["context"]?["only"]?.arrayValue?.compactMap(\.stringValue)
  }
}

struct DocumentDiagnosticParams: MessageParams {
  var uri: String
  var previousResultID: String?

  init(json: JSONValue) throws(ResponseError) {
    uri = try json.documentURI()
    previousResultID = json["previousResultId"]?.stringValue
  }
}

struct WorkspaceDiagnosticParams: MessageParams {
  /// uri → the result id the client holds.
  var previousResultIDs: [String: String] = [:]

  init(json: JSONValue) throws(ResponseError) {
    for v in json["previousResultIds"]?.arrayValue ?? [] {
      if let u = v["uri"]?.stringValue, let id = v["value"]?.stringValue { previousResultIDs[u] = id }
    }
  }
}

struct InitializeParams: MessageParams {
  var capabilities: ClientCapabilities
  var locale: String?
  /// The workspace root folder: first workspace folder, else `rootUri`, else `rootPath`.
  var rootPath: String?
  var initializationOptions: JSONValue?

  init(json: JSONValue) throws(ResponseError) {
    guard case .object = json else { throw .invalidParams("initialize needs an object") }
    capabilities = ClientCapabilities(json["capabilities"])
    locale = json["locale"]?.stringValue
    let root = json["workspaceFolders"]?.arrayValue?.first?["uri"]?.stringValue ?? json["rootUri"]?.stringValue
    rootPath = root.flatMap(DocumentStore.path(of:)) ?? json["rootPath"]?.stringValue
    initializationOptions = json["initializationOptions"]
  }
}

struct DidChangeConfigurationParams: MessageParams {
  /// `settings.copydesk` (used when the client cannot answer `workspace/configuration`).
  var section: JSONValue?
  init(json: JSONValue) throws(ResponseError) { section = json["settings"]?["copydesk"] }
}

struct DidChangeWatchedFilesParams: MessageParams {
  var uris: [String]
  init(json: JSONValue) throws(ResponseError) {
    uris = json["changes"]?.arrayValue?.compactMap { $0["uri"]?.stringValue } ?? []
  }
}
