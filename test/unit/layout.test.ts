// The layout ARCHITECTURE.md draws, checked: folders depend on each other one way only (no cycle of any
// length), src/extension.ts is the one file at the top and the only one reaching commands/ and testing/, the API
// layer knows nothing of VS Code, and the webview's code reaches only the protocol and pure helpers.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { test } from 'node:test';

const repo = join(__dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|cjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import { readonly spec: string; readonly typeOnly: boolean }

/** Every import, export-from, dynamic import and require of a file; `import type` marked as such. */
function importsOf(text: string): Import[] {
  const found: Import[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\bfrom\s*)?['"]([^'"]+)['"]/gm)) found.push({ spec: m[2], typeOnly: Boolean(m[1]) });
  for (const m of text.matchAll(/\b(?:import|require)\s*\(\s*['"]([^'"]+)['"]/g)) found.push({ spec: m[1], typeOnly: false });
  return found;
}

/** The repository-relative file a relative import names (`../x` → `src/x.ts` or `src/x/index.ts`). */
function resolveImport(from: string, spec: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(join(repo, from)), spec);
  const hit = [base, `${base}.ts`, join(base, 'index.ts')].find((p) => existsSync(p) && statSync(p).isFile());
  return hit && relative(repo, hit).split('\\').join('/');
}

/** `src/tree` for `src/tree/node.ts`; a file at the top of src/ or webview/ is its own folder (`src/extension.ts`). */
const folderOf = (file: string) => {
  const parts = file.split('/');
  return parts.length > 2 ? parts.slice(0, 2).join('/') : file;
};

const files = [...sourceFiles(join(repo, 'src')), ...sourceFiles(join(repo, 'webview'))].map((f) => relative(repo, f).split('\\').join('/'));
const edges = files.flatMap((file) => importsOf(readFileSync(join(repo, file), 'utf8')).map((i) => ({ file, ...i, target: resolveImport(file, i.spec) })));

test('no folder-level import cycle: folders depend on each other one way only', () => {
  const graph = new Map<string, Map<string, string>>();
  for (const { file, target } of edges) {
    if (!target || folderOf(file) === folderOf(target)) continue;
    const out = graph.get(folderOf(file)) ?? new Map<string, string>();
    out.set(folderOf(target), `${file} → ${target}`);
    graph.set(folderOf(file), out);
  }
  // Depth-first search; a folder met again while still on the path closes a cycle.
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (folder: string): void => {
    if (done.has(folder)) return;
    const at = path.indexOf(folder);
    if (at >= 0) {
      const cycle = [...path.slice(at), folder];
      const why = cycle.slice(0, -1).map((f, i) => graph.get(f)!.get(cycle[i + 1])).join('; ');
      assert.fail(`import cycle ${cycle.join(' → ')}: ${why}`);
    }
    path.push(folder);
    for (const next of graph.get(folder)?.keys() ?? []) visit(next);
    path.pop();
    done.add(folder);
  };
  for (const folder of graph.keys()) visit(folder);
  assert.ok(graph.size > 10, 'the folder graph is suspiciously small: are imports still found?');
});

test('src/extension.ts is the one file at the top, and the only one reaching commands/ and testing/', () => {
  assert.deepEqual(files.filter((f) => /^src\/[^/]+$/.test(f)), ['src/extension.ts']);
  const intruders = edges.filter(({ file, target }) => target && /^src\/(commands|testing)\//.test(target)
    && file !== 'src/extension.ts' && folderOf(file) !== folderOf(target));
  assert.deepEqual(intruders.map(({ file, target }) => `${file} → ${target}`), []);
});

test('only src/gitlab/ imports @gitbeaker; src/gitlab/ and src/shared/ never import vscode', () => {
  for (const { file, spec } of edges) {
    if (spec.startsWith('@gitbeaker')) assert.match(file, /^src\/gitlab\//, `${file} imports ${spec}`);
    if (spec === 'vscode') assert.doesNotMatch(file, /^src\/(gitlab|shared)\/|^webview\//, `${file} imports vscode`);
  }
});

test('the pure domain modules and tree nodes stay free of vscode', () => {
  const allowed = new Set(['src/tree/provider.ts', 'src/tree/toTreeItem.ts', 'src/tree/treeView.ts']);
  const offenders = edges.filter(({ file, spec }) => spec === 'vscode' && /^src\/(domain|tree)\//.test(file) && !allowed.has(file));
  assert.deepEqual(offenders.map((e) => e.file), []);
});

test('the webview bundle reaches only the protocol and pure helpers, never the API layer', () => {
  // What the webview's code loads at run time, followed through every file it reaches (type-only imports
  // are erased by the build).
  const pureDomain = new Set(['src/domain/expiryRule.ts', 'src/domain/statusCount.ts']);
  const reached = new Set<string>();
  const queue = files.filter((f) => f.startsWith('webview/'));
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (reached.has(file)) continue;
    reached.add(file);
    for (const e of edges) if (e.file === file && !e.typeOnly && e.target) queue.push(e.target);
  }
  const outside = [...reached].filter((f) => !f.startsWith('webview/') && !f.startsWith('src/shared/') && !pureDomain.has(f));
  assert.deepEqual(outside, [], 'the webview loads code beyond src/shared/ and the pure domain helpers');
  assert.ok(reached.has('src/shared/protocolSchema.ts'), 'the webview no longer validates with the shared schema?');
});
