// The bundles' stand-in for `qs` (src/gitlab/unbundled/qs.cjs) writes the same query strings as qs itself
// for what gitbeaker sends (its formatQuery: decamelized keys, `arrayFormat: 'brackets'`), and reads a GitLab
// `Link` URL's query as qs reads it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createRequire } from 'node:module';

interface Qs {
  stringify(params: object, options?: { arrayFormat: 'brackets' }): string;
  parse(query: string): object;
}
/** The qs gitbeaker itself would load: the one the stand-in replaces. */
const qs = createRequire(require.resolve('@gitbeaker/requester-utils'))('qs') as Qs;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const standIn = require('../../src/gitlab/unbundled/qs.cjs') as Qs;

const cases: Array<Record<string, unknown>> = [
  { page: 2, per_page: 100 },
  { user_ids: [1, 2, 30], per_page: 100, page: 1 },
  { query: 'Carol Chen', include_inherited: true, show_seat_info: false },
  { query: "o'brien (x)*!", email: 'a+b@example.com', search: 'ä ö / ? & = #' },
  { expires_at: null, skip: undefined, state: 'awaiting' },
  { access_level: 30, created_after: new Date(Date.UTC(2026, 0, 2, 3, 4, 5)) },
  { custom_attributes: { team: 'platform', 'a b': 'c&d' } },
  { empty: [], list: ['x y', 'z'] },
];

test('stringify: the same query string as qs with arrayFormat brackets', () => {
  for (const params of cases) assert.equal(standIn.stringify(params), qs.stringify(params, { arrayFormat: 'brackets' }), JSON.stringify(params));
});

test('parse: flat keys and bracket arrays as qs reads them', () => {
  const link = 'id=9&page=3&per_page=100&user_ids%5B%5D=1&user_ids%5B%5D=2&query=Carol%20Chen';
  assert.deepEqual(standIn.parse(link), { ...qs.parse(link) });
});
