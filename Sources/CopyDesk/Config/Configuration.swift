import Foundation

/// A resolved configuration: the profile, then the config file, then command-line overrides.
public struct Configuration: Sendable {
  public var profile: String = "newspaper"
  public var language: Language = .zh
  public var extensions: [String] = ["txt", "md"]
  public var settings: [String: RuleSetting] = [:]
  public var data: RuleData = .empty
  /// Where the configuration came from (for messages).
  public var sources: [String] = []

  public init() {}

  /// Built-in defaults with the given profile.
  public static func builtin(profile: String = "newspaper") throws(RuleConfigurationError) -> Configuration {
    var c = Configuration()
    c.data = try RuleData.builtin()
    try c.apply(profileNamed: profile)
    return c
  }

  mutating func apply(profileNamed name: String) throws(RuleConfigurationError) {
    let p = try Profiles.load(name)
    profile = name
    for (id, s) in p.rules { settings[id] = (settings[id] ?? RuleSetting()).merging(s) }
    sources.append("profile:\(name)")
  }

  /// Layers a config file over this configuration (profile first, then its own settings and data).
  public mutating func apply(_ file: ConfigFile) throws(RuleConfigurationError) {
    if let p = file.profile, p != profile {
      // Switching profile: rebuild from the new profile, keep data.
      let keepData = data
      self = try .builtin(profile: p)
      data = keepData
    }
    if let l = file.language { language = l }
    if let e = file.extensions { extensions = e }
    for (id, s) in file.rules { settings[id] = (settings[id] ?? RuleSetting()).merging(s) }
    for (name, path) in file.replaceData {
      data.files.removeAll { $0.name == "rules/" + name }
      if !path.isEmpty { data.files.append(try Configuration.loadDataFile(path)) }
    }
    for path in file.addData { data.files.append(try Configuration.loadDataFile(path)) }
    sources.append(file.path)
  }

  static func loadDataFile(_ path: String) throws(RuleConfigurationError) -> DataFile {
    guard let d = FileManager.default.contents(atPath: path), let text = String(data: d, encoding: .utf8) else {
      throw RuleConfigurationError(file: path, line: 1, message: "cannot read data file (missing or not UTF-8)")
    }
    let file = try DataFile.parse(name: path, text: text)
    guard RuleRegistry.description(of: file.rule) != nil else {
      throw RuleConfigurationError(file: path, line: 1, message: "@rule \(file.rule) is not a known rule")
    }
    return file
  }

  /// The severity a rule runs at, or nil when it is off.
  public func severity(of description: RuleDescription) -> Severity? {
    let s = settings[description.id]
    let enabled = s?.enabled ?? description.enabledByDefault
    return enabled ? (s?.severity ?? description.defaultSeverity) : nil
  }

  public func options(of id: String) -> JSONValue { settings[id]?.options ?? .object([:]) }

  /// Sets a rule option from the command line (`--date` sets the rules' `date`); it wins over the files.
  public mutating func setOption(_ key: String, of rule: String, to value: JSONValue, flag: String) {
    var s = RuleSetting(options: .object([key: value]))
    s.origins[key] = OptionOrigin(layer: .commandLine(flag), file: "command line", path: "rules.\(rule).options.\(key)")
    settings[rule] = (settings[rule] ?? RuleSetting()).merging(s)
  }

  /// The setup each rule is built from: its options with their origins, the data and the profile.
  public func setup(of id: String) -> RuleSetup {
    RuleSetup(
      rule: id, options: options(of: id).objectValue ?? [:], origins: settings[id]?.origins ?? [:], data: data,
      profile: profile)
  }
}
