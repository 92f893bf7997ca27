import CopyDesk
import Foundation

/// `copydesk lint [PATH|-]...`
enum LintCommand: Command {
  static let name = "lint"
  static let summary = "check files, directories or standard input"
  static let help = """
    Usage: copydesk lint [options] [PATH|-]...

    Checks .txt and .md files (directories recursively; '-' reads standard input).
    Exit status: 0 nothing at or above --fail-on, 1 findings, 2 usage, configuration or I/O error.

    Options:
      --format FORMAT        text (default), json, concise, or for CI: sarif, github, rdjson, junit
      --baseline FILE        report only findings not recorded in FILE (see `copydesk baseline`)
      --fail-on error|warning|info  lowest severity that makes the exit status 1 (default error)
      --color auto|always|never  colour in text output (default auto: only on a terminal, never with NO_COLOR)

    """ + CommonOptions.help + "\n"

  static let valued = CommonOptions.valued.union(["--format", "--fail-on", "--color", "--baseline"])

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: valued, flags: [])
    let common = try CommonOptions(a)
    let formatName = a.value("--format") ?? "text"
    guard let format = OutputFormat(rawValue: formatName) else {
      throw UsageError("--format must be one of: \(OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    let failOn = try severityOption(a.value("--fail-on") ?? "error", "--fail-on")
    let color = try colorEnabled(a.value("--color"))
    let paths = a.positionals.isEmpty ? ["."] : a.positionals
    var (reports, failed) = try lintAll(paths, common)
    let suppressed: Int
    (reports, suppressed) = try BaselineCommand.apply(a.value("--baseline"), to: reports)
    let language = try common.workspace.configuration(forFile: reports.first?.document.path ?? ".").language
    var out = BlockWriter()
    defer { out.flush() }
    switch format {
    case .text:
      let f = TextFormatter(color: color, language: language)
      for r in reports {
        for d in r.diagnostics { out.write(f.format(r, d)) }
      }
      out.write(summary(reports))
      if suppressed > 0, let file = a.value("--baseline") {
        out.write("\(suppressed) more finding\(suppressed == 1 ? "" : "s") suppressed by the baseline \(file)\n")
      }
    case .json:
      // Only JSON is written on this path, straight to standard output in blocks (nothing is buffered in `out`).
      JSONOutput.write(reports, language: language)
    case .concise:
      for r in reports {
        for d in r.diagnostics { out.write(r.display + ":" + ConciseFormatter.line(r.document, d, language: language)) }
      }
    case .sarif, .github, .rdjson, .junit:
      out.write(CIFormats.render(format, reports, language: language, failOn: failOn, failed: failed))
    }
    if failed { return 2 }
    return reports.contains { $0.diagnostics.contains { $0.severity >= failOn } } ? 1 : 0
  }

  static func severityOption(_ s: String, _ name: String) throws -> Severity {
    guard let v = Severity(rawValue: s) else { throw UsageError("\(name) must be error, warning or info") }
    return v
  }

  static func colorEnabled(_ option: String?) throws -> Bool {
    switch option ?? "auto" {
    case "always": return true
    case "never": return false
    case "auto":
      let noColor = ProcessInfo.processInfo.environment["NO_COLOR"].map { !$0.isEmpty } ?? false
      return !noColor && isatty(1) == 1
    default: throw UsageError("--color must be auto, always or never")
    }
  }

  static func summary(_ reports: [FileReport]) -> String {
    let all = reports.flatMap(\.diagnostics)
    let e = all.filter { $0.severity == .error }.count
    let w = all.filter { $0.severity == .warning }.count
    let i = all.filter { $0.severity == .info }.count
    let fixable = all.filter { $0.fix?.applicability == .safe }.count
    var s =
      "\(all.count) finding\(all.count == 1 ? "" : "s") (\(e) error, \(w) warning, \(i) info) in \(reports.count) file\(reports.count == 1 ? "" : "s")"
    if fixable > 0 { s += "; \(fixable) fixable with `copydesk fix`" }
    return s + "\n"
  }

  /// Reads, parses and lints every input; files that share a configuration are linted together (so rules that
  /// compare documents see them all). Errors on single files are printed and make `failed` true.
  static func lintAll(_ paths: [String], _ common: CommonOptions) throws -> ([FileReport], failed: Bool) {
    let inputs = try common.workspace.collect(paths, extensions: common.extensions)
    let stdinFilename = common.stdinFilename
    let encodings = try inputs.map { try common.encoding(of: $0) }
    let loaded = zip(inputs, encodings).map { ($0, $1) }.concurrentMap { input, encoding in
      Result { () throws -> TextFile in try CommonOptions.read(input, stdinFilename: stdinFilename, encoding: encoding) }
    }
    var failed = common.workspace.unreadableInputs
    var groups: [String: [(Workspace.Input, TextFile)]] = [:]
    var order: [String] = []
    for (input, r) in zip(inputs, loaded) {
      switch r {
      case .failure(let e):
        Printer.stderr("copydesk: \(e)\n")
        failed = true
      case .success(let file):
        let key = common.workspace.configPath(forFile: common.configPathKey(input)) ?? ""
        if groups[key] == nil { order.append(key) }
        groups[key, default: []].append((input, file))
      }
    }
    var reports: [FileReport] = []
    for key in order {
      let members = groups[key]!
      let linter = try common.workspace.linter(forFile: common.configPathKey(members[0].0))
      let docs = members.concurrentMap { input, file in
        Document(bytes: file.utf8, path: input.isStdin ? stdinFilename : input.path)
      }
      let results = linter.lint(corpus: docs)
      for (k, (input, _)) in members.enumerated() {
        reports.append(
          FileReport(
            display: input.isStdin ? (common.stdinFilename ?? "-") : input.display, document: docs[k],
            diagnostics: results[k]))
      }
    }
    let rank = Dictionary(inputs.enumerated().map { ($1.display, $0) }, uniquingKeysWith: { first, _ in first })
    reports.sort { (rank[$0.display] ?? 0) < (rank[$1.display] ?? 0) }
    return (reports, failed)
  }
}
