import CopyDesk
import Foundation

// Throughput and latency of the engine, from a release build:
//   swift run -c release copydesk-bench [--mb 50] [--seeds DIR] [--single] [--rules PREFIX,PREFIX…]
//   swift run -c release copydesk-bench --typos [--corpus FILE] [--natural FILE] [--per-sentence 6]  (TypoBench.swift)
//   copydesk-bench --typo-file FILE: one page through the typo checks, as a process, for start-up (TypoBench.swift)
// `--rules punct-,space-` measures only the rules whose ids start with one of the prefixes (an issue's rule set).
// `--linearity [--max-mb N]` shows lint time against line length, directive count and mention count (Linearity.swift);
// `--memory FILE` the peak memory of each stage of linting one page (MemoryProfile.swift).
// Lints a corpus of at least 50 MB (the seed pages repeated, each copy a separate document of one page) single-
// threaded and on all cores, and measures start-up for one page (in process, and as a whole `copydesk lint` run).
// `--eval DIR` measures false positives on the correct copy in DIR instead (EvalMode.swift); `--throughput` whole-process
// MB/s on one large file of clean and of finding-dense copy (FileThroughput.swift); `--families` the cost of each rule
// family and of the JSON output (FamilyCosts.swift).

func argument(_ name: String) -> String? {
  let a = CommandLine.arguments
  guard let i = a.firstIndex(of: name), i + 1 < a.count else { return nil }
  return a[i + 1]
}

func runBenchmark() throws {
  let targetMB = Double(argument("--mb") ?? "50") ?? 50
  let seedsDir = argument("--seeds") ?? "seeds"
  let seedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: seedsDir)) ?? []).filter {
    $0.hasSuffix(".txt")
  }.sorted()
  guard !seedFiles.isEmpty else {
    FileHandle.standardError.write(
      Data("copydesk-bench: no .txt pages in \(seedsDir) (run from the repository root or pass --seeds DIR)\n".utf8))
    exit(2)
  }
  let pages = seedFiles.compactMap { try? String(contentsOfFile: seedsDir + "/" + $0, encoding: .utf8) }
  let pageBytes = pages.map { $0.utf8.count }.reduce(0, +)
  var corpus: [String] = []
  var total = 0
  while Double(total) < targetMB * 1_000_000 {
    for p in pages {
      corpus.append(p)
      total += p.utf8.count
    }
  }

  let t0 = now()
  let config = try Configuration.builtin()
  let prefixes = argument("--rules")?.split(separator: ",").map(String.init)
  let only = prefixes.map { p in
    Set(RuleRegistry.all.map { $0.description.id }.filter { id in p.contains { id.hasPrefix($0) } })
  }
  let linter = try Linter(configuration: config, only: only)
  let setup = now() - t0
  let t1 = now()
  _ = linter.lint(Document(text: pages[0], path: "page.txt"))
  let firstPage = now() - t1

  print(
    "copydesk-bench: \(linter.ruleIDs.count) rules; corpus \(String(format: "%.1f", Double(total) / 1e6)) MB = \(corpus.count) pages (\(seedFiles.count) seed pages, \(pageBytes) bytes, repeated)"
  )
  print(
    String(
      format: "start-up in process: configuration + rules %.2f ms, first page lint %.2f ms", setup * 1000,
      firstPage * 1000))

  // Single-threaded.
  var findings = 0
  let s0 = now()
  for p in corpus { findings += linter.lint(Document(text: p, path: "page.txt")).count }
  let single = now() - s0
  print(
    String(format: "single-threaded: %.1f MB/s (%.2f s, %d findings)", Double(total) / 1e6 / single, single, findings))

  // `--single`: stop here (for instruction counting under callgrind, where only one pass is wanted).
  if CommandLine.arguments.contains("--single") { return }

  // Per-page latency distribution (single-threaded, the LSP's case).
  var latencies: [Double] = []
  for p in corpus.prefix(2000) {
    let a = now()
    _ = linter.lint(Document(text: p, path: "page.txt"))
    latencies.append(now() - a)
  }
  latencies.sort()
  func percentile(_ sorted: [Double], _ q: Double) -> Double {
    sorted[min(sorted.count - 1, Int(Double(sorted.count) * q))] * 1000
  }
  print(
    String(
      format: "per-page latency: p50 %.2f ms, p99 %.2f ms (page ≈ %d bytes)", percentile(latencies, 0.5),
      percentile(latencies, 0.99), pageBytes / pages.count))

  // All cores.
  let cores = ProcessInfo.processInfo.activeProcessorCount
  let m0 = now()
  let chunk = (corpus.count + cores - 1) / cores
  let pagesToLint = corpus
  let chunks = (0..<cores).map { k in min(corpus.count, k * chunk)..<min(corpus.count, (k + 1) * chunk) }
  _ = chunks.concurrentMap { range in
    for p in pagesToLint[range] { _ = linter.lint(Document(text: p, path: "page.txt")) }
  }
  let multi = now() - m0
  print(String(format: "all %d cores: %.1f MB/s (%.2f s)", cores, Double(total) / 1e6 / multi, multi))

  // Whole-process start-up for one page, if the copydesk binary is beside this one.
  let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "copydesk"
  ).path
  if FileManager.default.isExecutableFile(atPath: exe) {
    var runs: [Double] = []
    for _ in 0..<10 {
      let p = Process()
      p.executableURL = URL(fileURLWithPath: exe)
      p.arguments = ["lint", "--format", "json", seedsDir + "/" + seedFiles[0]]
      p.standardOutput = FileHandle.nullDevice
      let a = now()
      try p.run()
      p.waitUntilExit()
      runs.append(now() - a)
    }
    runs.sort()
    print(
      String(
        format: "process start-up, `copydesk lint` one page: median %.1f ms, min %.1f ms", runs[5] * 1000,
        runs[0] * 1000))
  }
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

if CommandLine.arguments.contains("--typos") {
  try runTypoEvaluation()
} else if let file = argument("--typo-file") {
  try runTypoFile(file)
} else if let dir = argument("--eval") {
  try runEval(dir)
} else if let file = argument("--memory") {
  try memoryProfile(file)
} else if CommandLine.arguments.contains("--linearity") {
  try linearity()
} else if CommandLine.arguments.contains("--throughput") {
  try runThroughput()
} else if let kind = argument("--compose").flatMap(BenchCopy.Kind.init) {
  // The copy the throughput figures are measured on, to standard output (`--mb` megabytes).
  let sources = BenchCopy.loadSources(
    seedsDir: argument("--seeds") ?? "seeds", evalDir: argument("--eval-dir") ?? "Tests/Eval",
    corpus: argument("--corpus") ?? "../shared/corpus/fcgec-clean-sentences.txt")
  let text = BenchCopy.compose(
    kind, bytes: Int((Double(argument("--mb") ?? "1") ?? 1) * 1e6), sources,
    linter: try Linter(configuration: .builtin()))
  FileHandle.standardOutput.write(Data(text.utf8))
} else if CommandLine.arguments.contains("--families") {
  try runFamilies()
} else {
  try runBenchmark()
}
