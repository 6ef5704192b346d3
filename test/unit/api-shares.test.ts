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
  const bob = (await api.allMembers(design, { inherited: true, whichShare: true })).find((m) => m.username === 'bob');
  // Bob is Reporter in acme and Maintainer in partner-co: Maintainer here, through the share.
  assert.deepEqual([bob?.accessLevel, bob?.inheritedFrom], [40, { kind: 'share', fullPath: 'partner-co', sharedFrom: 'acme/design' }]);
  const brand = await api.getProject('acme/design/brand');
  const below = (await api.allMembers(brand, { inherited: true, whichShare: true })).find((m) => m.username === 'bob');
  assert.deepEqual(below?.inheritedFrom, { kind: 'share', fullPath: 'partner-co', sharedFrom: 'acme/design' });
  const carol = (await api.allMembers(design, { inherited: true, whichShare: true })).find((m) => m.username === 'carol');
  assert.deepEqual(carol?.inheritedFrom, { kind: 'group', fullPath: 'acme' }, 'an ancestor still says so');
});

test('naming the share costs nothing unless asked, and a place\'s shares are read once a minute until a share changes', async () => {
  const emu = emulator();
  const { api, events } = clientFor(emu);
  emu.state.share('acme/design', 'partner-co', 40);
  const design = await api.getGroup('acme/design');
  const before = events.length;
  const reads = () => events.slice(before).filter((e) => e.method === 'GET' && /^\/api\/v4\/groups\/(acme%2Fdesign|acme)(\?|$)/.test(e.path)).length;
  const plain = (await api.allMembers(design, { inherited: true })).find((m) => m.username === 'bob');
  assert.deepEqual([plain?.inheritedFrom, reads()], [{ kind: 'unknown', fullPath: '' }, 0]);
  await api.listMembers(design, { inherited: true, whichShare: true });
  await api.listMembers(design, { inherited: true, whichShare: true });
  assert.equal(reads(), 1, 'the nearest place explains Bob: its shares read once, its parent\'s not at all');
  await api.removeShare(design, PARTNER);
  await api.shareWithGroup(design, PARTNER, 40, null);
  await api.listMembers(design, { inherited: true, whichShare: true });
  assert.equal(reads(), 2, 'a share made through the client is seen at once');
});

test('a group non-Owner\'s removal: GitLab answers 204 and keeps the share', async () => {
  const emu = emulator();
  emu.state.share('acme', 'partner-co', 30);
  const alice = clientFor(emu, emu.tokens.alice).api;
  await alice.removeShare({ kind: 'group', id: 'acme' }, PARTNER);
  assert.equal((await alice.listShares({ kind: 'group', id: 'acme' })).length, 1);
});

test('a share sets no role floor for an invitation (only a parent group does: member.rb higher_access_level_than_group)', async () => {
  const emu = emulator();
  const pat = emu.state.addUser({ username: 'pat', name: 'Pat Partner' });
  emu.state.addMember('partner-co', pat.id, 30);
  emu.state.share('acme/design', 'partner-co', 20);
  const { api } = clientFor(emu);
  const design = await api.getGroup('acme/design');
  const [outcome] = await api.invite(design, { users: [{ id: pat.id, username: 'pat' }], accessLevel: 10, sendExisting: () => true });
  assert.equal(outcome.before?.as, 'inherited');
  assert.equal(outcome.before?.from, '', 'a share is no parent group');
  assert.notEqual(outcome.status, 'failed', outcome.message);
  assert.equal(emu.state.directMember(emu.state.source('acme/design'), pat.id)?.accessLevel, 10, 'GitLab took Guest');
});
