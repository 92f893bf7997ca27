// Language-server benchmark; run from a release build:
//   swift build -c release && .build/release/copydesk-lsp-bench [--edits N] [--in-process]
// 1. didChange → publishDiagnostics latency on a 20,000-character article (debounce 0, so the debounce is
//    excluded): in-process through the server's byte interface (framing and JSON included), and over pipes
//    against the built `copydesk lsp` process.
// 2. Resident memory of `copydesk lsp` with 50 open pages.
// 3. Start-up: process launch to the initialize response.
import CopyDesk
import CopyDeskLSP
import Foundation

let arguments = CommandLine.arguments
let editCount = arguments.firstIndex(of: "--edits").flatMap { Int(arguments[$0 + 1]) } ?? 300
let warmup = 20

func repositoryRoot() -> URL {
  var dir = URL(fileURLWithPath: #filePath)
  for _ in 0..<3 { dir.deleteLastPathComponent() }
  return dir
}

let seeds = try FileManager.default.contentsOfDirectory(atPath: repositoryRoot().appendingPathComponent("seeds").path)
  .filter { $0.hasSuffix(".txt") }.sorted()
  .map { try String(contentsOf: repositoryRoot().appendingPathComponent("seeds/\($0)"), encoding: .utf8) }

/// One long story: a headline, a lead, then body paragraphs from the seed pages until 20,000 characters.
func article(characters: Int) -> String {
  var paragraphs = ["全国总工会开展送温暖活动", "本报讯（记者 张晶）近日，全国总工会赴各地开展送温暖调研慰问活动。"]
  var count = paragraphs.reduce(0) { $0 + $1.count + 2 }
  let body = seeds.flatMap { $0.split(separator: "\n").map(String.init) }.filter { $0.count > 60 }
  var k = 0
  while count < characters {
    var p = body[k % body.count]
    if count + p.count + 2 > characters { p = String(p.prefix(max(1, characters - count - 2))) }
    paragraphs.append(p)
    count += p.count + 2
    k += 1
  }
  return paragraphs.joined(separator: "\n\n")
}

func percentile(_ sorted: [Double], _ p: Double) -> Double {
  sorted[min(sorted.count - 1, Int((Double(sorted.count) * p).rounded(.up)) - 1)]
}

func summary(_ ms: [Double]) -> String {
  let s = ms.sorted()
  return String(
    format: "p50 %.2f ms, p99 %.2f ms, max %.2f ms (n=%d)", percentile(s, 0.5), percentile(s, 0.99), s.last!, s.count)
}

/// User + system CPU time of this process so far.
func cpuMilliseconds() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
  #else
    getrusage(RUSAGE_SELF, &usage)
  #endif
  func ms(_ t: timeval) -> Double { Double(t.tv_sec) * 1000 + Double(t.tv_usec) / 1000 }
  return ms(usage.ru_utime) + ms(usage.ru_stime)
}

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e6 }

func frame(_ v: JSONValue) -> [UInt8] { MessageFramer.frame(Array(v.serialized.utf8)) }

func notification(_ method: String, _ params: JSONValue) -> [UInt8] {
  frame(.object(["jsonrpc": .string("2.0"), "method": .string(method), "params": params]))
}

func request(_ id: Int, _ method: String, _ params: JSONValue) -> [UInt8] {
  frame(.object(["jsonrpc": .string("2.0"), "id": .number(Double(id)), "method": .string(method), "params": params]))
}

let initialize = request(
  1, "initialize",
  .object([
    "processId": .null,
    "capabilities": .object(["general": .object(["positionEncodings": .array([.string("utf-16")])])]),
    "initializationOptions": .object(["debounceMs": .number(0)]),
  ]))

func didOpen(_ uri: String, _ text: String) -> [UInt8] {
  notification(
    "textDocument/didOpen",
    .object([
      "textDocument": .object([
        "uri": .string(uri), "languageId": .string("plaintext"), "version": .number(1), "text": .string(text),
      ])
    ]))
}

/// Edits like typing: insert a character somewhere in the body, then delete it again, alternately.
struct Typist {
  var lines: [String]
  var state: UInt64 = 7
  var pending: (line: Int, character: Int)?

  init(_ text: String) { lines = text.components(separatedBy: "\n") }

  mutating func next(version: Int, uri: String) -> [UInt8] {
    func pos(_ l: Int, _ c: Int) -> JSONValue {
      .object(["line": .number(Double(l)), "character": .number(Double(c))])
    }
    let change: JSONValue
    if let p = pending {
      change = .object([
        "range": .object(["start": pos(p.line, p.character), "end": pos(p.line, p.character + 1)]), "text": .string(""),
      ])
      pending = nil
    } else {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let candidates = lines.indices.filter { lines[$0].utf16.count > 20 }
      let line = candidates[Int(state >> 33) % candidates.count]
      let character = Int(state >> 40) % lines[line].utf16.count
      // Never split a surrogate pair (the seeds have none, but keep the benchmark honest).
      let safe = String(lines[line].utf16.prefix(character)) != nil ? character : 0
      change = .object(["range": .object(["start": pos(line, safe), "end": pos(line, safe)]), "text": .string(",")])
      pending = (line, safe)
    }
    return notification(
      "textDocument/didChange",
      .object([
        "textDocument": .object(["uri": .string(uri), "version": .number(Double(version))]),
        "contentChanges": .array([change]),
      ]))
  }
}

// MARK: In-process latency

/// A plain byte search (Foundation's generic `firstRange(of:)` is slow enough to disturb the measurement).
func contains(_ hay: [UInt8], _ needle: [UInt8]) -> Bool {
  guard hay.count >= needle.count, let first = needle.first else { return false }
  var i = 0
  let last = hay.count - needle.count
  while i <= last {
    if hay[i] == first {
      var k = 1
      while k < needle.count && hay[i + k] == needle[k] { k += 1 }
      if k == needle.count { return true }
    }
    i += 1
  }
  return false
}

final class Inbox: Sendable {
  let signal = DispatchSemaphore(value: 0)
  private let stamps = Locked<[Double]>([])
  func published(at t: Double) {
    stamps.withLock { $0.append(t) }
    signal.signal()
  }
  var last: Double { stamps.withLock { $0.last! } }
}

let text = article(characters: 20_000)
let uri = "file:///bench/article.txt"
print("article: \(text.count) characters, \(text.utf8.count) bytes, \(text.split(separator: "\n").count) paragraphs")

do {
  let doc = Document(text: text)
  let linter = try Linter(configuration: .builtin())
  var times: [Double] = []
  for k in 0..<(200 + warmup) {
    let t0 = now()
    _ = linter.lint(Document(text: text))
    if k >= warmup { times.append(now() - t0) }
  }
  print("engine alone (Document + lint): \(summary(times)); \(linter.lint(doc).count) findings")
  let set = try LinterSet(linter)
  times = []
  for k in 0..<(200 + warmup) {
    let t0 = now()
    let d = Document(text: text)
    _ = set.perPage.lint(d)
    _ = set.acrossPages?.lint(corpus: [d])
    if k >= warmup { times.append(now() - t0) }
  }
  print("engine, split as the server runs it: \(summary(times))")
}

do {
  let inbox = Inbox()
  let marker = Array("textDocument/publishDiagnostics".utf8)
  let hoverMarker = Array("\"id\":\"hover\"".utf8)
  let server = LanguageServer(
    options: .init(
      version: "bench", logToStandardError: false,
      send: { bytes in
        // The clock stops when the message is handed to the transport; finding the method is the client's cost.
        let t = now()
        if contains(bytes, marker) || contains(bytes, hoverMarker) { inbox.published(at: t) }
      }, onExit: { _ in }))
  server.receive(initialize)
  server.receive(notification("initialized", .object([:])))
  server.receive(didOpen(uri, text))
  inbox.signal.wait()
  var typist = Typist(text)
  var latencies: [Double] = []
  var cpuStart = 0.0
  for k in 0..<(editCount + warmup) {
    if k == warmup { cpuStart = cpuMilliseconds() }
    let message = typist.next(version: k + 2, uri: uri)
    let t0 = now()
    server.receive(message)
    inbox.signal.wait()
    let t1 = inbox.last
    if k >= warmup { latencies.append(t1 - t0) }
  }
  print("didChange → publishDiagnostics, in process: \(summary(latencies))")
  // CPU time is what the machine's load cannot inflate: it tells the work per edit from the waiting for a core.
  print(
    String(format: "  CPU time per edit (all threads): %.2f ms", (cpuMilliseconds() - cpuStart) / Double(editCount)))
  // A request the server answers from what it has (no lint): the cost of the hops between threads alone.
  let hover = frame(
    .object([
      "jsonrpc": .string("2.0"), "id": .string("hover"), "method": .string("textDocument/hover"),
      "params": .object([
        "textDocument": .object(["uri": .string(uri)]),
        "position": .object(["line": .number(0), "character": .number(0)]),
      ]),
    ]))
  var roundTrips: [Double] = []
  for _ in 0..<200 {
    let t0 = now()
    server.receive(hover)
    inbox.signal.wait()
    roundTrips.append(inbox.last - t0)
  }
  print("request round trip (hover, nothing to lint), in process: \(summary(roundTrips))")
}

// MARK: Over pipes

func executable() -> URL? {
  let candidate = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
    "copydesk")
  return FileManager.default.isExecutableFile(atPath: candidate.path) ? candidate : nil
}

final class PipeServer: Sendable {
  let process = Process()
  let input = Pipe()
  let output = Pipe()
  let signal = DispatchSemaphore(value: 0)
  private struct Received {
    var framer = MessageFramer()
    var events: [(time: Double, message: JSONValue)] = []
  }
  private let received = Locked(Received())

  init(_ url: URL) throws {
    process.executableURL = url
    process.arguments = ["lsp"]
    process.standardInput = input
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    let (received, signal) = (self.received, self.signal)
    output.fileHandleForReading.readabilityHandler = { h in
      let data = h.availableData
      let t = now()
      guard !data.isEmpty else { return }
      received.withLock { r in
        for case .message(let body) in r.framer.feed([UInt8](data)) {
          if let v = try? JSONParser.parse(body) {
            r.events.append((t, v))
            signal.signal()
          }
        }
      }
    }
    try process.run()
  }

  func send(_ bytes: [UInt8]) { input.fileHandleForWriting.write(Data(bytes)) }

  /// Waits for the next message matching `predicate` and returns its arrival time.
  func wait(_ predicate: (JSONValue) -> Bool) -> Double {
    while true {
      if let hit = received.withLock({ r -> Double? in
        guard let i = r.events.firstIndex(where: { predicate($0.message) }) else { return nil }
        let t = r.events[i].time
        r.events.removeSubrange(...i)
        return t
      }) {
        return hit
      }
      signal.wait()
    }
  }

  var residentKiB: Int {
    let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmRSS:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "") ?? -1
  }

  func stop() {
    send(request(99, "shutdown", .null))
    _ = wait { $0["id"] == .number(99) }
    send(notification("exit", .null))
    process.waitUntilExit()
  }
}

func isPublish(_ uri: String, _ version: Int) -> (JSONValue) -> Bool {
  {
    $0["method"] == .string("textDocument/publishDiagnostics") && $0["params"]?["uri"] == .string(uri)
      && $0["params"]?["version"] == .number(Double(version))
  }
}

guard !arguments.contains("--in-process") else { exit(0) }
guard let binary = executable() else {
  print("(copydesk not found next to this benchmark: run `swift build -c release` for the process figures)")
  exit(0)
}

do {
  var startups: [Double] = []
  for _ in 0..<20 {
    let t0 = now()
    let s = try PipeServer(binary)
    s.send(initialize)
    let t1 = s.wait { $0["id"] == .number(1) }
    startups.append(t1 - t0)
    s.stop()
  }
  print("start-up (launch → initialize response): \(summary(startups))")

  let s = try PipeServer(binary)
  s.send(initialize)
  _ = s.wait { $0["id"] == .number(1) }
  s.send(notification("initialized", .object([:])))
  let idle = s.residentKiB
  s.send(didOpen(uri, text))
  _ = s.wait(isPublish(uri, 1))
  var typist = Typist(text)
  var latencies: [Double] = []
  for k in 0..<(editCount + warmup) {
    let message = typist.next(version: k + 2, uri: uri)
    let t0 = now()
    s.send(message)
    let t1 = s.wait(isPublish(uri, k + 2))
    if k >= warmup { latencies.append(t1 - t0) }
  }
  print("didChange → publishDiagnostics, over pipes: \(summary(latencies))")

  for k in 0..<50 {
    let page = "file:///bench/page\(k).txt"
    s.send(didOpen(page, seeds[k % seeds.count]))
    _ = s.wait(isPublish(page, 1))
  }
  let loaded = s.residentKiB
  print(
    String(
      format:
        "memory: %.1f MiB resident after initialize; %.1f MiB with the article and 50 open pages (%d KiB per page)",
      Double(idle) / 1024, Double(loaded) / 1024, (loaded - idle) / 51))

  // Typing in the article with the 50 pages open: rules that compare pages see all 51 on every lint.
  var busy: [Double] = []
  let base = editCount + warmup + 2
  for k in 0..<max(100, editCount / 2) {
    let message = typist.next(version: base + k, uri: uri)
    let t0 = now()
    s.send(message)
    let t1 = s.wait(isPublish(uri, base + k))
    busy.append(t1 - t0)
  }
  print("didChange → publishDiagnostics with 50 other pages open, over pipes: \(summary(busy))")
  s.stop()
}
