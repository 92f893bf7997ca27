import CopyDesk
import Foundation

/// `copydesk people [PATH...]`: per article, each person with every title form used and where — the list an
/// editor otherwise compiles by hand when checking a page proof.
enum PeopleCommand: Command {
  static let name = "people"
  static let summary = "list the people of each article with every title form used and where"
  static let help = """
    Usage: copydesk people [options] [PATH|-]...

    Lists, per article, each person named, every form of title printed with the name, and where (line:column).
    Headline mentions are marked (标题), quoted ones (引语); names recognised only by a speech verb that follows
    them (徐跃告诉记者) are marked (推断). Names inside organisation names (张良工作室) are not listed.

    Options:
      --format text|json     output format (default text)

    """ + CommonOptions.help + "\n"

  static func run(_ argv: [String]) throws -> Int32 {
    let a = try Arguments(argv, valued: CommonOptions.valued.union(["--format"]), flags: [])
    let common = try CommonOptions(a)
    let format = a.value("--format") ?? "text"
    guard format == "text" || format == "json" else { throw UsageError("--format must be text or json") }
    let inputs = try common.workspace.collect(
      a.positionals.isEmpty ? ["."] : a.positionals, extensions: common.extensions)
    var failed = common.workspace.unreadableInputs
    var files: [JSONValue] = []
    var finders: [String: PeopleFinder] = [:]  // one per configuration file: building one reads all rule data
    for input in inputs {
      do {
        let file = try common.read(input)
        let key = common.workspace.configPath(forFile: common.configPathKey(input)) ?? ""
        let finder: PeopleFinder
        if let f = finders[key] {
          finder = f
        } else {
          finder = try PeopleFinder(data: common.workspace.configuration(forFile: common.configPathKey(input)).data)
          finders[key] = finder
        }
        let display = input.isStdin ? (common.stdinFilename ?? "-") : input.display
        let doc = Document(bytes: file.utf8, path: input.isStdin ? common.stdinFilename : input.path)
        let articles = finder.articles(in: doc)
        if format == "json" {
          files.append(.object(["path": .string(display), "articles": .array(articles.map { json($0, doc) })]))
        } else {
          Printer.stdout(text(articles, doc, display: display))
        }
      } catch {
        Printer.stderr("copydesk: \(error)\n")
        failed = true
      }
    }
    if format == "json" { Printer.stdout(JSONValue.array(files).serialized + "\n") }
    return failed ? 2 : 0
  }

  static func marks(_ m: PersonMention) -> String {
    var s: [String] = []
    if m.zone == .headline { s.append("标题") }
    if m.quoted { s.append("引语") }
    if m.inferred { s.append("推断") }
    return s.isEmpty ? "" : "（\(s.joined(separator: "、"))）"
  }

  static func text(_ articles: [ArticlePeople], _ doc: Document, display: String) -> String {
    var out = "== \(display)\n"
    for a in articles where !a.names.isEmpty {
      let line = doc.position(ofOffset: doc.articles[a.article].range.lowerBound).line
      out += "[\(a.article + 1)] \(a.headline ?? "（无标题）")  (line \(line))\n"
      for name in a.names {
        out += "  \(name)\n"
        var forms: [(String, [String])] = []
        for m in a.mentions(of: name) {
          let f = (m.titles.isEmpty ? "\(m.written)（仅姓名）" : m.printed) + marks(m)
          let p = doc.position(ofOffset: m.range.lowerBound)
          if let i = forms.firstIndex(where: { $0.0 == f }) {
            forms[i].1.append("\(p.line):\(p.column)")
          } else {
            forms.append((f, ["\(p.line):\(p.column)"]))
          }
        }
        for (f, places) in forms { out += "    \(f)  \(places.joined(separator: ", "))\n" }
      }
    }
    return out
  }

  static func json(_ a: ArticlePeople, _ doc: Document) -> JSONValue {
    let people: [JSONValue] = a.names.map { name in
      .object([
        "name": .string(name),
        "mentions": .array(
          a.mentions(of: name).map { m in
            .object([
              "form": .string(m.form.rawValue), "text": .string(m.titles.isEmpty ? m.written : m.printed),
              "titles": .array(
                m.titles.map { t in
                  .object([
                    "org": .string(t.org), "title": .string(t.title), "unit": .string(t.unit),
                    "kind": .string(t.kind.rawValue),
                  ])
                }),
              "zone": .string(String(describing: m.zone)), "quoted": .bool(m.quoted), "inferred": .bool(m.inferred),
              "start": JSONFormatter.position(doc, m.range.lowerBound),
              "end": JSONFormatter.position(doc, m.range.upperBound),
            ])
          }),
      ])
    }
    return .object([
      "index": .number(Double(a.article + 1)), "headline": a.headline.map { .string($0) } ?? .null,
      "line": .number(Double(doc.position(ofOffset: doc.articles[a.article].range.lowerBound).line)),
      "people": .array(people),
    ])
  }
}
