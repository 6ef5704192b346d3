// Activation time in a real workbench: code-server + Chromium through the E2E harness. The extension writes
// "Activated in N ms" to its log channel (src/core/activationTime.ts); each window load is one measurement.
import { readFile } from 'node:fs/promises';
import { gitlab } from '../harness/gitlabView';
import { startSession } from '../harness/session';
import { below, type Figure } from './report';

const LOADS = 7;

/** Each window load's activation time and, of it, the time spent loading (parsing) the bundle, in load order. */
async function activationTimes(serverLogFiles: () => Promise<string[]>): Promise<{ total: number; loading: number }[]> {
  const times: { total: number; loading: number }[] = [];
  for (const file of (await serverLogFiles()).filter((f) => f.endsWith('/GitLab Members.log')).sort()) {
    const text = await readFile(file, 'utf8');
    for (const m of text.matchAll(/Activated in ([\d.]+) ms \(loading code ([\d.]+) ms/g)) times.push({ total: Number(m[1]), loading: Number(m[2]) });
  }
  return times;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export async function activation(): Promise<Figure[]> {
  const session = await startSession({ name: 'bench-activation' });
  try {
    const view = gitlab(session);
    let times: { total: number; loading: number }[] = [];
    for (let load = 0; load < LOADS; load++) {
      const before = await session.activations();
      if (load === 0) await session.wb.open();
      else await session.wb.reload();
      await view.open();
      await session.waitForActivation(before);
      // The log is written asynchronously: wait for this load's line before the next reload ends the host.
      const deadline = Date.now() + 15_000;
      while ((times = await activationTimes(session.serverLogFiles)).length <= load && Date.now() < deadline) {
        await new Promise((r) => setTimeout(r, 250));
      }
    }
    if (times.length === 0) throw new Error('no "Activated in" line in the GitLab Members log');
    const totals = times.map((t) => t.total);
    return [
      { name: `activation in code-server, median of ${times.length} window loads`, value: median(totals), unit: 'ms', target: below(50) },
      { name: 'activation in code-server, slowest', value: Math.max(...totals), unit: 'ms' },
      { name: 'of which loading (parsing) the bundle, median', value: median(times.map((t) => t.loading)), unit: 'ms' },
    ];
  } finally {
    await session.stop();
  }
}
