import CopyDesk
import Foundation

/// A subcommand of `copydesk`.
public protocol Command: Sendable {
  static var name: String { get }
  static var summary: String { get }
  static var help: String { get }
  static func run(_ argv: [String]) throws -> Int32
}

/// Entry point: dispatches to subcommands; exit 0 clean, 1 findings at or above `--fail-on`, 2 usage/config/I-O error.
public enum CLI {
  public static let version = "0.1.0"

  public static let commands: [any Command.Type] = [
    LintCommand.self, FixCommand.self, RulesCommand.self, ExplainCommand.self, SchemaCommand.self,
    BaselineCommand.self, OutlineCommand.self, PeopleCommand.self, LSPCommand.self,
  ]

  static var usage: String {
    var s =
      "copydesk \(version) — house-style checker for Chinese newspaper copy\n\nUsage: copydesk <command> [options]\n\nCommands:\n"
    for c in commands { s += "  " + c.name.padding(toLength: 10, withPad: " ", startingAt: 0) + c.summary + "\n" }
    s += "\nRun `copydesk <command> --help` for a command's options. `copydesk --version` prints the version.\n"
    return s
  }

  public static func main(_ argv: [String]) -> Int32 {
    guard let first = argv.first else {
      Printer.stderr(usage)
      return 2
    }
    if first == "--version" || first == "-V" {
      Printer.stdout("copydesk \(version)\n")
      return 0
    }
    if first == "--help" || first == "-h" || first == "help" {
      Printer.stdout(usage)
      return 0
    }
    guard let command = commands.first(where: { $0.name == first }) else {
      Printer.stderr("copydesk: unknown command '\(first)'\n\n" + usage)
      return 2
    }
    let rest = Array(argv.dropFirst())
    if rest.contains("--help") || rest.contains("-h") {
      Printer.stdout(command.help)
      return 0
    }
    do {
      return try command.run(rest)
    } catch let e as UsageError {
      Printer.stderr("copydesk \(command.name): \(e.description)\n")
      return 2
    } catch {
      Printer.stderr("copydesk: \(error)\n")
      return 2
    }
  }
}

/// Options shared by `lint` and `fix`.
struct CommonOptions {
  static let valued: Set<String> = [
    "--config", "--profile", "--lang", "--ext", "--stdin-filename", "--rule", "--date",
  ]
  static let help = """
      --config FILE          use this configuration instead of discovering .copydesk.json
      --profile NAME         house profile: newspaper (default) or web
      --lang zh|en           message language (default zh, or the config's "language")
      --ext txt,md           file extensions to take from directories (default txt,md)
      --stdin-filename PATH  name of the text read from '-' (for its type and configuration)
      --rule ID              run only this rule (repeatable)
      --date YYYY-MM-DD      article date for the house register and rosters (else front matter date:, else today)
    """

  var workspace: Workspace
  var extensions: [String]?
  var stdinFilename: String?

  init(_ a: Arguments) throws {
    var lang: Language?
    if let l = a.value("--lang") {
      guard let v = Language(rawValue: l) else { throw UsageError("--lang must be zh or en") }
      lang = v
    }
    if let p = a.value("--profile"), !Profiles.names.contains(p) {
      throw UsageError("unknown profile '\(p)'; expected one of: \(Profiles.names.sorted().joined(separator: ", "))")
    }
    let rules = a.values("--rule")
    for r in rules where RuleRegistry.description(of: r) == nil { throw UsageError("unknown rule '\(r)'") }
    if let d = a.value("--date"), !Configuration.isValidArticleDate(d) {
      throw UsageError("--date must be YYYY-MM-DD, not '\(d)'")
    }
    workspace = Workspace(
      config: a.value("--config"), profile: a.value("--profile"), language: lang, only: rules.isEmpty ? nil : Set(rules)
    )
    workspace.articleDate = a.value("--date")
    extensions = a.value("--ext").map { $0.split(separator: ",").map { String($0).lowercased() } }
    stdinFilename = a.value("--stdin-filename")
  }

  /// Reads an input: the file, or standard input under its `--stdin-filename`.
  func read(_ input: Workspace.Input) throws -> TextFile { try Self.read(input, stdinFilename: stdinFilename) }

  /// `read(_:)` without the options (the workspace stays on the calling thread; this may run on any).
  static func read(_ input: Workspace.Input, stdinFilename: String?) throws -> TextFile {
    if input.isStdin {
      let data = FileHandle.standardInput.readDataToEndOfFile()
      return try TextFile.decode([UInt8](data), path: stdinFilename ?? "-")
    }
    return try TextFile.read(path: input.path)
  }

  func configPathKey(_ input: Workspace.Input) -> String {
    input.isStdin ? (stdinFilename ?? "stdin") : input.path
  }
}
