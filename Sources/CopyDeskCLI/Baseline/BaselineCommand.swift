import CopyDesk
import Foundation

/// `copydesk baseline [PATH|-]...`: records today's findings so that `lint --baseline` reports only new ones.
enum BaselineCommand: Command {
  static let name = "baseline"
  static let summary = "record current findings in .copydesk-baseline.json (for lint --baseline)"
  static let help = """
    Usage: copydesk baseline [options] [PATH|-]...

    Lints the inputs and writes every finding to a baseline file. `copydesk lint --baseline FILE` then reports
    only findings that are not in it. Findings are matched by rule, file and the finding's text with a little
    text around it on the same line, not by line number: edits elsewhere in a file keep old findings suppressed;
    rewording the sentence around one brings it back. Identical findings in one file are counted.
    Paths in the file are relative to its directory, so commit it next to the drafts' root.
    Exit status: 0 written, 2 usage, configuration or I/O error (nothing is written then).

    Options:
      --output FILE          where to write (default .copydesk-baseline.json)

    """ + CommonOptions.help + "\n"

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: CommonOptions.valued.union(["--output"]), flags: [])
    let common = try CommonOptions(a)
    let output = a.value("--output") ?? Baseline.defaultFileName
    let (reports, failed) = try LintCommand.lintAll(a.positionals.isEmpty ? ["."] : a.positionals, common)
    if failed {
      Printer.stderr("copydesk baseline: some inputs could not be read; \(output) not written\n")
      return 2
    }
    let baseline = Baseline.make(reports, baselineDirectory: Baseline.directory(ofBaselineFile: output))
    try baseline.write(to: output)
    let n = reports.reduce(0) { $0 + $1.diagnostics.count }
    let files = reports.filter { !$0.diagnostics.isEmpty }.count
    Printer.stderr("wrote \(n) finding\(n == 1 ? "" : "s") in \(files) file\(files == 1 ? "" : "s") to \(output)\n")
    return 0
  }

  /// For `lint --baseline FILE`: the reports without recorded findings, and how many were suppressed.
  static func apply(_ file: String?, to reports: [FileReport]) throws -> ([FileReport], suppressed: Int) {
    guard let file else { return (reports, 0) }
    let baseline = try Baseline.load(path: file)
    return baseline.filter(reports, baselineDirectory: Baseline.directory(ofBaselineFile: file))
  }
}
