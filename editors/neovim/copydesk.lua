-- copydesk language server for Neovim, without plugins.
--
-- Put this file in your config (e.g. ~/.config/nvim/lua/copydesk.lua) and add to init.lua:
--
--   require('copydesk').setup()                        -- defaults
--   require('copydesk').setup({ settings = { profile = 'web', rules = { ['space-cjk'] = 'off' } } })
--
-- Every text and markdown buffer then gets copydesk's diagnostics, quick fixes (`vim.lsp.buf.code_action()`),
-- fix-all formatting (`vim.lsp.buf.formatting()` / `vim.lsp.buf.format()`), hover and document symbols.
-- Works with Neovim 0.7 and later: `vim.lsp.start` where it exists (0.8+), `start_client` before.
local M = {}

local defaults = {
  cmd = { 'copydesk', 'lsp' },
  filetypes = { 'text', 'markdown' },
  -- The copydesk settings: any .copydesk.json key (profile, language, rules, data) plus debounceMs.
  -- Sent as initializationOptions and as the `copydesk` section of workspace/configuration.
  settings = {},
  -- Ask for UTF-8 positions (copydesk counts bytes internally; no conversion at all). Neovim 0.10+ negotiates
  -- this itself through `general.positionEncodings`; older versions use the `offsetEncoding` extension.
  prefer_utf8 = true,
  root_markers = { '.copydesk.json', '.git' },
}

local function root_dir(bufnr, markers)
  local name = vim.api.nvim_buf_get_name(bufnr)
  local dir = name ~= '' and vim.fn.fnamemodify(name, ':p:h') or vim.fn.getcwd()
  for _, marker in ipairs(markers) do
    local file = vim.fn.findfile(marker, dir .. ';')
    if file ~= '' then return vim.fn.fnamemodify(file, ':p:h') end
    local folder = vim.fn.finddir(marker, dir .. ';')
    if folder ~= '' then return vim.fn.fnamemodify(folder, ':p:h:h') end
  end
  return dir
end

local function client_config(opts, bufnr)
  local capabilities = vim.lsp.protocol.make_client_capabilities()
  if opts.prefer_utf8 then capabilities.offsetEncoding = { 'utf-8', 'utf-16' } end
  -- An empty Lua table would be sent as a JSON array; settings are an object.
  local settings = next(opts.settings) and opts.settings or vim.empty_dict()
  return {
    name = 'copydesk',
    cmd = opts.cmd,
    root_dir = root_dir(bufnr, opts.root_markers),
    capabilities = capabilities,
    init_options = settings,
    settings = { copydesk = settings },
    on_exit = opts.on_exit,
    on_init = function(client, result)
      -- Neovim before 0.10 does not read positionEncoding; take the negotiated encoding from the reply.
      local encoding = result.offsetEncoding or (result.capabilities or {}).positionEncoding
      if encoding then client.offset_encoding = encoding end
    end,
  }
end

local client_id -- the one shared client on Neovim 0.7

function M.attach(opts, bufnr)
  bufnr = bufnr or vim.api.nvim_get_current_buf()
  local config = client_config(opts, bufnr)
  if vim.lsp.start then
    return vim.lsp.start(config, { bufnr = bufnr })
  end
  if not client_id or not vim.lsp.get_client_by_id(client_id) then client_id = vim.lsp.start_client(config) end
  if client_id then vim.lsp.buf_attach_client(bufnr, client_id) end
  return client_id
end

function M.setup(user)
  local opts = vim.tbl_deep_extend('force', defaults, user or {})
  local group = vim.api.nvim_create_augroup('copydesk-lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = opts.filetypes,
    callback = function(args) M.attach(opts, args.buf) end,
  })
end

return M
