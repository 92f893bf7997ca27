/// Myers' O(ND) difference algorithm in linear space (the middle-snake bisection of "An O(ND) Difference Algorithm
/// and Its Variations", 1986, in the form of diff-match-patch's `bisect`), over line ids. The boxes still to diff
/// are kept on an explicit stack, not in recursion, and the search in one box stops after `maxCost` rounds and
/// splits at the furthest point its forward paths reached (git's xdiff does the same): a pathological pair of texts
/// then gets a valid, slightly longer diff instead of quadratic time.
struct Myers {
  let a: [Int32]
  let b: [Int32]
  private(set) var removed: [Bool]
  private(set) var added: [Bool]
  let maxCost: Int

  init(a: [Int32], b: [Int32]) {
    self.a = a
    self.b = b
    removed = [Bool](repeating: false, count: a.count)
    added = [Bool](repeating: false, count: b.count)
    var root = 1
    while root * root < a.count + b.count { root += 1 }
    maxCost = max(256, root)
  }

  mutating func run() {
    var boxes = [(0, a.count, 0, b.count)]
    while let (x0start, x1start, y0start, y1start) = boxes.popLast() {
      var (x0, x1, y0, y1) = (x0start, x1start, y0start, y1start)
      while x0 < x1 && y0 < y1 && a[x0] == b[y0] {
        x0 += 1
        y0 += 1
      }
      while x1 > x0 && y1 > y0 && a[x1 - 1] == b[y1 - 1] {
        x1 -= 1
        y1 -= 1
      }
      if x0 == x1 || y0 == y1 {
        for x in x0..<x1 { removed[x] = true }
        for y in y0..<y1 { added[y] = true }
        continue
      }
      if let (sx, sy) = split(x0, x1, y0, y1), (sx, sy) != (x0, y0), (sx, sy) != (x1, y1) {
        boxes.append((sx, x1, sy, y1))
        boxes.append((x0, sx, y0, sy))
      } else {
        for x in x0..<x1 { removed[x] = true }
        for y in y0..<y1 { added[y] = true }
      }
    }
  }

  /// A point (x, y) on a shortest edit path through the box, or, past the cost bound, the furthest point reached.
  private func split(_ x0: Int, _ x1: Int, _ y0: Int, _ y1: Int) -> (Int, Int)? {
    let n = x1 - x0
    let m = y1 - y0
    let maxD = (n + m + 1) / 2
    let offset = maxD
    let length = 2 * maxD + 2
    var v1 = [Int](repeating: -1, count: length)
    var v2 = [Int](repeating: -1, count: length)
    v1[offset + 1] = 0
    v2[offset + 1] = 0
    let delta = n - m
    let front = delta % 2 != 0
    var k1start = 0
    var k1end = 0
    var k2start = 0
    var k2end = 0
    for d in 0..<maxD {
      if d > maxCost {
        // Give up on the optimum: split where the forward search got furthest.
        var best: (Int, Int)?
        var bestSum = -1
        var k = -d + 1 + k1start
        while k <= d - 1 - k1end {
          let x = v1[offset + k]
          let y = x - k
          if x >= 0 && x <= n && y >= 0 && y <= m && x + y > bestSum {
            bestSum = x + y
            best = (x0 + x, y0 + y)
          }
          k += 2
        }
        return best
      }
      var k1 = -d + k1start
      while k1 <= d - k1end {
        let i = offset + k1
        var x: Int
        if k1 == -d || (k1 != d && v1[i - 1] < v1[i + 1]) { x = v1[i + 1] } else { x = v1[i - 1] + 1 }
        var y = x - k1
        while x < n && y < m && a[x0 + x] == b[y0 + y] {
          x += 1
          y += 1
        }
        v1[i] = x
        if x > n {
          k1end += 2
        } else if y > m {
          k1start += 2
        } else if front {
          let j = offset + delta - k1
          if j >= 0 && j < length && v2[j] != -1 && x >= n - v2[j] { return (x0 + x, y0 + y) }
        }
        k1 += 2
      }
      var k2 = -d + k2start
      while k2 <= d - k2end {
        let i = offset + k2
        var x: Int
        if k2 == -d || (k2 != d && v2[i - 1] < v2[i + 1]) { x = v2[i + 1] } else { x = v2[i - 1] + 1 }
        var y = x - k2
        while x < n && y < m && a[x1 - 1 - x] == b[y1 - 1 - y] {
          x += 1
          y += 1
        }
        v2[i] = x
        if x > n {
          k2end += 2
        } else if y > m {
          k2start += 2
        } else if !front {
          let j = offset + delta - k2
          if j >= 0 && j < length && v1[j] != -1 {
            let fx = v1[j]
            let fy = offset + fx - j
            if fx >= n - x { return (x0 + fx, y0 + fy) }
          }
        }
        k2 += 2
      }
    }
    return nil
  }
}
