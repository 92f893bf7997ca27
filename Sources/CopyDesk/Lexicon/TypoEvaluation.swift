import Foundation

/// Recall and precision of the typo checks: errors injected into correct sentences (one same-sound or same-shape
/// character, or one doubled character), natural typos from a fixture, and the findings on the untouched
/// sentences. The unit test runs a fixed sample with exact counts; `copydesk-bench --typos` runs the larger set.
public enum TypoEvaluation {
  public enum Kind: String, Sendable, CaseIterable {
    case sameSound = "same-sound", otherTone = "other-tone", sameShape = "same-shape", doubled, natural
  }

  /// A sentence with one error: the bytes of the wrong text and the text that was there.
  public struct Case: Sendable {
    public var text: String
    public var kind: Kind
    public var wrong: Range<Int>
    public var original: String
  }

  public struct Tally: Sendable, Equatable {
    public var cases = 0
    /// A finding overlaps the error.
    public var found = 0
    /// …and its fix restores the original text.
    public var corrected = 0
    /// Findings elsewhere in the sentence: false alarms (a real error the sentence carries is not counted).
    public var elsewhere = 0

    public var recall: Double { cases == 0 ? 0 : Double(found) / Double(cases) }
    public var precision: Double { found + elsewhere == 0 ? 1 : Double(found) / Double(found + elsewhere) }
  }

  public struct Report: Sendable, Equatable {
    public var byKind: [String: Tally] = [:]
    public var cleanCharacters = 0
    public var cleanFindings = 0
    /// Findings on the untouched text that are real errors it carries (`knownErrors`): right, not false alarms.
    public var cleanKnownErrors = 0
    public init() {}

    /// False alarms per 10,000 characters of untouched text.
    public var perTenThousand: Double {
      cleanCharacters == 0 ? 0 : Double(cleanFindings - cleanKnownErrors) * 10_000 / Double(cleanCharacters)
    }

    public var summary: String {
      var lines: [String] = []
      for k in Kind.allCases.map(\.rawValue) {
        guard let t = byKind[k] else { continue }
        lines.append(
          String(
            format: "%-10@ %5d cases: found %5d (recall %5.1f%%), corrected %5d, elsewhere %4d (precision %5.1f%%)",
            k as NSString, t.cases, t.found, t.recall * 100, t.corrected, t.elsewhere, t.precision * 100))
      }
      lines.append(
        String(
          format:
            "untouched: %d characters, %d findings: %d real errors of the text, %d false alarms (%.2f per 10,000)",
          cleanCharacters, cleanFindings, cleanKnownErrors, cleanFindings - cleanKnownErrors, perTenThousand))
      return lines.joined(separator: "\n")
    }
  }

  /// SplitMix64: the same cases on every platform and run.
  struct Random {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9E37_79B9_7F4A_7C15
      var z = state
      z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
      z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
      return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
  }

  /// `perSentence` errors per sentence, cycling same-sound (either tone), same-shape and doubled.
  public static func inject(
    _ sentences: [String], confusables: Confusables, perSentence: Int, seed: UInt64 = 17
  ) -> [Case] {
    var rng = Random(state: seed)
    var out: [Case] = []
    for sentence in sentences {
      let scalars = Array(sentence.unicodeScalars)
      let han = scalars.indices.filter { CharClass.isHan(scalars[$0].value) }
      guard han.count >= 4 else { continue }
      for k in 0..<perSentence {
        let i = han[rng.below(han.count)]
        let c = scalars[i]
        let prefix = String(String.UnicodeScalarView(scalars[..<i])).utf8.count
        var rest = String.UnicodeScalarView(scalars[(i + 1)...])
        switch k % 3 {
        case 2:
          var t = String.UnicodeScalarView(scalars[...i])
          t.append(c)
          t.append(contentsOf: rest)
          let n = String(c).utf8.count
          out.append(Case(text: String(t), kind: .doubled, wrong: prefix..<(prefix + 2 * n), original: String(c)))
        default:
          let wantShape = k % 3 == 1
          let pool = confusables.candidates(for: c.value).filter { ($0.kind == .sameShape) == wantShape }
            .sorted { $0.scalar < $1.scalar }
          guard !pool.isEmpty else { continue }
          let pick = pool[rng.below(pool.count)]
          let (w, kind) = (pick.scalar, pick.kind)
          let wrong = String(Unicode.Scalar(w)!)
          rest.insert(contentsOf: wrong.unicodeScalars, at: rest.startIndex)
          let text = String(String.UnicodeScalarView(scalars[..<i])) + String(rest)
          let kk: Kind = kind == .sameShape ? .sameShape : (kind == .sameSound ? .sameSound : .otherTone)
          out.append(Case(text: text, kind: kk, wrong: prefix..<(prefix + wrong.utf8.count), original: String(c)))
        }
      }
    }
    return out
  }

  /// Natural typos, one a line: `WRONG => RIGHT | sentence containing WRONG` (one character differs).
  public static func naturalCases(_ text: String, file: String) throws(LexiconSource.Error) -> [Case] {
    var out: [Case] = []
    for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.isEmpty || line.hasPrefix("#") { continue }
      let parts = line.components(separatedBy: " | ")
      let pair = parts[0].components(separatedBy: " => ")
      guard parts.count == 2, pair.count == 2 else {
        throw LexiconSource.Error(file: file, line: n + 1, message: "expected WRONG => RIGHT | SENTENCE")
      }
      let wrong = Array(pair[0].unicodeScalars)
      let right = Array(pair[1].unicodeScalars)
      let diffs = wrong.indices.filter { $0 < right.count && wrong[$0] != right[$0] }
      guard wrong.count == right.count, diffs.count == 1, let at = parts[1].range(of: pair[0]) else {
        throw LexiconSource.Error(
          file: file, line: n + 1, message: "WRONG and RIGHT differ in one character and the sentence has WRONG")
      }
      let start =
        parts[1][..<at.lowerBound].utf8.count + String(String.UnicodeScalarView(wrong[..<diffs[0]])).utf8.count
      let len = String(wrong[diffs[0]]).utf8.count
      out.append(Case(text: parts[1], kind: .natural, wrong: start..<(start + len), original: String(right[diffs[0]])))
    }
    return out
  }

  /// Real errors in the untouched text, one a line: `WRONG => RIGHT | where`. A finding that overlaps WRONG in a
  /// text holding it counts as right.
  public static func knownErrors(_ text: String) -> [String] {
    text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(" => ") }.map {
      String($0[..<$0.range(of: " => ")!.lowerBound])
    }
  }

  /// Whether a finding on `doc` lies on one of the known errors.
  static func isKnownError(_ f: TypoFinding, _ doc: Document, _ known: [String]) -> Bool {
    for k in known {
      let needle = Array(k.utf8)
      var i = 0
      while i + needle.count <= doc.bytes.count {
        if doc.bytes[i..<(i + needle.count)].elementsEqual(needle), f.range.overlaps(i..<(i + needle.count)) {
          return true
        }
        i += 1
      }
    }
    return false
  }

  /// Scores `detect` on untouched documents (characters counted without white space, as `EvalCorpus` does).
  public static func scoreClean(
    _ docs: [Document], known: [String], into report: inout Report, detect: (Document) -> [TypoFinding]
  ) {
    for doc in docs {
      report.cleanCharacters += EvalCorpus.characters(doc.text)
      for f in detect(doc) {
        report.cleanFindings += 1
        if isKnownError(f, doc, known) { report.cleanKnownErrors += 1 }
      }
    }
  }

  /// Scores `detect` on the cases and on the untouched sentences.
  public static func run(
    cases: [Case], clean: [String], known: [String] = [], detect: (Document) -> [TypoFinding]
  ) -> Report {
    var report = Report()
    for c in cases {
      let doc = Document(text: c.text)
      let findings = detect(doc)
      var t = report.byKind[c.kind.rawValue] ?? Tally()
      t.cases += 1
      let hits = findings.filter { $0.range.overlaps(c.wrong) }
      if let hit = hits.first {
        t.found += 1
        if corrects(hit, c, doc) { t.corrected += 1 }
      }
      t.elsewhere += findings.filter { !$0.range.overlaps(c.wrong) && !isKnownError($0, doc, known) }.count
      report.byKind[c.kind.rawValue] = t
    }
    scoreClean(clean.map { Document(text: $0) }, known: known, into: &report, detect: detect)
    return report
  }

  /// Whether applying the finding's fix gives back the sentence without the error.
  static func corrects(_ f: TypoFinding, _ c: Case, _ doc: Document) -> Bool {
    let fixed = doc.slice(0..<f.range.lowerBound) + f.replacement + doc.slice(f.range.upperBound..<doc.bytes.count)
    let bytes = Array(c.text.utf8)
    let repaired: String
    if c.kind == .doubled {
      let half = c.wrong.count / 2
      repaired = String(decoding: bytes[..<c.wrong.lowerBound] + bytes[(c.wrong.lowerBound + half)...], as: UTF8.self)
    } else {
      repaired =
        String(decoding: bytes[..<c.wrong.lowerBound], as: UTF8.self) + c.original
        + String(decoding: bytes[c.wrong.upperBound...], as: UTF8.self)
    }
    return fixed == repaired
  }
}
