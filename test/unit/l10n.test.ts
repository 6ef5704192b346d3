// Localizable (issue 17): no user-facing text hard-coded in src/ or webview/, none translated while a module
// loads (before activate() sets the language), l10n/bundle.l10n.json is exactly what the code asks for, and the
// German bundle translates every message keeping its placeholders.
import { test } from 'node:test';
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';
import { moduleLoadCalls, scanFile, sourceFiles } from '../../scripts/l10nScan';

const repo = join(__dirname, '..', '..');
// The command line (src/cli/) speaks English: CI logs are read and searched in one language, and @vscode/l10n has
// no bundle outside VS Code, so the shared modules it calls answer in English there too.
const cli = join(repo, 'src', 'cli');
const files = sourceFiles([join(repo, 'src'), join(repo, 'webview')]).filter((f) => !f.startsWith(cli));
const readJson = (path: string) => JSON.parse(readFileSync(join(repo, path), 'utf8')) as Record<string, string | { message: string }>;
const text = (entry: string | { message: string }) => (typeof entry === 'string' ? entry : entry.message);
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
/** HTTP status codes a message names, "(403)": inviteRefusal.ts recognizes a refusal by it, in any language. */
const statusCodes = (message: string) => [...message.matchAll(/\((\d{3})\)/g)].map((m) => m[1]).sort();

test('no user-facing string in src/ or webview/ bypasses l10n.t', () => {
  const found = files.flatMap((file) => scanFile(file)).map((f) => `${f.file.slice(repo.length + 1)}:${f.line}: ${f.text}`);
  assert.deepEqual(found, [], 'hard-coded user-facing strings (wrap them in l10n.t, or mark text that is never shown with l10n-ignore)');
});

test('the checker catches what it is meant to catch', () => {
  const sample = [
    "import * as l10n from '@vscode/l10n';",
    "const a = () => vscode.window.showWarningMessage('Remove Carol?', { modal: true }, 'Remove');",
    "const b = () => ({ label: 'Members', description: l10n.t('direct only') });",
    "const c = (n: number) => `${n} members loaded`;",
    "const d = () => l10n.t('Fine {0}', 1);",
    "log.info('not shown to users as UI');",
    "if (message.includes('has already been taken')) {}",
  ].join('\n');
  const found = scanFile('sample.ts', sample).map((f) => f.text);
  assert.deepEqual(found, ["'Remove Carol?'", "'Remove'", "'Members'", '`${n} members loaded`']);
  assert.deepEqual(moduleLoadCalls('sample.ts', "const LABEL = l10n.t('Too early');\nconst ok = () => l10n.t('Fine');").map((f) => f.line), [1]);
});

test('no module translates a string while it loads', () => {
  const found = files.flatMap((file) => moduleLoadCalls(file)).map((f) => `${f.file.slice(repo.length + 1)}:${f.line}: ${f.text}`);
  assert.deepEqual(found, []);
});

test('l10n/bundle.l10n.json holds exactly the messages the code asks for (npm run l10n)', async () => {
  const extracted = await getL10nJson(files.map((file) => ({ contents: readFileSync(file, 'utf8'), extension: '.ts' })));
  assert.deepEqual(readJson('l10n/bundle.l10n.json'), JSON.parse(JSON.stringify(extracted)), 'run `npm run l10n`, then translate the new messages');
});

test('the German bundle translates every message and keeps its placeholders and HTTP statuses', () => {
  const english = readJson('l10n/bundle.l10n.json');
  const german = readJson('l10n/bundle.l10n.de.json');
  assert.deepEqual(Object.keys(german).sort(), Object.keys(english).sort(), 'the German bundle has other keys than the English one');
  for (const [key, entry] of Object.entries(english)) {
    const translated = text(german[key]);
    assert.ok(translated.trim(), `"${key}" has an empty translation`);
    assert.deepEqual(placeholders(translated), placeholders(text(entry)), `"${key}": placeholders differ in German: "${translated}"`);
    assert.deepEqual(statusCodes(translated), statusCodes(text(entry)), `"${key}": the German drops or adds an HTTP status: "${translated}"`);
  }
});

test('given the German bundle, the API layer and the domain answer in German (numbers too); without it, in English', async () => {
  const { useL10nBundle } = await import('../../src/shared/l10n');
  const { checkExpiry } = await import('../../src/gitlab/validate');
  const { roleName } = await import('../../src/domain/roles');
  const { groupsAndProjects } = await import('../../src/domain/counts');
  const reason = () => { try { checkExpiry('2026-13-45'); return ''; } catch (err) { return (err as Error).message; } };
  useL10nBundle(readJson('l10n/bundle.l10n.de.json') as Record<string, string>, 'de');
  try {
    assert.match(reason(), /ist kein Datum; verwenden Sie JJJJ-MM-TT/);
    assert.equal(roleName(40), 'Betreuer');
    assert.equal(groupsAndProjects(12500), '12.500 Gruppen und Projekte');
  } finally {
    useL10nBundle(undefined);
  }
  assert.match(reason(), /is not a date; use YYYY-MM-DD/);
  assert.equal(roleName(40), 'Maintainer');
  assert.equal(groupsAndProjects(12500), '12,500 groups and projects');
});
