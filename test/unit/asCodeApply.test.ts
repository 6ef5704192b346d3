// Applying a membership file when GitLab changed after the plan: someone removed a member the plan removes
// (404) and the signed-in user lost the Owner role in one group (403). Each change gets its own result line,
// those two fail with GitLab's reason, and every other change is still carried out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyPlan, changeLabel, changesOf } from '../../src/asCode/applyPlan';
import { loadPlan } from '../../src/asCode/loadPlan';
import { parseMembershipFile } from '../../src/asCode/parseFile';
import { lineOf, summarize } from '../../src/bulk/summary';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

const FILE = `
groups:
  acme/platform:
    members:
      - { username: heidi, role: maintainer }
      - { username: alice, role: maintainer }
    removeUnlisted: true   # after the list: key order does not matter
    invitations:
      - { email: platform.hire@example.com, role: reporter }
  lab:
    members:
      - { username: bob, role: reporter }
projects:
  demo/sandbox:
    members:
      - { username: carol, role: developer }
`;

test('a change that fails after planning is reported on its line; the rest are done', async () => {
  const emu = emulator();
  emu.state.createGroup({ path: 'lab' });
  const { api } = clientFor(emu);
  const parsed = parseMembershipFile(FILE, new Date());
  assert.deepEqual(parsed.problems, []);
  const changes = changesOf(await loadPlan(api, parsed.file!));
  assert.deepEqual(changes.map(changeLabel), [
    'add @alice to group acme/platform (Maintainer, no expiry)',
    'invite platform.hire@example.com to group acme/platform (Reporter, no expiry)',
    'remove @dave from group acme/platform (Developer)',
    'add @bob to group lab (Reporter, no expiry)',
    'add @carol to project demo/sandbox (Developer, no expiry)',
  ]);

  // Between plan and apply: another Owner removes Dave, and makes the applying user a Developer of lab.
  const dave = emu.state.userByUsername('dave')!;
  assert.ok(emu.state.removeMembership(emu.state.source('acme/platform'), dave.id));
  emu.state.addMember('lab', 'alice', 50);
  emu.state.addMember('lab', 'demo', 30);

  const results = await applyPlan(api, changes);
  const summary = summarize('Apply .gitlab-members.yml', 'Applied', ['change', 'changes'], results.map((r) => lineOf(r, changeLabel)));
  const lines = summary.report.split('\n');
  assert.equal(lines[0], 'Apply .gitlab-members.yml: 3 done, 2 failed');
  assert.deepEqual(lines.slice(2, 4), [
    '✓ add @alice to group acme/platform (Maintainer, no expiry)',
    '✓ invite platform.hire@example.com to group acme/platform (Reporter, no expiry)',
  ]);
  assert.match(lines[4], /^✗ remove @dave from group acme\/platform \(Developer\) — .*not found/i);
  assert.match(lines[5], /^✗ add @bob to group lab \(Reporter, no expiry\) — Your role does not allow this here \(403\)/);
  assert.equal(lines[6], '✓ add @carol to project demo/sandbox (Developer, no expiry)');
  assert.equal(summary.severity, 'warning');
  assert.match(summary.message, /^Applied 3 changes\. 2 failed \(remove @dave from group acme\/platform \(Developer\): .+; add @bob to group lab/);

  // What was done is in GitLab; what failed changed nothing.
  const platform = emu.state.members('acme/platform').map((m) => `${m.username}:${m.accessLevel}`).sort();
  assert.deepEqual(platform, ['alice:40', 'heidi:40']);
  assert.ok(emu.state.invitations('acme/platform').some((i) => i.email === 'platform.hire@example.com' && i.accessLevel === 20));
  assert.equal(emu.state.members('lab').some((m) => m.username === 'bob'), false);
  assert.ok(emu.state.members('demo/sandbox').some((m) => m.username === 'carol' && m.accessLevel === 30));
});
