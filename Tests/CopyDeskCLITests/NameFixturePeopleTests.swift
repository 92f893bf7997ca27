import CopyDesk
import Foundation
import Testing

@testable import CopyDeskCLI

/// `copydesk people` on the name fixtures (Tests/Eval/names, issue 15): every person of the 64 articles with the
/// right name boundaries, recorded in Tests/Eval/names/people.txt (read line by line before re-recording:
/// `COPYDESK_RECORD=1 swift test --filter NameFixturePeopleTests`), and the same people in every page shape.
@Suite struct NameFixturePeopleTests {
  static let dir = repositoryRoot.appendingPathComponent("Tests/Eval/names")

  @Test func peopleListingIsTheRecordedOne() throws {
    let (articles, register, _) = try NameFixtures.load(Self.dir)
    let finder = try PeopleFinder(data: NameFixtures.configuration(register: register).data)
    var out = ""
    for (name, text) in articles {
      let doc = Document(text: text, path: name)
      out += PeopleCommand.text(finder.articles(in: doc), doc, display: name)
    }
    let golden = Self.dir.appendingPathComponent("people.txt")
    let (matches, changes) = try GoldenFile.compare(out, with: golden, recording: recording)
    #expect(matches, "\(golden.lastPathComponent) changed:\n\(changes)")
  }

  /// Line breaks and indents change where a name is, never who is named: every shape of an article names the same
  /// people, and has the same mentions outside headlines with the same titles. (Headlines are left out: on a page of
  /// one paragraph per line, a roundup item's headline may be read as the end of the item before it.)
  @Test func samePeopleInEveryShape() throws {
    let (articles, register, _) = try NameFixtures.load(Self.dir)
    let finder = try PeopleFinder(data: NameFixtures.configuration(register: register).data)
    func people(_ text: String) -> (names: Set<String>, mentions: [String]) {
      let all = finder.articles(in: Document(text: text)).flatMap(\.mentions).filter { !$0.inOrgName }
      let body = all.filter { $0.zone != .headline }.map { m in
        m.name + ":" + m.titles.map { $0.org + $0.title }.joined(separator: "、")
      }
      return (Set(all.map(\.name)), body.sorted())
    }
    for (name, text) in articles {
      let canonical = people(text)
      for shape in NameFixtures.slipShapes.dropFirst() {
        let page = people(PageShapes.render(text, as: shape, seed: SplitMix64.seed(name)))
        #expect(page.names == canonical.names, "\(name) \(shape.rawValue)")
        #expect(page.mentions == canonical.mentions, "\(name) \(shape.rawValue)")
      }
    }
  }
}
