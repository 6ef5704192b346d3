// Quick-pick rows never move once shown: VS Code answers a choice with an index into the last items the
// extension set, so a list that grows while the user presses Enter must still answer with the row they saw.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { StableItems } from '../../src/commands/pickers/stableItems';
import { prng } from './support/prng';

interface Row { key: string; label: string }

test('a row keeps its index while later batches arrive and rows are updated in place', () => {
  const rows = new StableItems<Row>((r) => r.key);
  const v1 = rows.upsert([{ key: 'lookup', label: 'hint' }, { key: 'acme', label: 'acme' }, { key: 'acme/website', label: 'acme/website' }]);
  const seen = v1.findIndex((r) => r.key === 'acme/website');
  // A level below arrives; alphabetically it would sort before acme/website, but it is appended.
  const v2 = rows.upsert([{ key: 'lookup', label: 'Look up "acme/web"' }, { key: 'acme/platform', label: 'acme/platform' }]);
  assert.equal(v2[seen].key, 'acme/website');
  assert.deepEqual(v2.map((r) => r.key), ['lookup', 'acme', 'acme/website', 'acme/platform']);
  assert.equal(v2[0].label, 'Look up "acme/web"', 'an update replaces the row in its place');
  assert.equal(rows.size, 4);
  assert.equal(v1.length, 3, 'an earlier list handed out is not changed afterwards');
});

test('200 random sequences: every index handed out still names the same key later', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const rng = prng(seed);
    const rows = new StableItems<Row>((r) => r.key);
    const history: Row[][] = [];
    for (let step = 0; step < 20; step++) {
      const batch = Array.from({ length: rng.int(6) }, () => {
        const key = `k${rng.int(30)}`;
        return { key, label: `${key}@${step}` };
      });
      history.push(rows.upsert(batch));
    }
    const latest = history[history.length - 1];
    assert.equal(new Set(latest.map((r) => r.key)).size, latest.length, `seed ${seed}: a key appears twice`);
    for (const old of history) {
      old.forEach((row, i) => assert.equal(latest[i].key, row.key, `seed ${seed}: index ${i} changed its row`));
    }
  }
});
