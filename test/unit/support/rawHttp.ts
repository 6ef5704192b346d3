// Plain fetch against the emulator, for tests that check GitLab's wire behaviour (status, body, headers) rather
// than the extension's client.
import { startEmulator, type Emulator, type EmulatorOptions } from '../../emulator/server';

export interface Res { status: number; headers: Headers; body: unknown; text: string }

export type Raw = (method: string, path: string, body?: unknown, tok?: string | null) => Promise<Res>;

export function client(emu: Emulator, token: string = emu.tokens.api): Raw {
  return async (method, path, body, tok = token) => {
    const headers: Record<string, string> = {};
    if (tok) headers['PRIVATE-TOKEN'] = tok;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const r = await fetch(`${emu.url}/api/v4${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await r.text();
    let parsed: unknown = text;
    try { parsed = JSON.parse(text); } catch { /* not JSON */ }
    return { status: r.status, headers: r.headers, body: parsed, text };
  };
}

export async function withEmulator(opts: EmulatorOptions, fn: (emu: Emulator) => Promise<void>): Promise<void> {
  const emu = await startEmulator(opts);
  try { await fn(emu); } finally { await emu.close(); }
}
