// `npm run bench`: the speed and size figures, side by side in one run, one `name: value unit` line each.
// Targets are printed as pass/FAIL; the bench never fails the test run.
import { cpus } from 'node:os';
import { activation } from './activation';
import { findAccessAtScale } from './findAccess';
import { comparePaging, firstPage, inviteRequests } from './paging';
import { startRemoteEmulator } from './remoteEmulator';
import { memory } from './memory';
import { formatFigure, type Figure } from './report';
import { sizes } from './sizes';

const LATENCY_MS = 50;

async function main(): Promise<void> {
  console.log(`machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, node ${process.version}`);
  console.log(`emulator latency: ${LATENCY_MS} ms per request`);
  const emu = await startRemoteEmulator(LATENCY_MS);
  const print = (figures: Figure[]) => figures.forEach((f) => console.log(formatFigure(f)));
  try {
    await emu.control('POST', '/groups', { path: 'bench-5000', memberCount: 5_000 });
    print(await comparePaging(emu, '5,000 members (50 pages, totals)', 'bench-5000', 5_000, { speed: 6, trips: 8, shownSpeed: 7, shownTrips: 7 }));
    print(await comparePaging(emu, '12,500 members (no totals)', 'big-org', 12_500, { speed: 4, shownSpeed: 4, shownTrips: 17 }));
    print(await firstPage(emu));
    print(await inviteRequests(emu));
  } finally {
    await emu.close();
  }
  print(await findAccessAtScale(LATENCY_MS));
  print(sizes());
  print(await activation());
  print(await memory());
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
