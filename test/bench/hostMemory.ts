// The extension host's memory, read from outside: its RSS from /proc, and its JS heap after a full garbage
// collection through the inspector Node opens on SIGUSR1 (Chrome DevTools Protocol over a WebSocket; the bench
// runs with --experimental-websocket, Node 20's WebSocket). Linux only, like the machine the bench is for.
import { readFile } from 'node:fs/promises';

const INSPECTOR_PORT = 9229;

interface MinimalSocket {
  onopen: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
  onmessage: ((e: { data: unknown }) => void) | null;
  send(data: string): void;
  close(): void;
}
type SocketClass = new (url: string) => MinimalSocket;

export interface HostMemory {
  /** JS heap in use after a full GC, in MB. */
  heapMb: number;
  /** Resident set size, in MB. */
  rssMb: number;
}

export interface HostInspector {
  measure(): Promise<HostMemory>;
  /**
   * Measures until the heap stops changing (two readings half a second apart within 0.5 MB, at most 10 s):
   * VS Code lets go of a refreshed tree's old items a moment after the refresh, on no event a test can see.
   */
  settled(): Promise<HostMemory>;
  close(): void;
}

/** Opens the inspector of the extension host `pid` and returns a way to measure it. */
export async function inspectHost(pid: number): Promise<HostInspector> {
  const Socket = (globalThis as { WebSocket?: SocketClass }).WebSocket;
  if (!Socket) throw new Error('no WebSocket: run the bench with node --experimental-websocket');
  if (await targets().then(() => true, () => false)) throw new Error(`port ${INSPECTOR_PORT} is already taken by another inspector`);
  process.kill(pid, 'SIGUSR1');
  const deadline = Date.now() + 10_000;
  let url: string | undefined;
  while (!url) {
    url = await targets().then((list) => list[0]?.webSocketDebuggerUrl, () => undefined);
    if (!url && Date.now() > deadline) throw new Error(`the extension host (pid ${pid}) opened no inspector on ${INSPECTOR_PORT}`);
    if (!url) await new Promise((r) => setTimeout(r, 100));
  }
  const socket = new Socket(url);
  await new Promise<void>((resolve, reject) => {
    socket.onopen = () => resolve();
    socket.onerror = (e) => reject(new Error(`inspector socket: ${String(e)}`));
  });
  let nextId = 0;
  const waiting = new Map<number, (result: unknown) => void>();
  socket.onmessage = (event) => {
    const message = JSON.parse(String(event.data)) as { id?: number; result?: unknown };
    if (message.id !== undefined) waiting.get(message.id)?.(message.result);
  };
  const call = <T>(method: string): Promise<T> => new Promise((resolve) => {
    const id = ++nextId;
    waiting.set(id, (result) => resolve(result as T));
    socket.send(JSON.stringify({ id, method }));
  });
  const measure = async (): Promise<HostMemory> => {
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = await call<{ usedSize: number }>('Runtime.getHeapUsage');
    return { heapMb: usedSize / 1e6, rssMb: await rssMb(pid) };
  };
  return {
    measure,
    async settled() {
      let last = await measure();
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 500));
        const now = await measure();
        if (Math.abs(now.heapMb - last.heapMb) < 0.5) return now;
        last = now;
      }
      return last;
    },
    close: () => socket.close(),
  };
}

async function targets(): Promise<{ webSocketDebuggerUrl: string }[]> {
  const response = await fetch(`http://127.0.0.1:${INSPECTOR_PORT}/json/list`, { signal: AbortSignal.timeout(1_000) });
  return (await response.json()) as { webSocketDebuggerUrl: string }[];
}

async function rssMb(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmRSS:\s+(\d+) kB/m.exec(status)?.[1] ?? NaN);
  return (kb * 1024) / 1e6;
}
