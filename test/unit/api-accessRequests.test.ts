// The API layer's access requests over HTTP against the emulator (lib/api/access_requests.rb): listing with
// who and when, approving with a role (the member GitLab answers with), denying; a caller who may not gets
// GitLab's 403 as a forbidden error, and invalid input is refused before any request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

test('list, approve as Reporter, deny', async () => {
  const emu = emulator();
  emu.state.addAccessRequest('acme/website', 'mallory', 2);
  emu.state.addAccessRequest('acme/website', 'trent', 1);
  const { api } = clientFor(emu);
  const website = { kind: 'project' as const, id: 'acme/website' };
  const page = await api.listAccessRequests(website);
  assert.deepEqual(page.items.map((r) => [r.username, r.name]), [['mallory', 'Mallory Moore'], ['trent', emu.state.userByUsername('trent')!.name]]);
  assert.match(page.items[0].requestedAt, /^\d{4}-\d{2}-\d{2}T/);
  assert.equal(page.total, 2);

  const member = await api.approveAccessRequest(website, page.items[0].id, 20);
  assert.deepEqual([member.username, member.accessLevel], ['mallory', 20]);
  assert.equal(emu.state.lastRequestParams('PUT', `/api/v4/projects/acme%2Fwebsite/access_requests/${page.items[0].id}/approve`)?.access_level, 20);
  await api.denyAccessRequest(website, page.items[1].id);
  assert.deepEqual(emu.state.accessRequests('acme/website'), []);
  assert.ok(!emu.state.members('acme/website').some((m) => m.username === 'trent'));
});

test('a caller who may not approve gets a forbidden error; a bad role or id is refused before any request', async () => {
  const emu = emulator();
  emu.state.addAccessRequest('acme', 'mallory');
  const { api } = clientFor(emu, emu.tokens.alice);
  await assert.rejects(api.listAccessRequests({ kind: 'group', id: 'acme' }), (e: { kind?: string; status?: number }) => e.kind === 'forbidden' && e.status === 403);
  const before = emu.log.length;
  await assert.rejects(api.approveAccessRequest({ kind: 'group', id: 'acme' }, 13, -5 as never), /-5 is not a GitLab role/);
  await assert.rejects(api.denyAccessRequest({ kind: 'group', id: 'acme' }, -1));
  assert.equal(emu.log.length, before, 'nothing was sent');
});
