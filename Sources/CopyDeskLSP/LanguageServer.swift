import CopyDesk

/// The language server behind `copydesk lsp` (to be built: see the LSP issue).
public enum LanguageServer {}
