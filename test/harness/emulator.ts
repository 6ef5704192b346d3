// The GitLab emulator (test/emulator/, owned by the emulator's author), started in-process.
import type { startEmulator as StartEmulator } from '../emulator/server';

export type EmulatorOptions = Parameters<typeof StartEmulator>[0];
export type Emulator = Awaited<ReturnType<typeof StartEmulator>>;

/** Demo data: `glpat-demo-api-token` is "Demo Owner", Owner of group acme. */
export const demoToken = 'glpat-demo-api-token';
export const demoReadToken = 'glpat-demo-read-token';

export async function startEmulator(options: EmulatorOptions = { seed: 'demo' }): Promise<Emulator> {
  const { startEmulator: start } = await import('../emulator/server');
  return start({ port: 0, ...options });
}
