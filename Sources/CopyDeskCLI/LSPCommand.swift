import CopyDeskLSP

/// `copydesk lsp`: the language server over standard input and output.
enum LSPCommand: Command {
  static let name = "lsp"
  static let summary = "run the language server (LSP over stdio) for editors"
  static let help = """
    Usage: copydesk lsp [--stdio]

    Speaks the Language Server Protocol (3.17) on standard input and output; logs go to standard error.
    Editors start it themselves: see editors/ in the repository and the "Language server" section of README.
    Settings come from .copydesk.json (found upward from each file), the client's locale, initializationOptions
    and the "copydesk" section of the editor's settings, in that order.

    Options:
      --stdio   accepted for clients that pass it; stdio is the only transport

    """

  static func run(_ argv: [String]) throws -> Int32 {
    _ = try Arguments(argv, valued: [], flags: ["--stdio"])
    return StdioTransport.run(version: CLI.version)
  }
}
