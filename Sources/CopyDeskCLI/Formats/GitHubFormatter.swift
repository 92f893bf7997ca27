import CopyDesk

/// GitHub Actions workflow commands: one `::error …::message` line per finding, shown as annotations on the
/// pull request's changed files.
///
/// Columns are 1-based Unicode scalars, the same columns as the text output (`path:line:col`), so a log line and
/// its annotation agree; `endColumn` is exclusive like every other copydesk end position. Severities map to
/// `error`, `warning` and `notice`. Escaping follows the Actions toolkit: in the message `%`, CR and LF are
/// percent-encoded; in properties (file, title) also `:` and `,`.
enum GitHubFormatter {
  static func command(_ s: Severity) -> String {
    switch s {
    case .error: "error"
    case .warning: "warning"
    case .info: "notice"
    }
  }

  /// The message part (after `::`).
  static func escapeData(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "%": out += "%25"
      case "\r": out += "%0D"
      case "\n": out += "%0A"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  /// A property value (`file=…`, `title=…`): `:` ends the command and `,` separates properties, so both are encoded.
  static func escapeProperty(_ s: String) -> String {
    var out = ""
    for c in escapeData(s).unicodeScalars {
      switch c {
      case ":": out += "%3A"
      case ",": out += "%2C"
      default: out.unicodeScalars.append(c)
      }
    }
    return out
  }

  static func line(_ d: Diagnostic, _ r: FileReport, language: Language) -> String {
    let s = r.document.position(ofOffset: d.range.lowerBound)
    let e = r.document.position(ofOffset: d.range.upperBound)
    let properties = [
      "file=\(escapeProperty(r.reportPath))", "line=\(s.line)", "col=\(s.column)", "endLine=\(e.line)",
      "endColumn=\(e.column)", "title=\(escapeProperty(d.rule))",
    ]
    return "::\(command(d.severity)) \(properties.joined(separator: ","))::\(escapeData(d.message.text(language)))\n"
  }

  static func format(_ reports: [FileReport], language: Language) -> String {
    reports.map { r in r.diagnostics.map { line($0, r, language: language) }.joined() }.joined()
  }
}
