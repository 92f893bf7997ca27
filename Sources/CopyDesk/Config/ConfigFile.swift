import Foundation

/// A rule's configured state: off, or on with a severity and options.
public struct RuleSetting: Sendable, Hashable {
  public var severity: Severity?
  public var enabled: Bool?
  /// The `options` object, merged over the layers that set it.
  public var options: JSONValue?
  /// Where each option key was set (file, line, column, key path, layer); a key without one was set in code.
  public var origins: [String: OptionOrigin] = [:]

  public init(severity: Severity? = nil, enabled: Bool? = nil, options: JSONValue? = nil) {
    self.severity = severity
    self.enabled = enabled
    self.options = options
  }

  /// This setting with `other` layered over it: its severity, switch and option keys win.
  public func merging(_ other: RuleSetting) -> RuleSetting {
    var r = self
    if let s = other.severity { r.severity = s }
    if let e = other.enabled { r.enabled = e }
    if let o = other.options { r.options = (r.options ?? .object([:])).merging(o) }
    r.origins.merge(other.origins) { _, new in new }
    return r
  }
}

/// `.copydesk.json` (comments and trailing commas allowed), or a profile in `rules/profiles/`.
///
///     {
///       "profile": "newspaper",                  // or "web"
///       "language": "zh",                        // message language
///       "extensions": ["txt", "md"],
///       "rules": { "space-cjk": "off", "punct-doubled": { "severity": "warning", "options": {} } },
///       "data": { "add": ["desk/typos.txt"], "replace": { "word/typos.txt": "desk/our-typos.txt" } }
///     }
public struct ConfigFile: Sendable {
  public var path: String
  /// Which layer of the configuration this file is: a profile or a configuration file.
  public var layer: ConfigLayer = .configFile
  public var profile: String?
  public var language: Language?
  public var extensions: [String]?
  public var rules: [String: RuleSetting] = [:]
  /// Data files to add, resolved to absolute paths.
  public var addData: [String] = []
  /// Built-in data file name (relative to `rules/`) → replacement path (absolute); an empty path removes it.
  public var replaceData: [String: String] = [:]

  public init(path: String, profile: String? = nil, layer: ConfigLayer = .configFile) {
    self.path = path
    self.profile = profile
    self.layer = layer
  }

  static let topLevelKeys: Set<String> = [
    "$schema", "profile", "language", "extensions", "rules", "data", "description",
  ]

  public static func load(path: String, layer: ConfigLayer = .configFile) throws(RuleConfigurationError) -> ConfigFile {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RuleConfigurationError(file: path, line: 1, message: "cannot read the configuration file")
    }
    guard let text = String(data: data, encoding: .utf8) else {
      throw RuleConfigurationError(file: path, line: 1, message: "the configuration file is not UTF-8")
    }
    return try parse(text: text, path: path, layer: layer)
  }

  public static func parse(text: String, path: String, layer: ConfigLayer = .configFile)
    throws(RuleConfigurationError) -> ConfigFile
  {
    let doc: JSONC
    do {
      doc = try JSONC.parse(text)
    } catch {
      throw RuleConfigurationError(file: path, line: error.line, column: error.column, message: error.message)
    }
    func fail(_ pointer: String, _ message: String) -> RuleConfigurationError {
      let p = doc.position(of: pointer) ?? (1, 1)
      return RuleConfigurationError(file: path, line: p.line, column: p.column, message: message)
    }
    guard case .object(let top) = doc.value else { throw fail("", "expected an object at the top level") }
    var config = ConfigFile(path: path, layer: layer)
    let base = Paths.directory(of: path)
    for key in top.keys.sorted() where !topLevelKeys.contains(key) {
      throw fail(
        "/\(key)#key", "unknown key \"\(key)\"; expected one of: \(topLevelKeys.sorted().joined(separator: ", "))")
    }
    if let p = top["profile"] {
      guard let s = p.stringValue else {
        throw fail("/profile", "\"profile\" must be a string such as \"newspaper\" or \"web\"")
      }
      guard Profiles.names.contains(s) else {
        throw fail(
          "/profile", "unknown profile \"\(s)\"; expected one of: \(Profiles.names.sorted().joined(separator: ", "))")
      }
      config.profile = s
    }
    if let l = top["language"] {
      guard let s = l.stringValue, let lang = Language(rawValue: s) else {
        throw fail("/language", "\"language\" must be \"zh\" or \"en\"")
      }
      config.language = lang
    }
    if let e = top["extensions"] {
      guard let a = e.arrayValue, a.allSatisfy({ $0.stringValue != nil }) else {
        throw fail("/extensions", "\"extensions\" must be an array of strings such as [\"txt\", \"md\"]")
      }
      config.extensions = a.compactMap(\.stringValue)
    }
    if let r = top["rules"] {
      guard case .object(let rules) = r else { throw fail("/rules", "\"rules\" must be an object of rule ids") }
      for (id, v) in rules.sorted(by: { $0.key < $1.key }) {
        guard let rule = RuleRegistry.byID[id] else {
          throw fail("/rules/\(id)#key", "unknown rule \"\(id)\" (see `copydesk rules`)")
        }
        var setting = try parseSetting(v, pointer: "/rules/\(id)", fail: fail)
        if let options = setting.options?.objectValue {
          for key in options.keys {
            setting.origins[key] = doc.origin(
              of: "/rules/\(id)/options/\(key)", path: "rules.\(id).options.\(key)", file: path, layer: layer)
          }
          // Checked here, layer by layer, so that a bad value is reported where it is written even when the rule
          // is off or another layer overrides it.
          try rule.checkOptions(options, origins: setting.origins)
        }
        config.rules[id] = setting
      }
    }
    if let d = top["data"] {
      guard case .object(let data) = d else {
        throw fail("/data", "\"data\" must be an object with \"add\" and/or \"replace\"")
      }
      for key in data.keys where key != "add" && key != "replace" {
        throw fail("/data/\(key)#key", "unknown key \"\(key)\" in \"data\"; expected \"add\" or \"replace\"")
      }
      if let add = data["add"] {
        guard let a = add.arrayValue, a.allSatisfy({ $0.stringValue != nil }) else {
          throw fail("/data/add", "\"add\" must be an array of file paths")
        }
        config.addData = a.compactMap(\.stringValue).map { absolute($0, base: base) }
      }
      if let rep = data["replace"] {
        guard let o = rep.objectValue else {
          throw fail("/data/replace", "\"replace\" must map built-in data files to paths")
        }
        for (given, v) in o {
          guard let s = v.stringValue else {
            throw fail("/data/replace/\(given)", "expected a file path (or \"\" to remove it)")
          }
          let k = renamedDataFiles(given)
          guard EmbeddedRules.files.contains(where: { $0.name == k }) else {
            throw fail(
              "/data/replace/\(given)#key", "no built-in data file \"\(given)\" (see rules/ in the copydesk repository)"
            )
          }
          config.replaceData[k] = s.isEmpty ? "" : absolute(s, base: base)
        }
      }
    }
    return config
  }

  /// Built-in data files moved when the rules were grouped in family folders; configurations written before keep
  /// working (`words/typos.txt` is `word/typos.txt`).
  static func renamedDataFiles(_ name: String) -> String {
    let moved = [
      "punctuation/law-names.txt": "punct/law-names.txt",
      "punctuation/space-cjk-latin.txt": "space/cjk-latin-terms.txt",
    ]
    if let m = moved[name] { return m }
    if name.hasPrefix("words/") { return "word/" + name.dropFirst(6) }
    if name.hasPrefix("names/") { return "news/" + name }
    return name
  }

  static func parseSetting(
    _ v: JSONValue, pointer: String, fail: (String, String) -> RuleConfigurationError
  ) throws(RuleConfigurationError) -> RuleSetting {
    let expected = "expected \"off\", \"info\", \"warning\", \"error\" or an object with \"severity\" and \"options\""
    switch v {
    case .string(let s):
      if s == "off" { return RuleSetting(enabled: false) }
      guard let sev = Severity(rawValue: s) else { throw fail(pointer, expected) }
      return RuleSetting(severity: sev, enabled: true)
    case .bool(let b):
      return RuleSetting(enabled: b)
    case .object(let o):
      var setting = RuleSetting(enabled: true)
      for key in o.keys where !["severity", "options", "enabled"].contains(key) {
        throw fail("\(pointer)/\(key)#key", "unknown key \"\(key)\"; expected \"severity\", \"options\" or \"enabled\"")
      }
      if let s = o["severity"] {
        if s.stringValue == "off" {
          setting.enabled = false
        } else {
          guard let str = s.stringValue, let sev = Severity(rawValue: str) else {
            throw fail(pointer + "/severity", expected)
          }
          setting.severity = sev
        }
      }
      if let e = o["enabled"] {
        guard let b = e.boolValue else { throw fail(pointer + "/enabled", "\"enabled\" must be true or false") }
        setting.enabled = b
      }
      if let opts = o["options"] {
        guard case .object = opts else { throw fail(pointer + "/options", "\"options\" must be an object") }
        setting.options = opts
      }
      return setting
    default:
      throw fail(pointer, expected)
    }
  }

  static func absolute(_ p: String, base: String) -> String {
    Paths.join(base, p)
  }
}

/// Built-in profiles: house defaults, as config files embedded from `rules/profiles/`.
public enum Profiles {
  public static var names: [String] {
    EmbeddedRules.files.compactMap { f in
      f.name.hasPrefix("profiles/") && f.name.hasSuffix(".json")
        ? String(f.name.dropFirst("profiles/".count).dropLast(".json".count)) : nil
    }
  }

  public static func load(_ name: String) throws(RuleConfigurationError) -> ConfigFile {
    guard let f = EmbeddedRules.files.first(where: { $0.name == "profiles/\(name).json" }) else {
      throw RuleConfigurationError(file: "rules/profiles/\(name).json", line: 1, message: "no such profile")
    }
    return try ConfigFile.parse(text: f.content, path: "rules/profiles/\(name).json", layer: .profile(name))
  }
}

extension JSONC {
  /// Where the value at `pointer` and its key were written, with the positions of the values inside it.
  func origin(of pointer: String, path: String, file: String, layer: ConfigLayer) -> OptionOrigin {
    func at(_ p: String) -> ConfigPosition? { position(of: p).map { ConfigPosition(line: $0.line, column: $0.column) } }
    var nested: [String: ConfigPosition] = [:]
    for (p, position) in positions where p.hasPrefix(pointer + "/") && !p.hasSuffix("#key") {
      nested[String(p.dropFirst(pointer.count))] = ConfigPosition(line: position.line, column: position.column)
    }
    return OptionOrigin(
      layer: layer, file: file, path: path, key: at(pointer + "#key"), value: at(pointer), nested: nested)
  }
}
