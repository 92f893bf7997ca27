import CopyDesk
import Testing

/// The number table: realistic newspaper sentences, each with the exact findings of the `num-…` pack (rule and
/// flagged text) and the exact text after all its fixes. Both halves of the catalogue are here: the errors each rule
/// must find and the traps (house-style.md §B) it must leave alone.
@Suite struct NumTableTests {
  static let cases = NumTable.part1 + NumTable.part2
  static let packIDs = Set(NumRules.all.map { $0.description.id })
  static let pack = try! Linter(configuration: try! Configuration.builtin(), only: packIDs)

  static func found(_ text: String, _ linter: Linter = pack) -> [String] {
    let doc = Document(text: text)
    return linter.lint(doc).map { d in
      String(d.rule.dropFirst("num-".count)) + "⟦" + doc.slice(d.range) + "⟧"
    }
  }

  @Test(arguments: cases)
  func findingsAndFix(_ c: NumCase) {
    #expect(Self.found(c.text) == c.found)
    let fixed = Fixer.fix(text: c.text, path: nil, format: nil, linter: Self.pack, includeUnsafe: true).text
    #expect(fixed == c.fixed)
    // What the fixes leave is only the findings that offer none.
    let unfixable = Self.pack.lint(Document(text: c.text)).filter { $0.fix == nil }.count
    #expect(Self.found(fixed).count == unfixable, "after the fixes: \(Self.found(fixed))")
  }

  /// The table is large enough and every rule appears both ways: as a finding and in a sentence it leaves alone.
  @Test func tableCoversEveryRuleBothWays() {
    #expect(Self.cases.count >= 150)
    let rules = Self.packIDs.subtracting(["num-fullwidth-digit"])
    for id in rules {
      let short = String(id.dropFirst("num-".count))
      let triggering = Self.cases.filter { c in c.found.contains { $0.hasPrefix(short + "⟦") } }
      #expect(triggering.count >= 3, "\(id): \(triggering.count) triggering rows")
    }
    #expect(Self.cases.filter { $0.found.isEmpty }.count >= 75)
    let total = Self.cases.reduce(0) { $0 + $1.found.count }
    #expect(total >= 75)
  }

  /// Before the pack, the number rules on main (`num-fullwidth-digit`) found none of these errors.
  @Test func mainFoundNoneOfThem() throws {
    let before = try Linter(configuration: try Configuration.builtin(), only: ["num-fullwidth-digit"])
    #expect(Self.cases.allSatisfy { Self.found($0.text, before).isEmpty })
  }
}
