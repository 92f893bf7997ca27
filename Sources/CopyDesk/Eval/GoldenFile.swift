import Foundation

/// A recorded output kept beside its test (the eval findings, the name fixtures' findings and people): recorded
/// again with `COPYDESK_RECORD=1`, else compared line by line, so a failure names the lines that came and went.
public enum GoldenFile {
  /// Writes `actual` to `url` first when `recording`; then whether it equals the recording, and the lines new in
  /// `actual` (`new:  …`) and gone from it (`gone: …`).
  public static func compare(_ actual: String, with url: URL, recording: Bool) throws -> (
    matches: Bool, changes: String
  ) {
    if recording { try actual.write(to: url, atomically: true, encoding: .utf8) }
    let recorded = try String(contentsOf: url, encoding: .utf8)
    guard actual != recorded else { return (true, "") }
    let was = Set(recorded.split(separator: "\n"))
    let now = Set(actual.split(separator: "\n"))
    var changes = ""
    for line in now.subtracting(was).sorted() { changes += "new:  \(line)\n" }
    for line in was.subtracting(now).sorted() { changes += "gone: \(line)\n" }
    return (false, changes)
  }
}
