import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { suite, test } from './runner';
import { EXTENSION_ID, activeExtension } from './util';

interface ConfigurationContribution {
  properties?: Record<string, { type?: string | string[]; default?: unknown }>;
}

suite('settings', () => {
  test('every contributed gitlabMembers.* setting is known to VS Code with its manifest default', async () => {
    await activeExtension();
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)!.packageJSON as {
      contributes?: { configuration?: ConfigurationContribution | ConfigurationContribution[] };
    };
    const blocks = ([] as ConfigurationContribution[]).concat(manifest.contributes?.configuration ?? []);
    const properties = Object.assign({}, ...blocks.map((b) => b.properties ?? {})) as NonNullable<ConfigurationContribution['properties']>;
    const names = Object.keys(properties);
    assert.ok(names.includes('gitlabMembers.instanceUrl'), 'gitlabMembers.instanceUrl is not contributed');
    for (const name of names) {
      const section = name.slice(0, name.indexOf('.'));
      const inspected = vscode.workspace.getConfiguration(section).inspect(name.slice(section.length + 1));
      assert.ok(inspected, `${name} unknown to the configuration service`);
      if ('default' in properties[name]) assert.deepEqual(inspected.defaultValue, properties[name].default, `${name} default`);
    }
  });

  test('the instance URL seeded in settings.json is what the extension reads', (config) => {
    const value = vscode.workspace.getConfiguration('gitlabMembers').get<string>('instanceUrl');
    if (config.emulatorUrl) assert.equal(value, config.emulatorUrl);
    else assert.equal(typeof value, 'string');
  });

  test('a user-level change is visible and fires onDidChangeConfiguration', async () => {
    const config = vscode.workspace.getConfiguration('gitlabMembers');
    const before = config.inspect<string>('instanceUrl')?.globalValue;
    const fired = new Promise<boolean>((resolve) => {
      const d = vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('gitlabMembers.instanceUrl')) {
          d.dispose();
          resolve(true);
        }
      });
    });
    try {
      await config.update('instanceUrl', 'https://gitlab.host-test.example', vscode.ConfigurationTarget.Global);
      assert.equal(await fired, true);
      assert.equal(vscode.workspace.getConfiguration('gitlabMembers').get('instanceUrl'), 'https://gitlab.host-test.example');
    } finally {
      await config.update('instanceUrl', before, vscode.ConfigurationTarget.Global);
    }
  });
});
