// npx tsx test/emulator/cli.ts --port 3000 [--gitlab-version 14.8.0] [--latency ms] [--fault-rate 0.1]
//   [--fault-kinds 500,502] [--fault-seed n] [--fault-phase before|after|both] [--rate-limit n]
//   [--rate-limit-window-ms n] [--request-log file] [--seed demo|empty] [--foreign-origin http://127.0.0.2:4000]
//   [--edition ce|ee] [--tier free|premium|ultimate] [--dotcom] [--member-deletion-delay-ms n] [--large-org]
//   [--dotcom-rate-limits]
// Prints exactly one line when ready: "GitLab emulator listening on http://127.0.0.1:<port> token=<api token>".
import { DOTCOM_RATE_LIMITS } from './dotcomRateLimits';
import { ALL_FAULT_KINDS, type FaultKind, type FaultOptions } from './faults';
import { EDITIONS, TIERS, type Edition, type Tier } from './instance';
import { startEmulator, type EmulatorOptions } from './server';

/** Options without a value. */
const FLAGS = new Set(['dotcom', 'large-org', 'dotcom-rate-limits']);

function oneOf<T extends string>(args: Map<string, string>, key: string, values: readonly T[]): T | undefined {
  const v = args.get(key);
  if (v === undefined) return undefined;
  if (!(values as readonly string[]).includes(v)) throw new Error(`--${key} is one of ${values.join(', ')}, got '${v}'`);
  return v as T;
}

function parseArgs(argv: string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument '${a}'`);
    const eq = a.indexOf('=');
    if (eq > 0) out.set(a.slice(2, eq), a.slice(eq + 1));
    else if (FLAGS.has(a.slice(2))) out.set(a.slice(2), 'true');
    else out.set(a.slice(2), argv[++i] ?? '');
  }
  return out;
}

function num(args: Map<string, string>, key: string): number | undefined {
  const v = args.get(key);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new Error(`--${key} needs a number, got '${v}'`);
  return n;
}

function options(args: Map<string, string>): EmulatorOptions {
  const opts: EmulatorOptions = {
    port: num(args, 'port') ?? 0,
    gitlabVersion: args.get('gitlab-version'),
    latencyMs: num(args, 'latency'),
    requestLogFile: args.get('request-log'),
    foreignOrigin: args.get('foreign-origin'),
    memberDeletionDelayMs: num(args, 'member-deletion-delay-ms'),
    ...(args.has('large-org') ? { largeOrg: true } : {}),
    instance: {
      ...(args.has('edition') ? { edition: oneOf<Edition>(args, 'edition', EDITIONS) } : {}),
      ...(args.has('tier') ? { tier: oneOf<Tier>(args, 'tier', TIERS) } : {}),
      ...(args.has('dotcom') ? { dotcom: true } : {}),
    },
  };
  const seed = args.get('seed');
  if (seed === 'demo' || seed === 'empty') opts.seed = seed;
  const rate = num(args, 'fault-rate');
  if (rate !== undefined) {
    const kinds = args.get('fault-kinds')?.split(',').map((k) => k.trim()).filter(Boolean) as FaultKind[] | undefined;
    for (const k of kinds ?? []) if (!ALL_FAULT_KINDS.includes(k)) throw new Error(`unknown fault kind '${k}'`);
    const faults: FaultOptions = { rate, kinds, seed: num(args, 'fault-seed') };
    const phase = args.get('fault-phase');
    if (phase === 'before' || phase === 'after' || phase === 'both') faults.phase = phase;
    opts.faults = faults;
  }
  const limit = num(args, 'rate-limit');
  if (limit !== undefined) opts.rateLimit = { limit, windowMs: num(args, 'rate-limit-window-ms') };
  if (args.has('dotcom-rate-limits')) opts.rateLimit = DOTCOM_RATE_LIMITS;
  return opts;
}

function main(): void {
  let opts: EmulatorOptions;
  try {
    opts = options(parseArgs(process.argv.slice(2)));
  } catch (e) {
    console.error(`gitlab emulator: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
  startEmulator(opts).then(
    (emu) => {
      console.log(`GitLab emulator listening on ${emu.url} token=${emu.tokens.api}`);
      let stopping = false;
      const stop = () => {
        if (stopping) return;
        stopping = true;
        emu.close().then(() => process.exit(0), () => process.exit(1));
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (e: unknown) => {
      console.error(`gitlab emulator: ${e instanceof Error ? e.message : String(e)}`);
      process.exit(1);
    },
  );
}

main();
