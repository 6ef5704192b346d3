// Every e2e flow in one test process (run-all.mjs runs this instead of one process per file), so the flows
// that can share one code-server and one browser do (harness/sharedWorkbench.ts): each still starts as a new
// user, on a new tab with no stored data, its own emulator, settings and workspace folder. A single flow file
// still runs alone with `node --import tsx --test test/e2e/<name>.test.ts`; GLM_FLOWS=<regexp> keeps the files
// whose name matches (e.g. GLM_FLOWS=^actions).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(__dirname, '..');
const wanted = new RegExp(process.env.GLM_FLOWS ?? '');
for (const name of readdirSync(dir).filter((n) => n.endsWith('.test.ts') && wanted.test(n)).sort()) {
  // Registering the flows in file order, synchronously: node:test runs them one after another.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(join(dir, name));
}
