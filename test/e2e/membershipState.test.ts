// Membership state (issue 14, item 2): on acme, a top-level group demo owns, Carol is set to awaiting from her
// member row (confirmed, naming her and acme: her access pauses, role and expiry stay), which GitLab applies to
// her memberships in the whole hierarchy (ee/lib/ee/api/members.rb PUT …/members/:user_id/state); the row says
// "awaiting approval"; then "Reactivate" gives it back.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, runFromContextMenu, signInAsDemo } from './support/actions';

flow('membership state: Carol set to awaiting in acme, then reactivated', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const carolIn = (place: string) => f.emulator!.state.members(place).find((m) => m.username === 'carol')?.state;

  await f.step('Set to Awaiting…: confirmed, then her access in acme pauses', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Members');
    const carol = await view.rowAt('Acme', 'Members', 'Carol Chen');
    assert.ok(!(await view.contextMenu(await view.rowAt('Acme', 'Members', 'Demo Owner'))).includes('Set to Awaiting…'), 'offered on your own row');
    await runFromContextMenu(f, carol, 'Set to Awaiting…');
    const text = await clickDialogButton(f.wb.page, /Set Carol Chen \(@carol\) to awaiting in the group acme\?/, 'Set to Awaiting');
    assert.match(text, /pauses until an Owner reactivates or approves them\. Their roles and expiry dates stay\./);
    await expectNotification(f, /Carol Chen \(@carol\) is awaiting in acme: no access there until reactivated\./);
    assert.equal(carolIn('acme'), 'awaiting');
    await expectVisible(view.rows(/Carol Chen.*awaiting approval/), timeouts.view, 'her row does not say awaiting');
  });

  await f.step('Reactivate: active again', async () => {
    await runFromContextMenu(f, await view.rowAt('Acme', 'Members', 'Carol Chen'), 'Reactivate');
    await expectNotification(f, /Reactivated Carol Chen \(@carol\): their access to acme is active again\./);
    assert.equal(carolIn('acme'), 'active');
  });
});
