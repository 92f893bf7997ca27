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
  private var configurations: [String: Configuration] = [:]

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
    if let c = configurations[configPath ?? ""] { return c }
    var c = try Configuration.builtin()
    if let configPath { try c.apply(ConfigFile.load(path: configPath, restrictData: configPath != explicitConfig)) }
    if let p = profileOverride {
      let file = ConfigFile(path: "--profile", profile: p)
      try c.apply(file)
    }
    if let l = languageOverride { c.language = l }
    if let d = articleDate { c.setArticleDate(d) }
    configurations[configPath ?? ""] = c
    return c
  }

  public func linter(forFile path: String) throws -> Linter {
    let key = configPath(forFile: path) ?? ""
    if let l = linters[key] { return l }
    let l = try Linter(configuration: configuration(at: key.isEmpty ? nil : key), only: only)
    linters[key] = l
    return l
  }

  /// Set when a directory could not be read while collecting inputs (its message went to standard error); the
  /// commands then exit 2, since part of what was asked for was not checked.
  public private(set) var unreadableInputs = false

  /// Expands directories recursively to files with the given extensions; files given by name are always taken.
  /// Each file is taken once, under the first name it was reached by (`lint f f`, `lint dir dir/f`, `lint - -`,
  /// a symbolic link beside its target). Hidden entries and links to directories are not followed.
  public func collect(_ paths: [String], extensions: [String]?) throws -> [Input] {
    var out: [Input] = []
    var seen: Set<String> = []
    func take(_ path: String) {
      let key = Self.resolved(path)
      if seen.insert(key).inserted { out.append(Input(path: path, display: path, isStdin: false)) }
    }
    for p in paths {
      if p == "-" {
        if seen.insert("-").inserted { out.append(Input(path: "-", display: "-", isStdin: true)) }
        continue
      }
      var isDir: ObjCBool = false
      guard FileManager.default.fileExists(atPath: p, isDirectory: &isDir) else {
        throw CLIError("\(p): no such file or directory")
      }
      if !isDir.boolValue {
        take(p)
        continue
      }
      let exts = try extensions ?? configuration(at: configPath(forDirectory: absolute(p))).extensions
      var found: [String] = []
      walk(p, relative: "", extensions: exts, into: &found)
      for rel in found.sorted() { take(p.hasSuffix("/") ? p + rel : p + "/" + rel) }
    }
    return out
  }

  /// The files under `root/relative` with one of the extensions, as paths relative to `root`.
  private func walk(_ root: String, relative: String, extensions: [String], into found: inout [String]) {
    // Named as the files under it are: `./locked`, `drafts/2024`.
    let dir = relative.isEmpty ? root : (root.hasSuffix("/") ? root + relative : root + "/" + relative)
    guard let handle = opendir(dir) else {
      let reason = String(cString: strerror(errno))
      FileHandle.standardError.write(
        Data("copydesk: \(dir): cannot read directory (\(reason)); its pages were not checked\n".utf8))
      unreadableInputs = true
      return
    }
    var names: [String] = []
    while let entry = readdir(handle) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
      }
      if name == "." || name == ".." || name.hasPrefix(".") { continue }
      names.append(name)
    }
    closedir(handle)
    for name in names {
      let rel = relative.isEmpty ? name : relative + "/" + name
      let full = Paths.join(dir, name)
      var st = stat()
      guard lstat(full, &st) == 0 else { continue }
      switch st.st_mode & S_IFMT {
      case S_IFDIR: walk(root, relative: rel, extensions: extensions, into: &found)
      case S_IFREG: if extensions.contains(Paths.pathExtension(rel)) { found.append(rel) }
      case S_IFLNK:
        // A link to a page is taken (once: `take` compares resolved paths); a link to a directory is not followed.
        var target = stat()
        if stat(full, &target) == 0, target.st_mode & S_IFMT == S_IFREG, extensions.contains(Paths.pathExtension(rel)) {
          found.append(rel)
        }
      default: continue
      }
    }
  }

  /// The canonical path of a file (links and `..` resolved), for recognising one file under two names.
  static func resolved(_ path: String) -> String {
    guard let r = realpath(path, nil) else { return path }
    defer { free(r) }
    return String(cString: r)
  }

  func absolute(_ p: String) -> String {
    Paths.join(FileManager.default.currentDirectoryPath, p)
  }
}
