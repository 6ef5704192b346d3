// Every field GitLab gives about a member reaches the tooltip: the API text's own example row (SAML identity,
// custom role, LDAP override, a locked account) mapped to the domain type and written out as text lines.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { toMember } from '../../src/gitlab/mappers';
import { memberTooltip } from '../../src/tree/memberTooltip';
import type { Group } from '../../src/gitlab/types';

const acme: Group = { kind: 'group', id: 100, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: '' };

test('SAML identity, custom role, LDAP override and a locked account are mapped and shown', () => {
  const member = toMember({
    id: 2, username: 'john_doe', name: 'John Doe', state: 'active', locked: true, web_url: 'https://gitlab.example.com/john_doe',
    access_level: 30, expires_at: '2030-10-22T14:13:35Z', created_at: '2012-10-22T14:13:35Z', email: 'john@example.com',
    created_by: { id: 1, username: 'raymond_smith', name: 'Raymond Smith', state: 'active' },
    group_saml_identity: { extern_uid: 'ABC-1234567890', provider: 'group_saml', saml_provider_id: 10 },
    member_role: { id: 7, name: 'Security auditor', base_access_level: 30 }, override: true, membership_state: 'active',
  });
  assert.equal(member.expiresAt, '2030-10-22');
  assert.deepEqual(member.samlIdentity, { provider: 'group_saml', externUid: 'ABC-1234567890' });
  const lines = Object.fromEntries(memberTooltip(member, acme, new Date('2026-12-02T00:00:00Z')).lines.map((l) => [l.label, l.value]));
  assert.equal(lines['Email'], 'john@example.com');
  assert.equal(lines['Added by'], 'Raymond Smith (@raymond_smith)');
  assert.equal(lines['Added on'], '2012-10-22');
  assert.equal(lines['Source'], 'direct member of acme');
  assert.equal(lines['Custom role'], 'Security auditor (#7)');
  assert.equal(lines['SAML identity'], 'ABC-1234567890 (group_saml)');
  assert.equal(lines['LDAP'], 'role overridden here (Group Sync does not reset it)');
  assert.equal(lines['Sign-in'], 'locked (too many failed attempts)');
});

test('a plain member has no lines for fields GitLab did not give', () => {
  const member = toMember({ id: 3, username: 'jane', name: 'Jane', state: 'active', access_level: 20, expires_at: null, group_saml_identity: null, member_role: null });
  const labels = memberTooltip(member, acme, new Date()).lines.map((l) => l.label);
  for (const absent of ['Custom role', 'SAML identity', 'LDAP', 'Sign-in', 'Email']) assert.ok(!labels.includes(absent), absent);
});
