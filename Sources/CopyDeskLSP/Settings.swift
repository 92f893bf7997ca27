import CopyDesk
import Foundation

/// The server's own settings, read from the same object as the rule configuration (`initializationOptions`,
/// the `copydesk` section of `workspace/configuration`). They are removed before the rest is read as a
/// `.copydesk.json`-shaped layer.
public struct ServerSettings: Sendable, Equatable {
  /// Quiet time after an edit before the page is linted again.
  public var debounceMilliseconds = 100
  static let keys: Set<String> = ["debounceMs"]

  public init() {}

  mutating func read(_ v: JSONValue?) {
    if let ms = v?["debounceMs"]?.int { debounceMilliseconds = max(0, min(ms, 5000)) }
  }
}

/// Resolves the configuration of each document: built-in profile → the `.copydesk.json` found upward from the
/// document → the client's locale (message language) → `initializationOptions` → `workspace/configuration`.
/// Linters are built once per configuration file and dropped when any layer changes. Not `Sendable`: the language
/// server's actor owns it.
public final class ConfigResolver {
  public var rootPath: String?
  public var localeLanguage: Language?
  public private(set) var initializationOptions: JSONValue?
  public private(set) var clientSettings: JSONValue?
  /// Errors found while building configurations, to be shown once each.
  public private(set) var problems: [String] = []

  private var configForDirectory: [String: String?] = [:]
  private var linters: [String: LinterSet] = [:]

  public init(rootPath: String? = nil) { self.rootPath = rootPath }

  public func setInitializationOptions(_ v: JSONValue?) {
    initializationOptions = Self.settingsObject(v)
    invalidate()
  }

  public func setClientSettings(_ v: JSONValue?) {
    clientSettings = Self.settingsObject(v)
    invalidate()
  }

  /// nil for "no settings": absent, null, or an empty array (Lua clients encode an empty table `{}` as `[]`).
  static func settingsObject(_ v: JSONValue?) -> JSONValue? {
    switch v {
    case nil, .null?, .array([])?: nil
    default: v
    }
  }

  /// Forgets discovered files and built linters (a config file or rule data changed).
  public func invalidate() {
    configForDirectory = [:]
    linters = [:]
  }

  public func takeProblems() -> [String] {
    defer { problems = [] }
    return problems
  }

  public var serverSettings: ServerSettings {
    var s = ServerSettings()
    s.read(initializationOptions)
    s.read(clientSettings)
    return s
  }

  /// The `.copydesk.json` governing a document (by its path; untitled documents use the workspace root).
  public func configPath(forDocumentPath path: String?) -> String? {
    guard let dir = path.map({ ($0 as NSString).deletingLastPathComponent }) ?? rootPath else { return nil }
    return configPath(forDirectory: dir)
  }

  private func configPath(forDirectory dir: String) -> String? {
    if let cached = configForDirectory[dir] { return cached }
    let candidate = (dir as NSString).appendingPathComponent(".copydesk.json")
    let found: String?
    if FileManager.default.fileExists(atPath: candidate) {
      found = candidate
    } else {
      let parent = (dir as NSString).deletingLastPathComponent
      found = parent == dir || parent.isEmpty ? nil : configPath(forDirectory: parent)
    }
    configForDirectory[dir] = found
    return found
  }

  /// The linters for a document, and the key of its configuration (documents with the same key are linted
  /// together when a rule compares pages).
  public func linters(forDocumentPath path: String?) -> (linters: LinterSet, key: String) {
    let file = configPath(forDocumentPath: path)
    let key = file ?? ""
    if let l = linters[key] { return (l, key) }
    let l = makeLinters(configFile: file)
    linters[key] = l
    return (l, key)
  }

  /// The linter with all enabled rules for a document.
  public func linter(forDocumentPath path: String?) -> Linter { linters(forDocumentPath: path).linters.full }

  private func makeLinters(configFile: String?) -> LinterSet {
    var c: Configuration
    do {
      c = try Configuration.builtin()
    } catch {
      fatalError("built-in configuration is invalid: \(error)")
    }
    if let configFile {
      do { try c.apply(ConfigFile.load(path: configFile)) } catch { problems.append("\(error)") }
    }
    if let localeLanguage { c.language = localeLanguage }
    for (name, layer) in [("initializationOptions", initializationOptions), ("settings", clientSettings)] {
      guard let layer else { continue }
      do { try c.apply(settingsLayer(layer, name: name)) } catch { problems.append("\(error)") }
    }
    do {
      return try LinterSet(Linter(configuration: c))
    } catch {
      problems.append("\(error); using the built-in configuration")
      // The built-in configuration's rules are covered by the engine's tests.
      return try! LinterSet(Linter(configuration: Configuration.builtin()))
    }
  }

  /// A settings object read as a `.copydesk.json` whose relative data paths resolve against the workspace root.
  func settingsLayer(_ v: JSONValue, name: String) throws(RuleConfigurationError) -> ConfigFile {
    guard case .object(var o) = v else {
      throw RuleConfigurationError(file: name, line: 1, message: "settings must be an object")
    }
    for k in ServerSettings.keys { o[k] = nil }
    let base = rootPath ?? FileManager.default.currentDirectoryPath
    return try ConfigFile.parse(
      text: JSONValue.object(o).serialized, path: (base as NSString).appendingPathComponent(name))
  }

}

extension Language {
  /// `zh-CN`, `zh_TW`, `zh` → zh; `en-US` → en; anything else: no preference.
  public init?(locale: String?) {
    guard let l = locale?.lowercased() else { return nil }
    if l.hasPrefix("zh") {
      self = .zh
    } else if l.hasPrefix("en") {
      self = .en
    } else {
      return nil
    }
  }
}
