import CopyDesk
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// What a file was when copydesk read it: identity, size, modification time, owner, mode, links and a hash of the
/// bytes. `fix` replaces a page only while it still matches, so text saved by an editor during the fix is not lost.
struct FileSnapshot: Equatable, Sendable {
  var device: UInt64
  var inode: UInt64
  var size: Int
  var modified: timespec
  var mode: mode_t
  var owner: uid_t
  var group: gid_t
  var links: Int
  var hash: Int

  static func == (a: FileSnapshot, b: FileSnapshot) -> Bool {
    a.device == b.device && a.inode == b.inode && a.size == b.size && a.modified.tv_sec == b.modified.tv_sec
      && a.modified.tv_nsec == b.modified.tv_nsec && a.hash == b.hash
  }

  static func systemError(_ path: String, _ doing: String, _ code: Int32 = errno) -> CLIError {
    CLIError("\(path): cannot \(doing): \(String(cString: strerror(code)))")
  }

  /// Reads a whole file through one descriptor, so the status and the bytes describe the same file.
  static func read(path: String) throws -> ([UInt8], FileSnapshot) {
    let fd = open(path, O_RDONLY | O_CLOEXEC)
    guard fd >= 0 else { throw systemError(path, "read it") }
    defer { close(fd) }
    return try read(fd: fd, path: path)
  }

  static func read(fd: Int32, path: String) throws -> ([UInt8], FileSnapshot) {
    var st = stat()
    guard fstat(fd, &st) == 0 else { throw systemError(path, "read it") }
    guard st.st_mode & S_IFMT != S_IFDIR else { throw CLIError("\(path): is a directory") }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(Int(st.st_size) + 1)
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let n = chunk.withUnsafeMutableBytes { systemRead(fd, $0.baseAddress, $0.count) }
      if n < 0 {
        if errno == EINTR { continue }
        throw systemError(path, "read it")
      }
      if n == 0 { break }
      bytes.append(contentsOf: chunk[..<n])
    }
    var hasher = Hasher()
    bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
    let snapshot = FileSnapshot(
      device: UInt64(st.st_dev), inode: UInt64(st.st_ino), size: bytes.count, modified: modificationTime(st),
      mode: st.st_mode, owner: st.st_uid, group: st.st_gid, links: Int(st.st_nlink), hash: hasher.finalize())
    return (bytes, snapshot)
  }
}

#if os(Linux)
  private func modificationTime(_ st: stat) -> timespec { st.st_mtim }
  private let systemRead = Glibc.read
#else
  private func modificationTime(_ st: stat) -> timespec { st.st_mtimespec }
  private let systemRead = Darwin.read
#endif

/// Replaces a page with new bytes without ever losing data or writing where it should not:
///
/// - a page that is a symbolic link is fixed in its target (the link stays a link);
/// - a page with more than one hard link is refused (writing a new file would split the links, writing in place
///   would change every other name of it, a backup's included): exit 2 with a message;
/// - the new text goes to a temporary file created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`, random name) beside
///   the target, gets the target's owner and permissions, is flushed, and is renamed over the target only if the
///   target still holds what was read (same file, size, time and content); a page changed or removed meanwhile is
///   left as it is now.
enum SafeReplace {
  static func replace(path: String, with bytes: [UInt8], expecting snapshot: FileSnapshot) throws {
    guard let resolved = realpath(path, nil) else {
      throw errno == ENOENT
        ? CLIError("\(path): removed while copydesk was fixing it; not written again")
        : FileSnapshot.systemError(path, "resolve its path")
    }
    let target = String(cString: resolved)
    free(resolved)
    if snapshot.links > 1 {
      throw CLIError(
        "\(path): has \(snapshot.links) hard links; fix would split them, so the file is left unchanged (fix a copy, or review `copydesk fix --diff` and apply it by hand)"
      )
    }
    let directory = Paths.directory(of: target)
    let name = Paths.lastComponent(target)
    let (fd, temporary) = try createTemporary(in: directory, for: name, displayPath: path)
    var renamed = false
    defer {
      if !renamed { unlink(temporary) }
    }
    do {
      defer { close(fd) }
      try writeAll(fd, bytes, path: path)
      if snapshot.owner != geteuid() || snapshot.group != getegid() {
        guard fchown(fd, snapshot.owner, snapshot.group) == 0 else {
          throw CLIError(
            "\(path): belongs to user \(snapshot.owner), group \(snapshot.group), and copydesk cannot give a new copy that owner; the file is left unchanged"
          )
        }
      }
      // After fchown, which clears set-id bits.
      guard fchmod(fd, snapshot.mode & 0o7777) == 0 else {
        throw FileSnapshot.systemError(path, "copy its permissions")
      }
      guard fsync(fd) == 0 else { throw FileSnapshot.systemError(path, "flush the new text") }
    }
    try checkUnchanged(target, displayPath: path, snapshot)
    guard rename(temporary, target) == 0 else { throw FileSnapshot.systemError(path, "replace it") }
    renamed = true
    // The rename itself reaches the disk with the directory.
    let dirfd = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    if dirfd >= 0 {
      fsync(dirfd)
      close(dirfd)
    }
  }

  /// `.NAME.copydesk-RANDOM.tmp` in `directory`, created exclusively and never through a link someone planted.
  static func createTemporary(
    in directory: String, for name: String, displayPath: String, token: () -> String = randomToken
  ) throws -> (Int32, String) {
    for _ in 0..<16 {
      let token = token()
      let path = Paths.join(directory, ".\(name).copydesk-\(token).tmp")
      let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
      if fd >= 0 { return (fd, path) }
      if errno == EEXIST { continue }
      let reason = String(cString: strerror(errno))
      throw CLIError(
        "\(displayPath): cannot write in \(directory) (\(reason)); fix writes the new text to a temporary file beside the page and renames it over the page"
      )
    }
    throw CLIError("\(displayPath): cannot create a temporary file in \(directory) (every name tried exists)")
  }

  static func randomToken() -> String {
    var generator = SystemRandomNumberGenerator()
    return String(generator.next() as UInt64, radix: 36)
  }

  static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
    try bytes.withUnsafeBytes { buf in
      var done = 0
      while done < buf.count {
        let n = write(fd, buf.baseAddress! + done, buf.count - done)
        if n < 0 {
          if errno == EINTR { continue }
          throw FileSnapshot.systemError(path, "write the new text")
        }
        done += n
      }
    }
  }

  /// The target must still be the file that was read, with the same bytes.
  static func checkUnchanged(_ target: String, displayPath: String, _ snapshot: FileSnapshot) throws {
    let fd = open(target, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
    guard fd >= 0 else {
      if errno == ENOENT { throw CLIError("\(displayPath): removed while copydesk was fixing it; not written again") }
      throw FileSnapshot.systemError(displayPath, "check it before replacing it")
    }
    defer { close(fd) }
    let (_, now) = try FileSnapshot.read(fd: fd, path: displayPath)
    guard now == snapshot else {
      throw CLIError("\(displayPath): changed on disk while copydesk was fixing it; left as it is now (run fix again)")
    }
  }
}
