# copydesk language server for Kakoune with kakoune-lsp (kak-lsp 17 or later, where servers are set per buffer
# with the lsp_servers option). Source this file from your kakrc after kakoune-lsp is loaded:
#   source ~/.config/kak/copydesk.kak
# Settings under [copydesk.settings.copydesk] have the shape of .copydesk.json (profile, language, extensions,
# rules, data; and the server's own debounceMs); they are sent as initializationOptions and answer the server's
# workspace/configuration request for the "copydesk" section.

# Kakoune gives .txt files no filetype; give them one so that the hook below can match them.
hook global BufCreate .*[.]txt %{
  set-option buffer filetype text
}

hook -group lsp-filetype-copydesk global BufSetOption filetype=(?:text|markdown) %{
  # Replaces the buffer's server list (for Markdown that drops marksman: add its table here to keep it).
  set-option buffer lsp_servers %{
    [copydesk]
    root_globs = [".copydesk.json", ".git", ".hg"]
    command = "copydesk"
    args = ["lsp"]
    settings_section = "copydesk"
    [copydesk.settings.copydesk]
    # profile = "newspaper"
    # language = "zh"
  }
}

hook global BufSetOption filetype=text %{
  set-option buffer lsp_language_id plaintext
}

hook global WinSetOption filetype=(?:text|markdown) %{
  lsp-enable-window
}
