/// A small argument parser: `--flag`, `--option value`, `--option=value`, positionals, `--` ends options.
public struct Arguments {
  public var positionals: [String] = []
  var options: [String: [String]] = [:]
  var flags: Set<String> = []

  /// `valued`: options that take a value. Anything else starting with `--` is a flag.
  public init(_ argv: [String], valued: Set<String>, flags known: Set<String>) throws(UsageError) {
    var i = 0
    var onlyPositionals = false
    while i < argv.count {
      let a = argv[i]
      i += 1
      if onlyPositionals || a == "-" || !a.hasPrefix("-") {
        positionals.append(a)
        continue
      }
      if a == "--" {
        onlyPositionals = true
        continue
      }
      var name = a
      var inline: String?
      if let eq = a.firstIndex(of: "=") {
        name = String(a[..<eq])
        inline = String(a[a.index(after: eq)...])
      }
      if valued.contains(name) {
        if let inline {
          options[name, default: []].append(inline)
        } else {
          guard i < argv.count else { throw UsageError("\(name) needs a value") }
          options[name, default: []].append(argv[i])
          i += 1
        }
      } else if known.contains(name) {
        guard inline == nil else { throw UsageError("\(name) takes no value") }
        flags.insert(name)
      } else {
        throw UsageError("unknown option \(a)")
      }
    }
  }

  public func value(_ name: String) -> String? { options[name]?.last }
  public func values(_ name: String) -> [String] { options[name] ?? [] }
  public func has(_ flag: String) -> Bool { flags.contains(flag) }
}

/// Bad command-line usage: exit status 2.
public struct UsageError: Error, CustomStringConvertible {
  public var description: String
  public init(_ d: String) { description = d }
}
