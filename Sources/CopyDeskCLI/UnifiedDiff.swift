/// A unified diff of two texts that `git apply` and `patch` accept: lines are compared with their terminators, so
/// a CRLF page gives CRLF lines, a last line without a newline is marked `\ No newline at end of file`, and there is
/// no phantom empty line after the last newline.
///
/// Memory is linear in the texts: lines that occur in only one of the texts cannot be common and are marked
/// changed at once (on a page where `fix` touched 10,000 paragraphs, that is every changed line), and the rest goes
/// through Myers' linear-space algorithm, whose search gives up beyond a cost bound and splits at the furthest point
/// reached, as git's xdiff does, so time stays near linear too. The diff is then valid, if not always minimal.
enum UnifiedDiff {
  static func make(old: String, new: String, path: String, context: Int = 3) -> String {
    let oldBytes = Array(old.utf8)
    let newBytes = Array(new.utf8)
    let a = lines(oldBytes)
    let b = lines(newBytes)
    let (removed, added) = changes(a.map { oldBytes[$0] }, b.map { newBytes[$0] })
    // git refuses `a/./page.txt`: the path as given, without `./` or a leading `/`.
    var shown = Substring(path)
    while shown.hasPrefix("./") { shown = shown.dropFirst(2) }
    while shown.hasPrefix("/") { shown = shown.dropFirst() }
    var out: [UInt8] = Array("--- a/\(shown)\n+++ b/\(shown)\n".utf8)
    for hunk in hunks(removed: removed, added: added, context: context) {
      let oldStart = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart + 1
      let newStart = hunk.newCount == 0 ? hunk.newStart : hunk.newStart + 1
      out += Array("@@ -\(oldStart),\(hunk.oldCount) +\(newStart),\(hunk.newCount) @@\n".utf8)
      var i = hunk.oldStart
      var j = hunk.newStart
      let oldEnd = hunk.oldStart + hunk.oldCount
      let newEnd = hunk.newStart + hunk.newCount
      while i < oldEnd || j < newEnd {
        if i < oldEnd && removed[i] {
          emit(UInt8(ascii: "-"), oldBytes[a[i]], into: &out)
          i += 1
        } else if j < newEnd && added[j] {
          emit(UInt8(ascii: "+"), newBytes[b[j]], into: &out)
          j += 1
        } else {
          emit(UInt8(ascii: " "), oldBytes[a[i]], into: &out)
          i += 1
          j += 1
        }
      }
    }
    return String(decoding: out, as: UTF8.self)
  }

  private static func emit(_ prefix: UInt8, _ line: ArraySlice<UInt8>, into out: inout [UInt8]) {
    out.append(prefix)
    out += line
    if line.last != 0x0A { out += Array("\n\\ No newline at end of file\n".utf8) }
  }

  /// Byte ranges of the lines, each with its `\n` (a CR stays in the line: git compares CRLF lines as such).
  static func lines(_ bytes: [UInt8]) -> [Range<Int>] {
    var out: [Range<Int>] = []
    var start = 0
    for (i, byte) in bytes.enumerated() where byte == 0x0A {
      out.append(start..<(i + 1))
      start = i + 1
    }
    if start < bytes.count { out.append(start..<bytes.count) }
    return out
  }

  /// Which lines of `a` are removed and which of `b` are added.
  static func changes(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> (removed: [Bool], added: [Bool]) {
    var ids: [ArraySlice<UInt8>: Int32] = [:]
    var inA: [Int32] = []
    var inB: [Int32] = []
    func id(_ line: ArraySlice<UInt8>) -> Int32 {
      if let k = ids[line] { return k }
      let k = Int32(ids.count)
      ids[line] = k
      inA.append(0)
      inB.append(0)
      return k
    }
    let ia = a.map { id($0) }
    let ib = b.map { id($0) }
    ids = [:]
    for k in ia { inA[Int(k)] += 1 }
    for k in ib { inB[Int(k)] += 1 }
    var removed = [Bool](repeating: false, count: a.count)
    var added = [Bool](repeating: false, count: b.count)
    // A line absent from the other text is a change; only the others need the search.
    var keptA: [Int] = []
    var keptB: [Int] = []
    for (i, k) in ia.enumerated() {
      if inB[Int(k)] == 0 { removed[i] = true } else { keptA.append(i) }
    }
    for (j, k) in ib.enumerated() {
      if inA[Int(k)] == 0 { added[j] = true } else { keptB.append(j) }
    }
    var myers = Myers(a: keptA.map { ia[$0] }, b: keptB.map { ib[$0] })
    myers.run()
    for (x, r) in myers.removed.enumerated() where r { removed[keptA[x]] = true }
    for (y, r) in myers.added.enumerated() where r { added[keptB[y]] = true }
    return (removed, added)
  }

  struct Hunk {
    /// 0-based first line and line count on each side.
    var oldStart: Int
    var oldCount: Int
    var newStart: Int
    var newCount: Int
  }

  /// Changes grouped with `context` unchanged lines around them; changes at most 2 × context lines apart share
  /// a hunk.
  static func hunks(removed: [Bool], added: [Bool], context: Int) -> [Hunk] {
    // Walk both sides in step; an unchanged line advances both.
    var out: [Hunk] = []
    var i = 0
    var j = 0
    var current: Hunk?
    var sinceChange = 0  // unchanged lines since the last change in `current`
    while i < removed.count || j < added.count {
      if (i < removed.count && removed[i]) || (j < added.count && added[j]) {
        if current == nil {
          let back = min(context, i, j)
          current = Hunk(oldStart: i - back, oldCount: back, newStart: j - back, newCount: back)
        }
        sinceChange = 0
        if i < removed.count && removed[i] {
          current!.oldCount += 1
          i += 1
        } else {
          current!.newCount += 1
          j += 1
        }
        continue
      }
      if var h = current {
        if sinceChange < 2 * context {
          h.oldCount += 1
          h.newCount += 1
          sinceChange += 1
          current = h
        } else {
          // Too far from the last change: close the hunk with `context` lines after it.
          let extra = sinceChange - context
          h.oldCount -= extra
          h.newCount -= extra
          out.append(h)
          current = nil
        }
      }
      i += 1
      j += 1
    }
    if var h = current {
      let extra = max(0, sinceChange - context)
      h.oldCount -= extra
      h.newCount -= extra
      out.append(h)
    }
    return out
  }
}
