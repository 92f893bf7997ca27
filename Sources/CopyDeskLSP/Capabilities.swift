import CopyDesk

/// What the client told us it can do (the parts this server acts on).
public struct ClientCapabilities: Sendable {
  public var positionEncodings: [String]?
  /// clangd's pre-3.17 extension, still sent by older clients (Neovim 0.7–0.8): `offsetEncoding`.
  public var offsetEncodings: [String]?
  public var pullDiagnostics = false
  public var diagnosticRefresh = false
  public var configuration = false
  public var watchedFilesDynamicRegistration = false
  public var hierarchicalSymbols = false
  public var hoverMarkdown = false
  public var documentChanges = false
  public var relatedInformation = false
  public var workDoneProgress = false

  public init() {}

  public init(_ c: JSONValue?) {
    let general = c?["general"]
    positionEncodings = general?["positionEncodings"]?.arrayValue?.compactMap(\.stringValue)
    offsetEncodings = c?["offsetEncoding"]?.arrayValue?.compactMap(\.stringValue)
    let td = c?["textDocument"]
    pullDiagnostics = td?["diagnostic"] != nil && td?["diagnostic"] != .null
    hierarchicalSymbols = td?["documentSymbol"]?["hierarchicalDocumentSymbolSupport"]?.boolValue ?? false
    hoverMarkdown = td?["hover"]?["contentFormat"]?.arrayValue?.contains(.string("markdown")) ?? false
    relatedInformation = td?["publishDiagnostics"]?["relatedInformation"]?.boolValue ?? false
    let ws = c?["workspace"]
    diagnosticRefresh = ws?["diagnostics"]?["refreshSupport"]?.boolValue ?? false
    configuration = ws?["configuration"]?.boolValue ?? false
    watchedFilesDynamicRegistration = ws?["didChangeWatchedFiles"]?["dynamicRegistration"]?.boolValue ?? false
    documentChanges = ws?["workspaceEdit"]?["documentChanges"]?.boolValue ?? false
  }

  /// utf-8 when offered (no conversion at all: the engine counts bytes), else utf-16 (the protocol's mandatory
  /// default); utf-32 when the client offers it and not utf-16.
  public var negotiatedEncoding: PositionEncoding {
    let offered = positionEncodings ?? offsetEncodings
    guard let offered, !offered.isEmpty else { return .utf16 }
    if offered.contains("utf-8") { return .utf8 }
    if offered.contains("utf-16") { return .utf16 }
    if offered.contains("utf-32") { return .utf32 }
    return .utf16
  }
}

extension LanguageServer {
  /// The `capabilities` of the initialize result.
  func serverCapabilities() -> JSONValue {
    var caps: [String: JSONValue] = [
      "positionEncoding": .string(encoding.rawValue),
      "textDocumentSync": .object([
        "openClose": .bool(true), "change": .number(2), "save": .object(["includeText": .bool(false)]),
      ]),
      "codeActionProvider": .object([
        "codeActionKinds": .array([.string("quickfix"), .string("source.fixAll"), .string(Self.fixAllKind)])
      ]),
      "documentFormattingProvider": .bool(true),
      "hoverProvider": .bool(true),
      "documentSymbolProvider": .bool(true),
      "workspace": .object([
        "workspaceFolders": .object(["supported": .bool(true), "changeNotifications": .bool(false)])
      ]),
    ]
    if client.pullDiagnostics {
      caps["diagnosticProvider"] = .object([
        "identifier": .string("copydesk"),
        // Names across open pages: a change in one page can change another's findings.
        "interFileDependencies": .bool(true),
        "workspaceDiagnostics": .bool(true),
      ])
    }
    return .object(caps)
  }

  static let fixAllKind = "source.fixAll.copydesk"
}
