import Foundation

/// A run of `copydesk` with bytes in and out (UTF-16 and GB18030 pages), optionally as another user.
struct ByteRun {
  var status: Int32
  var stdout: [UInt8]
  var stderr: String
}

/// Whether tests run as root: permission tests then run copydesk as `nobody` through setpriv (root reads and
/// writes anything, so an unreadable directory would not be unreadable to it).
let runningAsRoot = geteuid() == 0

func copydeskBytes(_ args: [String], stdin: [UInt8] = [], cwd: URL? = nil, asNobody: Bool = false) throws -> ByteRun {
  let p = Process()
  if asNobody && runningAsRoot {
    p.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
    p.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", copydeskBinary.path] + args
  } else {
    p.executableURL = copydeskBinary
    p.arguments = args
  }
  if let cwd { p.currentDirectoryURL = cwd }
  var environment = ProcessInfo.processInfo.environment
  environment["NO_COLOR"] = nil
  p.environment = environment
  let out = Pipe()
  let err = Pipe()
  let input = Pipe()
  p.standardOutput = out
  p.standardError = err
  p.standardInput = input
  try p.run()
  input.fileHandleForWriting.write(Data(stdin))
  try input.fileHandleForWriting.close()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  let e = err.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return ByteRun(status: p.terminationStatus, stdout: [UInt8](o), stderr: String(decoding: e, as: UTF8.self))
}

/// A temporary directory others may enter (for the runs as `nobody`).
func sharedTemporaryDirectory() throws -> URL {
  let dir = try temporaryDirectory()
  chmod(dir.path, 0o755)
  return dir
}

func utf16(_ s: String, littleEndian: Bool, bom: Bool = true) -> [UInt8] {
  var out: [UInt8] = bom ? (littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]) : []
  for u in s.utf16 { out += littleEndian ? [UInt8(u & 0xFF), UInt8(u >> 8)] : [UInt8(u >> 8), UInt8(u & 0xFF)] }
  return out
}

let gb18030Encoding = String.Encoding(rawValue: 0x8000_0632)

func gb18030(_ s: String) -> [UInt8] { [UInt8](s.data(using: gb18030Encoding)!) }

func bytes(of url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

func write(_ b: [UInt8], to url: URL) throws { try Data(b).write(to: url) }

func fileStatus(_ path: String) -> stat {
  var st = stat()
  lstat(path, &st)
  return st
}

/// Runs git in a directory; returns its status and output.
@discardableResult
func git(_ args: [String], in dir: URL) throws -> (status: Int32, output: String) {
  let p = Process()
  p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
  p.arguments = ["git"] + args
  p.currentDirectoryURL = dir
  let out = Pipe()
  p.standardOutput = out
  p.standardError = out
  try p.run()
  let o = out.fileHandleForReading.readDataToEndOfFile()
  p.waitUntilExit()
  return (p.terminationStatus, String(decoding: o, as: UTF8.self))
}
