// The pager's rules, with an in-memory list standing in for GitLab's pages (the HTTP version is in api-paging).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fetchAllPages } from '../../src/gitlab/pager';
import type { Page } from '../../src/gitlab/types';

function list(total: number, perPage: number, withTotals: boolean) {
  const requested: number[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const fetchPage = async (page: number): Promise<Page<number>> => {
    requested.push(page);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 1 + ((page * 7) % 5)));
    inFlight--;
    const items = Array.from({ length: Math.max(0, Math.min(perPage, total - (page - 1) * perPage)) }, (_, i) => (page - 1) * perPage + i);
    const pages = Math.max(1, Math.ceil(total / perPage));
    return { items, page, perPage, nextPage: page < pages ? page + 1 : null, total: withTotals ? total : null, totalPages: withTotals ? pages : null };
  };
  return { fetchPage, requested, maxInFlight: () => maxInFlight };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('fetchAllPages', () => {
  for (const total of [0, 1, 100, 101, 1050]) {
    test(`${total} rows with totals: all rows once, in order, within the concurrency bound`, async () => {
      const l = list(total, 100, true);
      assert.deepEqual(await fetchAllPages(l.fetchPage, { concurrency: 4 }), range(total));
      assert.ok(l.maxInFlight() <= 4);
      assert.equal(new Set(l.requested).size, l.requested.length, 'no page asked twice');
    });
    test(`${total} rows without totals: look-ahead stops at the first short or empty page`, async () => {
      const l = list(total, 100, false);
      assert.deepEqual(await fetchAllPages(l.fetchPage, { concurrency: 8 }), range(total));
      assert.ok(l.maxInFlight() <= 8);
      assert.ok(Math.max(...l.requested) <= Math.ceil(total / 100) + 8, 'speculation is bounded by the window');
    });
  }
  test('exactly full last page without totals: one empty page ends it', async () => {
    const l = list(300, 100, false);
    assert.deepEqual(await fetchAllPages(l.fetchPage, { concurrency: 2 }), range(300));
  });
  test('without totals, a page that fails stops it with its error, never with a shorter list', async () => {
    // Pages go out in blocks, highest first: 5 4 3 2, then 9 … 6. Page 9 fails at once, so 8 … 6 are never asked for.
    const failing = async (page: number): Promise<Page<number>> => {
      if (page === 9) throw new Error('page 9 failed');
      await new Promise((r) => setTimeout(r, 10));
      return { items: range(10).map((i) => page * 10 + i), page, perPage: 10, nextPage: page + 1, total: null, totalPages: null };
    };
    await assert.rejects(fetchAllPages(failing, { concurrency: 4 }), /page 9 failed/);
  });
  test('without totals, 12,500 rows after the first page take 16 round trips: nothing is asked past the block the list ends in', async () => {
    // Every page takes the same time, as on a server: the requests waiting are answered one after another, in
    // the order they were sent, one round at a time; a round is a round trip. (Counted, not timed: the test is exact on a
    // busy machine too.)
    const l = list(12_500, 100, false);
    const first = await l.fetchPage(1);
    l.requested.length = 0;
    const waiting: Array<() => void> = [];
    const held = (page: number) => {
      const answer = l.fetchPage(page); // settled long before its round is let through
      return new Promise<Page<number>>((resolve) => waiting.push(() => void answer.then(resolve)));
    };
    let done = false;
    const loading = fetchAllPages(held, { concurrency: 8, resume: { rows: first.items, pages: 1, last: first } }).finally(() => { done = true; });
    let rounds = 0;
    for (;;) {
      await new Promise((r) => setTimeout(r, 30)); // the answers of the last round are taken in, their next pages asked for
      if (done || waiting.length === 0) break;
      rounds++;
      for (const answer of waiting.splice(0)) {
        answer();
        await new Promise((r) => setImmediate(r)); // one answer at a time, as they come off the network
      }
    }
    assert.equal((await loading).length, 12_500);
    assert.equal(rounds, 16, '⌈(124 + 4 past the end) / 8⌉');
    assert.equal(Math.max(...l.requested), 129, 'pages 126-129 share the last block; nothing after it');
  });
  test('maxPages bounds a server that never ends', async () => {
    const endless = async (page: number): Promise<Page<number>> => ({ items: range(10).map((i) => page * 10 + i), page, perPage: 10, nextPage: page + 1, total: null, totalPages: null });
    const rows = await fetchAllPages(endless, { concurrency: 3, maxPages: 50 });
    assert.equal(rows.length, 500);
  });
  test('repeated rows from a shifting list are dropped by key', async () => {
    const shifting = async (page: number): Promise<Page<number>> => ({ items: page === 1 ? [1, 2] : page === 2 ? [2, 3] : [], page, perPage: 2, nextPage: page < 2 ? page + 1 : null, total: 4, totalPages: 2 });
    assert.deepEqual(await fetchAllPages(shifting, { concurrency: 2, keyOf: (n) => n }), [1, 2, 3]);
  });
  test('progress reports rows and total', async () => {
    const seen: Array<[number, number | null]> = [];
    await fetchAllPages(list(250, 100, true).fetchPage, { concurrency: 1, onProgress: (n, t) => seen.push([n, t]) });
    assert.deepEqual(seen, [[100, 250], [200, 250], [250, 250]]);
  });
  test('an aborted signal stops it with the abort reason', async () => {
    const controller = new AbortController();
    const slow = async (page: number, signal: AbortSignal): Promise<Page<number>> => {
      if (page === 3) controller.abort(new Error('stop'));
      await new Promise((r, j) => { const t = setTimeout(r, 50); signal.addEventListener('abort', () => { clearTimeout(t); j(signal.reason); }); });
      return { items: range(10), page, perPage: 10, nextPage: page + 1, total: null, totalPages: null };
    };
    await assert.rejects(fetchAllPages(slow, { concurrency: 4, signal: controller.signal }), /stop/);
  });

  describe('resuming from pages already shown (Load All after the first page)', () => {
    const shown = async (l: ReturnType<typeof list>, pages: number) => {
      const got = [];
      for (let n = 1; n <= pages; n++) got.push(await l.fetchPage(n));
      l.requested.length = 0;
      const last = got[got.length - 1];
      return { rows: got.flatMap((p) => p.items), pages, last };
    };
    for (const [total, withTotals, pagesShown] of [[5_000, true, 1], [1050, true, 3], [12_500, false, 1], [250, false, 2], [100, true, 1]] as const) {
      test(`${total} rows ${withTotals ? 'with' : 'without'} totals, ${pagesShown} shown: every row once, none of the shown pages asked again`, async () => {
        const l = list(total, 100, withTotals);
        const resume = await shown(l, pagesShown);
        assert.deepEqual(await fetchAllPages(l.fetchPage, { concurrency: 8, resume, keyOf: (n) => n }), range(total));
        assert.ok(l.requested.every((p) => p > pagesShown), `asked again for ${l.requested.filter((p) => p <= pagesShown)}`);
        assert.ok(l.maxInFlight() <= 8);
      });
    }
    test('with totals the first wave goes out at once: 8 requests before any answer', async () => {
      const l = list(5_000, 100, true);
      const resume = await shown(l, 1);
      let answered = 0;
      const firstWave: number[] = [];
      const fetchPage = async (page: number) => {
        if (answered === 0) firstWave.push(page);
        const result = await l.fetchPage(page);
        answered++;
        return result;
      };
      await fetchAllPages(fetchPage, { concurrency: 8, resume });
      assert.deepEqual(firstWave, [2, 3, 4, 5, 6, 7, 8, 9]);
    });
    test('progress starts from the rows shown', async () => {
      const l = list(250, 100, true);
      const seen: Array<[number, number | null]> = [];
      await fetchAllPages(l.fetchPage, { concurrency: 1, resume: await shown(l, 1), onProgress: (n, t) => seen.push([n, t]) });
      assert.deepEqual(seen, [[100, 250], [200, 250], [250, 250]]);
    });
  });
});
