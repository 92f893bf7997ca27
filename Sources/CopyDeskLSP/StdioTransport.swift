import CopyDesk
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Runs a language server over standard input and output: the one place that touches file descriptors.
/// Only framed protocol messages go to stdout; logs go to stderr (and `window/logMessage`).
public enum StdioTransport {
  /// Serves until `exit` (then the process ends with its status) or end of input (returns 0).
  public static func run(version: String) -> Int32 {
    // A client that goes away must not kill the server with SIGPIPE mid-write; the write just fails.
    signal(SIGPIPE, SIG_IGN)
    let output = DescriptorWriter(fd: 1)
    let server = LanguageServer(
      options: .init(
        version: version, send: { output.write($0) },
        onExit: { status in
          Foundation.exit(status)
        }))
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = buffer.withUnsafeMutableBytes { read(0, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        break
      }
      if n == 0 { break }
      server.receive(buffer[0..<n])
    }
    return server.endOfInput()
  }
}

/// Writes whole messages to a descriptor, one writer at a time (the lock holds the descriptor), retrying short writes.
final class DescriptorWriter: Sendable {
  private let fd: Locked<Int32>

  init(fd: Int32) { self.fd = Locked(fd) }

  func write(_ bytes: [UInt8]) {
    fd.withLock { fd in
      bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset < raw.count {
          #if canImport(Glibc)
            let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
          #else
            let n = Darwin.write(fd, raw.baseAddress! + offset, raw.count - offset)
          #endif
          if n < 0 {
            if errno == EINTR { continue }
            return
          }
          offset += n
        }
      }
    }
  }
}
