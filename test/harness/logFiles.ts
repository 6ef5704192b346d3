// The log files a session's VS Code wrote: the server's (Node extension host, our output channel there), and
// for the web worker extension host the browser's, which VS Code for the Web keeps in IndexedDB
// (`vscode-web-db` › `vscode-logs-store`, keyed by path). Read on demand: neither offers an event to wait on.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

export interface LogFile {
  /** A server path, or the browser store's key (`/20261205T163301/exthost/webWorker/<ext>/GitLab Members.log`). */
  readonly path: string;
  readonly text: string;
}

export type LogSource = () => Promise<LogFile[]>;

export function serverLogs(files: () => Promise<string[]>): LogSource {
  return async () => Promise.all((await files()).map(async (path) => ({ path, text: await readFile(path, 'utf8').catch(() => '') })));
}

/** The logs of the workbench open in `page` (the web worker extension host's among them). */
export function browserLogs(page: () => Page | undefined): LogSource {
  return async () => {
    const p = page();
    if (!p || p.isClosed()) return [];
    return p.evaluate(async () => {
      const db = await new Promise<IDBDatabase | undefined>((resolve) => {
        const open = indexedDB.open('vscode-web-db');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => resolve(undefined);
      });
      if (!db || !db.objectStoreNames.contains('vscode-logs-store')) return [];
      const store = db.transaction('vscode-logs-store').objectStore('vscode-logs-store');
      const [keys, values] = await Promise.all([store.getAllKeys(), store.getAll()].map((r) => new Promise<unknown[]>((resolve) => {
        r.onsuccess = () => resolve(r.result as unknown[]);
        r.onerror = () => resolve([]);
      })));
      db.close();
      const decoder = new TextDecoder();
      return keys.map((key, i) => {
        const value = values[i];
        return { path: String(key), text: value instanceof Uint8Array ? decoder.decode(value) : typeof value === 'string' ? value : '' };
      });
    }).catch(() => []);
  };
}

export function bothLogs(...sources: LogSource[]): LogSource {
  return async () => (await Promise.all(sources.map((s) => s()))).flat();
}
