import CopyDesk
import Foundation

// Whole-process throughput on one file, all default rules, JSON out (issue 18):
//   swift build -c release && .build/release/copydesk-bench --throughput [--mb 20] [--sizes 2,5,20] [--runs 3]
//     [--autocorrect PYTHON]   (a Python with autocorrect-py installed: AutoCorrect on the same file, .ci/autocorrect-bench.py)
// Composes clean and finding-dense copy (BenchCopy) as files of each size and runs the `copydesk` binary beside this
// one on each: `copydesk lint --format json FILE`, output written to a file. Single-threaded (COPYDESK_JOBS=1) and on
// all cores. Prints MB/s by the wall clock (best of the runs) and by CPU time (user + system of the process), the
// findings, the time per MB at each size (linearity), and the ratio to AutoCorrect's figures.

/// AutoCorrect 2.16 (Rust core, in process) on this machine, from issue 18: the "×" ratios are against these. Its
/// crates cannot be fetched here, but PyPI's autocorrect-py can: `--autocorrect PYTHON` measures it on the same files.
enum AutoCorrectReference {
  static let clean = 5.2  // MB/s, one paragraph per line
  static let dense = 3.9  // MB/s, the seeds repeated
  static let articleMilliseconds = 6.5  // one 20,000-character article

  static func mbPerSecond(_ kind: BenchCopy.Kind) -> Double { kind == .clean ? clean : dense }
}

struct ProcessRun {
  var wall: Double
  var cpu: Double
  var outputBytes: Int
  var findings: Int
}

func runCopydesk(_ exe: String, _ arguments: [String], jobs: Int?, output: String) throws -> ProcessRun {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: exe)
  p.arguments = arguments
  var env = ProcessInfo.processInfo.environment
  if let jobs { env["COPYDESK_JOBS"] = String(jobs) } else { env["COPYDESK_JOBS"] = nil }
  p.environment = env
  FileManager.default.createFile(atPath: output, contents: nil)
  let out = try FileHandle(forWritingTo: URL(fileURLWithPath: output))
  defer { try? out.close() }
  p.standardOutput = out
  p.standardError = FileHandle.nullDevice
  let cpu0 = childrenCPUTime()
  let t0 = now()
  try p.run()
  p.waitUntilExit()
  let wall = now() - t0
  let cpu = childrenCPUTime() - cpu0
  let bytes = (try? FileManager.default.attributesOfItem(atPath: output)[.size] as? Int) ?? 0
  // One finding per line of the JSON array (`  {…},`).
  var findings = 0
  if let data = FileManager.default.contents(atPath: output) {
    data.withUnsafeBytes { raw in
      var previous: UInt8 = 0x0A
      for b in raw {
        if previous == 0x0A && b == 0x20 { findings += 1 }
        previous = b
      }
    }
  }
  return ProcessRun(wall: wall, cpu: cpu, outputBytes: bytes, findings: findings)
}

func copydeskExecutable() -> String? {
  let exe = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "copydesk"
  ).path
  return FileManager.default.isExecutableFile(atPath: exe) ? exe : nil
}

func runThroughput() throws {
  guard let exe = copydeskExecutable() else {
    print("copydesk-bench --throughput: build the copydesk binary first (swift build -c release)")
    exit(2)
  }
  let mb = Double(argument("--mb") ?? "20") ?? 20
  let sizes =
    argument("--sizes")?.split(separator: ",").compactMap { Double($0) } ?? [mb / 10, mb / 4, mb].filter { $0 > 0 }
  let runs = Int(argument("--runs") ?? "3") ?? 3
  let sources = BenchCopy.loadSources(
    seedsDir: argument("--seeds") ?? "seeds", evalDir: argument("--eval-dir") ?? "Tests/Eval",
    corpus: argument("--corpus") ?? "../shared/corpus/fcgec-clean-sentences.txt")
  let linter = try Linter(configuration: .builtin())
  let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-bench-\(getpid())").path
  try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(atPath: dir) }
  let cores = ProcessInfo.processInfo.activeProcessorCount
  print(
    "copydesk-bench --throughput: `copydesk lint --format json FILE`, whole process, best of \(runs) runs; \(cores) cores; load average \(loadAverage())"
  )
  print(
    "× AutoCorrect: against issue 18's figures, clean \(AutoCorrectReference.clean) MB/s, dense \(AutoCorrectReference.dense) MB/s (--autocorrect PYTHON measures it here, on the same files)"
  )
  for kind in BenchCopy.Kind.allCases {
    var perMB: [String] = []
    for size in sizes {
      let text = BenchCopy.compose(kind, bytes: Int(size * 1_000_000), sources, linter: linter)
      let path = "\(dir)/\(kind.rawValue)-\(size)MB.txt"
      try text.write(toFile: path, atomically: false, encoding: .utf8)
      let bytes = Double(text.utf8.count)
      for jobs in [1, nil] as [Int?] {
        var best: ProcessRun?
        for _ in 0..<runs {
          let r = try runCopydesk(exe, ["lint", "--format", "json", path], jobs: jobs, output: dir + "/out.json")
          if best == nil || r.wall < best!.wall { best = r }
        }
        let r = best!
        let wallRate = bytes / 1e6 / r.wall
        let ac = AutoCorrectReference.mbPerSecond(kind)
        print(
          String(
            format:
              "%@ %5.1f MB %@: %6.1f MB/s wall (%.2f s, %4.1f× AutoCorrect), %6.1f MB/s of CPU (%.2f s), %d findings, JSON %.1f MB",
            kind.rawValue, bytes / 1e6, jobs == 1 ? "1 thread " : "all cores", wallRate, r.wall, wallRate / ac,
            bytes / 1e6 / r.cpu, r.cpu, r.findings, Double(r.outputBytes) / 1e6))
        if jobs == 1 { perMB.append(String(format: "%.1f MB: %.0f ms/MB", bytes / 1e6, r.cpu * 1000 / (bytes / 1e6))) }
      }
      if let python = argument("--autocorrect") { print("  " + autocorrectRun(python, path)) }
      try? FileManager.default.removeItem(atPath: path)
    }
    print("  linearity (\(kind.rawValue), CPU per MB, 1 thread): " + perMB.joined(separator: "; "))
  }
}

func loadAverage() -> String {
  let s = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? ""
  return s.split(separator: " ").prefix(3).joined(separator: " ")
}

/// AutoCorrect on the same file, side by side (`.ci/autocorrect-bench.py`, run by `python`), its line of figures.
func autocorrectRun(_ python: String, _ path: String) -> String {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: python)
  p.arguments = [".ci/autocorrect-bench.py", path]
  let pipe = Pipe()
  p.standardOutput = pipe
  p.standardError = FileHandle.nullDevice
  guard (try? p.run()) != nil else { return "autocorrect: cannot run \(python)" }
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
}
