// Access levels over real HTTP: Planner (15) and a level this version does not know (60, as a newer GitLab
// could send) arrive as numbers, are named ("Planner", "Role 60") and never crash the mapping or the row text.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleName } from '../../src/domain/roles';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

test('Planner and an unknown level come through the members API and are named', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  const project = emu.state.createProject({ path: 'levels', namespacePath: 'acme' });
  const source = emu.state.source(project.fullPath);
  const at = new Date().toISOString();
  for (const [username, accessLevel] of [['ivan', 15], ['judy', 60]] as const) {
    emu.state.putMembership(source, { userId: emu.state.userByUsername(username)!.id, accessLevel, expiresAt: null, createdAt: at, createdById: 1, state: 'active', memberRoleId: null });
  }
  const page = await api.listMembers(await api.getProject(project.fullPath), { perPage: 100 });
  const levels = new Map(page.items.map((m) => [m.username, m.accessLevel]));
  assert.deepEqual([levels.get('ivan'), levels.get('judy')], [15, 60]);
  assert.deepEqual([roleName(levels.get('ivan')!), roleName(levels.get('judy')!)], ['Planner', 'Role 60']);
});
