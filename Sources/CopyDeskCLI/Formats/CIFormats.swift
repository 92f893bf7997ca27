import CopyDesk

/// The CI formats, rendered for `lint`.
enum CIFormats {
  static func render(
    _ format: OutputFormat, _ reports: [FileReport], language: Language, failOn: Severity, failed: Bool
  ) -> String {
    switch format {
    case .sarif: SARIFFormatter.format(reports, language: language, executionSuccessful: !failed)
    case .github: GitHubFormatter.format(reports, language: language)
    case .rdjson: RDJSONFormatter.format(reports, language: language)
    case .junit: JUnitFormatter.format(reports, language: language, failOn: failOn)
    case .text, .json, .concise: ""
    }
  }
}
