// Paging over real HTTP: edge sizes, 12,500 rows without totals, the in-flight bound, cancellation.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startEmulator } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

const group = (id: number, fullPath: string) => ({ kind: 'group' as const, id, name: fullPath, path: fullPath, fullPath, fullName: fullPath, parentId: null, webUrl: '' });

describe('paging', () => {
  for (const size of [1, 100, 101]) {
    test(`a group of ${size} members: one page view and all pages agree`, async () => {
      const emu = emulator();
      const created = emu.state.createGroup({ path: `paging-${size}`, memberCount: size });
      const { api } = clientFor(emu);
      const first = await api.listMembers(group(created.id, created.fullPath), { perPage: 100 });
      assert.equal(first.items.length, Math.min(size, 100));
      assert.equal(first.total, size);
      assert.equal(first.totalPages, Math.ceil(size / 100));
      assert.equal(first.nextPage, size > 100 ? 2 : null);
      const all = await api.allMembers(group(created.id, created.fullPath));
      assert.equal(all.length, size);
      assert.equal(new Set(all.map((m) => m.id)).size, size);
    });
  }

  test('big-org: the first page has no totals, yet all 12,500 members load once each, in page order', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const bigOrg = await api.getGroup('big-org');
    const first = await api.listMembers(bigOrg, { perPage: 100 });
    assert.equal(first.total, null);
    assert.equal(first.totalPages, null);
    assert.equal(first.nextPage, 2);
    emu.resetStats();
    const progress: number[] = [];
    const all = await api.allMembers(bigOrg, {}, { onProgress: (n) => progress.push(n) });
    assert.equal(all.length, 12_500);
    assert.equal(new Set(all.map((m) => m.id)).size, 12_500);
    assert.deepEqual(all.slice(0, 100).map((m) => m.id), first.items.map((m) => m.id));
    assert.deepEqual(all.map((m) => m.username), emu.state.members('big-org').map((m) => m.username), 'every row in GitLab\'s own order');
    assert.equal(progress.at(-1), 12_500);
    const gets = emu.log.filter((e) => e.method === 'GET');
    assert.ok(gets.length >= 125 && gets.length <= 125 + 8, `pages asked: ${gets.length}`);
    assert.ok(emu.maxInFlight() <= 8, `in flight: ${emu.maxInFlight()}`);
  });

  test('with latency, pages are fetched concurrently but never more than the configured bound', async () => {
    // An emulator of its own: requests an earlier test's load launched past the end of its list (the client
    // aborted them) may still reach a shared one and count as in flight here.
    const emu = await startEmulator({ port: 0, latencyMs: 20 });
    try {
      const created = emu.state.createGroup({ path: 'inflight-5000', memberCount: 5_000 });
      for (const bound of [3, 8]) {
        emu.resetStats();
        const { api } = clientFor(emu, emu.tokens.api, { maxConcurrentRequests: bound });
        const all = await api.allMembers(group(created.id, created.fullPath));
        assert.equal(all.length, 5_000);
        assert.equal(emu.maxInFlight(), bound, `bound ${bound}`);
      }
    } finally {
      await emu.close();
    }
  });

  test('cancelling "load all" stops requests within one round trip', async () => {
    const emu = emulator();
    emu.setLatency(40);
    try {
      const { api } = clientFor(emu);
      const bigOrg = await api.getGroup('big-org');
      emu.resetStats();
      const controller = new AbortController();
      const loading = api.allMembers(bigOrg, {}, { signal: controller.signal });
      await new Promise((r) => setTimeout(r, 150));
      controller.abort();
      const abortedAt = Date.now();
      await assert.rejects(loading, (e: Error & { kind?: string }) => e.kind === 'cancelled');
      await new Promise((r) => setTimeout(r, 200));
      const late = emu.log.filter((e) => e.startedAt > abortedAt + 40);
      assert.deepEqual(late, [], 'no request started after the abort');
      assert.ok(emu.log.length < 125, 'stopped early');
    } finally {
      emu.setLatency(0);
    }
  });
});
