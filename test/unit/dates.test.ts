// One "today" for the whole product (src/shared/dates.ts): GitLab's. GitLab judges expires_at by Date.current,
// the calendar day in the instance's time zone, UTC by default (app/validators/future_date_validator.rb refuses
// a date before it; app/models/member.rb `not_expired` counts a membership expired from its expires_at day on).
// So the form, the pickers, the membership files, Extend and the API layer agree on every instant, whatever the
// user's own time zone.
import * as assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkExpiryInput, earliestExpiry } from '../../src/domain/expiryRule';
import { daysUntil, expiryState } from '../../src/domain/expiry';
import { extendedExpiry } from '../../src/expiringAccess/extendDate';
import { checkExpiry } from '../../src/gitlab/validate';
import { addDays, daysFromToday, isRealDate, today, tomorrow } from '../../src/shared/dates';

/** Instants where a local calendar and UTC disagree: late evening in New York, early morning in Tokyo. */
const instants = [
  new Date('2026-12-04T23:30:00-05:00'), // 2026-12-05 04:30 UTC
  new Date('2026-12-05T08:30:00+09:00'), // 2026-12-04 23:30 UTC
  new Date('2026-12-31T23:59:59Z'),
  new Date('2027-01-01T00:00:00Z'),
];

test('today is the UTC calendar day, whatever the local time', () => {
  assert.equal(today(instants[0]), '2026-12-05');
  assert.equal(today(instants[1]), '2026-12-04');
  assert.equal(tomorrow(instants[2]), '2027-01-01');
  assert.equal(tomorrow(instants[3]), '2027-01-02');
});

test('calendar arithmetic rolls over months, years and leap days', () => {
  assert.equal(addDays('2024-02-28', 1), '2024-02-29');
  assert.equal(addDays('2025-02-28', 1), '2025-03-01');
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2027-01-01', -1), '2026-12-31');
  assert.equal(addDays('2026-12-04T10:00:00Z', 30), '2027-01-03', 'a timestamp counts by its date');
  assert.equal(daysFromToday('2026-12-05', instants[1]), 1);
  assert.equal(daysFromToday('2026-12-05T23:00:00Z', instants[0]), 0);
  assert.equal(daysFromToday('someday', instants[0]), undefined);
});

test('real dates only: no February 30th, no other format', () => {
  for (const date of ['2026-12-05', '2024-02-29', '1999-12-31']) assert.ok(isRealDate(date), date);
  for (const date of ['2026-02-30', '2025-02-29', '2026-13-01', '2026-1-05', '05.12.2026', '+20261-01-01', '2026-12-05T00:00:00Z', '']) {
    assert.equal(isRealDate(date), false, date);
  }
});

test('every part agrees on the first allowed expiry, at instants where local and UTC days differ', () => {
  for (const now of instants) {
    const first = earliestExpiry(now);
    assert.equal(first, tomorrow(now));
    assert.equal(checkExpiryInput(first, now).ok, true, `the form refuses its own earliest date at ${now.toISOString()}`);
    assert.doesNotThrow(() => checkExpiry(first, now), 'the API layer refuses what the form allows');
    assert.equal(checkExpiryInput(today(now), now).ok, false, 'the form allows today (GitLab would remove it at once)');
    assert.throws(() => checkExpiry(today(now), now), /after today/);
    assert.equal(extendedExpiry('2000-01-01', 1, now), first, 'extending a passed date by a day gives tomorrow');
    assert.equal(expiryState(today(now), now, 7), 'expired', 'ending today counts as ended, as GitLab counts it');
    assert.equal(expiryState(first, now, 7), 'soon');
    assert.equal(daysUntil(first, now), 1);
  }
});
