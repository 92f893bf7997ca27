import Foundation

let repositoryRoot: URL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

let recording = ProcessInfo.processInfo.environment["COPYDESK_RECORD"] == "1"

/// The `copydesk` executable built beside the test bundle.
let copydeskBinary: URL = {
  let products = Bundle.main.bundleURL.deletingLastPathComponent()
  for candidate in [
    products.appendingPathComponent("copydesk"),
    products.deletingLastPathComponent().appendingPathComponent("copydesk"),
  ]
  where FileManager.default.isExecutableFile(atPath: candidate.path) {
    return candidate
  }
  return repositoryRoot.appendingPathComponent(".build/debug/copydesk")
}()

struct RunResult {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs `copydesk` with arguments, optional stdin, in a directory, with extra environment.
func copydesk(_ args: [String], stdin: String? = nil, cwd: URL? = nil, env: [String: String] = [:]) throws -> RunResult
{
  let p = Process()
  p.executableURL = copydeskBinary
  p.arguments = args
  if let cwd { p.currentDirectoryURL = cwd }
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = nil
  for (k, v) in env { environment[k] = v }
  p.environment = environment
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  p.standardOutput = out
  p.standardError = err
  p.standardInput = input
  try p.run()
  if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
  try input.fileHandleForWriting.close()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return RunResult(
    status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

/// A fresh temporary directory.
func temporaryDirectory() throws -> URL {
  let url = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-test-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
  return url
}
