// A Members folder's view state: GitLab's text filter, the inherited toggle, client-side sort, Load all.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import type { MemberListRequest } from '../../src/gitlab/api';
import { GitLabError } from '../../src/gitlab/errors';
import { GroupNode } from '../../src/tree/groupNode';
import { MembersFolderNode } from '../../src/tree/membersFolderNode';
import { countAccessRequests } from '../../src/tree/loadedNodes';
import { context, fakeApi, find, group, labels, member, page, root, settle } from './support/fakeTree';

const people = [
  member(1, 'Demo Owner', 50, { inheritedFrom: { kind: 'group', fullPath: 'acme' } }),
  member(11, 'Ivan Ivanov', 30, { expiresAt: '2026-12-01' }),
  member(9, 'Bob Brown', 20, { expiresAt: '2026-11-24' }),
  member(12, 'judy Jones', 40),
];

/** Members of acme/platform: direct ones, or with `inherited` all of them; `query` filters by name. */
function membersApi(requests: MemberListRequest[] = []) {
  const select = (req?: MemberListRequest) => people
    .filter((m) => req?.inherited || !m.inheritedFrom)
    .filter((m) => !req?.query || m.name.toLowerCase().includes(req.query.toLowerCase()));
  return fakeApi({
    listMembers: async (_s, req) => { requests.push(req ?? {}); return page(select(req).slice(0, 2), 1, select(req).length > 2 ? 2 : null, select(req).length); },
    allMembers: async (_s, req, opts) => { opts?.onProgress?.(select(req).length, select(req).length); return select(req); },
  });
}

async function membersFolder(api = membersApi(), inherited = false): Promise<MembersFolderNode> {
  const node = find(await new GroupNode(context(api, { inherited }), root, group(101, 'Platform', 100), 50).children(), 'Members');
  assert.ok(node instanceof MembersFolderNode);
  return node;
}

test('a text filter asks GitLab (query), shows in the description, and clears', async () => {
  const requests: MemberListRequest[] = [];
  const folder = await membersFolder(membersApi(requests));
  folder.setQuery('  ivan ');
  assert.deepEqual(labels(await folder.children()), ['Ivan Ivanov']);
  assert.deepEqual(requests.at(-1), { page: 1, inherited: false, query: 'ivan' });
  assert.equal(folder.item().description, '1 · matching "ivan"');
  assert.equal(folder.item().contextValue, 'membersFolder;canManage;filtered');
  folder.setQuery('nobody');
  assert.deepEqual(labels(await folder.children()), ['No members match "nobody"']);
  folder.setQuery(undefined);
  assert.deepEqual(labels(await folder.children()), ['Ivan Ivanov', 'Bob Brown', 'Load more…']);
  assert.equal(folder.item().contextValue, 'membersFolder;canManage;partial');
});

test('the inherited toggle lists members/all, each marked with its group; the setting gives the default', async () => {
  const folder = await membersFolder();
  folder.setInherited(true);
  await folder.loadAll(new AbortController().signal);
  const rows = await folder.children();
  assert.deepEqual(labels(rows), ['Demo Owner', 'Ivan Ivanov', 'Bob Brown', 'judy Jones']);
  assert.equal(rows[0].item().description, 'from acme · Owner · @demo');
  assert.equal(rows[0].item().contextValue, 'member;inherited;self;owner', 'inherited rows are never manageable here');
  assert.equal(folder.item().description, '4 · with inherited');
  assert.equal(folder.item().contextValue, 'membersFolder;canManage;inheritedShown');
  assert.equal((await membersFolder(membersApi(), true)).inheritedShown, true);
});

test('sorting by name, role or expiry orders the loaded rows without asking GitLab again', async () => {
  const api = membersApi();
  const folder = await membersFolder(api);
  await folder.loadAll(new AbortController().signal);
  const calls = api.calls.length;
  folder.setSort('name');
  assert.deepEqual(labels(await folder.children()), ['Bob Brown', 'Ivan Ivanov', 'judy Jones']);
  folder.setSort('role');
  assert.deepEqual(labels(await folder.children()), ['judy Jones', 'Ivan Ivanov', 'Bob Brown']);
  folder.setSort('expiry');
  assert.deepEqual(labels(await folder.children()), ['Bob Brown', 'Ivan Ivanov', 'judy Jones']);
  assert.equal(folder.item().description, '3 · by expiry');
  assert.equal(api.calls.length, calls);
  folder.setSort(undefined);
  assert.deepEqual(labels(await folder.children()), ['Ivan Ivanov', 'Bob Brown', 'judy Jones']);
});

test('Load all replaces the rows and reports progress; a cancelled or failed one keeps what was shown', async () => {
  const progress: Array<[number, number | null]> = [];
  const folder = await membersFolder();
  await folder.children();
  await folder.loadAll(new AbortController().signal, { onProgress: (loaded, total) => progress.push([loaded, total]) });
  assert.deepEqual(progress, [[3, 3]]);
  assert.equal(folder.item().description, '3');

  const failing = await membersFolder(fakeApi({
    listMembers: async () => page([member(11, 'Ivan Ivanov')], 1, 2, null),
    allMembers: async (_s, _r, opts) => {
      if (opts?.signal?.aborted) throw new GitLabError('Cancelled.', { kind: 'cancelled' });
      throw new GitLabError('GitLab had a server error (502).', { kind: 'server', status: 502 });
    },
  }));
  await failing.children();
  const cancel = new AbortController();
  cancel.abort();
  await assert.rejects(failing.loadAll(cancel.signal), /Cancelled/);
  assert.deepEqual(labels(await failing.children()), ['Ivan Ivanov', 'Load more…'], 'a cancel is no error');
  await assert.rejects(failing.loadAll(new AbortController().signal), /502/);
  const rows = await failing.children();
  assert.deepEqual(labels(rows), ['Ivan Ivanov', "Couldn't load members: GitLab had a server error (502).", 'Load more…']);
  assert.equal(rows[1].item().contextValue, 'message;error;retry', 'the failure shows on a row with Retry');
  assert.equal(failing.item().description, '1+', 'with the failure, no total is claimed');
});

test('refreshing a folder aborts its load in flight and loads again', async () => {
  const signals: AbortSignal[] = [];
  const held: Array<() => void> = [];
  let hold = false;
  const folder = await membersFolder(fakeApi({
    listMembers: (_s, _r, opts) => {
      signals.push(opts!.signal!);
      const reply = page([member(11, 'Ivan Ivanov')]);
      return hold ? new Promise((resolve) => held.push(() => resolve(reply))) : Promise.resolve(reply);
    },
  }));
  // The group row loaded the first page before showing the folder; a refresh loads it again, held in flight.
  hold = true;
  folder.reset();
  const inFlight = folder.children();
  await settle();
  assert.equal(signals.length, 2, 'the refreshed folder asked again');
  folder.reset();
  assert.equal(signals[1].aborted, true, 'the load in flight was stopped');
  const rows = folder.children();
  await settle();
  held.forEach((answer) => answer());
  assert.deepEqual(labels(await rows), ['Ivan Ivanov']);
  assert.equal(signals[2].aborted, false);
  await inFlight.catch(() => undefined);
});

test('invitations GitLab shows only to managers say so instead of an error', async () => {
  const api = fakeApi({ listInvitations: async () => { throw new GitLabError('Your role does not allow this here (403).', { kind: 'forbidden', status: 403 }); } });
  const invitations = find(await new GroupNode(context(api), root, group(120, 'Partner Co'), 30).children(), 'Invitations');
  assert.deepEqual(labels(await invitations.children!()), ['Only those who manage members of this group can see its invitations']);
  assert.equal(invitations.item().description, 'not visible to you');
  assert.equal((await invitations.children!())[0].item().contextValue, 'message;empty');
});

test('"Access requests" shows where the caller may approve and somebody asked; the badge counts its rows', async () => {
  const asked = (n: number) => ({ id: n, username: `u${n}`, name: `User ${n}`, requestedAt: '2026-11-20T09:30:00Z' });
  const api = fakeApi({ listAccessRequests: async () => page([asked(13), asked(14)]) });
  const owner = new GroupNode(context(api), root, group(100, 'Acme'), 50);
  const rows = await owner.children();
  const requests = find(rows, 'Access requests');
  assert.equal(requests.item().description, '2');
  assert.equal(requests.item().contextValue, 'requestsFolder;canManage');
  const people = await requests.children!();
  assert.deepEqual(people.map((p) => [p.item().label, p.item().description, p.item().contextValue]), [
    ['User 13', '@u13 · asked 2026-11-20', 'accessRequest;canManage'],
    ['User 14', '@u14 · asked 2026-11-20', 'accessRequest;canManage'],
  ]);
  assert.equal(countAccessRequests([owner]), 2);
  // A Developer is not asked about (GitLab answers 403); nobody asking: no folder.
  const asks = () => api.calls.filter((c) => c === 'listAccessRequests').length;
  const before = asks();
  const developer = await new GroupNode(context(api), root, group(120, 'Partner Co'), 30).children();
  assert.ok(!developer.some((n) => n.item().label === 'Access requests'));
  assert.equal(asks(), before, 'asked GitLab for a Developer');
  const none = await new GroupNode(context(fakeApi({})), root, group(101, 'Quiet'), 50).children();
  assert.ok(!none.some((n) => n.item().label === 'Access requests'));
});
