import Foundation
import Testing

@testable import CopyDeskCLI

/// `fix` never loses text and never writes where it should not: links, owners, permissions, races.
@Suite struct FixSafetyTests {
  let page = "会议于昨日召开,共有300余人参加.\n"
  let fixedPage = "会议于昨日召开，共有300余人参加。\n"

  @Test func aSymbolicLinkIsFixedInItsTargetAndStaysALink() throws {
    let dir = try temporaryDirectory()
    let real = dir.appendingPathComponent("real.txt")
    try page.write(to: real, atomically: true, encoding: .utf8)
    try FileManager.default.createSymbolicLink(
      atPath: dir.appendingPathComponent("link.txt").path, withDestinationPath: "real.txt")
    let r = try copydesk(["fix", "link.txt"], cwd: dir)
    #expect(r.status == 0)
    #expect(r.stderr == "fixed 2 findings in 1 file\n")
    #expect(
      try FileManager.default.destinationOfSymbolicLink(atPath: dir.appendingPathComponent("link.txt").path)
        == "real.txt")
    #expect(try String(contentsOf: real, encoding: .utf8) == fixedPage)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted() == ["link.txt", "real.txt"])
  }

  @Test func aFileWithHardLinksIsLeftUnchanged() throws {
    let dir = try temporaryDirectory()
    let a = dir.appendingPathComponent("a.txt")
    try page.write(to: a, atomically: true, encoding: .utf8)
    try FileManager.default.linkItem(at: a, to: dir.appendingPathComponent("b.txt"))
    let r = try copydesk(["fix", "a.txt"], cwd: dir)
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "copydesk: a.txt: has 2 hard links; fix would split them, so the file is left unchanged (fix a copy, or review `copydesk fix --diff` and apply it by hand)\nfixed 0 findings in 0 files\n"
    )
    #expect(try String(contentsOf: a, encoding: .utf8) == page)
    #expect(fileStatus(a.path).st_ino == fileStatus(dir.appendingPathComponent("b.txt").path).st_ino)
  }

  @Test func ownerAndPermissionsAreKept() throws {
    let dir = try sharedTemporaryDirectory()
    let a = dir.appendingPathComponent("a.txt")
    try page.write(to: a, atomically: true, encoding: .utf8)
    chmod(a.path, 0o640)
    if runningAsRoot { chown(a.path, 65534, 65534) }
    let before = fileStatus(a.path)
    let r = try copydesk(["fix", a.path])
    #expect(r.status == 0)
    let after = fileStatus(a.path)
    #expect(after.st_mode & 0o7777 == 0o640)
    #expect(after.st_uid == before.st_uid && after.st_gid == before.st_gid)
    #expect(after.st_ino != before.st_ino)  // replaced by rename, not rewritten in place
    #expect(try String(contentsOf: a, encoding: .utf8) == fixedPage)
  }

  @Test func aPageOfAnotherUserIsNotTakenOver() throws {
    guard runningAsRoot else { return }  // needs a file owned by someone else in a directory we may write
    let dir = try sharedTemporaryDirectory()
    chmod(dir.path, 0o777)
    let a = dir.appendingPathComponent("a.txt")
    try page.write(to: a, atomically: true, encoding: .utf8)
    chmod(a.path, 0o666)
    let r = try copydeskBytes(["fix", "a.txt"], cwd: dir, asNobody: true)
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "copydesk: a.txt: belongs to user 0, group 0, and copydesk cannot give a new copy that owner; the file is left unchanged\nfixed 0 findings in 0 files\n"
    )
    #expect(fileStatus(a.path).st_uid == 0)
    #expect(try String(contentsOf: a, encoding: .utf8) == page)
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["a.txt"])
  }

  @Test func aReadOnlyDirectoryIsASentence() throws {
    let dir = try sharedTemporaryDirectory()
    let a = dir.appendingPathComponent("a.txt")
    try page.write(to: a, atomically: true, encoding: .utf8)
    chmod(dir.path, 0o555)
    defer { chmod(dir.path, 0o755) }
    let r = try copydeskBytes(["fix", "a.txt"], cwd: dir, asNobody: true)
    #expect(r.status == 2)
    #expect(
      r.stderr
        == "copydesk: a.txt: cannot write in \(dir.resolvingSymlinksInPath().path) (Permission denied); fix writes the new text to a temporary file beside the page and renames it over the page\nfixed 0 findings in 0 files\n"
    )
    #expect(try String(contentsOf: a, encoding: .utf8) == page)
  }

  @Test func textSavedOrDeletedDuringTheFixIsNotOverwritten() throws {
    let dir = try temporaryDirectory()
    let a = dir.appendingPathComponent("a.txt")
    try page.write(to: a, atomically: true, encoding: .utf8)
    let file = try TextFile.read(path: a.path)
    // An editor saves the page (same length, so only the content tells) while fix works on the old text.
    let saved = page.replacingOccurrences(of: "昨日", with: "今日")
    let handle = try FileHandle(forWritingTo: a)
    try handle.write(contentsOf: Data(saved.utf8))
    try handle.close()
    do {
      try file.write(fixedPage)
      Issue.record("text saved during the fix was overwritten")
    } catch {
      #expect(
        "\(error)" == "\(a.path): changed on disk while copydesk was fixing it; left as it is now (run fix again)")
    }
    #expect(try String(contentsOf: a, encoding: .utf8) == saved)
    // Deleted meanwhile: not brought back.
    let again = try TextFile.read(path: a.path)
    try FileManager.default.removeItem(at: a)
    do {
      try again.write(fixedPage)
      Issue.record("a deleted page was written again")
    } catch {
      #expect("\(error)" == "\(a.path): removed while copydesk was fixing it; not written again")
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == [])
  }

  @Test func aLinkPlantedAtTheTemporaryNameIsNeverFollowed() throws {
    let dir = try temporaryDirectory()
    let victim = dir.appendingPathComponent("victim.txt")
    try "keep me\n".write(to: victim, atomically: true, encoding: .utf8)
    let planted = dir.appendingPathComponent(".a.txt.copydesk-x.tmp")
    try FileManager.default.createSymbolicLink(atPath: planted.path, withDestinationPath: victim.path)
    var tokens = ["x", "y"].makeIterator()
    let (fd, path) = try SafeReplace.createTemporary(in: dir.path, for: "a.txt", displayPath: "a.txt") {
      tokens.next()!
    }
    close(fd)
    #expect(path == dir.appendingPathComponent(".a.txt.copydesk-y.tmp").path)
    #expect(fileStatus(path).st_mode & 0o777 == 0o600)
    #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: planted.path) == victim.path)
  }
}
