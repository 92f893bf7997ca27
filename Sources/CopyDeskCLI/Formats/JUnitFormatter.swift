import CopyDesk

/// JUnit XML for GitLab (`artifacts:reports:junit`) and Jenkins (`junit` step).
///
/// One `<testsuite>` per file. A file without findings is one passing test case named `copydesk`. Each finding
/// is a test case named `RULE at LINE:COL` (columns in Unicode scalars, as in the text output): at or above
/// `--fail-on` it carries a `<failure>`; below it passes and the finding is kept in `<system-out>`, so the test
/// report fails exactly when the exit status does. Output has no timestamps, so it is reproducible.
enum JUnitFormatter {
  /// XML 1.0 text or attribute value: the five special characters escaped, characters XML forbids dropped.
  static func escape(_ s: String) -> String {
    var out = ""
    for c in s.unicodeScalars {
      switch c {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&apos;"
      case "\t", "\n", "\r": out.unicodeScalars.append(c)
      default:
        if c.value < 0x20 || c.value == 0xFFFE || c.value == 0xFFFF { continue }
        out.unicodeScalars.append(c)
      }
    }
    return out
  }

  static func format(_ reports: [FileReport], language: Language, failOn: Severity) -> String {
    var suites = ""
    var totalTests = 0
    var totalFailures = 0
    for r in reports {
      let path = escape(r.reportPath)
      var cases = ""
      var failures = 0
      if r.diagnostics.isEmpty {
        cases += "    <testcase classname=\"\(path)\" name=\"copydesk\" file=\"\(path)\"/>\n"
      }
      for d in r.diagnostics {
        let s = r.document.position(ofOffset: d.range.lowerBound)
        let message = d.message.text(language)
        let detail = escape("\(r.reportPath):\(s.line):\(s.column): \(d.severity.rawValue)[\(d.rule)] \(message)")
        cases += "    <testcase classname=\"\(path)\" name=\"\(escape(d.rule)) at \(s.line):\(s.column)\""
        cases += " file=\"\(path)\" line=\"\(s.line)\">\n"
        if d.severity >= failOn {
          failures += 1
          cases += "      <failure type=\"\(escape(d.rule))\" message=\"\(escape(message))\">\(detail)</failure>\n"
        } else {
          cases += "      <system-out>\(detail)</system-out>\n"
        }
        cases += "    </testcase>\n"
      }
      let tests = max(1, r.diagnostics.count)
      totalTests += tests
      totalFailures += failures
      suites +=
        "  <testsuite name=\"\(path)\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
      suites += cases + "  </testsuite>\n"
    }
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      + "<testsuites name=\"copydesk\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\" errors=\"0\">\n"
      + suites + "</testsuites>\n"
  }
}
