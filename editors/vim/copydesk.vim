" copydesk language server for Vim with vim-lsp (https://github.com/prabirshrestha/vim-lsp).
" Source this file from your vimrc after vim-lsp is loaded, or copy it to ~/.vim/plugin/copydesk.vim.
" It starts `copydesk lsp` for plain text and Markdown buffers.

" Settings sent to the server, the same shape as .copydesk.json (keys: profile, language, extensions, rules,
" data, and the server's own debounceMs). Empty: use .copydesk.json only. Example:
"   let g:copydesk_settings = {'profile': 'web', 'rules': {'space-cjk': 'off'}}
let g:copydesk_settings = get(g:, 'copydesk_settings', {})
let g:copydesk_command = get(g:, 'copydesk_command', ['copydesk', 'lsp'])

if executable(g:copydesk_command[0])
  augroup copydesk_lsp
    autocmd!
    autocmd User lsp_setup call lsp#register_server({
          \ 'name': 'copydesk',
          \ 'cmd': {server_info -> g:copydesk_command},
          \ 'allowlist': ['text', 'markdown'],
          \ 'initialization_options': g:copydesk_settings,
          \ 'workspace_config': {'copydesk': g:copydesk_settings},
          \ 'languageId': {server_info -> &filetype ==# 'markdown' ? 'markdown' : 'plaintext'},
          \ })
  augroup END
endif
