import CopyDesk
import Foundation

/// Finds the inputs and the configuration that governs each: `.copydesk.json` discovered upward from the file,
/// or the one given with `--config`. Linters are built once per configuration file.
public final class Workspace {
  public struct Input: Sendable {
    public var path: String
    /// The display path (as given, or relative to the given directory).
    public var display: String
    public var isStdin: Bool
  }

  let explicitConfig: String?
  let profileOverride: String?
  let languageOverride: Language?
  let only: Set<String>?
  /// `--date`: the date the name rules judge articles on.
  public var articleDate: String?
  private var configForDir: [String: String?] = [:]
  private var linters: [String: Linter] = [:]

  public init(config: String?, profile: String?, language: Language?, only: Set<String>? = nil) {
    explicitConfig = config
    profileOverride = profile
    languageOverride = language
    self.only = only
  }

  /// The `.copydesk.json` that applies to files in `dir`, searching upward.
  func configPath(forDirectory dir: String) -> String? {
    if let explicitConfig { return explicitConfig }
    if let cached = configForDir[dir] { return cached }
    let candidate = Paths.join(dir, ".copydesk.json")
    let found: String?
    if FileManager.default.fileExists(atPath: candidate) {
      found = candidate
    } else {
      let parent = Paths.directory(of: dir)
      found = parent == dir || parent.isEmpty ? nil : configPath(forDirectory: parent)
    }
    configForDir[dir] = found
    return found
  }

  public func configPath(forFile path: String) -> String? {
    let abs = absolute(path)
    return configPath(forDirectory: Paths.directory(of: abs))
  }

  /// The configuration for a file (built-in defaults when no config file applies).
  public func configuration(forFile path: String) throws -> Configuration {
    try configuration(at: configPath(forFile: path))
  }

  func configuration(at configPath: String?) throws -> Configuration {
    var c = try Configuration.builtin()
    if let configPath { try c.apply(ConfigFile.load(path: configPath)) }
    if let p = profileOverride {
      let file = ConfigFile(path: "--profile", profile: p)
      try c.apply(file)
    }
    if let l = languageOverride { c.language = l }
    if let d = articleDate { c.setArticleDate(d) }
    return c
  }

  public func linter(forFile path: String) throws -> Linter {
    let key = configPath(forFile: path) ?? ""
    if let l = linters[key] { return l }
    let l = try Linter(configuration: configuration(at: key.isEmpty ? nil : key), only: only)
    linters[key] = l
    return l
  }

  /// Expands directories recursively to files with the given extensions; files given by name are always taken.
  public func collect(_ paths: [String], extensions: [String]?) throws -> [Input] {
    var out: [Input] = []
    for p in paths {
      if p == "-" {
        out.append(Input(path: "-", display: "-", isStdin: true))
        continue
      }
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
        throw CLIError("\(p): no such file or directory")
      }
      if !isDir.boolValue {
        out.append(Input(path: p, display: p, isStdin: false))
        continue
      }
      let exts = try extensions ?? configuration(at: configPath(forDirectory: absolute(p))).extensions
      guard let e = FileManager.default.enumerator(atPath: p) else { continue }
      var found: [String] = []
      while let rel = e.nextObject() as? String {
        let name = Paths.lastComponent(rel)
        if name.hasPrefix(".") {
          var d: ObjCBool = false
          if FileManager.default.fileExists(atPath: Paths.join(p, rel), isDirectory: &d), d.boolValue {
            e.skipDescendants()
          }
          continue
        }
        if exts.contains(Paths.pathExtension(rel)) { found.append(rel) }
      }
      for rel in found.sorted() {
        let full = p.hasSuffix("/") ? p + rel : p + "/" + rel
        out.append(Input(path: full, display: full, isStdin: false))
      }
    }
    return out
  }

  func absolute(_ p: String) -> String {
    Paths.join(FileManager.default.currentDirectoryPath, p)
  }
}
