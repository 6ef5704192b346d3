// The workbench tests wait on what they mean (an event, a DOM state, a log line), not on the clock: a fixed
// sleep over 200 ms, or one whose length is not a plain number, needs a comment on it or just above it that says
// why nothing better exists (a negative check, say).
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const repo = join(__dirname, '..', '..');

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

test('no unexplained fixed sleep over 200 ms in the E2E suite and its harness', () => {
  const unexplained: string[] = [];
  let sleeps = 0;
  for (const file of [...files(join(repo, 'test', 'e2e')), ...files(join(repo, 'test', 'harness'))]) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      const sleep = /waitForTimeout\(([^)]*)\)/.exec(line);
      if (!sleep) return;
      sleeps++;
      const short = /^\d+$/.test(sleep[1].trim()) && Number(sleep[1]) <= 200;
      const explained = /\/\/ ./.test(line) || /^\s*\/\/ ./.test(lines[i - 1] ?? '');
      if (!short && !explained) unexplained.push(`${relative(repo, file)}:${i + 1}: ${line.trim()}`);
    });
  }
  assert.ok(sleeps > 0, 'no waitForTimeout found at all: is the scan still looking in the right place?');
  assert.deepEqual(unexplained, []);
});
