// The "Expiring Access" rows: who, where, role and when, coloured when close or past, context values the
// extend menus match, and the account named only when several are signed in.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccountSession } from '../../src/accounts/sessions';
import type { ExpiringEntry } from '../../src/expiringAccess/collectExpiring';
import { ExpiringNode } from '../../src/expiringAccess/expiringNodes';
import type { Group } from '../../src/gitlab/types';

const session = { key: 'https://x#1', account: { username: 'demo', userId: 1 }, readOnly: false } as unknown as AccountSession;
const acme: Group = { kind: 'group', id: 100, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: 'https://x/groups/acme' };
const now = new Date('2030-01-01T12:00:00Z');
const env = { now, warningDays: 7, showAccount: false };
const base = { source: acme, callerLevel: 50, canManage: true } as const;

test('a member expiring soon, an expired one, an invitation', () => {
  const soon: ExpiringEntry = { ...base, kind: 'member', expiresAt: '2030-01-04', daysLeft: 3,
    member: { id: 4, username: 'carol', name: 'Carol Chen', state: 'active', accessLevel: 30, expiresAt: '2030-01-04', membershipState: 'active' } };
  const item = new ExpiringNode(session, soon, env).item();
  assert.deepEqual([item.label, item.description], ['Carol Chen', '@carol · acme · Developer · expires in 3 days']);
  assert.deepEqual(item.icon, { id: 'account', color: 'list.warningForeground' });
  assert.equal(item.contextValue, 'expiringMember;canManage');
  const expired = new ExpiringNode(session, { ...soon, expiresAt: '2029-12-31', daysLeft: -1, canManage: false }, env).item();
  assert.deepEqual([expired.icon?.color, expired.contextValue, expired.description?.endsWith('expired')], ['list.errorForeground', 'expiringMember', true]);
  const invitation: ExpiringEntry = { ...base, kind: 'invitation', expiresAt: '2030-01-20', daysLeft: 19,
    invitation: { email: 'c@x.org', accessLevel: 20, expiresAt: '2030-01-20' } };
  const node = new ExpiringNode(session, invitation, { ...env, showAccount: true });
  assert.deepEqual([node.item().label, node.item().description], ['c@x.org', 'invitation · acme · Reporter · expires in 19 days · @demo']);
  assert.deepEqual([node.item().icon?.color, node.item().contextValue], [undefined, 'expiringInvitation;canManage']);
  assert.deepEqual([node.member, node.invitation?.email, node.source.fullPath], [undefined, 'c@x.org', 'acme']);
});

test('a group share ending soon: the invited group, the place, its role; its own context value (no extend menu: menus.test.ts) and the tooltip says why', () => {
  const share: ExpiringEntry = { ...base, canManage: false, mayReshare: true, kind: 'share', expiresAt: '2030-01-05', daysLeft: 4,
    share: { groupId: 120, groupName: 'Partner Co', groupFullPath: 'partner-co', accessLevel: 30, expiresAt: '2030-01-05' } };
  const node = new ExpiringNode(session, share, env);
  const item = node.item();
  assert.deepEqual([item.label, item.description], ['partner-co', 'group share · acme · Developer · expires in 4 days']);
  assert.deepEqual(item.icon, { id: 'organization', color: 'list.warningForeground' });
  assert.equal(item.contextValue, 'expiringShare');
  assert.deepEqual([node.member, node.invitation, node.source.fullPath], [undefined, undefined, 'acme']);
  const tooltip = Object.fromEntries(item.tooltip!.lines.map((l) => [l.label, l.value]));
  assert.equal(tooltip['Invited to'], 'group acme');
  assert.match(tooltip['You may extend it'], /cannot change a share's end date; remove the share and invite the group again/);
  const asDeveloper = new ExpiringNode(session, { ...share, callerLevel: 30, mayReshare: false }, env).item();
  assert.match(asDeveloper.tooltip!.lines.find((l) => l.label === 'You may extend it')!.value, /needs a higher role there/, 'the remedy is not offered to who cannot use it');
  assert.notEqual(node.id, new ExpiringNode(session, { ...share, kind: 'member', member: { id: 120, username: 'x', name: 'X', state: 'active', accessLevel: 30, expiresAt: '2030-01-05', membershipState: 'active' } }, env).id);
});
