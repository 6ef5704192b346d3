// The tree's context menus, read from package.json and matched against the contextValues the tree builds:
// a read-only account's rows are offered no change at all, and each menu entry shows where it can work.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AccountSession } from '../../src/accounts/sessions';
import { contextValue, ROW_FLAGS, type RowKind } from '../../src/domain/contextValue';
import { PersonNode } from '../../src/findAccess/accessNodes';
import { groupByPerson } from '../../src/findAccess/accessResults';
import type { AccessHit } from '../../src/findAccess/searchAccess';
import { GroupNode } from '../../src/tree/groupNode';
import { LoadMoreNode } from '../../src/tree/loadMoreNode';
import type { TreeNode } from '../../src/tree/node';
import { context, fakeApi, group, invitation, member, page, root } from './support/fakeTree';

const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
const itemMenus: Array<{ command: string; when: string }> = pkg.contributes.menus['view/item/context'];

/** Just the when-clause forms these menus use: `a && b`, `view == x`, `viewItem == x`, `viewItem =~ /re/`, a bare key. */
function holds(when: string, keys: Record<string, string | boolean>): boolean {
  return when.split('&&').map((t) => t.trim()).every((term) => {
    const regex = /^(\w+) =~ \/(.*)\/$/.exec(term);
    if (regex) return new RegExp(regex[2]).test(String(keys[regex[1]] ?? ''));
    const equals = /^(\w+) == (.+)$/.exec(term);
    if (equals) return String(keys[equals[1]] ?? '') === equals[2];
    return keys[term] === true;
  });
}

function offered(viewItem: string, multi = false, view = 'gitlabMembers.tree'): string[] {
  const keys = { view, viewItem, listMultiSelection: multi };
  return [...new Set(itemMenus.filter((m) => holds(m.when, keys)).map((m) => m.command.replace('gitlabMembers.', '')))].sort();
}

const WRITES = ['inviteMembers', 'editMember', 'removeMember', 'editInvitation', 'revokeInvitation', 'approveMember',
  'approveAllMembers', 'bulkChangeRole', 'bulkSetExpiry', 'bulkRemove', 'bulkRevoke'];

const api = fakeApi({
  listMembers: async () => page([member(1, 'Demo Owner', 50), member(2, 'Alice Anders', 30), member(6, 'Frank Fischer', 30, { membershipState: 'awaiting' })]),
  listInvitations: async () => page([invitation(3, 'dev@example.com')]),
  listPendingMembers: async () => page([{ id: 61, name: 'Frank Fischer', username: 'frank', approved: false, invited: false }]),
});

async function everyRow(node: TreeNode): Promise<string[]> {
  const out = [String(node.item().contextValue)];
  for (const child of (await node.children?.()) ?? []) out.push(...await everyRow(child));
  return out;
}

test('a read-only account: no row, not even your own, offers a change (singly or as a multi-selection)', async () => {
  const rows = await everyRow(new GroupNode(context(api, { readOnly: true }), root, group(100, 'Acme'), 50));
  assert.ok(rows.includes('member;direct;self;owner;topLevel;readOnly'), `the caller's own row is there: ${rows.join(', ')}`);
  for (const row of rows) {
    for (const multi of [false, true]) {
      const writes = offered(row, multi).filter((c) => WRITES.includes(c));
      assert.deepEqual(writes, [], `${row} offers ${writes.join(', ')}`);
    }
  }
});

test('the same rows with an api token offer the changes an Owner may make', async () => {
  const rows = await everyRow(new GroupNode(context(api), root, group(100, 'Acme'), 50));
  assert.ok(offered('member;direct;canManage;self;owner').includes('removeMember'), 'an Owner may leave');
  assert.ok(offered('member;direct;self').includes('removeMember'), 'a Developer may leave a group');
  assert.deepEqual(offered('member;direct;canManage;awaiting').filter((c) => c.startsWith('approve')), ['approveMember']);
  assert.ok(rows.some((r) => offered(r).includes('approveAllMembers')));
  assert.ok(offered('invitation;canManage', true).includes('bulkRevoke'));
  assert.ok(offered('member;direct;canManage;hasEmail').includes('copyEmail'), 'a member whose email GitLab shows');
  assert.ok(offered('member;inherited;hasEmail;readOnly').includes('copyEmail'));
  assert.ok(!offered('member;direct;canManage').includes('copyEmail'), 'no email shown: no Copy Email');
});

test('Find Access: a person found with a read-only account is not offered offboarding; with an api token they are', () => {
  const hits: AccessHit[] = [{ kind: 'member', source: group(100, 'Acme'), member: member(7, 'Grace Green', 30) }];
  const personRow = (readOnly: boolean) => {
    const session = { key: 'https://x#1', account: { username: 'demo', userId: 1 }, readOnly } as unknown as AccountSession;
    return new PersonNode(session, groupByPerson(hits)[0], new Date()).item().contextValue ?? '';
  };
  assert.deepEqual([personRow(true), personRow(false)], ['accessPerson;readOnly', 'accessPerson']);
  assert.ok(!offered(personRow(true), false, 'gitlabMembers.access').includes('offboardUser'));
  assert.ok(offered(personRow(false), false, 'gitlabMembers.access').includes('offboardUser'));
});

test('Expiring Access: a group share row is offered no extension (no API changes its end date), a member row you manage is', () => {
  const extend = (row: string) => offered(row, false, 'gitlabMembers.expiring').filter((c) => c.startsWith('extend'));
  assert.deepEqual(extend(contextValue('expiringShare')), []);
  assert.deepEqual(extend(contextValue('expiringMember', { canManage: true })), ['extendBy30', 'extendBy90', 'extendToDate']);
});

test('"Load All" is offered on the "Load more…" row of a folder, not on one of subgroups and projects', () => {
  const owner = { id: 'x', parent: undefined, item: () => ({ label: '', contextValue: '', collapsible: 'none' as const }), loadMore: async () => undefined };
  assert.ok(offered(String(new LoadMoreNode(owner, true).item().contextValue)).includes('loadAll'));
  assert.ok(!offered(String(new LoadMoreNode(owner).item().contextValue)).includes('loadAll'));
});

test('write commands show in the palette only while some account may write', () => {
  const palette: Array<{ command: string; when: string }> = pkg.contributes.menus.commandPalette;
  for (const id of WRITES) {
    const entry = palette.find((e) => e.command === `gitlabMembers.${id}`);
    assert.equal(entry?.when, 'gitlabMembers.canWrite', id);
  }
});

test('every viewItem clause in package.json matches a row ROW_FLAGS can produce (src/domain/contextValue.ts)', () => {
  // Every contextValue the builder can make: each kind with every subset of its flags, in the table's order.
  const producible = Object.keys(ROW_FLAGS).flatMap((kind) => {
    const flags = ROW_FLAGS[kind as RowKind] as readonly string[];
    return Array.from({ length: 2 ** flags.length }, (_, bits) =>
      contextValue(kind as RowKind, Object.fromEntries(flags.map((flag, i) => [flag, (bits & (1 << i)) !== 0]))));
  });
  const clauses = Object.values(pkg.contributes.menus as Record<string, Array<{ when?: string }>>).flat()
    .flatMap((m) => (m.when ?? '').split(/&&|\|\|/).map((t) => t.trim().replace(/^\(+|\)+$/g, '')))
    .filter((term) => /^!?viewItem\b/.test(term));
  assert.ok(clauses.length > 20, `only ${clauses.length} viewItem clauses found`);
  for (const clause of new Set(clauses)) {
    const regex = /^viewItem =~ \/(.*)\/$/.exec(clause);
    const equals = /^viewItem == (.+)$/.exec(clause);
    assert.ok(regex || equals, `a viewItem clause this test cannot read: ${clause}`);
    const matches = (value: string) => (regex ? new RegExp(regex[1]).test(value) : value === equals![1]);
    assert.ok(producible.some(matches), `no row the tree builds matches ${clause}`);
  }
});
