// Rate limits, retries and the no-double-invite rule, against the emulator's injected faults.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rateLimitNotice } from '../../src/gitlab';
import { formatRequestLine } from '../../src/domain/requestLine';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();

describe('429 handling', () => {
  test('waits for Retry-After once, reports it, then paces under the limit', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { maxConcurrentRequests: 1 });
    const acme = await api.getGroup('acme');
    emu.resetStats();
    emu.setRateLimit({ limit: 4, windowMs: 1_000, headers: true });
    try {
      const waits: number[] = [];
      for (let i = 0; i < 10; i++) await api.listMembers(acme, {}, { onRateLimit: (s) => waits.push(s) });
      assert.equal(emu.log.filter((e) => e.status === 429).length, 1, 'one 429, then no more: the client paces itself by what it said');
      assert.ok(waits.length >= 1 && waits.every((s) => s >= 1), `the caller heard of each wait: ${waits}`);
      assert.equal(emu.rateLimitViolations(), 0);
    } finally {
      emu.setRateLimit(undefined);
    }
  });

  test('concurrent requests all pause on a 429 and all finish', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const acme = await api.getGroup('acme');
    emu.resetStats();
    emu.setRateLimit({ limit: 4, windowMs: 500, headers: true });
    try {
      const pages = await Promise.all(Array.from({ length: 12 }, () => api.listMembers(acme)));
      assert.ok(pages.every((p) => p.items.length === pages[0].items.length));
      assert.ok(emu.log.some((e) => e.status === 429));
    } finally {
      emu.setRateLimit(undefined);
    }
  });

  test('without rate-limit headers, backs off exponentially and still finishes', async () => {
    const emu = emulator();
    emu.setRateLimit({ limit: 3, windowMs: 300, headers: false });
    try {
      const { api, events } = clientFor(emu, emu.tokens.api, { retry: { baseDelayMs: 50, maxDelayMs: 400 } });
      for (let i = 0; i < 8; i++) await api.currentUser();
      const refused = events.filter((e) => e.status === 429);
      assert.ok(refused.length > 0 && refused.every((e) => (e.retryInMs ?? 0) > 0));
      // What a browser always sees (GitLab exposes neither header across origins): the log line says why it backs off.
      assert.match(formatRequestLine(refused[0]), /^GET \/api\/v4\/user 429 \d+ms retry in \d+ms \(no Retry-After or RateLimit-Reset readable \(a browser cannot read them from GitLab across origins\): backing off\)$/);
    } finally {
      emu.setRateLimit(undefined);
    }
  });
});

describe('429 with RateLimit-Reset only', () => {
  test('no Retry-After: the client waits until RateLimit-Reset, then succeeds', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    emu.resetStats();
    emu.setFaults({ rate: 1, kinds: ['429-reset-only'], methods: ['GET'], times: 1 });
    try {
      await api.getGroup('acme');
    } finally {
      emu.setFaults(undefined);
    }
    const [refused, retried] = emu.log;
    assert.deepEqual([refused.fault, retried.status], ['429-reset-only', 200]);
    const resetAt = Math.ceil(refused.startedAt / 1000) * 1000 + 1000;
    assert.ok(retried.startedAt >= resetAt - 5, `retried ${resetAt - retried.startedAt} ms before the reset`);
  });
});

describe('429 waits too long to wait out', () => {
  test('Retry-After: 86400 fails at once with how long, and the next request does not freeze either', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.alice);
    await api.currentUser();
    emu.resetStats();
    emu.setRateLimit({ limit: 1, windowMs: 86_400_000, headers: true });
    try {
      await api.getGroup('partner-co');
      const started = Date.now();
      const tooLong = (e: Error & { kind?: string }) => {
        assert.equal(e.kind, 'rate-limited');
        assert.match(e.message, /asks to wait 24 h/);
        return true;
      };
      await assert.rejects(api.getGroup('partner-co'), tooLong);
      await assert.rejects(api.listSubgroups('partner-co'), tooLong);
      assert.ok(Date.now() - started < 1_000, 'no waiting for a day');
      assert.deepEqual(emu.log.map((e) => e.status), [200, 429], 'the second refusal is the client\'s own: nothing sent');
    } finally {
      emu.setRateLimit(undefined);
    }
  });

  test('waits the caller is told of make a sentence with rateLimitNotice', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.alice, { maxConcurrentRequests: 1 });
    emu.resetStats();
    emu.setRateLimit({ limit: 2, windowMs: 1_000, headers: true });
    try {
      const notices: string[] = [];
      for (let i = 0; i < 4; i++) await api.listSubgroups('partner-co', {}, { onRateLimit: (s) => notices.push(rateLimitNotice(s)) });
      assert.ok(notices.length >= 1, 'it was rate limited');
      for (const n of notices) assert.match(n, /^GitLab is rate limiting requests; retrying in [1-2] s$/);
    } finally {
      emu.setRateLimit(undefined);
    }
  });
});

describe('retries', () => {
  test('GETs survive 5xx, resets, timeouts and broken JSON and return exactly the fault-free rows', async () => {
    const emu = emulator();
    // A hung answer ('timeout') costs one attempt timeout; 2 s, so that a busy machine's slow answer is not one.
    const { api } = clientFor(emu, emu.tokens.api, { retry: { baseDelayMs: 2, maxDelayMs: 20, attemptTimeoutMs: 2_000, maxAttempts: 8 } });
    emu.state.createGroup({ path: 'faulty', parentPath: 'acme', memberCount: 1_500 });
    const faultyGroup = await api.getGroup('acme/faulty');
    const clean = await api.allMembers(faultyGroup, { inherited: true });
    assert.equal(clean.length, 1_500 + 5, 'its own members plus those inherited from acme');
    emu.setFaults({ rate: 0.3, seed: 7, kinds: ['500', '502', '503', 'reset', 'timeout', 'malformed-json'] });
    try {
      emu.resetStats();
      const faulty = await api.allMembers(faultyGroup, { inherited: true });
      assert.deepEqual(faulty, clean);
      assert.ok(emu.log.filter((e) => e.fault).length >= 2, `faults injected: ${emu.log.map((e) => e.fault ?? e.status)}`);
    } finally {
      emu.setFaults(undefined);
    }
  });

  test('a POST whose answer was lost is checked, never re-sent for what arrived', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const emails = ['lost1@example.com', 'lost2@example.com', 'lost3@example.com'];
    emu.setFaults({ rate: 1, kinds: ['502'], phase: 'after', methods: ['POST'] });
    let outcomes;
    try {
      outcomes = await api.invite({ kind: 'group', id: 'acme/design' }, { emails, accessLevel: 30 });
    } finally {
      emu.setFaults(undefined);
    }
    assert.deepEqual(outcomes.map((o) => [o.recipient, o.status]), emails.map((e) => [e, 'invited']));
    for (const email of emails) {
      assert.equal(emu.state.invitePostCount(email), 1, email);
      assert.equal(emu.state.successfulInvites(email), 1, email);
    }
  });

  test('under random POST faults every email gets exactly one outcome and at most one invitation', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const emails = Array.from({ length: 30 }, (_, i) => `flaky${i}@example.org`);
    emu.setFaults({ rate: 0.5, seed: 3, kinds: ['500', '502', 'reset', '429-retry-after'], phase: 'both', methods: ['POST'] });
    let outcomes;
    try {
      outcomes = await api.invite({ kind: 'project', id: 'acme/website' }, { emails, accessLevel: 20 });
    } finally {
      emu.setFaults(undefined);
    }
    assert.deepEqual(outcomes.map((o) => o.recipient).sort(), [...emails].sort());
    const invited = new Set(emu.state.invitations('acme/website').map((i) => i.email));
    for (const o of outcomes) {
      assert.ok(emu.state.successfulInvites(o.recipient) <= 1, o.recipient);
      assert.equal(o.status === 'invited', invited.has(o.recipient), `${o.recipient}: ${o.status} ${o.message ?? ''}`);
    }
  });
});
