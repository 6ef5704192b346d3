// Rate limits, retries and the no-double-invite rule, against the emulator's injected faults.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
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
      assert.deepEqual(waits, [1], 'one 429, then no more: the client paces itself by what the 429 said');
      assert.equal(emu.log.filter((e) => e.status === 429).length, 1);
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
      assert.ok(events.some((e) => e.status === 429 && (e.retryInMs ?? 0) > 0));
    } finally {
      emu.setRateLimit(undefined);
    }
  });
});

describe('retries', () => {
  test('GETs survive 5xx, resets, timeouts and broken JSON and return exactly the fault-free rows', async () => {
    const emu = emulator();
    const { api } = clientFor(emu, emu.tokens.api, { retry: { baseDelayMs: 2, maxDelayMs: 20, attemptTimeoutMs: 300, maxAttempts: 8 } });
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
