// Inviting someone who already has access never changes it unasked. GitLab changes an existing member's role
// when they are invited again, up or down, from 14.9 (app/services/members/creator_service.rb;
// spec/requests/api/invitations_spec.rb "updates an already existing active member"), and updates a pending
// invitation of the same email from about 15.8 (invite_member_builder.rb); before, it answered "User already
// exists in source" and "Invite email has already been taken".
// heidi is Maintainer of acme/platform with a public email; ops-lead@example.com is invited to acme/platform/infra
// as Maintainer.
import * as assert from 'node:assert/strict';
import { flow, type FlowContext } from '../harness/flow';
import { expectHidden, expectVisible, timeouts } from '../harness/workbench';
import { chooseRole, expectFormTarget, expectNotification, growFormPane, inviteForm, runFromContextMenu, signInAsDemo } from './support/actions';

const HEIDI = 'heidi@example.com';
const OPS = 'ops-lead@example.com';
const heidiLevel = (f: FlowContext) => f.emulator!.state.members('acme/platform').find((m) => m.username === 'heidi')?.accessLevel;

async function openForm(f: FlowContext, ...path: string[]) {
  const view = await signInAsDemo(f);
  const form = inviteForm(f.wb.page);
  const row = await view.expandPath(...path);
  await runFromContextMenu(f, row, 'Invite Members…');
  await expectFormTarget(form, path.length === 2 ? 'acme/platform' : 'acme/platform/infra');
  await growFormPane(f, 60);
  return { view, form };
}

async function addRecipient(form: ReturnType<typeof inviteForm>, email: string) {
  await form.locator('#recipient-input').fill(`${email} `);
  await expectVisible(form.locator('.chip', { hasText: email }), timeouts.ui, `${email} did not become a chip`);
}

/** Recipient and role in, Invite: the review shows `text` for the recipient, and nothing is sent yet. */
async function expectReview(f: FlowContext, form: ReturnType<typeof inviteForm>, email: string, role: string, text: string) {
  await addRecipient(form, email);
  await chooseRole(form, role);
  const posts = f.emulator!.state.invitePostCount(email);
  await form.locator('#send').click();
  await expectVisible(form.locator('.review-item', { hasText: `${email}: ${text}` }), timeouts.view, `no review of ${email} before the send`);
  assert.equal(f.emulator!.state.invitePostCount(email), posts, 'the review sent the invitation');
}

/** Points the form at Platform › Infra from its context menu. */
async function targetInfra(f: FlowContext, ctx: Awaited<ReturnType<typeof openForm>>) {
  const infra = await ctx.view.expandPath('Acme', 'Platform', 'Infra');
  await runFromContextMenu(f, infra, 'Invite Members…');
  await expectFormTarget(ctx.form, 'acme/platform/infra');
}

flow('inviting an existing member or invitation: shown before the send, changed only on purpose', async (f) => {
  let ctx!: Awaited<ReturnType<typeof openForm>>;

  await f.step('Invite heidi\'s email at Developer on Platform: the review says what it would do, nothing is sent', async () => {
    ctx = await openForm(f, 'Acme', 'Platform');
    await expectReview(f, ctx.form, HEIDI, 'Developer', 'Maintainer here: sending at Developer would change their role to Developer.');
    assert.equal(await ctx.form.locator('.review-include').isChecked(), false, 'heidi is included by default');
  });

  await f.step('left out: Invite sends nothing for heidi, whose role stays Maintainer', async () => {
    await ctx.form.locator('#send').click();
    await expectVisible(ctx.form.locator('.result-left', { hasText: HEIDI }).filter({ hasText: 'Left out: Maintainer here; not sent' }), timeouts.view, 'no "left out" result');
    assert.equal(f.emulator!.state.invitePostCount(HEIDI), 0, 'heidi was sent');
    assert.equal(heidiLevel(f), 40, 'heidi\'s role changed');
  });

  await f.step('included on purpose: "Role changed from Maintainer to Developer", and the tree shows Developer', async () => {
    await expectReview(f, ctx.form, HEIDI, 'Developer', 'Maintainer here: sending at Developer would change their role to Developer.');
    await ctx.form.locator('.review-include').check();
    await ctx.form.locator('#send').click();
    await expectVisible(ctx.form.locator('.result-changed', { hasText: HEIDI }).filter({ hasText: 'Role changed from Maintainer to Developer' }), timeouts.view, 'no "role changed" result');
    await expectNotification(f, /acme\/platform: 1 role changed \(heidi@example\.com: Role changed from Maintainer to Developer\)/);
    assert.equal(heidiLevel(f), 30);
    await ctx.view.expandPath('Acme', 'Platform', 'Members');
    await expectVisible(ctx.view.rows(/Heidi Hopper.*@heidi · Developer/), timeouts.view, 'the tree does not show heidi as Developer');
  });

  await f.step('re-inviting a pending invitation at a new role, on purpose: "Invitation updated"', async () => {
    await targetInfra(f, ctx);
    await expectReview(f, ctx.form, OPS, 'Developer', 'Invited here as Maintainer: sending would update the invitation to Developer.');
    await ctx.form.locator('.review-include').check();
    await ctx.form.locator('#send').click();
    await expectVisible(ctx.form.locator('.result-updated', { hasText: OPS }).filter({ hasText: 'Invitation updated from Maintainer to Developer' }), timeouts.view, 'no "invitation updated" result');
    assert.deepEqual(f.emulator!.state.invitations('acme/platform/infra').filter((i) => i.email === OPS).map((i) => i.accessLevel), [30]);
    await ctx.view.readmeShot('invite-existing');
  });
}, { settings: { 'gitlabMembers.showInheritedMembers': false } });

flow('the same on GitLab 14.10: a member\'s role changes as on current GitLab, a pending invitation is left as it is', async (f) => {
  let ctx!: Awaited<ReturnType<typeof openForm>>;

  await f.step('heidi at Developer: the same warning, and on purpose her role changes (GitLab 14.9+ updates members)', async () => {
    ctx = await openForm(f, 'Acme', 'Platform');
    await expectReview(f, ctx.form, HEIDI, 'Developer', 'Maintainer here: sending at Developer would change their role to Developer.');
    await ctx.form.locator('.review-include').check();
    await ctx.form.locator('#send').click();
    await expectVisible(ctx.form.locator('.result-changed', { hasText: HEIDI }).filter({ hasText: 'Role changed from Maintainer to Developer' }), timeouts.view, 'no "role changed" result');
    assert.equal(heidiLevel(f), 30);
  });

  await f.step('ops-lead\'s pending invitation: the review says this GitLab leaves it; sent anyway, GitLab says it is taken', async () => {
    await targetInfra(f, ctx);
    await expectReview(f, ctx.form, OPS, 'Developer', 'Invited here as Maintainer: this GitLab version leaves the invitation unchanged and answers that they are already there.');
    await ctx.form.locator('.review-include').check();
    await ctx.form.locator('#send').click();
    await expectVisible(ctx.form.locator('.result-already', { hasText: OPS }).filter({ hasText: 'Already there: Invite email has already been taken' }), timeouts.view, 'no 14.10 answer');
    assert.equal(f.emulator!.state.invitePostCount(OPS), 1);
    assert.deepEqual(f.emulator!.state.invitations('acme/platform/infra').filter((i) => i.email === OPS).map((i) => i.accessLevel), [40], 'GitLab 14.10 changed the invitation');
    await expectHidden(ctx.form.locator('.chip', { hasText: OPS }), timeouts.ui, 'nothing to retry, yet the address stays in the form');
  });
}, { emulator: { gitlabVersion: '14.10.0' } });
