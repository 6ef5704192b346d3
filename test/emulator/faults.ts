// Deterministic fault injection (seeded mulberry32): errors, resets, hangs, broken JSON, 429s (three header sets).
import { json, text, type ApiResponse } from './errors';

export type FaultKind = '500' | '502' | '503' | 'reset' | 'timeout' | 'malformed-json' | '429-retry-after' | '429-reset-only' | '429-bare';

export const ALL_FAULT_KINDS: FaultKind[] = ['500', '502', '503', 'reset', 'timeout', 'malformed-json', '429-retry-after', '429-reset-only', '429-bare'];

export interface FaultOptions {
  rate: number;
  kinds?: FaultKind[];
  seed?: number;
  /** 'after': the work is done, then the fault replaces the answer. A 429 is always 'before', as in GitLab. */
  phase?: 'before' | 'after' | 'both';
  methods?: string[];
  pathPattern?: RegExp;
  /** Inject at most this many faults, then let every request through (e.g. 1: only the first attempt fails). */
  times?: number;
}

export interface FaultDecision {
  kind: FaultKind;
  phase: 'before' | 'after';
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class FaultInjector {
  private opts: FaultOptions | undefined;
  private rand: () => number = mulberry32(1);
  private injected = 0;

  constructor(opts?: FaultOptions) {
    this.set(opts);
  }

  /** Replaces the options and restarts the PRNG from the seed. */
  set(opts: FaultOptions | undefined): void {
    this.opts = opts;
    this.rand = mulberry32(opts?.seed ?? 1);
    this.injected = 0;
  }

  /**
   * Decides, on arrival, whether this request is faulted. Only eligible requests (method and pathPattern match;
   * the pattern is tested against the raw path and against path+query) draw from the PRNG.
   */
  decide(method: string, path: string, pathAndQuery: string): FaultDecision | undefined {
    const o = this.opts;
    if (!o || o.rate <= 0 || (o.times !== undefined && this.injected >= o.times)) return undefined;
    if (o.methods && o.methods.length && !o.methods.map((m) => m.toUpperCase()).includes(method)) return undefined;
    if (o.pathPattern && !testPattern(o.pathPattern, path) && !testPattern(o.pathPattern, pathAndQuery)) return undefined;
    if (this.rand() >= o.rate) return undefined;
    const kinds = o.kinds && o.kinds.length ? o.kinds : ALL_FAULT_KINDS;
    const kind = kinds[Math.floor(this.rand() * kinds.length)];
    const drawn = o.phase === 'both' ? (this.rand() < 0.5 ? 'before' : 'after') : (o.phase ?? 'before');
    // GitLab's rate limiter (Rack::Attack) answers 429 before the request is processed, never after the work.
    const phase = kind.startsWith('429') ? 'before' : drawn;
    this.injected++;
    return { kind, phase };
  }
}

function testPattern(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

/** The response a fault sends; 'reset' and 'timeout' send nothing (the server handles them). */
export function faultResponse(kind: Exclude<FaultKind, 'reset' | 'timeout'>): ApiResponse {
  switch (kind) {
    case '500':
      return json(500, { message: '500 Internal Server Error' });
    case '502':
      return text(502, '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n', 'text/html');
    case '503':
      return text(503, '<html>\r\n<head><title>503 Service Temporarily Unavailable</title></head>\r\n<body>\r\n<center><h1>503 Service Temporarily Unavailable</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n', 'text/html');
    case 'malformed-json':
      return { status: 200, headers: { 'content-type': 'application/json' }, body: '[{"id": 1, "usern' };
    case '429-retry-after':
      // Retry-After only: a RateLimit-Observed here would claim requests this client never sent.
      return text(429, 'Retry later', 'text/plain', { 'retry-after': '1' });
    case '429-reset-only': {
      // RateLimit-Reset (epoch seconds, 1-2 s ahead) but no Retry-After: the client must wait until then.
      const reset = Math.ceil(Date.now() / 1000) + 1;
      return text(429, 'Retry later', 'text/plain', { 'ratelimit-reset': String(reset), 'ratelimit-resettime': new Date(reset * 1000).toUTCString() });
    }
    case '429-bare':
      return text(429, 'Retry later', 'text/plain');
  }
}
