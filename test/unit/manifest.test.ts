// package.json and the code agree: the same command ids, menus that point at real commands (import boundaries:
// layout.test.ts).
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { registeredCommands } from './support/fakeVscode';
import { registerCommands } from '../../src/commands/index';
import { COMMAND_IDS, VIEW_IDS } from '../../src/core/ids';
import type { CommandDeps } from '../../src/commands/support/deps';
import { localizedManifest } from './support/manifest';

const repo = join(__dirname, '..', '..');
const pkg = localizedManifest(); // the English texts, %key% resolved through package.nls.json
const contributes = pkg.contributes;
const declared: string[] = contributes.commands.map((c: { command: string }) => c.command);

test('package.json declares exactly the commands in the command table', () => {
  assert.deepEqual([...declared].sort(), Object.values(COMMAND_IDS).sort());
  assert.equal(new Set(declared).size, declared.length, 'a command is declared twice');
  for (const c of contributes.commands) assert.equal(c.category, 'GitLab Members', `${c.command} has another category`);
});

test('the extension registers exactly the commands package.json declares', () => {
  registerCommands({} as CommandDeps);
  assert.deepEqual([...registeredCommands].sort(), [...declared].sort());
});

test('every menu entry and welcome-view link points at a declared command', () => {
  for (const [menu, entries] of Object.entries(contributes.menus as Record<string, { command: string }[]>)) {
    for (const entry of entries) assert.ok(declared.includes(entry.command), `${menu} refers to undeclared ${entry.command}`);
  }
  for (const welcome of contributes.viewsWelcome) {
    const links = [...String(welcome.contents).matchAll(/\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(links.length > 0, `the welcome view for ${welcome.view} has no command link`);
    for (const id of links) assert.ok(declared.includes(id), `viewsWelcome links to undeclared ${id}`);
  }
});

test('the view, its container and icon exist as the code expects', () => {
  const container = contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === VIEW_IDS.container);
  assert.ok(container, 'no activity-bar container');
  assert.ok(existsSync(join(repo, container.icon)), `missing ${container.icon}`);
  const views = contributes.views[VIEW_IDS.container].map((v: { id: string }) => v.id);
  assert.deepEqual(views, [VIEW_IDS.tree, VIEW_IDS.inviteForm]);
  // Find Access and Expiring Access list rows with long descriptions: each is a tab of the panel, whole width,
  // loaded only when its tab is shown.
  for (const [id, view] of [[VIEW_IDS.accessPanel, VIEW_IDS.access], [VIEW_IDS.expiringPanel, VIEW_IDS.expiring]]) {
    const panel = contributes.viewsContainers.panel.find((c: { id: string }) => c.id === id);
    assert.ok(panel && existsSync(join(repo, panel.icon)), `no panel container ${id} with an icon`);
    assert.deepEqual(contributes.views[id].map((v: { id: string }) => v.id), [view]);
  }
  assert.ok(!pkg.activationEvents.includes('onStartupFinished'), 'no activation at startup');
  const settings = Object.keys(contributes.configuration.properties);
  for (const name of settings) assert.ok(contributes.configuration.properties[name].description, `${name} has no description`);
});

