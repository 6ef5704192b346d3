// Members exports: rows and columns, CSV quoting and formula neutralising, Markdown escaping, and big-org's
// 12,500 members loaded and rendered quickly.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { escapeCell, neutralizeFormula, toCsv, toMarkdown } from '../../src/export/render';
import { EXPORT_COLUMNS, exportTable } from '../../src/export/exportRows';
import { exportFileName, loadExportTable, renderExport } from '../../src/export/loadExport';
import type { Group, Member } from '../../src/gitlab/types';
import { clientFor, useEmulator } from './support/emulatorClient';

const emulator = useEmulator();
const group: Group = { kind: 'group', id: 1, name: 'Acme', path: 'acme', fullPath: 'acme', fullName: 'Acme', parentId: null, webUrl: 'https://gitlab.example.com/acme' };
const member = (over: Partial<Member>): Member => ({
  id: 1, username: 'bob', name: 'Bob', state: 'active', accessLevel: 30, expiresAt: null, membershipState: 'active', ...over,
});

describe('rendering', () => {
  const table = exportTable(group, [
    member({ username: 'zed', name: 'Zed', inheritedFrom: { kind: 'group', fullPath: 'root' } }),
    member({ username: 'eve', name: '=HYPERLINK("http://evil","x")', accessLevel: 40, createdAt: '2024-01-02T03:04:05Z', expiresAt: '2030-01-01' }),
    member({ username: 'xss', name: '<img src=x onerror=alert(1)> | *bold* [a](b)', membershipState: 'awaiting' }),
  ], true);

  test('direct members first, then inherited, with source and state', () => {
    assert.deepEqual(table.columns, EXPORT_COLUMNS);
    assert.deepEqual(table.rows.map((r) => [r[0], r[6], r[7], r[8]]), [
      ['eve', 'direct', 'acme', 'active'], ['xss', 'direct', 'acme', 'awaiting approval'], ['zed', 'inherited', 'root', 'active'],
    ]);
    assert.deepEqual(table.rows[0].slice(2, 6), ['Maintainer', '40', '2024-01-02', '2030-01-01']);
  });

  test('CSV quotes what needs quoting and never starts a cell with a formula', () => {
    const csv = toCsv(table);
    const lines = csv.trimEnd().split('\n');
    assert.equal(lines[0], 'Username,Name,Role,Access level,Member since,Expires,Membership,Source,State');
    assert.equal(lines[1], `eve,"'=HYPERLINK(""http://evil"",""x"")",Maintainer,40,2024-01-02,2030-01-01,direct,acme,active`);
    assert.equal(lines.length, 4);
    assert.equal(neutralizeFormula('-1'), "'-1");
    assert.equal(neutralizeFormula('bob'), 'bob');
  });

  test('Markdown escapes markup, pipes and HTML in cells', () => {
    assert.equal(escapeCell('<b>|*x*_y_ [a](b) `c` ~d~ &amp;\nnext'), '\\<b\\>\\|\\*x\\*\\_y\\_ \\[a\\](b) \\`c\\` \\~d\\~ \\&amp; next');
    const md = toMarkdown(table, { webUrl: group.webUrl, exportedAt: '2025-01-02T03:04:05.000Z' });
    const lines = md.split('\n');
    assert.equal(lines[0], '# Members (with inherited) of group acme');
    assert.equal(lines[2], '3 members, exported 2025-01-02 03:04 UTC from <https://gitlab.example.com/acme>.');
    assert.equal(lines[6], '| eve | =HYPERLINK("http://evil","x") | Maintainer | 40 | 2024-01-02 | 2030-01-01 | direct | acme | active |');
    assert.ok(lines[7].startsWith('| xss | \\<img src=x onerror=alert(1)\\> \\| \\*bold\\* \\[a\\](b) |'), lines[7]);
    assert.equal(lines.filter((l) => l.startsWith('| ')).length, 5);
  });

  test('file names', () => {
    assert.equal(exportFileName({ source: { ...group, fullPath: 'acme/platform' }, inherited: false, format: 'csv' }), 'acme-platform-members.csv');
    assert.equal(exportFileName({ source: group, inherited: true, format: 'markdown' }), 'acme-all-members.md');
  });
});

describe('loading from GitLab', () => {
  test('acme/platform/infra with inherited members and their source', async () => {
    const { api } = clientFor(emulator());
    const infra = await api.getGroup('acme/platform/infra');
    const table = await loadExportTable(api, { source: infra, inherited: true });
    const bySource = table.rows.map((r) => `${r[0]}:${r[7]}`);
    for (const expected of ['ivan:acme/platform/infra', 'judy:acme/platform/infra', 'dave:acme/platform', 'carol:acme', 'demo:acme']) {
      assert.ok(bySource.includes(expected), `${expected} missing from ${bySource.join(', ')}`);
    }
  });

  test('big-org: 12,500 members, with progress, rendered in both formats', async () => {
    const { api } = clientFor(emulator());
    const bigOrg = await api.getGroup('big-org');
    const progress: number[] = [];
    const started = Date.now();
    const table = await loadExportTable(api, { source: bigOrg, inherited: false }, { onProgress: (loaded) => progress.push(loaded) });
    assert.equal(table.rows.length, 12_500);
    assert.ok(progress.length > 10 && progress.at(-1) === 12_500, `progress: ${progress.slice(-3)}`);
    const csv = renderExport(table, { source: bigOrg, inherited: false, format: 'csv' }, new Date());
    const md = renderExport(table, { source: bigOrg, inherited: false, format: 'markdown' }, new Date());
    assert.equal(csv.trimEnd().split('\n').length, 12_501);
    assert.match(md, /^12,500 members, exported/m);
    assert.ok(Date.now() - started < 15_000, `took ${Date.now() - started} ms`);
  });
});
