import CopyDesk
import Foundation

/// `copydesk outline FILE...`: the structure the engine sees (articles, headlines, bylines, paragraphs, captions,
/// credits) with line numbers, so that an editor can check how a page was segmented before trusting the findings.
enum OutlineCommand: Command {
  static let name = "outline"
  static let summary = "show the structure the engine sees: articles, headlines, bylines, paragraphs, credits"
  static let help = """
    Usage: copydesk outline [--format text|json] [--width N] FILE|-...

    Prints each file's articles and their blocks with 1-based line numbers ('-' reads standard input).
    Options:
      --format text|json  output format (default text)
      --width N           characters of text shown per block (default 32)
      --stdin-filename PATH  name of the text read from '-'

    """

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: ["--format", "--width", "--stdin-filename"], flags: [])
    let format = a.value("--format") ?? "text"
    guard format == "text" || format == "json" else { throw UsageError("--format must be text or json") }
    let width =
      try a.value("--width").map { w -> Int in
        guard let n = Int(w), n > 0 else { throw UsageError("--width must be a positive number") }
        return n
      } ?? 32
    guard !a.positionals.isEmpty else { throw UsageError("outline needs a file (or '-' for standard input)") }
    var files: [JSONValue] = []
    var status: Int32 = 0
    var seen: Set<String> = []
    // Each file once, as in `lint` (standard input can be read only once anyway).
    for path in a.positionals where seen.insert(path == "-" ? "-" : Workspace.resolved(path)).inserted {
      let file: TextFile
      do {
        if path == "-" {
          file = try TextFile.decode([UInt8](FileHandle.standardInput.readDataToEndOfFile()), path: "-")
        } else {
          file = try TextFile.read(path: path)
        }
      } catch {
        Printer.stderr("copydesk: \(error)\n")
        status = 2
        continue
      }
      let display = path == "-" ? (a.value("--stdin-filename") ?? "-") : path
      let doc = Document(bytes: file.utf8, path: path == "-" ? a.value("--stdin-filename") : path)
      let nodes = Outline.build(doc, textLimit: width)
      if format == "json" {
        files.append(.object(["path": .string(display), "outline": .array(nodes.map(json))]))
      } else {
        Printer.stdout(text(display, nodes))
      }
    }
    if format == "json" { Printer.stdout(JSONValue.array(files).serialized + "\n") }
    return status
  }

  /// One line per node: line span, kind (with headline level), text; children indented under their parent.
  static func text(_ display: String, _ nodes: [OutlineNode]) -> String {
    var out = "\(display)\n"
    var articleNumber = 0
    func lines(_ n: OutlineNode) -> String {
      n.firstLine == n.lastLine ? "\(n.firstLine)" : "\(n.firstLine)-\(n.lastLine)"
    }
    func emit(_ n: OutlineNode, depth: Int) {
      let indent = String(repeating: "  ", count: depth)
      let kind = n.kind == .headline ? "headline \(n.level)" : n.kind.rawValue
      out +=
        indent + lines(n).padding(toLength: 9, withPad: " ", startingAt: 0)
        + kind.padding(toLength: max(11, kind.count + 1), withPad: " ", startingAt: 0) + n.text + "\n"
      for c in n.children { emit(c, depth: depth + 1) }
    }
    for n in nodes {
      if n.kind == .article {
        articleNumber += 1
        out += "article \(articleNumber) (lines \(lines(n))): \(n.text)\n"
        for c in n.children { emit(c, depth: 1) }
      } else {
        emit(n, depth: 0)
      }
    }
    return out
  }

  static func json(_ n: OutlineNode) -> JSONValue {
    var o: [String: JSONValue] = [
      "kind": .string(n.kind.rawValue), "line": .number(Double(n.firstLine)), "endLine": .number(Double(n.lastLine)),
      "start": .number(Double(n.range.lowerBound)), "end": .number(Double(n.range.upperBound)), "text": .string(n.text),
    ]
    if n.kind == .headline { o["level"] = .number(Double(n.level)) }
    if !n.children.isEmpty { o["children"] = .array(n.children.map(json)) }
    return .object(o)
  }
}
