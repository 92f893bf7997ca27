import CopyDesk
import Foundation
import Testing

@testable import CopyDeskLSP

/// Document symbols follow `copydesk outline` in every shape of page (issue 13): the same story sent as blank-line
/// paragraphs, one paragraph per line or indented gives the same tree — article, headlines, subhead, byline.
@Suite struct ShapeSymbolTests {
  static let dir = repositoryRoot.appendingPathComponent("Tests/CopyDeskTests/Fixtures/shapes")

  /// The symbol tree as `name (detail)` lines, children indented: ranges differ by shape, the tree must not.
  func tree(_ name: String) throws -> [String] {
    let c = TestClient()
    _ = try c.initialize(
      .object(["textDocument": .object(["documentSymbol": .object(["hierarchicalDocumentSymbolSupport": .bool(true)])])]
      ))
    let uri = "file:///tmp/shape-" + name
    c.open(uri, try String(contentsOf: Self.dir.appendingPathComponent(name), encoding: .utf8))
    let symbols =
      try c.result("textDocument/documentSymbol", .object(["textDocument": .object(["uri": .string(uri)])]))
      .arrayValue ?? []
    var out: [String] = []
    func walk(_ s: JSONValue, _ depth: Int) {
      out.append(
        String(repeating: "  ", count: depth) + (s["name"]?.stringValue ?? "") + " (" + (s["detail"]?.stringValue ?? "")
          + ")")
      for child in s["children"]?.arrayValue ?? [] { walk(child, depth + 1) }
    }
    for s in symbols { walk(s, 0) }
    return out
  }

  @Test func oneStoryInEveryPlainShapeHasOneTree() throws {
    let reference = try tree("1-blank.txt")
    #expect(
      reference == [
        "奋进新征程 建功新时代 (第 1 篇)", "  奋进新征程 建功新时代 (标题)", "  城区新建30家职工驿站 户外劳动者有了“歇脚点” (副题)", "  驿站管得好 (副题)",
        "  本报讯（记者 张晶） (讯头与署名)",
      ])
    for name in ["2-lines.txt", "3-indent-blank.txt", "3-indent.txt"] {
      #expect(try tree(name) == reference, "\(name)")
    }
  }

  @Test func wirePageListsItsStories() throws {
    #expect(
      try tree("6-wire.txt") == [
        "【国际时讯】 (第 1 篇)", "  【国际时讯】 (标题)", "  第112届国际劳工大会在日内瓦开幕 (副题)", "  新华社日内瓦6月3日电 (讯头与署名)",
        "稿件 2 (第 2 篇)", "  中新网9月21日电 (讯头与署名)", "体育短讯 (第 3 篇)", "  体育短讯 (标题)", "  北京队主场3∶1击败上海队 (副题)",
        "  全国职工乒乓球赛在京落幕 (副题)",
      ])
  }
}
