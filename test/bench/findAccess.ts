// Find Access for one user on the generated large organisation (test/emulator/largeOrg.ts: 300 groups, 1,000
// projects; nina holds 84 direct memberships), both ways: an administrator's fast path (GitLab's list of the
// user's memberships) and the walk of every group and project a non-administrator gets, the latter under
// GitLab.com's documented rate limits (test/emulator/dotcomRateLimits.ts). Requests, sequential round trips,
// most in flight, 429s and wall time, with the targets.
import { createGitLabClient } from '../../src/gitlab/client';
import { searchAccess, type AccessSearchResult } from '../../src/findAccess/searchAccess';
import { LARGE_ORG, LARGE_ORG_ADMIN_TOKEN } from '../emulator/largeOrg';
import { startRemoteEmulator, type RemoteEmulator } from './remoteEmulator';
import { atMost, below, type Figure } from './report';
import { sequentialRoundTrips } from './roundTrips';

interface Run { result: AccessSearchResult; ms: number; requests: number; roundTrips: number; maxInFlight: number; refused: number }

async function measure(emu: RemoteEmulator, token: string): Promise<Run> {
  // The emulator plays GitLab.com here: the client keeps GitLab.com's documented 2,000 a minute, as it does on gitlab.com.
  const api = createGitLabClient({ instanceUrl: emu.url, token, maxConcurrentRequests: 8, requestsPerMinute: 2_000 });
  await emu.resetStats();
  const started = performance.now();
  const result = await searchAccess(api, LARGE_ORG.target);
  const ms = performance.now() - started;
  const log = await emu.log();
  return {
    result, ms, requests: log.length, roundTrips: sequentialRoundTrips(log), maxInFlight: await emu.maxInFlight(),
    refused: log.filter((e) => e.status === 429).length,
  };
}

/** The places a run found for nina: the list's rows, or the walk's member hits (direct and inherited). */
function places(r: AccessSearchResult): number {
  return r.listed ? r.listed.memberships.length : r.hits.filter((h) => h.kind === 'member').length;
}

export async function findAccessAtScale(latencyMs: number): Promise<Figure[]> {
  const emu = await startRemoteEmulator(latencyMs, ['--large-org']);
  try {
    const fast = await measure(emu, LARGE_ORG_ADMIN_TOKEN);
    if (fast.result.path !== 'memberships') throw new Error(`Find Access as an administrator took the ${fast.result.path} path`);
    const listed = places(fast.result);
    await emu.control('POST', '/rate-limit', { preset: 'dotcom' });
    const walk = await measure(emu, emu.token);
    await emu.control('POST', '/rate-limit', {});
    if (walk.result.path !== 'walk') throw new Error(`Find Access as the demo user took the ${walk.result.path} path`);
    const label = `Find Access "${LARGE_ORG.target}" on the large organisation (${LARGE_ORG.groups} groups, ${LARGE_ORG.projects} projects)`;
    return [
      { name: `${label}: memberships of the user`, value: listed, unit: 'direct memberships', target: below(100) },
      { name: `${label}, fast path (administrator): requests`, value: fast.requests, unit: 'requests', target: atMost(3) },
      { name: `${label}, fast path: sequential round trips`, value: fast.roundTrips, unit: 'round trips' },
      { name: `${label}, fast path: most in flight`, value: fast.maxInFlight, unit: 'requests' },
      { name: `${label}, fast path: 429s`, value: fast.refused, unit: 'responses' },
      { name: `${label}, fast path: wall time`, value: Math.round(fast.ms), unit: 'ms' },
      { name: `${label}, walk (GitLab.com rate limits on): requests`, value: walk.requests, unit: 'requests' },
      { name: `${label}, walk: groups and projects searched${walk.result.truncated ? ' (stopped at the 1,000 limit)' : ''}`, value: walk.result.searched, unit: 'groups and projects' },
      { name: `${label}, walk: places found (direct and inherited)`, value: places(walk.result), unit: 'places' },
      { name: `${label}, walk: sequential round trips`, value: walk.roundTrips, unit: 'round trips' },
      { name: `${label}, walk: most in flight`, value: walk.maxInFlight, unit: 'requests', target: atMost(8) },
      { name: `${label}, walk: 429s under GitLab.com's limits`, value: walk.refused, unit: 'responses', target: atMost(0) },
      { name: `${label}, walk: wall time`, value: Math.round(walk.ms), unit: 'ms' },
      { name: `${label}, walk / fast path wall time`, value: walk.ms / fast.ms, unit: 'x' },
    ];
  } finally {
    await emu.close();
  }
}
