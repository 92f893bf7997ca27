import CopyDesk
import Foundation

/// `lint --format json`: the findings written as bytes (`FindingsJSON`) to standard output in blocks of about a
/// megabyte. The `JSONValue` objects of `JSONFormatter` cost as much as linting the page; the bytes are the same.
enum JSONOutput {
  static func write(_ reports: [FileReport], language: Language) {
    var w = FindingsJSON(language: language)
    for r in reports {
      w.append((r.display, r.document, r.diagnostics)) { bytes in
        FileHandle.standardOutput.write(Data(bytes))
        bytes.removeAll(keepingCapacity: true)
      }
    }
    w.finish()
    FileHandle.standardOutput.write(Data(w.json.out))
  }
}
