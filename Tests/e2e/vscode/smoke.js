// Smoke test of editors/vscode/extension.js without VS Code: stub `vscode` and `vscode-languageclient/node`
// modules record what the extension asks for. Checks the server command, the document selector, the settings
// sent (only .copydesk.json keys, no nulls) and the workspace/configuration middleware.
// Run: node Tests/e2e/vscode/smoke.js  (prints "vscode-extension: N passed, N failed"; exit 1 on failure)
'use strict';

const Module = require('module');
const path = require('path');
const assert = require('assert');

const settings = {
  path: '/opt/copydesk/bin/copydesk',
  profile: 'web',
  language: null,
  rules: { 'space-cjk': 'off' },
  'data.add': [],
  'data.replace': { 'word/typos.txt': 'desk/typos.txt' },
  debounceMs: 250,
  'trace.server': 'verbose',
};
const created = [];
const commands = {};

const vscodeStub = {
  workspace: {
    getConfiguration: (section) => {
      assert.strictEqual(section, 'copydesk');
      return { get: (key) => settings[key] };
    },
    createFileSystemWatcher: (glob) => ({ glob }),
  },
  commands: { registerCommand: (name, fn) => ((commands[name] = fn), { dispose() {} }) },
  window: { showErrorMessage: (m) => { throw new Error(m); } },
};
class LanguageClient {
  constructor(id, name, serverOptions, clientOptions) {
    Object.assign(this, { id, name, serverOptions, clientOptions, started: 0, stopped: 0 });
    created.push(this);
  }
  async start() { this.started += 1; }
  async stop() { this.stopped += 1; }
}

const originalLoad = Module._load;
Module._load = function (request, parent, isMain) {
  if (request === 'vscode') return vscodeStub;
  if (request === 'vscode-languageclient/node') return { LanguageClient };
  return originalLoad.call(this, request, parent, isMain);
};

const extension = require(path.join(__dirname, '../../../editors/vscode/extension.js'));
let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed += 1;
    console.log(`ok: ${name}`);
  } catch (e) {
    failed += 1;
    console.log(`FAIL: ${name}: ${e.message}`);
  }
}

(async () => {
  const context = { subscriptions: [] };
  await extension.activate(context);
  const c = created[0];
  await check('one client started', () => assert.deepStrictEqual([created.length, c.started], [1, 1]));
  await check('runs `copydesk lsp` from copydesk.path over stdio', () =>
    assert.deepStrictEqual(c.serverOptions, { command: '/opt/copydesk/bin/copydesk', args: ['lsp'] }));
  await check('serves plain text and Markdown files and untitled buffers', () =>
    assert.deepStrictEqual(c.clientOptions.documentSelector, [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ]));
  const expected = {
    profile: 'web',
    rules: { 'space-cjk': 'off' },
    data: { replace: { 'word/typos.txt': 'desk/typos.txt' } },
    debounceMs: 250,
  };
  await check('initializationOptions hold only .copydesk.json keys and debounceMs', () =>
    assert.deepStrictEqual(c.clientOptions.initializationOptions, expected));
  await check('watches .copydesk.json', () =>
    assert.deepStrictEqual(c.clientOptions.synchronize.fileEvents, { glob: '**/.copydesk.json' }));
  await check('workspace/configuration answers the copydesk section with filtered settings', async () => {
    const raw = { ...settings };
    const answer = await c.clientOptions.middleware.workspace.configuration(
      { items: [{ section: 'copydesk' }, { section: 'editor' }] }, null, async () => [raw, { tabSize: 2 }]);
    assert.deepStrictEqual(answer, [expected, { tabSize: 2 }]);
  });
  await check('restart command stops the old client and starts a new one', async () => {
    await commands['copydesk.restartServer']();
    assert.deepStrictEqual([created.length, c.stopped, created[1].started], [2, 1, 1]);
  });
  await extension.deactivate();
  await check('deactivate stops the client', () => assert.strictEqual(created[1].stopped, 1));
  console.log(`vscode-extension: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
