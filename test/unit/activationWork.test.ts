// Work the activation bundle must not do while it loads. Creating an Intl.Collator loads the locale's ICU data:
// made at module level in src/domain/memberSort.ts it was about 10 ms of the bundle's 13 ms evaluation, paid by
// every activation (npm run bench, "of which loading the bundle"). It is made on the first sort instead.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Member } from '../../src/gitlab/types';

test('loading the member sort makes no collator; the first sort by name makes one, and later sorts reuse it', async () => {
  const Real = Intl.Collator;
  let made = 0;
  Intl.Collator = new Proxy(Real, { construct: (target, args) => (made++, Reflect.construct(target, args)) });
  try {
    const { sortMembers } = await import('../../src/domain/memberSort');
    assert.equal(made, 0, 'no collator while the module loads');
    const rows = [{ name: 'Zoë', username: 'zoe' }, { name: 'anna', username: 'anna' }, { name: 'Émile', username: 'emile' }] as Member[];
    assert.deepEqual(sortMembers(rows, 'name', (m) => m).map((m) => m.username), ['anna', 'emile', 'zoe']);
    sortMembers(rows, 'name', (m) => m);
    assert.equal(made, 1);
  } finally {
    Intl.Collator = Real;
  }
});
