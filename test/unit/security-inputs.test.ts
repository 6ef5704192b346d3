// Input fuzzing of recipients, expiry dates and roles (issue 6), from a seeded PRNG: whatever the form accepts,
// the API layer's own checks accept too (so nothing the user was told is fine fails later), and whatever is
// invalid never becomes a request: the real client against the in-process emulator, whose request log stays empty.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkExpiryInput } from '../../src/domain/expiryRule';
import { parseEmails } from '../../webview/recipients';
import { assignableRoles, pickDefaultRole } from '../../src/domain/roleRules';
import { checkAccessLevel, checkExpiry, isValidEmail } from '../../src/gitlab/validate';
import { clientFor, useEmulator } from './support/emulatorClient';
import { prng, type Rng } from './support/prng';

const ROUNDS = 3_000;
const emulator = useEmulator();


const FRAGMENTS = ['a', 'b.c', 'x+tag', '@', '@@', '.', '..', 'example', 'com', 'org', 'co', 'c', '-', '_', '<', '>', '"', "'", ',', ';', ' ',
  '\t', '\n', '(', ')', '[', ']', 'mailto:', 'Jane Doe', '\u202E', '\u00e9', '\u0000', '<script>', 'é', 'ü.de', '%40', '\\', '/', ':', '*'];

function emailText(rng: Rng): string {
  let out = '';
  // Some well-formed addresses among the noise, so valid ones are common enough to prove something.
  for (let i = rng.int(4); i > 0; i--) out += `${rng.pick(['Ann ', '"Doe, J" ', ''])}<${rng.pick(['a', 'b.c', 'x+tag'])}@${rng.pick(['example', 'ü'])}.${rng.pick(['com', 'org', 'c'])}>${rng.pick([',', ' ', ';', ''])}`;
  for (let i = rng.int(25); i > 0; i--) out += rng.next() < 0.15 ? String.fromCharCode(rng.int(0x3000)) : rng.pick(FRAGMENTS);
  return out;
}

function dateText(rng: Rng, now: Date): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  switch (rng.int(5)) {
    case 0: return new Date(now.getTime() + (rng.int(9) - 4) * 86_400_000).toISOString().slice(0, 10);
    case 1: return `${pad(1960 + rng.int(200), 4)}-${pad(rng.int(14), 2)}-${pad(rng.int(33), 2)}`;
    case 2: return rng.pick(['', ' ', '2099-02-29', '2096-02-29', '2099-1-01', '99-01-01', '2099/01/01', '01.01.2099', '2099-01-01T00:00:00Z',
      ' 2099-01-01 ', 'tomorrow', '+2099-01-01', '2099-01-01\n', '0000-01-01', '9999-12-31', '２０９９-０１-０１', '2099-01-0１']);
    case 3: return `${rng.int(100_000)}-${rng.int(100)}-${rng.int(100)}`;
    default: return String.fromCharCode(...Array.from({ length: rng.int(12) }, () => 0x20 + rng.int(0x60)));
  }
}

describe('what the form accepts, the API layer accepts', () => {
  test('recipients: every address parsing marks valid passes isValidEmail', () => {
    const rng = prng(11);
    let valid = 0;
    for (let i = 0; i < ROUNDS; i++) {
      for (const e of parseEmails(emailText(rng))) {
        if (!e.valid) continue;
        valid++;
        assert.ok(isValidEmail(e.email), `parsed as valid, refused by the API layer: ${JSON.stringify(e.email)}`);
      }
    }
    assert.ok(valid > 100, `only ${valid} valid addresses generated: the fuzz proves little`);
  });

  test('expiry: every date the form accepts passes checkExpiry', () => {
    const rng = prng(12);
    const now = new Date();
    let accepted = 0;
    for (let i = 0; i < ROUNDS; i++) {
      const text = dateText(rng, now);
      const checked = checkExpiryInput(text, now);
      if (!checked.ok || checked.value === null) continue;
      accepted++;
      assert.doesNotThrow(() => checkExpiry(checked.value, now), `accepted by the form, refused by the API layer: ${JSON.stringify(text)}`);
    }
    assert.ok(accepted > 100, `only ${accepted} dates accepted: the fuzz proves little`);
  });

  test('roles: every role the form offers (and its default) passes checkAccessLevel', () => {
    const rng = prng(13);
    for (let i = 0; i < ROUNDS; i++) {
      const options = assignableRoles(
        { kind: rng.pick(['group', 'project'] as const), topLevel: rng.next() < 0.5 },
        { level: rng.pick([undefined, 0, 5, 10, 15, 20, 30, 40, 50]), serverVersion: rng.pick([undefined, '13.0.0', '14.9.0', '17.7.0-ee', 'garbage', '']) },
      );
      assert.ok(options.length > 0);
      for (const o of options) assert.doesNotThrow(() => checkAccessLevel(o.level), `offered ${o.level}`);
      const chosen = pickDefaultRole(options, rng.pick([0, 5, 10, 30, 50, 99, -1]));
      assert.ok(options.some((o) => o.level === chosen), `default ${chosen} is not on offer`);
    }
  });
});

describe('invalid input never becomes a request', () => {
  const design = { kind: 'group', id: 'acme/design' } as const;

  test('invalid emails: each is reported as not sent, and GitLab sees nothing', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const rng = prng(21);
    const invalid = new Set<string>();
    for (let i = 0; invalid.size < 500 && i < ROUNDS * 10; i++) {
      for (const e of parseEmails(emailText(rng))) if (!e.valid && e.email.trim()) invalid.add(e.email);
    }
    for (const extra of ['a@b', 'a@@b.org', '@b.org', 'a b@c.org', 'a@b.c', '<a@b.org>', 'a@b.org,c@d.org', `${'x'.repeat(250)}@b.org`]) invalid.add(extra);
    emu.resetStats();
    const list = [...invalid];
    for (let i = 0; i < list.length; i += 50) {
      const outcomes = await api.invite(design, { emails: list.slice(i, i + 50), accessLevel: 30 });
      assert.ok(outcomes.every((o) => o.status === 'failed'), `sent: ${outcomes.filter((o) => o.status !== 'failed').map((o) => o.recipient)}`);
    }
    for (const email of list.slice(0, 100)) {
      await assert.rejects(api.editInvitation(design, email, { accessLevel: 20 }), /not a valid email/);
      await assert.rejects(api.deleteInvitation(design, email), /not a valid email/);
    }
    assert.deepEqual(emu.log, [], 'an invalid email reached GitLab');
  });

  test('dates the form refuses, and invalid roles, are refused before any request', async () => {
    const emu = emulator();
    const { api } = clientFor(emu);
    const rng = prng(22);
    const now = new Date();
    const refused = new Set<string>();
    for (let i = 0; i < ROUNDS; i++) {
      const text = dateText(rng, now);
      if (!checkExpiryInput(text, now).ok) refused.add(text);
    }
    assert.ok(refused.size > 100, `only ${refused.size} refused dates`);
    emu.resetStats();
    for (const date of refused) {
      await assert.rejects(api.invite(design, { emails: ['fuzz@example.com'], accessLevel: 30, expiresAt: date }), (e: Error & { kind?: string }) => e.kind === 'input' || /date/.test(e.message));
      await assert.rejects(api.editMember(design, 17, { accessLevel: 10, expiresAt: date }));
    }
    for (const level of [-1, -30, 1.5, NaN, Infinity, -Infinity, 30.0001]) {
      await assert.rejects(api.invite(design, { emails: ['fuzz@example.com'], accessLevel: level as never }), /not a GitLab role/);
      await assert.rejects(api.editMember(design, 17, { accessLevel: level as never }), /not a GitLab role/);
      await assert.rejects(api.editInvitation(design, 'hostile-invite@example.com', { accessLevel: level as never }), /not a GitLab role/);
    }
    for (const id of [0, -1, 1.5, NaN]) await assert.rejects(api.editMember(design, id, { accessLevel: 10 }), /not a user id/);
    assert.deepEqual(emu.log, [], 'invalid input reached GitLab');
  });
});
