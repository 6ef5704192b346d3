// Pure parts of the API layer: URL normalisation, error bodies, invite answers, backoff, input checks.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { backoffMs, DEFAULT_RETRY, rateLimitWaitMs } from '../../src/gitlab/backoff';
import { errorFromResponse, parseErrorBody } from '../../src/gitlab/errorBody';
import { normalizeInstanceUrl, pathFromWebUrl } from '../../src/gitlab/instanceUrl';
import { outcomesFromBody } from '../../src/gitlab/inviteOutcomes';
import { formatWait, rateLimitNotice } from '../../src/gitlab/rateLimitText';
import { ancestorPaths } from '../../src/gitlab/members';
import { checkExpiry, isValidEmail } from '../../src/gitlab/validate';
import { versionAtLeast } from '../../src/gitlab/context';

describe('instance URL', () => {
  test('adds https, drops trailing slashes and a single /api/v4', () => {
    assert.equal(normalizeInstanceUrl('gitlab.example.com'), 'https://gitlab.example.com');
    assert.equal(normalizeInstanceUrl(' https://gitlab.example.com/ '), 'https://gitlab.example.com');
    assert.equal(normalizeInstanceUrl('https://gitlab.example.com/api/v4/'), 'https://gitlab.example.com');
    assert.equal(normalizeInstanceUrl('https://example.com/gitlab/'), 'https://example.com/gitlab');
    assert.equal(normalizeInstanceUrl('http://127.0.0.1:3000'), 'http://127.0.0.1:3000');
    assert.equal(normalizeInstanceUrl('http://localhost:8080/'), 'http://localhost:8080');
  });
  test('repeated slashes and a repeated /api/v4 settle on one form, stable when normalized again', () => {
    const cases: Array<[string, string]> = [
      ['https://g.example.com//api/v4//', 'https://g.example.com'],
      ['https://g.example.com/api/v4/api/v4', 'https://g.example.com'],
      ['https://g.example.com/api/v4//api/v4/', 'https://g.example.com'],
      ['https://g.example.com///', 'https://g.example.com'],
      ['https://example.com//gitlab//api/V4', 'https://example.com/gitlab'],
      ['https://example.com/gitlab/api/v4/api/v4/', 'https://example.com/gitlab'],
      ['https://example.com/api/v4x', 'https://example.com/api/v4x'],
    ];
    for (const [input, expected] of cases) {
      const once = normalizeInstanceUrl(input);
      assert.equal(once, expected, input);
      assert.equal(normalizeInstanceUrl(once), once, `${input}: stable`);
    }
  });
  test('refuses plain http to other hosts, credentials, queries and junk', () => {
    assert.throws(() => normalizeInstanceUrl('http://gitlab.example.com'), /only allowed for this computer/);
    assert.throws(() => normalizeInstanceUrl('https://user:pw@gitlab.example.com'), /user name and password/);
    assert.throws(() => normalizeInstanceUrl('https://gitlab.example.com/?x=1'), /query/);
    assert.throws(() => normalizeInstanceUrl('ftp://gitlab.example.com'), /https/);
    assert.throws(() => normalizeInstanceUrl(''), /Enter the URL/);
  });
  test('finds the full path in web URLs of the same instance only', () => {
    const base = 'https://gitlab.example.com';
    assert.equal(pathFromWebUrl(base, 'https://gitlab.example.com/groups/acme/platform/-/group_members'), 'acme/platform');
    assert.equal(pathFromWebUrl(base, 'https://gitlab.example.com/acme/platform/api/-/project_members?x=1'), 'acme/platform/api');
    assert.equal(pathFromWebUrl(base, 'https://other.example.com/acme'), undefined);
  });
});

describe('error bodies', () => {
  test('reads all three shapes', () => {
    assert.deepEqual(parseErrorBody('{"message":"Member already exists"}'), { message: 'Member already exists' });
    const fields = parseErrorBody('{"message":{"access_level":["is not included in the list"]}}');
    assert.deepEqual(fields.fieldErrors, { access_level: ['is not included in the list'] });
    assert.equal(fields.message, 'access level is not included in the list');
    assert.deepEqual(parseErrorBody('{"error":"email contains an invalid email address"}'), { message: 'email contains an invalid email address' });
    assert.deepEqual(parseErrorBody('{"error":"invalid_token","error_description":"Token was revoked."}'), { message: 'Token was revoked.' });
    assert.deepEqual(parseErrorBody('Retry later'), { message: 'Retry later' });
  });
  test('gives each status a sentence a user understands', () => {
    assert.match(errorFromResponse(401, '{"message":"401 Unauthorized"}', 'GET', '/x').userMessage, /invalid, expired or revoked/);
    assert.match(errorFromResponse(403, '{"message":"403 Forbidden"}', 'PUT', '/x').userMessage, /role does not allow/);
    assert.match(errorFromResponse(403, '{"error":"insufficient_scope"}', 'POST', '/x').userMessage, /read-only/);
    assert.match(errorFromResponse(404, '{"message":"404 Not found"}', 'GET', '/x').userMessage, /Not found/);
    assert.match(errorFromResponse(409, '{"message":"Member already exists"}', 'POST', '/x').userMessage, /Member already exists/);
    const e = errorFromResponse(503, '', 'POST', '/x');
    assert.equal(e.kind, 'server');
    assert.equal(e.ambiguous, true);
  });
});

describe('invite answers', () => {
  const batch = [
    { kind: 'email' as const, name: 'a@x.org' },
    { kind: 'email' as const, name: 'B@x.org' },
    { kind: 'user' as const, name: 'carol', userId: 4 },
  ];
  test('success means every recipient is invited', () => {
    assert.deepEqual(outcomesFromBody({ status: 'success' }, batch).map((o) => o.status), ['invited', 'invited', 'invited']);
  });
  test('partial success keys by email (any case) and by username', () => {
    const out = outcomesFromBody({ status: 'error', message: { 'b@x.org': 'Invite email has already been taken', carol: 'Access level is not included in the list' } }, batch);
    assert.deepEqual(out.map((o) => [o.recipient, o.status]), [['a@x.org', 'invited'], ['B@x.org', 'already'], ['carol', 'failed']]);
    assert.equal(out[2].message, 'Access level is not included in the list');
  });
  test('a string message fails the whole batch; an unknown key is reported, not dropped', () => {
    assert.ok(outcomesFromBody({ status: 'error', message: 'Too many users specified (limit is 100)' }, batch).every((o) => o.status === 'failed'));
    const out = outcomesFromBody({ status: 'error', message: { 'z@x.org': 'Invite email is invalid' } }, batch);
    assert.equal(out.length, 4);
    assert.deepEqual(out[3], { recipient: 'z@x.org', kind: 'email', status: 'failed', message: 'Invite email is invalid' });
  });
});

describe('waits', () => {
  test('Retry-After in seconds or as a date, then RateLimit-Reset, else nothing', () => {
    const now = 1_700_000_000_000;
    assert.equal(rateLimitWaitMs(new Headers({ 'retry-after': '3' }), now), 3000);
    assert.equal(rateLimitWaitMs(new Headers({ 'retry-after': new Date(now + 5000).toUTCString() }), now), 5000);
    assert.equal(rateLimitWaitMs(new Headers({ 'ratelimit-reset': String(now / 1000 + 7) }), now), 7000);
    assert.equal(rateLimitWaitMs(new Headers(), now), undefined);
  });
  test('backoff grows exponentially with jitter and is capped', () => {
    const p = { ...DEFAULT_RETRY, baseDelayMs: 100, maxDelayMs: 1000 };
    assert.equal(backoffMs(p, 0, () => 0), 50);
    assert.equal(backoffMs(p, 0, () => 1), 100);
    assert.equal(backoffMs(p, 3, () => 1), 800);
    assert.equal(backoffMs(p, 10, () => 1), 1000);
  });
  test('the rate-limit notice for onRateLimit, and waits in words', () => {
    assert.equal(rateLimitNotice(12), 'GitLab is rate limiting requests; retrying in 12 s');
    assert.equal(rateLimitNotice(0.2), 'GitLab is rate limiting requests; retrying in 1 s');
    assert.equal(rateLimitNotice(Number.NaN), 'GitLab is rate limiting requests; retrying in 0 s');
    assert.deepEqual([formatWait(45_000), formatWait(180_000), formatWait(86_400_000)], ['45 s', '3 min', '24 h']);
  });
});

describe('input checks and helpers', () => {
  test('emails', () => {
    for (const ok of ['dev+test@example.com', 'a.b@sub.example.org']) assert.ok(isValidEmail(ok), ok);
    for (const bad of ['', 'a', 'a@b', 'a b@c.org', 'Name <a@b.org>', 'a@b.c', 'a@@b.org']) assert.ok(!isValidEmail(bad), bad);
  });
  test('expiry must be a real date after today', () => {
    const now = new Date('2026-11-22T10:00:00Z');
    assert.doesNotThrow(() => checkExpiry('2026-11-23', now));
    assert.doesNotThrow(() => checkExpiry(null, now));
    assert.throws(() => checkExpiry('2026-11-22', now), /after today/);
    assert.throws(() => checkExpiry('2026-02-30', now), /not a date/);
    assert.throws(() => checkExpiry('22/11/2027', now), /YYYY-MM-DD/);
  });
  test('versions and ancestors', () => {
    assert.ok(versionAtLeast('17.9.0-ee', '14.10'));
    assert.ok(!versionAtLeast('14.9.3', '14.10'));
    assert.ok(versionAtLeast(undefined, '14.10'));
    const group = { kind: 'group' as const, id: 1, name: 'i', path: 'infra', fullPath: 'acme/platform/infra', fullName: '', parentId: 2, webUrl: '' };
    assert.deepEqual(ancestorPaths(group), ['acme/platform', 'acme']);
    const project = { kind: 'project' as const, id: 1, name: 't', path: 't', fullPath: 'acme/platform/t', fullName: '', webUrl: '', namespace: { id: 2, kind: 'group' as const, fullPath: 'acme/platform' } };
    assert.deepEqual(ancestorPaths(project), ['acme/platform', 'acme']);
    assert.deepEqual(ancestorPaths({ ...project, namespace: { id: 3, kind: 'user' as const, fullPath: 'demo' } }), []);
  });
});
