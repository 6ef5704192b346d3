// The fault suite: the API layer against the emulator's injected faults, over real HTTP.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { DEFAULT_RETRY } from '../../src/gitlab/backoff';
import { ALL_FAULT_KINDS, type FaultKind } from '../emulator/faults';
import { startEmulator, type RateLimitOptions } from '../emulator/server';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
/** The shipped retry policy with its waits 20 times shorter; the attempts are the shipped ones. */
const SCALE = 20;
const RETRY = {
  ...DEFAULT_RETRY,
  baseDelayMs: DEFAULT_RETRY.baseDelayMs / SCALE,
  maxDelayMs: DEFAULT_RETRY.maxDelayMs / SCALE,
  attemptTimeoutMs: DEFAULT_RETRY.attemptTimeoutMs / SCALE,
};

describe('fault suite', () => {
  // 20 seeds, as the issue asks. A load mostly waits (the shipped policy's backoff, the 429 faults' whole seconds),
  // so the seeds run four at a time, each against its own emulator (its fault sequence is the seed's alone).
  test('all 12,500 members of big-org under 10% faults: exactly the fault-free set, 20 seeds', { timeout: 600_000 }, async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    const bigOrg = await api.getGroup('big-org');
    const clean = (await api.allMembers(bigOrg)).map((m) => `${m.id}:${m.accessLevel}:${m.expiresAt}`);
    assert.equal(clean.length, 12_500);
    const fired = new Set<FaultKind>();
    const runSeed = async (seed: number) => {
      const own = await startEmulator({ port: 0, faults: { rate: 0.1, seed, kinds: ALL_FAULT_KINDS } });
      try {
        const client = clientFor(own, own.tokens.api, { retry: RETRY }).api;
        const rows = (await client.allMembers(await client.getGroup('big-org'))).map((m) => `${m.id}:${m.accessLevel}:${m.expiresAt}`);
        for (const e of own.log) if (e.fault) fired.add(e.fault);
        assert.deepEqual(rows, clean, `seed ${seed}`);
      } finally {
        await own.close();
      }
    };
    const seeds = Array.from({ length: 20 }, (_, i) => i + 1);
    for (let i = 0; i < seeds.length; i += 4) await Promise.all(seeds.slice(i, i + 4).map(runSeed));
    assert.deepEqual([...fired].sort(), [...ALL_FAULT_KINDS].sort(), 'every kind of fault was injected');
  });

  test('250 emails under 20% faults, 5 seeds: one outcome each, never two invitations for one email', { timeout: 300_000 }, async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
    for (let seed = 11; seed < 16; seed++) {
      const emails = Array.from({ length: 250 }, (_, i) => `storm${seed}-${i}@example.org`);
      emu.setFaults({ rate: 0.2, seed, kinds: ALL_FAULT_KINDS, phase: 'both' });
      let outcomes;
      try {
        outcomes = await api.invite({ kind: 'group', id: 'big-org' }, { emails, accessLevel: 20 });
      } finally {
        emu.setFaults(undefined);
      }
      assert.deepEqual(outcomes.map((o) => o.recipient).sort(), [...emails].sort(), `seed ${seed}: exactly one outcome per email`);
      const present = new Set(emu.state.invitations('big-org').map((i) => i.email));
      for (const o of outcomes) {
        assert.ok(emu.state.successfulInvites(o.recipient) <= 1, `seed ${seed}: ${o.recipient} invited twice`);
        assert.equal(o.status === 'invited', present.has(o.recipient), `seed ${seed}: ${o.recipient}: reported ${o.status} (${o.message ?? ''})`);
        if (o.status !== 'invited') assert.ok(o.message, `seed ${seed}: ${o.recipient}: a failure says why`);
      }
    }
  });

  /** Loads a fresh 3,000-member group under a limit of 5 requests per second; what the emulator saw. */
  async function stormLoad(path: string, maxConcurrentRequests: number, limit: RateLimitOptions, memberCount = 3_000) {
    const emu = emulator();
    const created = emu.state.createGroup({ path, memberCount });
    const { api } = clientFor(emu, emu.tokens.api, { maxConcurrentRequests, retry: RETRY });
    const group = await api.getGroup(created.fullPath);
    emu.resetStats();
    emu.setRateLimit(limit);
    try {
      const waits: number[] = [];
      const rows = await api.allMembers(group, {}, { onRateLimit: (s) => waits.push(s) });
      assert.equal(rows.length, memberCount);
      return { waits, refused: emu.log.filter((e) => e.status === 429).length, violations: emu.rateLimitViolations() };
    } finally {
      emu.setRateLimit(undefined);
    }
  }

  // The pacer's margin is 50 ms + 2 % of the window (1.25 s for GitLab's minute windows). With 1 s windows that
  // is 70 ms, less than an event-loop stall of this process on a busy CI machine, and the server then counts a
  // window's first request late: a second 429 that says nothing about pacing. A minute scaled like RETRY (3 s,
  // margin 110 ms) keeps the margin above such stalls; 10 pages then take three windows.
  test('a 429 storm, one request at a time: exactly one 429, then paced under the limit', { timeout: 120_000 }, async () => {
    const { waits, refused, violations } = await stormLoad('storm-1', 1, { limit: 5, windowMs: 60_000 / SCALE, headers: true }, 1_000);
    assert.equal(refused, 1, 'only the request that found the limit');
    assert.ok(waits.length >= 1, 'the caller heard of the wait');
    assert.equal(violations, 0);
  });

  test('a 429 storm, 8 in flight: nothing over the limit once the first 429 is out', { timeout: 120_000 }, async () => {
    const { refused, violations } = await stormLoad('storm-8', 8, { limit: 5, windowMs: 1_000, headers: true });
    assert.ok(refused >= 1, 'it was rate limited');
    assert.ok(refused <= 8, `only requests already in flight when the first 429 came: ${refused}`);
    assert.equal(violations, 0, 'no request over the limit after the first 429, in that window or a later one');
  });

  test('a 429 storm where every answer reports RateLimit-Remaining: never refused', { timeout: 120_000 }, async () => {
    const { refused } = await stormLoad('storm-reported', 8, { limit: 5, windowMs: 1_000, headers: true, reportAlways: true });
    assert.equal(refused, 0);
  });

  test('a 429 storm without rate-limit headers: backs off, may be refused again, finishes', { timeout: 120_000 }, async () => {
    const { waits, refused } = await stormLoad('storm-bare', 8, { limit: 5, windowMs: 1_000, headers: false });
    assert.ok(refused >= 1 && waits.length >= refused, `refused ${refused}, waited ${waits.length}`);
  });

  test('a tighter per-endpoint limit (project members/all, as on GitLab.com): paced under it, the same rows', { timeout: 120_000 }, async () => {
    const emu = emulator();
    const group = emu.state.createGroup({ path: 'endpoint-limited', memberCount: 1_000 });
    const created = emu.state.createProject({ path: 'tool', namespacePath: group.fullPath });
    const { api } = clientFor(emu, emu.tokens.api, { maxConcurrentRequests: 8, retry: RETRY });
    const project = await api.getProject(created.fullPath);
    const expected = (await api.allMembers(project, { inherited: true })).map((m) => m.id).sort((a, b) => a - b);
    emu.resetStats();
    emu.setRateLimit({ limit: 10_000, windowMs: 1_000, headers: true, endpoints: [
      { name: 'throttle_project_members_all', method: 'GET', pattern: /^\/projects\/([^/]+)\/members\/all(\/|$)/, limit: 3 },
    ] });
    try {
      const rows = await api.allMembers(project, { inherited: true });
      assert.deepEqual(rows.map((m) => m.id).sort((a, b) => a - b), expected);
      const refused = emu.log.filter((e) => e.status === 429);
      assert.ok(refused.length >= 1 && refused.every((e) => /\/members\/all/.test(e.path)), `429s: ${refused.map((e) => e.path).join(', ')}`);
      assert.equal(emu.rateLimitViolations(), 0, 'no members/all request over its limit after the first 429');
    } finally {
      emu.setRateLimit(undefined);
    }
  });

  test('the server going away mid-load: a clear error, no partial result', async () => {
    const emu = await startEmulator({ port: 0, latencyMs: 30 });
    const { api } = clientFor(emu, emu.tokens.api, { retry: RETRY });
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
