// Looking up what the user typed: a bare id can be both a group's and a project's (GitLab numbers them
// separately), so both come back for the user to choose; `group 12` / `project 12` say which; paths name one.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

test('an id that is a group and a project gives both; "project <id>" and "group <id>" give one', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  const project = emu.state.createProject({ path: 'same-id', namespacePath: 'acme' });
  // Groups nobody sees until the next one gets the project's id; that one is the demo user's (memberCount 1).
  let group = emu.state.createGroup({ path: 'g0', memberCount: 0 });
  for (let i = 1; group.id < project.id; i++) group = emu.state.createGroup({ path: `g${i}`, memberCount: group.id + 1 === project.id ? 1 : 0 });
  assert.equal(group.id, project.id, 'set-up: a group with the project\'s id');

  const both = await api.resolveSources(String(group.id));
  assert.deepEqual(both.map((s) => `${s.kind} ${s.fullPath}`), [`group ${group.fullPath}`, 'project acme/same-id']);
  assert.deepEqual((await api.resolveSources(`project ${group.id}`)).map((s) => s.fullPath), ['acme/same-id']);
  assert.deepEqual((await api.resolveSources(`group:${group.id}`)).map((s) => s.fullPath), [group.fullPath]);
  assert.equal((await api.resolveSource(`project ${group.id}`)).kind, 'project');
});

test('a path or URL names one; an id that names nothing is GitLab\'s not-found', async () => {
  const { api } = clientFor(emulator());
  assert.deepEqual((await api.resolveSources('acme/platform/infra')).map((s) => s.kind), ['group']);
  assert.deepEqual((await api.resolveSources('102')).map((s) => `${s.kind} ${s.fullPath}`), ['group acme/platform/infra']);
  await assert.rejects(api.resolveSources('987654'), (e: Error & { kind?: string }) => e.kind === 'not-found');
});
