import CopyDesk
import Foundation
import Testing

/// The rule layer's layout is checked, not hoped for: every rule type is registered, and every rule is declared in
/// its family's folder (`punct-…` under `Sources/CopyDesk/Rules/Punct/`), listed by its family's `<Family>Rules`.
@Suite struct RuleRegistryTests {
  static let rulesFolder = repositoryRoot.appendingPathComponent("Sources/CopyDesk/Rules")

  /// `punct` → `Punct`: the folder of a family is its id prefix, capitalised.
  static func folder(ofFamily family: String) -> String { family.prefix(1).uppercased() + family.dropFirst() }

  /// Each Swift file under Rules/ with its path relative to it.
  static func sources() throws -> [(path: String, text: String)] {
    let paths = try FileManager.default.subpathsOfDirectory(atPath: rulesFolder.path).filter { $0.hasSuffix(".swift") }
    return try paths.sorted().map { p in
      (p, try String(contentsOf: rulesFolder.appendingPathComponent(p), encoding: .utf8))
    }
  }

  /// Type names declared as conforming to a rule protocol: `struct X: Rule`, `struct X: CorpusRule, …`, and any
  /// protocol that refines `Rule` (found the same way).
  static func declaredRuleTypes(_ files: [(path: String, text: String)]) throws -> [String: String] {
    let all = files.map(\.text).joined(separator: "\n")
    var ruleProtocols: Set<String> = ["Rule"]
    let protocolDecl = try Regex(#"protocol\s+(\w+)\s*:\s*([\w\s,&]+)\{"#)
    var grew = true
    while grew {
      grew = false
      for m in all.matches(of: protocolDecl) {
        let name = String(m.output[1].substring!)
        let parents = m.output[2].substring!.split { ",& \n".contains($0) }.map(String.init)
        if !ruleProtocols.contains(name) && parents.contains(where: ruleProtocols.contains) {
          ruleProtocols.insert(name)
          grew = true
        }
      }
    }
    let typeDecl = try Regex(#"(?:struct|final class|class|enum)\s+(\w+)\s*:\s*([\w\s,&]+)\{"#)
    var found: [String: String] = [:]
    for (path, text) in files {
      for m in text.matches(of: typeDecl) {
        let parents = m.output[2].substring!.split { ",& \n".contains($0) }.map(String.init)
        if parents.contains(where: ruleProtocols.contains) { found[String(m.output[1].substring!)] = path }
      }
    }
    return found
  }

  @Test func everyRuleTypeIsRegisteredAndSitsInItsFamilyFolder() throws {
    let files = try Self.sources()
    let declared = try Self.declaredRuleTypes(files)
    let registered = Dictionary(
      uniqueKeysWithValues: RuleRegistry.all.map { (String(describing: $0), $0.description.family) })
    #expect(declared.count >= 40)
    for (type, path) in declared.sorted(by: { $0.key < $1.key }) {
      guard let family = registered[type] else {
        Issue.record("\(type) (Rules/\(path)) conforms to a rule protocol but is not in RuleRegistry.all")
        continue
      }
      let folder = Self.folder(ofFamily: family)
      #expect(
        path.hasPrefix(folder + "/"), "\(type) is a \(family)- rule but sits in Rules/\(path), not Rules/\(folder)/")
    }
    for type in registered.keys.sorted() where declared[type] == nil {
      Issue.record("\(type) is registered but not declared under Sources/CopyDesk/Rules/")
    }
  }

  @Test func eachFamilyListsOnlyItsOwnRules() {
    let lists: [(String, [any Rule.Type])] = [
      ("punct", PunctRules.all), ("space", SpaceRules.all), ("script", ScriptRules.all), ("width", WidthRules.all),
      ("num", NumRules.all), ("news", NewsRules.all), ("word", WordRules.all), ("layout", LayoutRules.all),
      ("directive", DirectiveRules.all),
    ]
    for (family, rules) in lists {
      #expect(rules.map { $0.description.family }.allSatisfy { $0 == family }, "\(family): \(rules)")
    }
    #expect(lists.flatMap { $0.1 }.map { $0.description.id } == RuleRegistry.all.map { $0.description.id })
    #expect(Set(RuleRegistry.all.map { $0.description.id }).count == RuleRegistry.all.count)
  }

  /// The conformances written in the sources: type name → the protocols after its colon.
  static func conformances(_ files: [(path: String, text: String)]) throws -> [String: (
    path: String, parents: [String]
  )] {
    let typeDecl = try Regex(#"struct\s+(\w+)\s*:\s*([\w\s,&]+)\{"#)
    var out: [String: (path: String, parents: [String])] = [:]
    for (path, text) in files {
      for m in text.matches(of: typeDecl) {
        let parents = m.output[2].substring!.split { ",& \n".contains($0) }.map(String.init)
        out[String(m.output[1].substring!)] = (path, parents)
      }
    }
    return out
  }

  /// What a protocol supplies is not written again: the word-list and name rules take init and check from
  /// `WordListRule` and `PeopleRule`, rules without options or data from `StatelessRule`, options come only
  /// through the reader, and only a `sometimes-safe` rule names the applicability of a fix.
  @Test func ruleShapesAreStatedOnce() throws {
    let files = try Self.sources()
    let types = try Self.conformances(files)
    let ruleTypes = Set(RuleRegistry.all.map { String(describing: $0) })
    func rules(in folder: String) -> [String] {
      types.filter { ruleTypes.contains($0.key) && $0.value.path.hasPrefix(folder) }.map(\.key).sorted()
    }
    let wordLists = rules(in: "Word/WordListRules.swift") + rules(in: "News/Terms/")
    let people = rules(in: "News/Names/")
    #expect(wordLists.count == 9 && people.count == 9)
    for t in wordLists { #expect(types[t]!.parents.contains("WordListRule"), "\(t) is a WordListRule") }
    for t in people { #expect(types[t]!.parents.contains("PeopleRule"), "\(t) is a PeopleRule") }
    let explicitApplicability = try Regex(#",\s*\.(safe|unsafe)\)"#)
    for (path, text) in files {
      #expect(!text.contains("init(setup: RuleSetup) {}"), "\(path): a rule with nothing to set up is a StatelessRule")
      if path != "Rule.swift" {
        #expect(!text.contains("optionValues"), "\(path): options are read with setup.options()")
      }
      if !text.contains("fix: .sometimesSafe") {
        #expect(text.firstMatch(of: explicitApplicability) == nil, "\(path) restates the declared applicability")
      }
    }
  }

  /// Data files sit in their rule's family folder too: `rules/<family>/…` for the rule named by `@rule`.
  @Test func builtInDataFilesSitInTheirRulesFamilyFolder() throws {
    let data = try RuleData.builtin()
    #expect(!data.files.isEmpty)
    for file in data.files {
      let family = try #require(RuleRegistry.description(of: file.rule)?.family, "\(file.name): @rule \(file.rule)")
      #expect(file.name.hasPrefix("rules/\(family)/"), "\(file.name) holds data for \(file.rule)")
    }
  }

  /// `data.replace` keys written before the family folders still name the same built-in files.
  @Test func oldDataFileNamesStillReplace() throws {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("copydesk-rename-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let config = dir.appendingPathComponent(".copydesk.json")
    try #"{"data": {"replace": {"words/typos.txt": "", "names/register.txt": ""}}}"#.write(
      to: config, atomically: true, encoding: .utf8)
    var c = try Configuration.builtin()
    try c.apply(try ConfigFile.load(path: config.path))
    let names = Set(c.data.files.map(\.name))
    #expect(!names.contains("rules/word/typos.txt"))
    #expect(!names.contains("rules/news/names/register.txt"))
    #expect(names.contains("rules/word/confusables.txt"))
  }
}
