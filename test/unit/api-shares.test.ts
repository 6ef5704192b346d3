// The API layer's group shares over HTTP against the emulator (rules checked in contract/shares.test.ts, from
// lib/api/groups.rb, lib/api/projects.rb and app/services/*/group_links/): list, share, take back; GitLab's
// refusals as error kinds; bad input refused before any request; inherited members say which share they come from.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const PARTNER = 120;

test('a group shared, listed with role and expiry, and taken back', async () => {
  const { api } = clientFor(emulator());
  const design = await api.getGroup('acme/design');
  assert.deepEqual(await api.listShares(design), []);
  await api.shareWithGroup(design, PARTNER, 40, '2099-03-01');
  assert.deepEqual(await api.listShares(design), [{ groupId: PARTNER, groupName: 'Partner Co', groupFullPath: 'partner-co', accessLevel: 40, expiresAt: '2099-03-01' }]);
  await assert.rejects(api.shareWithGroup(design, PARTNER, 30, null), (e: { kind: string; userMessage: string }) => e.kind === 'conflict' && /already been shared/.test(e.userMessage));
  await api.removeShare(design, PARTNER);
  assert.deepEqual(await api.listShares(design), []);
  await assert.rejects(api.removeShare(design, PARTNER), { kind: 'not-found' });
});

test('a project share: GitLab refuses its own group (409) and a group the caller is no member of (404)', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  const website = await api.getProject('acme/website');
  await assert.rejects(api.shareWithGroup(website, emu.state.source('acme').id, 30, null), { kind: 'conflict' });
  await api.shareWithGroup(website, PARTNER, 20, null);
  assert.deepEqual((await api.listShares(website)).map((s) => [s.groupFullPath, s.accessLevel, s.expiresAt]), [['partner-co', 20, null]]);
  await api.removeShare(website, PARTNER);
  const alice = clientFor(emu, emu.tokens.alice).api;
  await assert.rejects(alice.shareWithGroup(website, emu.state.source('big-org').id, 30, null), { kind: 'not-found' });
});

test('bad input is refused before any request', async () => {
  const { api, events } = clientFor(emulator());
  const before = events.length;
  await assert.rejects(api.shareWithGroup({ kind: 'group', id: 'acme' }, 0, 30, null), /group id/);
  await assert.rejects(api.shareWithGroup({ kind: 'group', id: 'acme' }, PARTNER, 30, '2001-01-01'), /after today/);
  await assert.rejects(api.shareWithGroup({ kind: 'group', id: 'acme' }, PARTNER, 30, 'tomorrow'), /not a date/);
  await assert.rejects(api.removeShare({ kind: 'group', id: 'acme' }, -1), /group id/);
  assert.equal(events.length, before);
});

test('inherited members say which share they come from: the share of the place or of an ancestor', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  emu.state.share('acme/design', 'partner-co', 40);
  const design = await api.getGroup('acme/design');
  const bob = (await api.allMembers(design, { inherited: true })).find((m) => m.username === 'bob');
  // Bob is Reporter in acme and Maintainer in partner-co: Maintainer here, through the share.
  assert.deepEqual([bob?.accessLevel, bob?.inheritedFrom], [40, { kind: 'share', fullPath: 'partner-co', sharedFrom: 'acme/design' }]);
  const brand = await api.getProject('acme/design/brand');
  const below = (await api.allMembers(brand, { inherited: true })).find((m) => m.username === 'bob');
  assert.deepEqual(below?.inheritedFrom, { kind: 'share', fullPath: 'partner-co', sharedFrom: 'acme/design' });
  const carol = (await api.allMembers(design, { inherited: true })).find((m) => m.username === 'carol');
  assert.deepEqual(carol?.inheritedFrom, { kind: 'group', fullPath: 'acme' }, 'an ancestor still says so');
});

test('a group non-Owner\'s removal: GitLab answers 204 and keeps the share', async () => {
  const emu = emulator();
  emu.state.share('acme', 'partner-co', 30);
  const alice = clientFor(emu, emu.tokens.alice).api;
  await alice.removeShare({ kind: 'group', id: 'acme' }, PARTNER);
  assert.equal((await alice.listShares({ kind: 'group', id: 'acme' })).length, 1);
});
