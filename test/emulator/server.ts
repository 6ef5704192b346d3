// startEmulator(): the HTTP server on 127.0.0.1 with request log, rate limiting, faults and latency around the API.
import http from 'node:http';
import type { Socket } from 'node:net';
import { corsHeaders, preflightHeaders } from './cors';
import { buildRouter, dispatch, type ApiEnv } from './api';
import { tokenFromRequest } from './auth';
import { routeNotFound, type ApiResponse } from './errors';
import { faultResponse, FaultInjector, type FaultDecision, type FaultOptions } from './faults';
import { Params, parseBody, parseUrlEncoded } from './params';
import { RateLimiter, type RateLimitOptions } from './rateLimit';
import { RequestLog, type RequestLogEntry } from './requestLog';
import { handleControl, type Controls } from './routes/control';
import { noteInvitePost } from './routes/invitations';
import { ExpiredMembersWorker } from './expiredWorker';
import { DEFAULT_INSTANCE, type Instance } from './instance';
import { generateLargeOrg } from './largeOrg';
import { MemberDeletions } from './memberDeletions';
import { buildState } from './seed';
import type { EmulatorState } from './state';

export type { FaultKind, FaultOptions } from './faults';
export type { RateLimitOptions } from './rateLimit';
export type { RequestLogEntry } from './requestLog';
export type { EmulatorState } from './state';
export type { Instance } from './instance';

export interface EmulatorOptions {
  port?: number;
  gitlabVersion?: string;
  latencyMs?: number;
  faults?: FaultOptions;
  rateLimit?: RateLimitOptions;
  requestLogFile?: string;
  seed?: 'demo' | 'empty';
  foreignOrigin?: string;
  /** Edition, tier, GitLab.com (instance.ts); default: self-managed Ultimate EE. */
  instance?: Partial<Instance>;
  /** How long after DELETE billable_members the removal happens (memberDeletions.ts); default 1.5 s. */
  memberDeletionDelayMs?: number;
  /** Adds the generated large organisation to the demo data (largeOrg.ts). */
  largeOrg?: boolean;
}

export interface Emulator {
  url: string;
  port: number;
  tokens: { api: string; readOnly: string; revoked: string; expired: string; alice: string };
  log: RequestLogEntry[];
  /** Resolves once `done(log)` holds: checked as requests arrive and finish (no polling). */
  whenLog(done: (log: readonly RequestLogEntry[]) => boolean, timeoutMs: number, what: string): Promise<void>;
  maxInFlight(): number;
  resetStats(): void;
  setLatency(ms: number): void;
  setFaults(f: FaultOptions | undefined): void;
  setRateLimit(r: RateLimitOptions | undefined): void;
  rateLimitViolations(): number;
  /** Runs GitLab's daily RemoveExpiredMembersWorker now (expiredWorker.ts). */
  runExpiredMembersWorker(): { members: number; invitations: number };
  /** Carries out every scheduled billable-member removal now (memberDeletions.ts). */
  runMemberDeletions(): { removed: number };
  state: EmulatorState;
  close(): Promise<void>;
}

export const DEMO_TOKENS = {
  api: 'glpat-demo-api-token',
  readOnly: 'glpat-demo-read-token',
  revoked: 'glpat-demo-revoked-token',
  expired: 'glpat-demo-expired-token',
  alice: 'glpat-alice-api-token',
};

const INVITE_POST = /^\/(groups|projects)\/[^/]+\/invitations$/;

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, r: ApiResponse, seq?: number): void {
  if (res.destroyed || res.headersSent) return;
  const headers: Record<string, string> = { ...r.headers };
  if (seq !== undefined) headers['x-request-id'] = `emu-${seq}`;
  if (r.body !== null) headers['content-length'] = String(Buffer.byteLength(r.body));
  res.writeHead(r.status, headers);
  res.end(r.body ?? undefined);
}

export async function startEmulator(opts: EmulatorOptions = {}): Promise<Emulator> {
  const version = opts.gitlabVersion ?? '17.9.0';
  const state = buildState(opts.seed ?? 'demo', version);
  state.instance = { ...DEFAULT_INSTANCE, ...opts.instance };
  if (opts.largeOrg) generateLargeOrg(state);
  if (opts.memberDeletionDelayMs !== undefined) state.memberDeletions = new MemberDeletions(state, opts.memberDeletionDelayMs);
  const expiredWorker = new ExpiredMembersWorker(state);
  expiredWorker.run();
  const router = buildRouter();
  const log = new RequestLog(opts.requestLogFile);
  const faults = new FaultInjector(opts.faults);
  const limiter = new RateLimiter(opts.rateLimit);
  let latency = opts.latencyMs ?? 0;
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();
  const env: ApiEnv = { state, version, origin: '', foreignOrigin: opts.foreignOrigin };

  const sleep = (ms: number) => new Promise<void>((resolve) => {
    const t = setTimeout(() => (timers.delete(t), resolve()), ms);
    timers.add(t);
  });

  const controls: Controls = {
    state, log: log.entries, maxInFlight: () => log.maxInFlight(), rateLimitViolations: () => limiter.violationCount(),
    resetStats: () => (log.reset(), limiter.reset(), state.resetCounters()),
    setLatency: (ms) => void (latency = Math.max(0, ms)),
    setFaults: (f) => faults.set(f),
    setRateLimit: (r) => limiter.set(r),
    runExpiredMembersWorker: () => expiredWorker.run(),
    runMemberDeletions: () => state.memberDeletions.run(),
  };

  // Order per request: log entry, fault decision and rate-limit count on arrival -> body parsed and recorded ->
  // latency -> 429 if limited -> 'before' fault, or dispatch (state changes) then 'after' fault -> response.
  // A GET under latency is dispatched on arrival instead and its answer held until the latency is up (see below).
  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, url: URL, rawPath: string): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase();
    const token = tokenFromRequest(req.headers, url);
    const entry = log.start(method, req.url ?? rawPath, token ? state.tokens.get(token)?.name : undefined, req.headers.origin);
    res.on('close', () => log.finish(entry, res.writableFinished ? res.statusCode : 0));
    const decision: FaultDecision | undefined = faults.decide(method, rawPath, req.url ?? rawPath);
    const limitKey = token ?? `anonymous:${req.socket.remoteAddress}`;
    const limitOrigin = { connection: req.socket, request: `${method} ${req.url ?? rawPath}` };
    const { limited, headers: rateHeaders, windowKey } = limiter.check(limitKey, limitOrigin, Date.now(), { method, apiPath: rawPath.slice('/api/v4'.length) });
    const body = await readBody(req);
    const bodyParams = parseBody(req.headers['content-type'], body);
    const params = bodyParams ? new Params({ ...parseUrlEncoded(url.searchParams), ...bodyParams }) : undefined;
    const apiPath = rawPath.slice('/api/v4'.length);
    if (params) {
      state.recordParams(method, rawPath, params.raw);
      if (method === 'POST' && INVITE_POST.test(apiPath)) noteInvitePost(state, params);
    }
    const answer = () => {
      expiredWorker.tick();
      state.memberDeletions.tick();
      return dispatch(router, env, { method, apiPath, url, params, token });
    };
    // GitLab works on concurrent requests in parallel (Puma workers), so with latency each takes about the latency.
    // Worked out after the wait, the 8 answers of a client's wave would be computed one after another by this one
    // thread, the last about 10 ms late and the next requests not even read meanwhile: concurrency would pay for
    // the emulator's single thread. So a GET is answered from the state as it is on arrival (it changes nothing)
    // and held for what is left of the latency. A write still changes the state after the latency: one cancelled
    // while it waits changes nothing.
    // Worked out once the requests that arrived with it have been read too (setImmediate runs after the event
    // loop's poll phase): a server reading its connections in parallel logs them all on arrival.
    const arrived = Date.now();
    let early: ApiResponse | undefined;
    if (latency > 0 && method === 'GET' && !limited && decision?.phase !== 'before') {
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (res.destroyed) return;
      early = answer();
    }
    if (latency > 0) await sleep(Math.max(0, latency - (Date.now() - arrived)));
    if (res.destroyed) return;
    if (limited) {
      send(res, limited, entry.seq);
      return limiter.delivered(windowKey ?? limitKey, limitOrigin);
    }
    const applyFault = (d: FaultDecision): void => {
      log.markFault(entry, d.kind);
      if (d.kind === 'reset') req.socket.destroy();
      else if (d.kind !== 'timeout') send(res, faultResponse(d.kind), entry.seq);
      // 'timeout': never answer; the socket stays open until the client gives up or close() is called.
    };
    if (decision?.phase === 'before') return applyFault(decision);
    const response = early ?? answer();
    if (decision?.phase === 'after') return applyFault(decision);
    send(res, { ...response, headers: { ...rateHeaders, ...response.headers } }, entry.seq);
  }

  /** A preflight is a round trip of its own (latency), logged as the server sees it; nothing else happens. */
  async function answerPreflight(req: http.IncomingMessage, res: http.ServerResponse, headers: Record<string, string>): Promise<void> {
    const entry = log.start('OPTIONS', req.url ?? '/', undefined, req.headers.origin);
    res.on('close', () => log.finish(entry, res.writableFinished ? res.statusCode : 0));
    await readBody(req);
    if (latency > 0) await sleep(latency);
    if (res.destroyed) return;
    res.writeHead(200, headers);
    res.end();
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const rawUrl = req.url ?? '/';
    const url = new URL(rawUrl, env.origin);
    const rawPath = rawUrl.split('?')[0];
    if (rawPath.startsWith('/api/')) {
      const preflight = preflightHeaders(req, env.origin);
      if (preflight) return answerPreflight(req, res, preflight);
      for (const [name, value] of Object.entries(corsHeaders(req, env.origin))) res.setHeader(name, value);
    }
    if (rawPath === '/api/v4' || rawPath.startsWith('/api/v4/')) return handleApi(req, res, url, rawPath);
    if (rawPath.startsWith('/__emulator/')) {
      const body = parseBody('application/json', await readBody(req)) ?? null; // control bodies are JSON whatever the content-type
      return send(res, handleControl(controls, (req.method ?? 'GET').toUpperCase(), url, body, req.socket.remoteAddress));
    }
    await readBody(req);
    send(res, routeNotFound());
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent && !res.destroyed) send(res, { status: 500, headers: { 'content-type': 'application/json' }, body: '{"message":"500 Internal Server Error"}' });
      if (!(e instanceof Error && /aborted|ECONNRESET/.test(e.message))) console.error('[gitlab-emulator]', e);
    });
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as { port: number }).port;
  env.origin = `http://127.0.0.1:${port}`;

  return {
    url: env.origin, port, tokens: { ...DEMO_TOKENS }, log: log.entries, state,
    whenLog: (done, timeoutMs, what) => log.when(done, timeoutMs, what),
    maxInFlight: controls.maxInFlight, resetStats: controls.resetStats, setLatency: controls.setLatency,
    setFaults: controls.setFaults, setRateLimit: controls.setRateLimit, rateLimitViolations: controls.rateLimitViolations,
    runExpiredMembersWorker: controls.runExpiredMembersWorker, runMemberDeletions: controls.runMemberDeletions,
    close: () => new Promise<void>((resolve) => {
      for (const t of timers) clearTimeout(t);
      timers.clear();
      server.close(() => resolve());
      server.closeAllConnections();
      for (const s of sockets) s.destroy();
      log.finishAll();
    }),
  };
}
