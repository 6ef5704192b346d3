// Offboarding (issue 14, item 6): Ivan leaves. From his row in acme/platform/infra, "Remove User's Access
// Everywhere…" walks the account, then shows the plan before anything changes: his two memberships in acme's
// tree go (one seats removal, since demo owns acme), his partner-co membership stays with the reason (demo is only
// a Developer there), his inherited access is listed. "Show Plan" opens it whole; "Remove 2" runs it, GitLab's
// worker removes in the background, and the report says what happened per place.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, runFromContextMenu, signInAsDemo } from './support/actions';

const CONFIRM = /Remove the access of Ivan Ivanov \(@ivan\) everywhere @demo can change it\?/;

flow('offboarding: a user removed from acme\'s whole tree, the plan shown first', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const state = () => f.emulator!.state;

  await f.step('the plan: what goes, what stays and why, before anything is sent', async () => {
    state().addMember('partner-co', 'ivan', 30);
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Platform', 'Infra', 'Members');
    await runFromContextMenu(f, view.rows(/Ivan Ivanov/), 'Remove User\'s Access Everywhere…');
    const text = await clickDialogButton(f.wb.page, CONFIRM, 'Show Plan');
    assert.match(text, /What goes \(2\):.*acme\/platform\/api \(Maintainer\).*acme\/platform\/infra \(Developer\)/);
    assert.match(text, /What stays, and why \(1\):.*partner-co \(Developer\): You are Developer here/);
    assert.match(text, /In acme, which you own, GitLab removes every membership of theirs/);
    assert.equal(f.emulator!.log.filter((e) => e.method === 'DELETE').length, 0, 'nothing removed before the answer');
    const editor = f.wb.page.locator('.editor-instance .view-lines');
    await expectVisible(editor.filter({ hasText: /What\sgoes\s\(2\)/ }), timeouts.view, 'Show Plan opened no document');
  });

  await f.step('Remove 2: gone from acme\'s tree, partner-co kept, a report per place', async () => {
    await clickDialogButton(f.wb.page, CONFIRM, 'Remove 2');
    await expectNotification(f, /Removed Ivan Ivanov \(@ivan\) from 2 places\./, timeouts.ui);
    for (const place of ['acme/platform/infra', 'acme/platform/api']) {
      assert.ok(!state().members(place).some((m) => m.username === 'ivan'), `ivan is still in ${place}`);
    }
    assert.ok(state().members('partner-co').some((m) => m.username === 'ivan'), 'partner-co was not demo\'s to change');
    const deletes = f.emulator!.log.filter((e) => e.method === 'DELETE').map((e) => e.path);
    assert.deepEqual(deletes, [`/api/v4/groups/100/billable_members/${state().userByUsername('ivan')!.id}`], 'one seats removal for acme');
    await expectHidden(view.rows(/Ivan Ivanov/), timeouts.view, 'the tree still shows Ivan in Infra');
  });
});
