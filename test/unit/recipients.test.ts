// Recipient parsing: every common way of writing addresses, de-duplication, invalid ones kept and marked, and a
// fuzz run: whatever text comes in, nothing invalid is ever marked valid and parsing never throws.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { parseEmails, splitFinished } from '../../webview/recipients';
import { isValidEmail } from '../../src/gitlab/validate';

const emails = (text: string) => parseEmails(text).map((e) => `${e.email}${e.valid ? '' : ' (invalid)'}`);

test('commas, semicolons, spaces, tabs and new lines all separate', () => {
  assert.deepEqual(emails('a@x.org, b@x.org;c@x.org d@x.org\te@x.org\nf@x.org\r\ng@x.org'),
    ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org', 'e@x.org', 'f@x.org', 'g@x.org']);
});

test('"Name <address>" and quoted names with commas give the address', () => {
  assert.deepEqual(emails('Jane Doe <jane@doe.org>, "Doe, John" <john@doe.org>; <bare@doe.org>'),
    ['jane@doe.org', 'john@doe.org', 'bare@doe.org']);
});

test('a quoted name may hold markup and brackets of its own: only the address in brackets counts', () => {
  assert.deepEqual(emails('"<script>alert(1)</script>" <x@example.com>\n"<img src=x onerror=alert(2)>" <y@example.com>'),
    ['x@example.com', 'y@example.com']);
  assert.deepEqual(emails('"<a@evil.test>" <z@example.com>, "Doe <Jo>" <jo@doe.org>'), ['z@example.com', 'jo@doe.org']);
  assert.deepEqual(emails('<b>x</b> <w@example.com>'), ['b (invalid)', '/b (invalid)', 'w@example.com'], 'unquoted markup is no display name: marked, not dropped');
});

test('mailto:, wrapping brackets and a sentence\'s full stop are dropped', () => {
  assert.deepEqual(emails('mailto:a@x.org (b@x.org) "c@x.org". [d@x.org]'), ['a@x.org', 'b@x.org', 'c@x.org', 'd@x.org']);
});

test('duplicates are dropped case-insensitively, the first spelling kept', () => {
  assert.deepEqual(emails('Ann@Example.com, ann@example.com ANN@EXAMPLE.COM'), ['Ann@Example.com']);
});

test('invalid entries are kept and marked, in their place', () => {
  assert.deepEqual(emails('a@x.org, not-an-email, b@@x.org, c@x, d@x.org'),
    ['a@x.org', 'not-an-email (invalid)', 'b@@x.org (invalid)', 'c@x (invalid)', 'd@x.org']);
});

test('empty and separator-only input gives nothing', () => {
  for (const text of ['', '   ', ',,;;\n\n', ' , ; ']) assert.deepEqual(parseEmails(text), [], JSON.stringify(text));
});

test('splitFinished: what is done at the last separator, the rest is still being typed', () => {
  assert.deepEqual(splitFinished('a@x.org, b@x'), { finished: 'a@x.org,', rest: ' b@x' });
  assert.deepEqual(splitFinished('mall'), { finished: '', rest: 'mall' });
  assert.deepEqual(splitFinished('a@x.org '), { finished: 'a@x.org ', rest: '' });
  assert.deepEqual(splitFinished('Mallory Moore'), { finished: '', rest: 'Mallory Moore' });
  assert.deepEqual(splitFinished('"Doe, J'), { finished: '', rest: '"Doe, J' }, 'a comma inside an open quote is not a separator');
  assert.deepEqual(splitFinished('Jane <jane@doe.org'), { finished: '', rest: 'Jane <jane@doe.org' });
});

/** A small deterministic generator so a failure can be reproduced. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

const ALPHABET = ['a', 'b', 'z', '0', '9', '.', '-', '_', '+', '@', '@', ' ', ',', ';', '\n', '\t', '<', '>', '"', '(', ')', ':', 'é', 'ß', '\u0000', '\u00a0', 'x.org', 'mailto:', '..', 'a@b.co'];

test('fuzz: random text never yields an invalid address marked valid, and never throws', () => {
  const next = random(20261122);
  for (let round = 0; round < 5000; round++) {
    const length = Math.floor(next() * 40);
    const text = Array.from({ length }, () => ALPHABET[Math.floor(next() * ALPHABET.length)]).join('');
    const parsed = parseEmails(text);
    const keys = new Set<string>();
    for (const { email, valid } of parsed) {
      assert.ok(!keys.has(email.toLowerCase()), `duplicate ${email} from ${JSON.stringify(text)}`);
      keys.add(email.toLowerCase());
      if (!valid) continue;
      assert.ok(isValidEmail(email), `accepted ${JSON.stringify(email)} from ${JSON.stringify(text)}`);
      assert.equal(email.split('@').length, 2, `accepted ${JSON.stringify(email)} with several @`);
      assert.doesNotMatch(email, /[\s<>(),;:"]/, `accepted ${JSON.stringify(email)} with a forbidden character`);
      assert.ok([...email].every((ch) => ch.charCodeAt(0) >= 0x20), `accepted ${JSON.stringify(email)} with a control character`);
      assert.ok(text.includes(email), `invented ${JSON.stringify(email)} not in ${JSON.stringify(text)}`);
    }
  }
});
