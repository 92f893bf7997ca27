-- Headless Neovim end-to-end test of `copydesk lsp`, driven by run.sh (which sets the environment below).
-- Opens a seed page through the shipped editors/neovim/copydesk.lua, waits for diagnostics, checks their count
-- and positions against `copydesk lint --format json`, and applies a quick fix through Neovim's own LSP client.
local env = function(name) return assert(os.getenv(name), name .. ' not set') end
local bin, page, snippet_dir = env('COPYDESK_BIN'), env('COPYDESK_PAGE'), env('COPYDESK_SNIPPET_DIR')
local expected_path, prefer_utf8 = env('COPYDESK_EXPECTED'), env('COPYDESK_PREFER_UTF8') == '1'
local timeout = 30000

local function fail(message)
  io.stderr:write('FAIL (' .. (prefer_utf8 and 'utf-8' or 'utf-16') .. '): ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function check(condition, message)
  if not condition then fail(message) end
end

-- Any error the server shows (a configuration problem, say) fails the test.
local shown_errors = {}
local show_message = vim.lsp.handlers['window/showMessage']
vim.lsp.handlers['window/showMessage'] = function(err, result, ctx, config)
  if result and result.type == 1 then table.insert(shown_errors, result.message) end
  return show_message(err, result, ctx, config)
end

vim.cmd('filetype on')
package.path = snippet_dir .. '/?.lua;' .. package.path
local exit_code
require('copydesk').setup({
  cmd = { bin, 'lsp' },
  prefer_utf8 = prefer_utf8,
  on_exit = function(code) exit_code = code end,
})

vim.cmd('edit ' .. vim.fn.fnameescape(page))
local bufnr = vim.api.nvim_get_current_buf()
check(vim.bo[bufnr].filetype == 'text', 'filetype is ' .. vim.bo[bufnr].filetype)

local expected = vim.fn.json_decode(table.concat(vim.fn.readfile(expected_path), '\n'))
check(#expected > 2, 'the seed page has findings')

local function sorted_diagnostics()
  local list = vim.diagnostic.get(bufnr)
  table.sort(list, function(a, b)
    if a.lnum ~= b.lnum then return a.lnum < b.lnum end
    if a.col ~= b.col then return a.col < b.col end
    if a.end_col ~= b.end_col then return a.end_col < b.end_col end
    return tostring(a.code) < tostring(b.code)
  end)
  return list
end

check(vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) == #expected end, 20),
  'expected ' .. #expected .. ' diagnostics, got ' .. #vim.diagnostic.get(bufnr))

local client = vim.lsp.get_active_clients()[1]
check(client and client.name == 'copydesk', 'copydesk client attached')
check(client.offset_encoding == (prefer_utf8 and 'utf-8' or 'utf-16'), 'negotiated ' .. tostring(client.offset_encoding))

-- Every diagnostic where the CLI's JSON says (1-based line, column in characters → Neovim's byte columns).
local lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
local want = {}
for _, e in ipairs(expected) do
  local function byte_col(p) return vim.str_byteindex(lines[p.line], p.column - 1) end
  table.insert(want, string.format('%s@%d:%d-%d:%d', e.rule, e.start.line - 1, byte_col(e.start), e['end'].line - 1, byte_col(e['end'])))
end
table.sort(want)
local got = {}
for _, d in ipairs(sorted_diagnostics()) do
  table.insert(got, string.format('%s@%d:%d-%d:%d', d.code, d.lnum, d.col, d.end_lnum, d.end_col))
  check(d.source == 'copydesk', 'source is copydesk')
end
table.sort(got)
for i = 1, #want do check(got[i] == want[i], 'diagnostic ' .. i .. ': got ' .. tostring(got[i]) .. ', want ' .. want[i]) end

-- The first findings, fixed by hand: the half-width parentheses of line 7 (after 慰问组将赴31个省).
local first = sorted_diagnostics()
check(first[1].lnum == 6 and first[1].col == 23 and first[1].end_col == 24, 'first diagnostic at 6:23')
check(first[1].code == 'punct-halfwidth-in-cjk', 'first code ' .. tostring(first[1].code))
check(first[2].lnum == 6 and first[2].col == 33, 'second diagnostic at 6:33')

-- A quick fix through Neovim: code actions at the cursor, the preferred one applied by Neovim's client.
vim.api.nvim_win_set_cursor(0, { 7, 23 })
local params = vim.lsp.util.make_range_params(0, client.offset_encoding)
params.context = { diagnostics = {} }
local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', params, timeout)
local action
for _, response in pairs(responses or {}) do
  for _, a in ipairs(response.result or {}) do
    if a.kind == 'quickfix' and a.isPreferred and not action then action = a end
  end
end
check(action ~= nil, 'a preferred quick fix at the cursor')
vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
local line7 = vim.api.nvim_buf_get_lines(bufnr, 6, 7, false)[1]
check(line7:sub(24, 26) == '（', 'the fix put （ into the buffer: ' .. line7:sub(1, 40))

-- Neovim sends the change; the fixed diagnostic disappears and the next one moved by two bytes.
check(vim.wait(timeout, function() return #vim.diagnostic.get(bufnr) == #expected - 1 end, 20),
  'one diagnostic fewer after the fix, got ' .. #vim.diagnostic.get(bufnr))
local after = sorted_diagnostics()
check(after[1].lnum == 6 and after[1].col == 35, 'next diagnostic now at 6:35, got ' .. after[1].lnum .. ':' .. after[1].col)

check(#shown_errors == 0, 'server showed errors: ' .. table.concat(shown_errors, '; '))

-- Stop the server: shutdown + exit, status 0.
vim.lsp.stop_client(client.id)
check(vim.wait(timeout, function() return exit_code ~= nil end, 20), 'server exited')
check(exit_code == 0, 'server exit status ' .. tostring(exit_code))
io.stdout:write('ok (' .. (prefer_utf8 and 'utf-8' or 'utf-16') .. '): ' .. #expected .. ' diagnostics, quick fix applied\n')
vim.cmd('qall!')
