// Edit a pending invitation's role and expiry, then revoke another one after confirming.
import * as assert from 'node:assert/strict';
import { flow } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { clickDialogButton, expectNotification, pickInQuickInput, runFromContextMenu, signInAsDemo } from './support/actions';

const DEVELOPER = 30;
const expiry = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);

flow('edit and revoke invitations', async (f) => {
  let view!: Awaited<ReturnType<typeof signInAsDemo>>;
  const invitation = (email: string) => f.emulator!.state.invitations('acme').find((i) => i.email === email);

  await f.step('sign in and open acme\'s invitations', async () => {
    view = await signInAsDemo(f);
    await view.expandPath('Acme', 'Invitations');
    await expectVisible(view.rows(/contractor@example\.org.*Reporter/), timeouts.view, 'the contractor invitation is not listed');
  });

  await f.step('Edit Invitation…: Developer, a new expiry', async () => {
    await runFromContextMenu(f, view.rows(/contractor@example\.org/), 'Edit Invitation…');
    await pickInQuickInput(f, /role for contractor@example\.org in acme/, 'Developer');
    await f.wb.answerInputBox(/access expiry for contractor@example\.org/, expiry);
    await expectNotification(f, /The invitation of contractor@example\.org to acme is now Developer, access expires/);
    assert.equal(invitation('contractor@example.org')?.accessLevel, DEVELOPER);
    assert.equal(invitation('contractor@example.org')?.expiresAt?.slice(0, 10), expiry);
    await expectVisible(view.rows(/contractor@example\.org.*Developer/), timeouts.view, 'the tree does not show the new role');
  });

  await f.step('Revoke Invitation… asks first, then GitLab has it no more', async () => {
    await runFromContextMenu(f, view.rows(/dev\+test@example\.com/), 'Revoke Invitation…');
    await clickDialogButton(f.wb.page, /Revoke the invitation of dev\+test@example\.com to the group acme\?/, 'Revoke');
    await expectNotification(f, /Revoked the invitation of dev\+test@example\.com to acme/);
    assert.equal(invitation('dev+test@example.com'), undefined, 'the invitation is still there');
    await expectHidden(view.rows(/dev\+test@example\.com/), timeouts.view, 'the tree still shows the revoked invitation');
  });
});
