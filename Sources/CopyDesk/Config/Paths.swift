import Foundation

/// Path helpers on plain strings. Foundation's `NSString` path methods crash on some inputs on Linux (a bare file
/// name such as `c` in `deletingLastPathComponent`), so copydesk uses these everywhere.
public enum Paths {
  /// The directory part: `a/b/c.txt` → `a/b`, `c.txt` → `.`, `/c.txt` → `/`.
  public static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    if slash == path.startIndex { return "/" }
    return String(path[..<slash])
  }

  /// The last component: `a/b/c.txt` → `c.txt`.
  public static func lastComponent(_ path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return path }
    return String(path[path.index(after: slash)...])
  }

  public static func join(_ dir: String, _ name: String) -> String {
    if name.hasPrefix("/") { return name }
    if dir.isEmpty || dir == "." { return name }
    return dir.hasSuffix("/") ? dir + name : dir + "/" + name
  }

  /// The extension without the dot, lowercased: `a/b.TXT` → `txt`.
  public static func pathExtension(_ path: String) -> String {
    let name = lastComponent(path)
    guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
    return String(name[name.index(after: dot)...]).lowercased()
  }

  /// The canonical absolute form of a path: links and `.`/`..` resolved by the file system when it exists, else
  /// lexically (so a missing `../x` cannot pass for a path inside a directory).
  public static func canonical(_ path: String) -> String {
    let absolute = path.hasPrefix("/") ? path : join(FileManager.default.currentDirectoryPath, path)
    if let r = realpath(absolute, nil) {
      defer { free(r) }
      return String(cString: r)
    }
    var parts: [Substring] = []
    for c in absolute.split(separator: "/") {
      if c == "." { continue }
      if c == ".." {
        if !parts.isEmpty { parts.removeLast() }
        continue
      }
      parts.append(c)
    }
    return "/" + parts.joined(separator: "/")
  }

  /// Whether `path` is `directory` or lies under it (both canonical).
  public static func isInside(_ path: String, _ directory: String) -> Bool {
    path == directory || path.hasPrefix(directory.hasSuffix("/") ? directory : directory + "/")
  }
}
