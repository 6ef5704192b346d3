// After a whole session (sign in, browse, invite someone, find a user's access, export, reload), the token is in
// VS Code's secret store only: nowhere in the settings, the global or workspace state, the logs or any other
// file of the profile and the workspace; nowhere in the browser's localStorage or IndexedDB (where code-server
// keeps the workbench's state and the secret store, encrypted); in no message between the invite form's page
// and the workbench.
import * as assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectVisible, timeouts } from '../harness/workbench';
import { dumpBrowserStorage, recordWebviewMessages, tokenForms } from './support/browserState';
import { expectFormTarget, inviteForm, pickInQuickInput, runFromContextMenu } from './support/actions';

/** Every file below `dir` whose bytes contain `needle` as UTF-8 or UTF-16. */
async function filesContaining(dir: string, needle: string): Promise<string[]> {
  const forms = [Buffer.from(needle, 'utf8'), Buffer.from(needle, 'utf16le')];
  const hits: string[] = [];
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath ?? entry.path, entry.name);
    const bytes = await readFile(path).catch(() => Buffer.alloc(0));
    if (forms.some((form) => bytes.includes(form))) hits.push(path);
  }
  return hits;
}

const holding = (texts: readonly string[]) => texts.filter((t) => tokenForms(demoToken).some((form) => t.includes(form)));
const invitee = 'token-scan@example.com';

flow('the token is nowhere but the secret store after a session', async (f) => {
  const view = gitlab(f);
  const form = inviteForm(f.wb.page);
  let messages!: Awaited<ReturnType<typeof recordWebviewMessages>>;

  await f.step('sign in and browse', async () => {
    messages = await recordWebviewMessages(f.wb.page);
    await f.wb.open();
    await view.open();
    await f.waitForActivation(0);
    await view.signInButton().click();
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, demoToken);
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await expectVisible(view.rows(/Ivan/), timeouts.view, 'members never showed');
  });

  await f.step('invite someone from the form', async () => {
    await view.row('Acme').first().click();
    await expectFormTarget(form, 'acme');
    await messages.attach();
    const input = form.locator('#recipient-input');
    await input.click();
    await input.pressSequentially(`${invitee} `);
    await expectVisible(form.locator('.chip', { hasText: invitee }), timeouts.ui, 'the email did not become a chip');
    await form.locator('#send').click();
    await expectVisible(form.locator('.results-summary', { hasText: '1 invited' }), timeouts.view, 'no result in the form');
    assert.ok(f.emulator!.state.invitations('acme').some((i) => i.email === invitee), 'GitLab has no invitation');
  });

  await f.step('find a user\'s access, export members', async () => {
    await f.wb.runCommand('GitLab Members: Find a User\'s Access…');
    await f.wb.answerInputBox(/every group and project of @demo is searched/, 'carol');
    await expectVisible(f.wb.view('Find Access').locator('.message', { hasText: /One person matches "carol"/ }), timeouts.view, 'no search result');
    await runFromContextMenu(f, view.row('Acme'), 'Export Members…');
    await pickInQuickInput(f, /Which members\?/, /^Direct members/);
    await pickInQuickInput(f, /Format and destination/, 'CSV in a new editor');
    await expectVisible(f.wb.page.locator('.editor-instance .view-lines', { hasText: /Username,Name,Role/ }), timeouts.view, 'no export');
    // An unsaved editor would make the reload below ask "leave the page?".
    await f.wb.runCommand('View: Revert and Close Editor');
  });

  await f.step('no message between the invite form and the workbench carries the token', async () => {
    const { outerFrame, page } = await messages.read();
    assert.ok(outerFrame.some((m) => m.includes(invitee)), `the form's invite request was not recorded (${outerFrame.length} messages)`);
    assert.ok(page.some((m) => m.includes(invitee)), `the workbench's answer to the form was not recorded (${page.length} messages)`);
    assert.deepEqual(holding([...outerFrame, ...page]), [], 'a webview message holds the token');
  });

  await f.step('reload flushes state to disk', async () => {
    const before = await f.activations();
    await f.wb.reload();
    await view.open();
    await f.waitForActivation(before);
    await expectVisible(view.row('Acme'), timeouts.view, 'not signed in after reload');
    assert.ok((await view.storedTokenKeys()).length > 0, 'the token is not in the secret store');
  });

  await f.step('the browser\'s localStorage and IndexedDB do not hold the token', async () => {
    const storage = await dumpBrowserStorage(f.wb.page);
    const rows = storage.indexedDb.flatMap((s) => s.rows);
    assert.ok(storage.localStorage.some((l) => l.startsWith('secrets.provider=')), 'the (encrypted) secret store is not in localStorage: wrong page?');
    assert.ok(rows.length > 0, `IndexedDB is empty (${storage.indexedDb.map((s) => s.name).join(', ')})`);
    assert.ok([...storage.localStorage, ...rows].some((t) => t.includes('gitlabMembers')), 'nothing of our views is in the browser state: the dump reads the wrong place');
    assert.deepEqual(holding(storage.localStorage).map((l) => l.slice(0, 80)), [], 'localStorage holds the token');
    assert.deepEqual(holding(rows).map((r) => r.slice(0, 120)), [], 'IndexedDB holds the token');
  });

  await f.step('no file of the profile holds the token', async () => {
    await new Promise((r) => setTimeout(r, 1_500));
    const userData = f.codeServer.userDataDir;
    const logs = await filesContaining(join(userData, 'logs'), 'GET /api/v4');
    assert.ok(logs.length > 0, 'the request log was written (so the scan below reads real files)');
    // The profile and the workspace, not the installed extension: its README names the public demo token.
    const found = [...await filesContaining(userData, demoToken), ...await filesContaining(join(f.dir, 'workspace'), demoToken)];
    assert.deepEqual(found, [], 'files under the profile or the workspace contain the token');
  });
});
