import CopyDesk
import Foundation

/// `copydesk-bench --linearity [--max-mb N]`: lint time (rules, suppressions and the position of every finding)
/// as the input doubles, for the shapes that used to be quadratic. Linear cost keeps the last column (time per
/// unit) flat; a quadratic one doubles it at every row.
///
/// - one line of `会议,开始` (a PDF page pasted as one line, a finding every 15 bytes);
/// - `“《（` repeated on one line (three unbalanced pairs in every 9 bytes);
/// - blocks each under its own `copydesk-disable-next-line` directive;
/// - person mentions, each a different name with a title (the name rules compare mentions).
func linearity() throws {
  let maxMB = Double(argument("--max-mb") ?? "8") ?? 8
  let linter = try Linter(configuration: .builtin())

  func run(_ label: String, unit: String, sizes: [Int], make: (Int) -> String) {
    print("\n\(label)")
    print(
      "  \(unit.padding(toLength: 12, withPad: " ", startingAt: 0))    bytes   findings    seconds   µs per \(unit)")
    for n in sizes {
      let text = make(n)
      let t0 = now()
      let doc = Document(text: text)
      let found = linter.lint(doc)
      var cursor = PositionCursor(doc)
      var check = 0
      for d in found { check &+= cursor.position(of: d.range.lowerBound).column }
      let seconds = now() - t0
      print(
        String(
          format: "  %12d %8.1f MB %10d %10.3f %10.3f", n, Double(text.utf8.count) / 1e6, found.count, seconds,
          seconds / Double(n) * 1e6) + (check == 0 ? " (no findings)" : ""))
    }
  }

  var lineSizes: [Int] = []
  var mb = 1.0
  while mb <= maxMB {
    lineSizes.append(Int(mb * 1_000_000))
    mb *= 2
  }
  run("one long line of `会议,开始`", unit: "byte", sizes: lineSizes) { n in
    String(repeating: "会议,开始", count: n / 15) + "\n"
  }
  run("one line of `“《（`", unit: "byte", sizes: [150_000, 300_000, 600_000, 1_200_000]) { n in
    String(repeating: "“《（", count: n / 9) + "\n"
  }
  run("blocks under directives", unit: "directive", sizes: [8_000, 16_000, 32_000, 64_000]) { n in
    String(repeating: "<!-- copydesk-disable-next-line space-cjk -- 原文 -->\n奋进 新时代，会议,开始\n\n", count: n)
  }
  // Names: surname × given name, each mentioned once with a title, ten to a paragraph.
  let surnames = Array("王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗")
  let given = Array("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂")
  run("person mentions (name rules, in Rules/**)", unit: "mention", sizes: [1_000, 2_000, 4_000, 8_000]) { n in
    var text = "本报讯（记者 张晶）\n"
    for k in 0..<n {
      let name = "\(surnames[k % 20])\(given[(k / 20) % 20])\(given[(k / 400) % 20])"
      text += "市总工会副主席\(name)表示，"
      if k % 10 == 9 { text += "会议开始。\n\n" }
    }
    return text
  }
}
