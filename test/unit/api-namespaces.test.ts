// Which groups and projects the tree lists: the groups the user belongs to (all_available=false, which matters
// for administrators) and a group's own projects (with_shared=false), sent and honoured, over HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Emulator } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const ADMIN_TOKEN = 'glpat-admin-api-token';

/** An administrator who is a member of partner-co only. */
function addAdmin(emu: Emulator): void {
  if (emu.state.tokens.has(ADMIN_TOKEN)) return;
  const root = emu.state.addUser({ username: 'root', name: 'Administrator' });
  root.isAdmin = true;
  emu.state.tokens.set(ADMIN_TOKEN, {
    id: 99, value: ADMIN_TOKEN, name: 'admin api', userId: root.id, scopes: ['api'],
    createdAt: new Date().toISOString(), expiresAt: null, revoked: false, lastUsedAt: null,
  });
  emu.state.addMember('partner-co', root.id, 30);
}

async function rawPaths(emu: Emulator, path: string, token: string): Promise<string[]> {
  const response = await fetch(`${emu.url}/api/v4${path}`, { headers: { 'PRIVATE-TOKEN': token } });
  assert.equal(response.status, 200);
  return ((await response.json()) as Array<{ full_path?: string; path_with_namespace?: string }>).map((x) => x.full_path ?? x.path_with_namespace ?? '');
}

describe('top-level groups: only those the user belongs to', () => {
  test('an administrator gets every group unless all_available=false, which the client sends', async () => {
    const emu = emulator();
    addAdmin(emu);
    assert.deepEqual((await rawPaths(emu, '/groups?top_level_only=true', ADMIN_TOKEN)).sort(), ['acme', 'big-org', 'partner-co'], 'GitLab\'s default for administrators');
    const { api } = clientFor(emu, ADMIN_TOKEN);
    assert.deepEqual((await api.listTopLevelGroups()).items.map((g) => g.fullPath), ['partner-co']);
    assert.equal(emu.state.lastRequestParams('GET', '/groups')?.all_available, 'false');
  });

  test('a user who is not an administrator sees the same groups either way', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.alice);
    const listed = (await api.listTopLevelGroups()).items.map((g) => g.fullPath).sort();
    assert.deepEqual(listed, (await rawPaths(emu, '/groups?top_level_only=true&all_available=true', emu.tokens.alice)).sort());
    assert.deepEqual(listed, ['acme', 'partner-co']);
  });
});

describe("a group's projects: its own, not those shared with it", () => {
  test('a project shared with acme lists under acme by default; with_shared=false, as the client sends, leaves it out', async () => {
    const emu = emulator();
    emu.state.shareProject('partner-co/shared-lib', 'acme');
    try {
      assert.ok((await rawPaths(emu, '/groups/acme/projects', emu.tokens.api)).includes('partner-co/shared-lib'));
      const { api } = clientFor(emu);
      assert.deepEqual((await api.listGroupProjects('acme')).items.map((p) => p.fullPath), ['acme/website']);
      assert.equal(emu.state.lastRequestParams('GET', '/groups/acme/projects')?.with_shared, 'false');
    } finally {
      emu.state.shareLinks.clear();
    }
  });
});

describe('personal projects', () => {
  test('/users/:id/projects honours order_by and sort; the client asks for names A to Z', async () => {
    const emu = emulator();
    for (const path of ['zeta', 'alpha']) {
      emu.state.addMember(emu.state.createProject({ path, namespacePath: 'demo' }).fullPath, 'demo', 50);
    }
    const newestFirst = await rawPaths(emu, '/users/1/projects', emu.tokens.api);
    assert.deepEqual(newestFirst, ['demo/alpha', 'demo/zeta', 'demo/sandbox'], 'GitLab\'s default: created_at desc');
    assert.deepEqual(await rawPaths(emu, '/users/1/projects?order_by=name&sort=desc', emu.tokens.api), ['demo/zeta', 'demo/sandbox', 'demo/alpha']);
    const { api } = clientFor(emu);
    assert.deepEqual((await api.listOwnProjects()).items.map((p) => p.fullPath), ['demo/alpha', 'demo/sandbox', 'demo/zeta']);
  });
});
