import CopyDesk
import Foundation

// The two kinds of copy the throughput figures are measured on (issue 18), composed to any size:
//
// - clean: published news, one paragraph per line (shape 2). The correct articles of Tests/Eval rendered in shape 2,
//   the correct FCGEC sentences (../shared/corpus) three to a paragraph, and the seed pages' paragraphs that have no
//   finding, in that order, repeated.
// - dense: the five seed pages one after the other, repeated: real pages as they arrive, with all their findings.
//
// Both are one file (one document), as a desk lints one long page or a wire dump.

enum BenchCopy {
  enum Kind: String, CaseIterable {
    case clean, dense
  }

  struct Sources {
    var seeds: [String]
    var articles: [String]
    var sentences: [String]
  }

  static func loadSources(seedsDir: String, evalDir: String, corpus: String) -> Sources {
    let seedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: seedsDir)) ?? []).filter {
      $0.hasSuffix(".txt")
    }.sorted()
    let seeds = seedFiles.compactMap { try? String(contentsOfFile: seedsDir + "/" + $0, encoding: .utf8) }
    let articles =
      ((try? EvalCorpus.load(URL(fileURLWithPath: evalDir)).articles) ?? []).map { $0.1 }
    let sentences =
      ((try? String(contentsOfFile: corpus, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    return Sources(seeds: seeds, articles: articles, sentences: sentences)
  }

  /// One round of clean copy (the unit that is repeated).
  static func cleanRound(_ s: Sources, linter: Linter) -> String {
    var out = ""
    for a in s.articles { out += PageShapes.render(a, as: .linePerParagraph) }
    var k = 0
    while k < s.sentences.count {
      out += s.sentences[k..<min(k + 3, s.sentences.count)].joined() + "\n"
      k += 3
    }
    out += seedCleanParagraphs(s.seeds, linter: linter).map { $0 + "\n" }.joined()
    return out
  }

  /// The one-line body paragraphs of the seed pages on which the page's lint reports nothing.
  static func seedCleanParagraphs(_ seeds: [String], linter: Linter) -> [String] {
    var out: [String] = []
    for page in seeds {
      let doc = Document(text: page)
      let findings = linter.lint(doc)
      for b in doc.blocks where (b.kind == .body || b.kind == .lead) && b.lines.count == 1 {
        let hit = findings.contains {
          $0.range.lowerBound < b.range.upperBound && $0.range.upperBound > b.range.lowerBound
        }
        if !hit { out.append(doc.slice(b.range)) }
      }
    }
    return out
  }

  /// Copy of the given kind, at least `bytes` long (whole rounds).
  static func compose(_ kind: Kind, bytes: Int, _ s: Sources, linter: Linter) -> String {
    let round =
      kind == .clean ? cleanRound(s, linter: linter) : s.seeds.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
    let n = max(1, (bytes + round.utf8.count - 1) / max(1, round.utf8.count))
    return String(repeating: round, count: n)
  }
}

/// CPU time of the calling thread, in seconds: unlike the wall clock it does not grow when other processes take the
/// cores (the machine this runs on is shared), though caches still suffer.
func threadCPUTime() -> Double {
  var t = timespec()
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
  return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
}

/// User + system CPU time of all waited-for children, in seconds.
func childrenCPUTime() -> Double {
  var usage = rusage()
  #if os(Linux)
    getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
  #else
    getrusage(RUSAGE_CHILDREN, &usage)
  #endif
  func s(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
  return s(usage.ru_utime) + s(usage.ru_stime)
}

func percentile(_ sorted: [Double], _ q: Double) -> Double {
  sorted[min(sorted.count - 1, max(0, Int((Double(sorted.count) * q).rounded(.up)) - 1))]
}
