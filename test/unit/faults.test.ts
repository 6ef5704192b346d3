// The fault suite: the API layer against the emulator's injected faults, over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startEmulator } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const ALL_FAULTS = ['500', '502', '503', 'reset', 'timeout', 'malformed-json', '429-retry-after', '429-bare'] as const;
const RETRY = { baseDelayMs: 2, maxDelayMs: 50, attemptTimeoutMs: 400, maxAttempts: 10, maxRateLimitWaits: 40 };

describe('fault suite', () => {
  test('all 12,500 members of big-org under 10% faults: exactly the fault-free set, 20 seeds', { timeout: 600_000 }, async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    const bigOrg = await api.getGroup('big-org');
    const clean = (await api.allMembers(bigOrg)).map((m) => `${m.id}:${m.accessLevel}:${m.expiresAt}`);
    assert.equal(clean.length, 12_500);
    try {
      for (let seed = 1; seed <= 20; seed++) {
        emu.setFaults({ rate: 0.1, seed, kinds: [...ALL_FAULTS] });
        emu.resetStats();
        const rows = (await api.allMembers(bigOrg)).map((m) => `${m.id}:${m.accessLevel}:${m.expiresAt}`);
        assert.ok(emu.log.some((e) => e.fault), `seed ${seed}: faults were injected`);
        assert.deepEqual(rows, clean, `seed ${seed}`);
      }
    } finally {
      emu.setFaults(undefined);
    }
  });

  test('250 emails under 20% faults: one outcome each, never two invitations for one email', { timeout: 120_000 }, async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    const emails = Array.from({ length: 250 }, (_, i) => `storm${i}@example.org`);
    emu.setFaults({ rate: 0.2, seed: 11, kinds: [...ALL_FAULTS], phase: 'both' });
    let outcomes;
    try {
      outcomes = await api.invite({ kind: 'group', id: 'big-org' }, { emails, accessLevel: 20 });
    } finally {
      emu.setFaults(undefined);
    }
    assert.deepEqual(outcomes.map((o) => o.recipient).sort(), [...emails].sort(), 'exactly one outcome per email');
    const present = new Set(emu.state.invitations('big-org').map((i) => i.email));
    for (const o of outcomes) {
      assert.ok(emu.state.successfulInvites(o.recipient) <= 1, `${o.recipient} invited twice`);
      assert.equal(o.status === 'invited', present.has(o.recipient), `${o.recipient}: reported ${o.status} (${o.message ?? ''})`);
      if (o.status !== 'invited') assert.ok(o.message, `${o.recipient}: a failure says why`);
    }
  });

  test('a 429 storm: after the first 429 the client never exceeds the limit', { timeout: 120_000 }, async () => {
    const emu = emulator();
    const created = emu.state.createGroup({ path: 'storm', memberCount: 3_000 });
    const { api } = clientFor(emu, emu.tokens.api, { maxConcurrentRequests: 1, retry: { ...RETRY, maxRateLimitWaits: 100 } });
    const group = await api.getGroup(created.fullPath);
    emu.resetStats();
    emu.setRateLimit({ limit: 5, windowMs: 1_000, headers: true });
    try {
      const waits: number[] = [];
      const rows = await api.allMembers(group, {}, { onRateLimit: (s) => waits.push(s) });
      assert.equal(rows.length, 3_000);
      assert.ok(waits.length >= 3, 'it was rate limited');
      assert.equal(emu.rateLimitViolations(), 0);
    } finally {
      emu.setRateLimit(undefined);
    }
  });

  test('the server going away mid-load: a clear error, no partial result', async () => {
    const emu = await startEmulator({ port: 0, latencyMs: 30 });
    const { api } = clientFor(emu, emu.tokens.api, { retry: { ...RETRY, maxAttempts: 3 } });
    const bigOrg = await api.getGroup('big-org');
    const loading = api.allMembers(bigOrg);
    setTimeout(() => void emu.close(), 200);
    await assert.rejects(loading, (e: Error & { kind?: string }) => {
      assert.equal(e.kind, 'network');
      assert.match(e.message, /127\.0\.0\.1:\d+ (refused the connection|failed)|connection to/);
      return true;
    });
  });
});
