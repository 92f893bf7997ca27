-- copydesk with nvim-lspconfig (https://github.com/neovim/nvim-lspconfig), which does not ship an entry for it:
-- register one, then set it up like any other server. Put this in init.lua after lspconfig is installed.
local configs = require('lspconfig.configs')
local util = require('lspconfig.util')

if not configs.copydesk then
  configs.copydesk = {
    default_config = {
      cmd = { 'copydesk', 'lsp' },
      filetypes = { 'text', 'markdown' },
      root_dir = util.root_pattern('.copydesk.json', '.git'),
      single_file_support = true,
      settings = { copydesk = {} },
    },
    docs = { description = 'copydesk: house-style checker for Chinese newspaper copy (`copydesk lsp`).' },
  }
end

require('lspconfig').copydesk.setup({
  -- Same keys as .copydesk.json (profile, language, rules, data), plus debounceMs; they override the file.
  settings = { copydesk = { profile = 'newspaper' } },
})
