import CopyDesk
import Testing

/// Bad lines in the names data files fail with file:line and say what is wrong.
@Suite struct NamesDataTests {
  static func error(_ text: String) -> String? {
    do {
      var c = try Configuration.builtin()
      c.data.files.append(try DataFile.parse(name: "desk/names.txt", text: text))
      _ = try Linter(configuration: c, only: ["news-register-title"])
      return nil
    } catch let e as RuleConfigurationError {
      return e.description
    } catch {
      return "\(error)"
    }
  }

  @Test(arguments: [
    (
      "@rule news-register-title\n@section register\n张三 | org=海淀区委 | titel=书记",
      "desk/names.txt:3:1: unknown attribute 'titel'; expected: from, note, org, source, title, to"
    ),
    (
      "@rule news-register-title\n@section register\n\n张三 | org=海淀区委 | title=书记 | from=2023-02-30x",
      "desk/names.txt:4:1: from=2023-02-30x is not a date YYYY-MM-DD"
    ),
    (
      "@rule news-register-title\n@section register\n张三 | org=海淀区委 | title=书记 | from=2024-01-01 | to=2023-01-01",
      "desk/names.txt:3:1: from=2024-01-01 is after to=2023-01-01"
    ),
    (
      "@rule news-register-title\n@section register\n张三 | org=海淀区委 | title=总舵主",
      "desk/names.txt:3:1: title '总舵主' is not in the title lexicon (rules/news/names/titles.txt, @section titles)"
    ),
    (
      "@rule news-register-title\n@section register\n张三 | title=书记",
      "desk/names.txt:3:1: register entry for 张三 has no org="
    ),
    (
      "@rule news-register-title\n@section register\nZhang San | org=海淀区委 | title=书记",
      "desk/names.txt:3:1: 'Zhang San' is not a person's name (2–4 Han characters, or a transliteration with ·)"
    ),
    (
      "@rule news-register-title\n@section registr\n张三 | org=海淀区委 | title=书记",
      "desk/names.txt:3:1: unknown section 'registr'; expected one of: conventional, eponym, former, givenlast, givenstop, modifiers, neverlast, notend, notnames, orgstop, places, postname, prename, qualifiers, register, roster, shared, speech, suffixes, surnames, titles"
    ),
    (
      "@rule news-leader-order\n@section roster\n习近平 | roster=常委 | rank=first",
      "desk/names.txt:3:1: rank must be a positive whole number"
    ),
    (
      "@rule news-title-conflict\n@section titles\n舵主 | kind=boss",
      "desk/names.txt:3:1: kind must be official, role or descriptor, not 'boss'"
    ),
    (
      "@rule news-person-first-mention\n@section surnames\n张三丰",
      "desk/names.txt:3:1: a surname is one or two Han characters, not '张三丰'"
    ),
  ])
  func badLine(_ text: String, _ expected: String) {
    #expect(Self.error(text) == expected)
  }

  @Test func deskRegisterAddsToTheBuiltIn() throws {
    #expect(Self.error("@rule news-register-title\n@section register\n张三 | org=海淀区委 | title=党组书记、副主席 | note=示例") == nil)
  }
}
