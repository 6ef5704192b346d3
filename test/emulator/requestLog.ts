// Request log (every /api/v4 request, in arrival order), in-flight accounting and the optional JSON-lines file.
import { appendFileSync } from 'node:fs';
import type { FaultKind } from './faults';

export interface RequestLogEntry {
  seq: number;
  startedAt: number;
  endedAt: number;
  time: string;
  method: string;
  path: string;
  status: number;
  durationMs: number;
  fault?: FaultKind;
  tokenName?: string;
  /** The `Origin` header: a browser page's cross-origin request (VS Code for the Web) carries one. */
  origin?: string;
}

export class RequestLog {
  /** Cleared in place by reset(), so a reference held by a test stays current. */
  readonly entries: RequestLogEntry[] = [];
  private seq = 0;
  private inFlight = 0;
  private max = 0;
  private readonly open = new Set<RequestLogEntry>();
  private readonly watchers = new Set<() => void>();

  constructor(private readonly file?: string) {}

  /** Records an arriving request (status 0 until it finishes). */
  start(method: string, path: string, tokenName?: string, origin?: string): RequestLogEntry {
    const now = Date.now();
    const entry: RequestLogEntry = { seq: ++this.seq, startedAt: now, endedAt: 0, time: new Date(now).toISOString(), method, path, status: 0, durationMs: 0 };
    if (tokenName !== undefined) entry.tokenName = tokenName;
    if (origin !== undefined) entry.origin = origin;
    this.entries.push(entry);
    this.open.add(entry);
    this.inFlight++;
    this.max = Math.max(this.max, this.inFlight);
    this.changed();
    return entry;
  }

  /** Resolves once `done(entries)` holds, checked now and whenever a request arrives or finishes. */
  when(done: (entries: readonly RequestLogEntry[]) => boolean, timeoutMs: number, what: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (!done(this.entries)) return;
        this.watchers.delete(check);
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        this.watchers.delete(check);
        reject(new Error(`emulator: ${what} did not happen within ${timeoutMs} ms (${this.entries.length} requests logged)`));
      }, timeoutMs);
      this.watchers.add(check);
      check();
    });
  }

  private changed(): void {
    for (const watcher of [...this.watchers]) watcher();
  }

  /** Marks the fault injected into a request (kept when it finishes). */
  markFault(entry: RequestLogEntry, fault: FaultKind): void {
    entry.fault = fault;
  }

  /** Completes an entry once; status 0 means no response was sent (reset, timeout, client gone). */
  finish(entry: RequestLogEntry, status: number): void {
    if (!this.open.delete(entry)) return;
    this.inFlight--;
    entry.endedAt = Date.now();
    entry.durationMs = entry.endedAt - entry.startedAt;
    entry.status = status;
    if (this.file) appendFileSync(this.file, JSON.stringify(entry) + '\n');
    this.changed();
  }

  /** Completes every open entry with status 0 (used when the server closes with hung requests). */
  finishAll(): void {
    for (const entry of [...this.open]) this.finish(entry, 0);
  }

  maxInFlight(): number {
    return this.max;
  }

  reset(): void {
    this.entries.length = 0;
    this.max = this.inFlight;
  }
}
