// Change a member's role and expiry from the tree's context menu (quick picks with the form's role rules); an
// inherited member is not offered "Edit" but the group the membership comes from.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { contextMenuEntries, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

const MAINTAINER = 40;
const expiry = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);

flow('edit a member\'s role and expiry', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;

  await f.step('sign in and open acme\'s members', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Members');
    await expectVisible(view.rows(/Bob Brown.*Reporter/), timeouts.view, 'Bob is not listed as Reporter');
  });

  await f.step('Edit Role and Expiry… on Bob: only roles a group Owner may give, then acme\'s custom role', async () => {
    await runFromContextMenu(f, view.rows(/Bob Brown/), 'Edit Role and Expiry…');
    await f.wb.waitForInputBox(/role of Bob Brown \(@bob\) in acme/);
    const roles = await f.wb.quickInput().locator('.monaco-list-row .label-name').allInnerTexts();
    assert.deepEqual(roles.map((r) => r.trim()), [
      'Minimal Access', 'Guest', 'Planner', 'Reporter', 'Developer', 'Maintainer', 'Owner', 'Security auditor (custom, based on Reporter)',
    ]);
    await pickInQuickInput(f, /role of Bob/, 'Maintainer');
    await f.wb.answerInputBox(/access expiry of Bob/, expiry);
  });

  await f.step('GitLab has the new role and expiry, and says so', async () => {
    await expectNotification(f, /Bob Brown \(@bob\) is now Maintainer, access expires .* in acme/);
    const bob = f.emulator!.state.members('acme').find((m) => m.username === 'bob');
    assert.equal(bob?.accessLevel, MAINTAINER);
    assert.equal(bob?.expiresAt?.slice(0, 10), expiry);
    const params = f.emulator!.state.lastRequestParams('PUT', '/groups/100/members/3');
    assert.equal(String(params?.access_level), String(MAINTAINER));
  });

  await f.step('the tree shows it', async () => {
    await expectVisible(view.rows(/Bob Brown.*@bob · Maintainer/), timeouts.view, 'the tree does not show Bob as Maintainer');
  });

  await f.step('an inherited member offers its source group instead of Edit', async () => {
    await view.expandPath('Acme', 'Platform', 'Members');
    const alice = view.rows(/Alice Anders.*from Acme/);
    await expectVisible(alice, timeouts.view, 'Alice is not shown as inherited from acme under Platform');
    const entries = await contextMenuEntries(f, alice);
    assert.ok(entries.includes('Open Source Group in Browser'), `no "Open Source Group" for an inherited member: ${entries.join(', ')}`);
    assert.ok(!entries.includes('Edit Role and Expiry…') && !entries.includes('Remove Member…'), `an inherited member can be edited here: ${entries.join(', ')}`);
  });
}, { settings: { 'gitlabMembers.showInheritedMembers': true } });
