import CopyDesk
import Foundation

/// `copydesk fix [PATH|-]...`
enum FixCommand: Command {
  static let name = "fix"
  static let summary = "apply safe fixes (atomic writes; --diff to preview)"
  static let help = """
    Usage: copydesk fix [options] [PATH|-]...

    Applies safe fixes in place, repeating until nothing changes; overlapping edits wait for the next pass.
    Files are written atomically (temporary file + rename) and keep their encoding, BOM, line endings, owner and
    permissions. A symbolic link is fixed in its target; a file with several hard links is left unchanged (exit 2),
    as is a file that changed on disk during the fix. '-' reads standard input and writes the fixed text to
    standard output in the input's encoding.
    Exit status: 0 nothing left at or above --fail-on, 1 findings remain, 2 usage, configuration or I/O error, or
    fixes that did not settle (the message names the page and the rules).

    Options:
      --unsafe               also apply unsafe fixes (suggestions that need review)
      --diff                 print a unified diff instead of writing files
      --fail-on error|warning|info  (default error)

    """ + CommonOptions.help + "\n"

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: CommonOptions.valued.union(["--fail-on"]), flags: ["--unsafe", "--diff"])
    let common = try CommonOptions(a)
    let failOn = try LintCommand.severityOption(a.value("--fail-on") ?? "error", "--fail-on")
    let inputs = try common.workspace.collect(
      a.positionals.isEmpty ? ["."] : a.positionals, extensions: common.extensions)
    var failed = common.workspace.unreadableInputs
    var remaining = false
    var changedFiles = 0
    var appliedTotal = 0
    for input in inputs {
      do {
        let file = try common.read(input)
        let original = file.text
        let linter = try common.workspace.linter(forFile: common.configPathKey(input))
        let result = Fixer.fix(
          text: original, path: input.isStdin ? common.stdinFilename : input.path, format: nil, linter: linter,
          includeUnsafe: a.has("--unsafe"))
        if result.remaining.contains(where: { $0.severity >= failOn }) { remaining = true }
        if !result.converged {
          // A rule bug, never the page's fault: the text is written with the fixes of every pass so far.
          Printer.stderr(
            "copydesk: \(input.display): the fixes did not settle after \(result.passes) passes (\(result.unsettledRules.joined(separator: ", ")) kept changing the text); the page has the fixes so far — please report it\n"
          )
          failed = true
        }
        if input.isStdin && !a.has("--diff") {
          // Answer in the encoding the text came in (UTF-16 stays UTF-16, GB18030 stays GB18030).
          guard let bytes = file.encoded(result.text) else {
            throw CLIError("-: the fixed text cannot be written in \(file.encoding.rawValue) exactly")
          }
          Printer.stdout(bytes)
          continue
        }
        guard result.text != original else { continue }
        if a.has("--diff") {
          let diff = UnifiedDiff.make(old: original, new: result.text, path: input.display)
          // A GB18030 page's patch is in GB18030, so that `git apply` matches its bytes.
          Printer.stdout(
            file.encoding == .gb18030 ? TextDecoding.encodeGB18030(diff) ?? Array(diff.utf8) : Array(diff.utf8))
        } else {
          try file.write(result.text)
        }
        // Counted once written: a page left unchanged (links, owner, changed meanwhile) is not "fixed".
        changedFiles += 1
        appliedTotal += result.applied
      } catch {
        Printer.stderr("copydesk: \(error)\n")
        failed = true
      }
    }
    if !a.has("--diff") && !(inputs.count == 1 && inputs[0].isStdin) {
      Printer.stderr(
        "fixed \(appliedTotal) finding\(appliedTotal == 1 ? "" : "s") in \(changedFiles) file\(changedFiles == 1 ? "" : "s")\n"
      )
    }
    return failed ? 2 : (remaining ? 1 : 0)
  }
}
