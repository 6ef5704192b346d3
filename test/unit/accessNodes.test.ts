// The "Find Access" rows: a person with a summary, places with role/how/since/until, context values the menus
// match, and the shape the tree's own commands read (session, source, member).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PersonNode, PlaceNode } from '../../src/findAccess/accessNodes';
import { groupByPerson } from '../../src/findAccess/accessResults';
import type { AccessHit } from '../../src/findAccess/searchAccess';
import type { AccountSession } from '../../src/accounts/sessions';
import type { Group, Member, Project } from '../../src/gitlab/types';

const session = { key: 'https://x#1', account: { username: 'demo', userId: 1 }, readOnly: false } as unknown as AccountSession;
const acme: Group = { kind: 'group', id: 100, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: 'https://x/groups/acme' };
const site: Project = {
  kind: 'project', id: 200, name: 'Site', path: 'site', fullPath: 'acme/site', fullName: 'Acme / Site',
  namespace: { id: 100, kind: 'group', fullPath: 'acme' }, webUrl: 'https://x/acme/site',
};
const carol: Member = { id: 4, username: 'carol', name: 'Carol Chen', state: 'active', accessLevel: 30, expiresAt: '2030-01-20', createdAt: '2024-05-06T07:08:09Z', membershipState: 'active' };
const now = new Date('2029-12-31T12:00:00Z');

test('a person row and its places', () => {
  const hits: AccessHit[] = [
    { kind: 'member', source: site, member: { ...carol, inheritedFrom: { kind: 'group', fullPath: 'acme' } } },
    { kind: 'member', source: acme, member: carol },
    { kind: 'invitation', source: acme, invitation: { email: 'c@x.org', accessLevel: 20, expiresAt: null } },
  ];
  const [invited, person] = groupByPerson(hits).map((p) => new PersonNode(session, p, now));
  assert.deepEqual(person.item().label, 'Carol Chen (@carol)');
  assert.equal(person.item().description, '2 places · highest Developer');
  assert.equal(person.item().collapsible, 'expanded');
  assert.equal(invited.item().contextValue, 'accessPerson;invited');
  const [direct, inherited] = person.children;
  assert.deepEqual([direct.item().label, direct.item().description], ['acme', 'Developer · direct · since 2024-05-06 · expires in 20 days']);
  assert.equal(inherited.item().description, 'Developer · inherited from acme · since 2024-05-06 · expires in 20 days');
  assert.deepEqual([direct.item().contextValue, inherited.item().contextValue, invited.children[0].item().contextValue],
    ['accessPlace;direct', 'accessPlace;inherited', 'accessPlace;invitation']);
  assert.equal(inherited.item().icon?.id, 'repo');
  const tooltip = Object.fromEntries(inherited.item().tooltip!.lines.map((l) => [l.label, l.value]));
  assert.deepEqual(tooltip, {
    Where: 'project acme/site', Role: 'Developer', How: 'inherited from acme', Since: '2024-05-06',
    Until: '2030-01-20 (in 20 days)', 'Members page': 'https://x/acme/site',
  });
});

test('a place carries what the tree\'s commands read', () => {
  const [person] = groupByPerson([{ kind: 'member', source: acme, member: carol }]).map((p) => new PersonNode(session, p, now));
  const place = person.children[0] as PlaceNode;
  assert.equal(place.session, session);
  assert.equal(place.source, acme);
  assert.equal(place.member, carol);
  assert.equal(place.invitation, undefined);
  assert.equal(place.parent, person);
  assert.notEqual(place.id, person.id);
});
