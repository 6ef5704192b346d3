// Two accounts side by side (two users of one instance), a group pinned to one of them by path, and signing
// out of one: its token leaves SecretStorage, the other stays.
import * as assert from 'node:assert/strict';
import { demoToken } from '../harness/emulator';
import { flow } from '../harness/flow';
import { gitlab } from '../harness/gitlabView';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';

flow('two accounts, a pinned group, sign out of one', async (f) => {
  const view = gitlab(f);

  await f.step('sign in as demo, then as alice', async () => {
    await view.signIn(demoToken);
    await f.wb.runCommand('GitLab Members: Sign In');
    await f.wb.answerInputBox(/GitLab instance URL/i, f.emulator!.url);
    await f.wb.answerInputBox(/token/i, f.emulator!.tokens.alice);
    await expectVisible(view.row('@alice'), timeouts.view, 'no account row for alice');
    await expectVisible(view.row('@demo'), timeouts.ui, 'no account row for demo');
    assert.equal((await view.storedTokenKeys()).length, 2);
  });

  await f.step('pin acme/platform/infra to alice', async () => {
    await view.choose(view.row('@alice'), 'Add Group or Project…');
    await f.wb.answerInputBox(/its path .*web URL, or numeric id/, 'acme/platform/infra');
    await expectVisible(view.rows(/Infra\s*acme\/platform\/infra/), timeouts.view, 'the pinned group is not shown with its path');
  });

  await f.step('pin by an id that is a group\'s and a project\'s: the user picks the project', async () => {
    const state = f.emulator!.state;
    const project = state.createProject({ path: 'twin', name: 'Twin Project', namespacePath: 'acme' });
    let group = state.createGroup({ path: 'filler-0', memberCount: 0 });
    for (let i = 1; group.id < project.id; i++) {
      group = state.createGroup({ path: group.id + 1 === project.id ? 'twin-group' : `filler-${i}`, memberCount: group.id + 1 === project.id ? 1 : 0, ownerUsername: 'alice' });
    }
    await view.choose(view.row('@alice'), 'Add Group or Project…');
    await f.wb.answerInputBox(/its path .*web URL, or numeric id/, String(project.id));
    const input = await f.wb.waitForInputBox(/is the id of a group and of a project: which one/);
    const rows = f.wb.quickInput().locator('.monaco-list-row');
    await expectVisible(rows.filter({ hasText: 'Group twin-group' }), timeouts.ui, 'the group with that id is not offered');
    await input.fill('acme/twin');
    await rows.filter({ hasText: 'Project acme/twin' }).first().click();
    await expectVisible(view.rows(/Twin Project\s*acme\/twin/), timeouts.view, 'the picked project was not pinned');
  });

  await f.step('sign out of demo from its row', async () => {
    await view.choose(view.row('@demo'), 'Sign Out');
    await expectHidden(view.row('@demo'), timeouts.view, 'demo is still shown after signing out');
    // One account left: its groups are the roots again, the pin included.
    await expectVisible(view.rows(/Infra\s*acme\/platform\/infra/), timeouts.view, 'alice lost her pinned group');
    const keys = await view.storedTokenKeys();
    assert.equal(keys.length, 1, `stored: ${keys.join(', ')}`);
    assert.match(keys[0], /:2$/, 'the remaining token is not alice\'s (user 2)');
  });
});
