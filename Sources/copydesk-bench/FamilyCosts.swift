import CopyDesk
import Foundation

// What each rule family costs, in process, on clean and on finding-dense copy (issue 18):
//   .build/release/copydesk-bench --families [--mb 2] [--reps 3] [--per-rule] [--file PATH]
// For each kind of copy (BenchCopy, one document of `--mb` MB): the document itself (structure, masks, directives),
// then each family's default rules alone on a fresh document (their cost is the difference: a family pays for the
// analyses it asks for, so analyses shared by two families are counted in both), all rules together, and writing the
// findings as the CLI's JSON. Times are CPU time of the benchmark's thread (best of `--reps`): the machine is shared,
// and CPU time does not grow while another process holds the core.

struct Family {
  var name: String
  var types: [any Rule.Type]
}

let families: [Family] = [
  Family(name: "punct", types: PunctRules.all), Family(name: "space", types: SpaceRules.all),
  Family(name: "script", types: ScriptRules.all), Family(name: "width", types: WidthRules.all),
  Family(name: "num", types: NumRules.all), Family(name: "news/format", types: NewsRules.format),
  Family(name: "news/terms", types: NewsRules.terms), Family(name: "news/names", types: NewsRules.names),
  Family(name: "word", types: WordRules.all), Family(name: "layout", types: LayoutRules.all),
  Family(name: "directive", types: DirectiveRules.all),
]

/// Best-of-`reps` CPU seconds of `body`.
func cpuBest(_ reps: Int, _ body: () -> Void) -> Double {
  var best = Double.infinity
  for _ in 0..<reps {
    let t0 = threadCPUTime()
    body()
    best = min(best, threadCPUTime() - t0)
  }
  return best
}

func runFamilies() throws {
  let mb = Double(argument("--mb") ?? "2") ?? 2
  let reps = Int(argument("--reps") ?? "3") ?? 3
  let config = try Configuration.builtin()
  let full = try Linter(configuration: config)
  let enabled = Set(full.ruleIDs)
  let sources = BenchCopy.loadSources(
    seedsDir: argument("--seeds") ?? "seeds", evalDir: argument("--eval-dir") ?? "Tests/Eval",
    corpus: argument("--corpus") ?? "../shared/corpus/fcgec-clean-sentences.txt")
  print(
    "copydesk-bench --families [--file PATH]: CPU ms per MB (best of \(reps)), one document per kind of copy; load average \(loadAverage())"
  )
  // `--file PATH`: that file instead of the composed copy.
  let file = argument("--file")
  let kinds = file == nil ? BenchCopy.Kind.allCases.map(\.rawValue) : [file!]
  for kindName in kinds {
    let text =
      file.flatMap { try? String(contentsOfFile: $0, encoding: .utf8) }
      ?? BenchCopy.compose(BenchCopy.Kind(rawValue: kindName)!, bytes: Int(mb * 1_000_000), sources, linter: full)
    let bytes = Array(text.utf8)
    let size = Double(bytes.count) / 1e6
    func perMB(_ s: Double) -> String { String(format: "%7.1f", s * 1000 / size) }
    let document = cpuBest(reps) { _ = Document(text: text, path: "bench.txt") }
    var findings: [Diagnostic] = []
    let all = cpuBest(reps) { findings = full.lint(Document(text: text, path: "bench.txt")) }
    print(
      String(
        format: "%@: %.2f MB, %d findings; all rules %@ ms/MB (%.1f MB/s), document alone %@ ms/MB", kindName,
        size, findings.count, perMB(all), size / all, perMB(document)))
    var lines: [(String, Double, Int)] = []
    // `--per-rule`: each rule alone instead of each family (to find a rule whose cost grows faster than the page).
    let groups =
      CommandLine.arguments.contains("--per-rule")
      ? RuleRegistry.all.filter { enabled.contains($0.description.id) }.map {
        Family(name: $0.description.id, types: [$0])
      } : families
    for f in groups {
      let ids = Set(f.types.map { $0.description.id }).intersection(enabled)
      guard !ids.isEmpty else { continue }
      let linter = try Linter(configuration: config, only: ids)
      var n = 0
      let t = cpuBest(reps) { n = linter.lint(Document(text: text, path: "bench.txt")).count }
      lines.append((f.name + " (\(ids.count))", max(0, t - document), n))
    }
    for (name, t, n) in lines.sorted(by: { $0.1 > $1.1 }) {
      print(String(format: "  %-18@ %@ ms/MB  %5.1f%%  %7d findings", name, perMB(t), t / all * 100, n))
    }
    let doc = Document(text: text, path: "bench.txt")
    let out = cpuBest(reps) { _ = FindingsJSON.bytes([(display: "bench.txt", document: doc, diagnostics: findings)]) }
    print(String(format: "  %-18@ %@ ms/MB  %5.1f%% of linting", "JSON output", perMB(out), out / all * 100))
  }
}
