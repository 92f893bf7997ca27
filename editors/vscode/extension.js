// copydesk for VS Code: starts `copydesk lsp` for plain-text and Markdown documents through the standard
// language client. Everything else (diagnostics, quick fixes, fix-all, formatting, hover, outline) is the server's.
'use strict';

const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

/** @type {LanguageClient | undefined} */
let client;

/**
 * The `copydesk.*` settings in the shape the server reads: the keys of .copydesk.json plus debounceMs. Unset
 * and empty values are left out, so that .copydesk.json decides; `path` and `trace` are the client's own and are
 * never sent (the server rejects keys it does not know).
 */
function serverSettings() {
  const c = vscode.workspace.getConfiguration('copydesk');
  const s = {};
  const profile = c.get('profile');
  if (profile) s.profile = profile;
  const language = c.get('language');
  if (language) s.language = language;
  const rules = c.get('rules');
  if (rules && Object.keys(rules).length > 0) s.rules = rules;
  const add = c.get('data.add') || [];
  const replace = c.get('data.replace') || {};
  if (add.length > 0 || Object.keys(replace).length > 0) {
    s.data = {};
    if (add.length > 0) s.data.add = add;
    if (Object.keys(replace).length > 0) s.data.replace = replace;
  }
  const debounce = c.get('debounceMs');
  if (typeof debounce === 'number') s.debounceMs = debounce;
  return s;
}

function createClient() {
  const command = vscode.workspace.getConfiguration('copydesk').get('path') || 'copydesk';
  // No `transport` field: the client then talks over stdio without adding a `--stdio` argument.
  const serverOptions = { command, args: ['lsp'] };
  const clientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'plaintext' },
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'plaintext' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    initializationOptions: serverSettings(),
    synchronize: {
      // Settings changes make the server ask again through workspace/configuration (answered below).
      configurationSection: 'copydesk',
      fileEvents: vscode.workspace.createFileSystemWatcher('**/.copydesk.json'),
    },
    middleware: {
      workspace: {
        // Answer the "copydesk" section with the filtered settings instead of the raw `copydesk.*` object.
        configuration: async (params, token, next) => {
          const result = await next(params, token);
          if (!Array.isArray(result)) return result;
          return params.items.map((item, i) => (item.section === 'copydesk' ? serverSettings() : result[i]));
        },
      },
    },
  };
  return new LanguageClient('copydesk', 'copydesk', serverOptions, clientOptions);
}

/** @param {vscode.ExtensionContext} context */
async function activate(context) {
  client = createClient();
  context.subscriptions.push(
    vscode.commands.registerCommand('copydesk.restartServer', async () => {
      if (client) await client.stop();
      client = createClient();
      await client.start();
    }),
  );
  try {
    await client.start();
  } catch (err) {
    vscode.window.showErrorMessage(
      `copydesk: cannot start "${vscode.workspace.getConfiguration('copydesk').get('path')} lsp" (${err}). ` +
        'Install copydesk or set "copydesk.path".',
    );
  }
}

async function deactivate() {
  if (client) await client.stop();
}

module.exports = { activate, deactivate };
