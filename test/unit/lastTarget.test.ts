// The invite form's last target across a reload: kept as account key, kind and id only (no token), asked of
// GitLab again on restore with the caller's role; a signed-out account or a group GitLab no longer shows
// leaves the form untargeted.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AccountSession } from '../../src/accounts/sessions';
import { LastTarget } from '../../src/inviteForm/lastTarget';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

function memento() {
  const data = new Map<string, unknown>();
  return { data, get: <T>(key: string) => data.get(key) as T | undefined, update: async (key: string, value: unknown) => void data.set(key, value), keys: () => [...data.keys()] };
}

test('remembers the target, restores it from GitLab with the role; signed out or gone: nothing', async () => {
  const emu = emulator();
  const { api } = clientFor(emu);
  const session = { key: 'http://127.0.0.1#1', api, account: { username: 'demo' }, readOnly: false } as unknown as AccountSession;
  const state = memento();
  let sessions: AccountSession[] = [session];
  const last = new LastTarget(state as never, () => sessions);
  assert.equal(await last.restore(), undefined, 'nothing remembered yet');
  const platform = await api.getGroup('acme/platform');
  last.remember({ session, source: platform, callerLevel: 50 });
  assert.deepEqual(state.data.get('gitlabMembers.inviteForm.lastTarget'), { accountKey: session.key, kind: 'group', id: platform.id });
  assert.ok(!JSON.stringify([...state.data.values()]).includes(emu.tokens.api), 'the token is not in the workspace state');
  const restored = await last.restore();
  assert.deepEqual([restored?.source.fullPath, restored?.callerLevel, restored?.session], ['acme/platform', 50, session]);
  sessions = [];
  assert.equal(await last.restore(), undefined, 'the account was signed out');
  sessions = [session];
  last.remember({ session, source: { ...platform, id: 999_999 }, callerLevel: 50 });
  assert.equal(await last.restore(), undefined, 'GitLab no longer shows the group');
});
