// What the browser keeps and passes around for the workbench, for the token scans: every frame's
// localStorage, every IndexedDB database of the workbench's origin (values as text, bytes decoded as UTF-8
// and UTF-16), and the messages between our webview and the workbench, recorded in both of its frames.
import type { Frame, Page } from 'playwright-core';
import { extensionId } from '../../harness/paths';

// Page scripts are strings: tsx would wrap named functions in a __name helper the page does not have.
const DUMP_STORAGE = `(async () => {
  const text = async (v) => {
    if (v === null || v === undefined) return String(v);
    if (typeof v === 'string') return v;
    if (typeof Blob !== 'undefined' && v instanceof Blob) return text(await v.arrayBuffer());
    if (v instanceof ArrayBuffer) v = new Uint8Array(v);
    if (ArrayBuffer.isView(v)) {
      const bytes = new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
      return new TextDecoder('utf-8').decode(bytes) + '\\n' + new TextDecoder('utf-16le').decode(bytes);
    }
    if (typeof v === 'object') {
      const parts = [];
      for (const [k, x] of Object.entries(v)) parts.push(k + '=' + await text(x));
      return '{' + parts.join(', ') + '}';
    }
    return String(v);
  };
  const ask = (request) => new Promise((resolve, reject) => { request.onsuccess = () => resolve(request.result); request.onerror = () => reject(request.error); });
  const local = [];
  for (let i = 0; i < localStorage.length; i++) local.push(localStorage.key(i) + '=' + localStorage.getItem(localStorage.key(i)));
  const stores = [];
  for (const info of await indexedDB.databases()) {
    const db = await ask(indexedDB.open(info.name));
    for (const name of Array.from(db.objectStoreNames)) {
      const store = db.transaction(name, 'readonly').objectStore(name);
      const [keys, values] = await Promise.all([ask(store.getAllKeys()), ask(store.getAll())]);
      const rows = [];
      for (let i = 0; i < values.length; i++) rows.push(await text(keys[i]) + ' => ' + await text(values[i]));
      stores.push({ name: info.name + '/' + name, rows });
    }
    db.close();
  }
  return { local, stores };
})()`;

export interface BrowserStorage {
  /** `key=value` of every frame's localStorage that could be read. */
  readonly localStorage: readonly string[];
  /** `database/store` → `key => value` rows. */
  readonly indexedDb: ReadonlyArray<{ readonly name: string; readonly rows: readonly string[] }>;
}

export async function dumpBrowserStorage(page: Page): Promise<BrowserStorage> {
  const main = await page.evaluate(DUMP_STORAGE) as { local: string[]; stores: BrowserStorage['indexedDb'] };
  const local = [...main.local];
  for (const frame of page.frames().filter((f) => f !== page.mainFrame())) {
    const more = await frame.evaluate('Array.from({ length: localStorage.length }, (_, i) => localStorage.key(i) + "=" + localStorage.getItem(localStorage.key(i)))')
      .catch(() => [] as string[]) as string[];
    local.push(...more);
  }
  return { localStorage: local, indexedDb: main.stores };
}

const SERIALIZE = `const __glmText = (d) => { try { return typeof d === 'string' ? d : JSON.stringify(d); } catch { return String(d); } };`;

/** The page (inner frame): every message event, i.e. what the workbench sends it. */
const RECORD = `(() => {
  ${SERIALIZE}
  if (window.__glmMessages) return;
  window.__glmMessages = [];
  window.addEventListener('message', (e) => window.__glmMessages.push(__glmText(e.data)), true);
})()`;

/**
 * The outer frame: the page calls a function of it, which posts to the workbench on a MessagePort
 * (`onmessage` with the page's message, `do-update-state` with its setState): record every port message.
 */
const RECORD_OUTER = `(() => {
  ${SERIALIZE}
  window.__glmMessages = [];
  const post = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (data, ...rest) {
    window.__glmMessages.push(__glmText(data));
    return post.call(this, data, ...rest);
  };
})()`;

/**
 * Records every message event in our webview's outer frame (the page's messages to the workbench pass through
 * it) from its first script on, and in its inner frame, the page itself (the workbench's messages to it),
 * once `attach()` found it. Call before the workbench opens.
 */
export async function recordWebviewMessages(page: Page): Promise<{ attach(): Promise<void>; read(): Promise<{ outerFrame: string[]; page: string[] }> }> {
  const outerMark = `extensionId=${extensionId}`;
  await page.addInitScript({ content: `if (location.href.includes(${JSON.stringify(outerMark)})) ${RECORD_OUTER};` });
  const outer = () => page.frames().filter((f) => f.url().includes(outerMark));
  const inner = () => page.frames().filter((f) => { const p = f.parentFrame(); return p !== null && p.url().includes(outerMark); });
  const read = async (frames: Frame[]) => (await Promise.all(frames.map((f) => f.evaluate('window.__glmMessages || []').catch(() => [])))).flat() as string[];
  return {
    attach: async () => {
      for (const frame of inner()) await frame.evaluate(RECORD);
    },
    read: async () => ({ outerFrame: await read(outer()), page: await read(inner()) }),
  };
}

/** The token as it could be stored: plain, URL-encoded, and base64 at each of the three byte alignments. */
export function tokenForms(token: string): string[] {
  const base64 = [0, 1, 2].map((pad) => {
    const encoded = Buffer.from(`${'x'.repeat(pad)}${token}`).toString('base64');
    return encoded.slice(4, -4); // without the blocks holding the padding bytes or the end
  });
  return [token, encodeURIComponent(token), ...base64];
}
