/// One entry of a word list (`rules/word/*.txt`, `rules/news/*.txt`), validated from a `DataEntry`.
///
///     布署 => 部署                                  substitution: wrong → right
///     截止到 => 截至 | next=@digit,今年,目前         only before one of these (a class or literal text)
///     其它 => 其他 | except=其它业务收入              not where the term is part of a listed longer string
///     亲自 | prev=局长,书记 | notPrev=总书记 | advice=…   existence: flag, with advice
///     约 | next=@digit | then=左右,上下 | within=10   flag `约…左右` when the partner follows within 10 characters
///     罪犯 | with=犯罪嫌疑人                         only in a paragraph that also mentions one of these
///
/// Attributes: severity (error|warning|info), fix (safe|unsafe|none), advice, advice_en, next, notNext, prev,
/// notPrev, except, then, within, with, without, quotes (skip|check). Unknown keys fail with file:line.
struct WordListEntry: Sendable {
  enum Context: Sendable, Hashable {
    case text([UInt8])
    /// `@digit`: an Arabic or Chinese numeral. `@han`: any Han character. `@latin`: an ASCII letter or digit.
    case digit, han, latin
  }

  var term: [UInt8]
  var termText: String
  var replacement: String?
  var severity: Severity?
  var fix: Applicability?
  var advice: String?
  var adviceEn: String?
  var next: [Context] = []
  var notNext: [Context] = []
  var prev: [Context] = []
  var notPrev: [Context] = []
  var except: [(string: [UInt8], termOffset: Int)] = []
  var then: [[UInt8]] = []
  var within = 12
  var with: [String] = []
  var without: [String] = []
  var checkQuotes: Bool
  /// `file:line` for messages about the entry itself.
  var source: String

  static let keys: Set<String> = [
    "severity", "fix", "advice", "advice_en", "next", "notNext", "prev", "notPrev", "except", "then", "within", "with",
    "without", "quotes",
  ]

  init(_ e: DataEntry, file: DataFile, rule: String, fix declared: FixAvailability) throws(RuleConfigurationError) {
    func fail(_ m: String) -> RuleConfigurationError {
      RuleConfigurationError(file: file.name, line: e.line, message: m)
    }
    source = "\(file.name):\(e.line)"
    termText = e.term
    term = Array(e.term.utf8)
    replacement = e.replacement
    for key in e.attributes.keys where !Self.keys.contains(key) {
      throw fail("unknown attribute '\(key)'; expected one of: \(Self.keys.sorted().joined(separator: ", "))")
    }
    let headerSeverity = file.headers["severity"]
    if let s = e["severity"] ?? headerSeverity {
      guard let sev = Severity(rawValue: s) else { throw fail("severity must be error, warning or info, not '\(s)'") }
      severity = sev
    }
    fix = declared == .none ? nil : declared.implied
    if let f = e["fix"] ?? file.headers["fix"] {
      switch f {
      case "safe": fix = .safe
      case "unsafe": fix = .unsafe
      case "none": fix = nil
      default: throw fail("fix must be safe, unsafe or none, not '\(f)'")
      }
      // A desk's list cannot make a rule's fixes more trusted than the rule declares (`copydesk fix` applies safe
      // fixes unreviewed): a confusable is never safe to replace blindly.
      if let a = fix, replacement != nil, declared.ceiling.map({ a > $0 }) ?? true {
        throw fail("fix=\(f) is not allowed: \(rule) declares fix \(declared.rawValue)")
      }
    }
    if replacement == nil { fix = nil }
    advice = e["advice"]
    adviceEn = e["advice_en"]
    next = try Self.contexts(e["next"], fail)
    notNext = try Self.contexts(e["notNext"], fail)
    prev = try Self.contexts(e["prev"], fail)
    notPrev = try Self.contexts(e["notPrev"], fail)
    for x in Self.list(e["except"]) {
      guard let r = x.range(of: e.term) else { throw fail("except '\(x)' does not contain the term '\(e.term)'") }
      except.append((Array(x.utf8), x[..<r.lowerBound].utf8.count))
    }
    then = Self.list(e["then"]).map { Array($0.utf8) }
    if let w = e["within"] {
      guard let n = Int(w), n > 0, n <= 40 else { throw fail("within must be a number of characters from 1 to 40") }
      within = n
    }
    with = Self.list(e["with"])
    without = Self.list(e["without"])
    // Quotations are exempt unless an entry or its file says `quotes=check` (Xinhua: a necessary expression is
    // quoted, so quoted text is the writer's source, not the paper's wording).
    checkQuotes = false
    if let q = e["quotes"] ?? file.headers["quotes"] {
      guard q == "skip" || q == "check" else { throw fail("quotes must be skip or check, not '\(q)'") }
      checkQuotes = q == "check"
    }
  }

  static func list(_ s: String?) -> [String] {
    guard let s else { return [] }
    return s.split(separator: ",").map { String($0).trimmingSpaces() }.filter { !$0.isEmpty }
  }

  static func contexts(_ s: String?, _ fail: (String) -> RuleConfigurationError) throws(RuleConfigurationError)
    -> [Context]
  {
    var out: [Context] = []
    for item in list(s) {
      switch item {
      case "@digit": out.append(.digit)
      case "@han": out.append(.han)
      case "@latin": out.append(.latin)
      default:
        if item.hasPrefix("@") { throw fail("unknown class '\(item)'; expected @digit, @han or @latin") }
        out.append(.text(Array(item.utf8)))
      }
    }
    return out
  }

  static let chineseDigits: Set<UInt32> = Set("〇零一二三四五六七八九十百千万两几数".unicodeScalars.map(\.value))

  /// Whether the text right after `offset` (or right before it, when `before`) matches one of the contexts.
  static func matches(_ contexts: [Context], _ doc: Document, at offset: Int, before: Bool) -> Bool {
    let b = doc.bytes
    for c in contexts {
      switch c {
      case .text(let t):
        if before {
          if offset >= t.count && b[(offset - t.count)..<offset].elementsEqual(t) { return true }
        } else if offset + t.count <= b.count && b[offset..<(offset + t.count)].elementsEqual(t) {
          return true
        }
      case .digit, .han, .latin:
        let u = before ? doc.scalar(before: offset)?.value : doc.scalar(at: offset)?.value
        guard let u else { continue }
        switch c {
        case .digit:
          if CharClass.isASCIIDigit(u) || chineseDigits.contains(u) || (u >= 0xFF10 && u <= 0xFF19) { return true }
        case .han: if CharClass.isHan(u) { return true }
        default: if CharClass.isASCIIAlnum(u) { return true }
        }
      }
    }
    return false
  }
}
