import CopyDesk
import Foundation

/// `copydesk-bench --memory FILE`: peak resident memory after each stage of linting one page (read, document,
/// lint, positions), to see where a 100 MB page's memory goes. Peaks only grow, so each line is the high-water
/// mark up to that stage.
func memoryProfile(_ path: String) throws {
  func peakMB() -> Double {
    var usage = rusage()
    #if os(Linux)
      getrusage(RUSAGE_SELF.rawValue, &usage)
    #else
      getrusage(RUSAGE_SELF, &usage)
    #endif
    return Double(usage.ru_maxrss) / 1024
  }
  let start = peakMB()
  // Read straight into one array, as `copydesk lint` does (no Foundation `Data` beside it).
  guard let f = fopen(path, "rb") else {
    throw NSError(domain: "copydesk-bench", code: 2, userInfo: [NSLocalizedDescriptionKey: "cannot read \(path)"])
  }
  fseek(f, 0, SEEK_END)
  let length = ftell(f)
  fseek(f, 0, SEEK_SET)
  let bytes = [UInt8](unsafeUninitializedCapacity: length) { buf, count in count = fread(buf.baseAddress, 1, length, f)
  }
  fclose(f)
  let size = Double(bytes.count) / 1e6
  print(String(format: "page: %.1f MB; peak resident memory at start: %.0f MB", size, start))
  // `--rules news-,punct-`: only the rules with these prefixes (`--rules -news-`: all but them), to see what a
  // family costs.
  var only: Set<String>?
  if let spec = argument("--rules") {
    let exclude = spec.hasPrefix("-")
    let prefixes = (exclude ? String(spec.dropFirst()) : spec).split(separator: ",").map(String.init)
    let ids = RuleRegistry.all.map { $0.description.id }
    only = Set(ids.filter { id in prefixes.contains { id.hasPrefix($0) } != exclude })
  }
  let linter = try Linter(configuration: .builtin(), only: only)
  var t = now()
  let doc = Document(bytes: bytes, path: path)
  print(String(format: "document built: %.0f MB peak (%.2f s)", peakMB(), now() - t))
  t = now()
  let articles = doc.articles.count
  print(String(format: "articles found: %.0f MB peak, %d articles (%.2f s)", peakMB(), articles, now() - t))
  t = now()
  let findings = linter.lint(doc)
  print(String(format: "linted: %.0f MB peak, %d findings (%.2f s)", peakMB(), findings.count, now() - t))
  t = now()
  var cursor = PositionCursor(doc)
  var lastLine = 0
  for d in findings { lastLine = cursor.position(of: d.range.lowerBound).line }
  print(String(format: "positions: %.0f MB peak (%.2f s; last finding on line %d)", peakMB(), now() - t, lastLine))
  print(String(format: "peak / page size: %.1f×", peakMB() / size))
}
