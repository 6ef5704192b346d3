// Test controls under /__emulator/ (no auth, loopback only) for out-of-process tests.
import { json, noContent, plainError, type ApiResponse } from '../errors';
import { DOTCOM_RATE_LIMITS } from '../dotcomRateLimits';
import type { FaultKind, FaultOptions } from '../faults';
import type { RawParams } from '../params';
import type { RateLimitOptions } from '../rateLimit';
import type { RequestLogEntry } from '../requestLog';
import type { EmulatorState } from '../state';

export interface Controls {
  state: EmulatorState;
  log: RequestLogEntry[];
  maxInFlight(): number;
  rateLimitViolations(): number;
  resetStats(): void;
  setLatency(ms: number): void;
  setFaults(f: FaultOptions | undefined): void;
  setRateLimit(r: RateLimitOptions | undefined): void;
  /** GitLab's daily RemoveExpiredMembersWorker, now (expiredWorker.ts). */
  runExpiredMembersWorker(): { members: number; invitations: number };
  /** Scheduled billable-member removals, now (memberDeletions.ts). */
  runMemberDeletions(): { removed: number };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

function isEmpty(body: RawParams | null): boolean {
  return body === null || Object.keys(body).length === 0;
}

/** Parses a JSON FaultOptions body; pathPattern is a string (RegExp source). null/{} turns faults off. */
function faultOptions(body: RawParams | null): FaultOptions | undefined {
  if (!body || isEmpty(body)) return undefined;
  const b = body as Record<string, unknown>;
  return {
    rate: Number(b.rate ?? 0),
    kinds: Array.isArray(b.kinds) ? (b.kinds as FaultKind[]) : undefined,
    seed: b.seed === undefined ? undefined : Number(b.seed),
    phase: b.phase as FaultOptions['phase'],
    methods: Array.isArray(b.methods) ? (b.methods as string[]) : undefined,
    pathPattern: typeof b.pathPattern === 'string' ? new RegExp(b.pathPattern) : undefined,
    times: b.times === undefined ? undefined : Number(b.times),
  };
}

export function handleControl(c: Controls, method: string, url: URL, body: RawParams | null, remote: string | undefined): ApiResponse {
  if (!remote || !LOOPBACK.has(remote)) return plainError(403, 'loopback only');
  const route = `${method} ${url.pathname.replace(/^\/__emulator/, '')}`;
  const q = url.searchParams;
  try {
    switch (route) {
      case 'GET /state/invitations':
        return json(200, c.state.invitations(q.get('source') ?? ''));
      case 'GET /state/members':
        return json(200, c.state.members(q.get('source') ?? '', { inherited: q.get('inherited') === 'true' }));
      case 'GET /state/invite-counts': {
        const email = q.get('email') ?? '';
        return json(200, { email, postCount: c.state.invitePostCount(email), successfulInvites: c.state.successfulInvites(email) });
      }
      case 'GET /state/last-params':
        return json(200, c.state.lastRequestParams(q.get('method') ?? 'GET', q.get('prefix') ?? '/') ?? null);
      case 'POST /groups': {
        const b = (body ?? {}) as Record<string, unknown>;
        const created = c.state.createGroup({ path: String(b.path ?? ''), parentPath: b.parentPath === undefined ? undefined : String(b.parentPath), memberCount: Number(b.memberCount ?? 1) });
        return json(201, created);
      }
      case 'GET /log':
        return json(200, c.log);
      case 'GET /stats':
        return json(200, { maxInFlight: c.maxInFlight(), rateLimitViolations: c.rateLimitViolations(), requests: c.log.length });
      case 'POST /reset-stats':
        c.resetStats();
        return noContent();
      case 'POST /faults':
        c.setFaults(faultOptions(body));
        return noContent();
      case 'POST /latency':
        c.setLatency(Number((body as Record<string, unknown> | null)?.ms ?? 0));
        return noContent();
      case 'POST /workers/remove-expired-members':
        return json(200, c.runExpiredMembersWorker());
      case 'POST /workers/member-deletions':
        return json(200, c.runMemberDeletions());
      case 'POST /rate-limit':
        // `{"preset":"dotcom"}`: GitLab.com's documented limits (dotcomRateLimits.ts), whose patterns JSON cannot carry.
        c.setRateLimit(isEmpty(body) ? undefined : (body as Record<string, unknown>).preset === 'dotcom' ? DOTCOM_RATE_LIMITS : (body as unknown as RateLimitOptions));
        return noContent();
      default:
        return plainError(404, '404 Not Found');
    }
  } catch (e) {
    return plainError(400, e instanceof Error ? e.message : String(e));
  }
}
