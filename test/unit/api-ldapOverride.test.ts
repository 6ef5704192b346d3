// The API layer's LDAP override over HTTP against the emulator (ee/lib/ee/api/members.rb; rules checked in
// contract/ldapOverride.test.ts): members carry `ldapOverride`, the override goes on and off, GitLab's refusal
// is a forbidden error, and a bad id is refused before any request.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

test('override on and off; members say which are from LDAP', async () => {
  const emu = emulator();
  emu.state.syncWithLdap('acme/design', ['erin']);
  const { api, events } = clientFor(emu);
  const design = await api.getGroup('acme/design');
  const erin = emu.state.userByUsername('erin')!;
  const listed = async () => (await api.listMembers(design)).items.map((m) => [m.username, m.ldapOverride]).filter(([u]) => u === 'erin' || u === 'hostile-rtl');
  assert.deepEqual(await listed(), [['erin', false], ['hostile-rtl', undefined]]);
  await api.setLdapOverride(design.id, erin.id, true);
  assert.deepEqual((await listed())[0], ['erin', true]);
  await api.setLdapOverride(design.id, erin.id, false);
  assert.deepEqual((await listed())[0], ['erin', false]);
  const rtl = emu.state.userByUsername('hostile-rtl')!;
  await assert.rejects(api.setLdapOverride(design.id, rtl.id, true), { kind: 'forbidden' });
  const before = events.length;
  await assert.rejects(api.setLdapOverride(design.id, 0, true), /user id/i);
  assert.equal(events.length, before);
});
