/**
 * The command line read: which command, its argument and options (node's own parser, strict: an unknown
 * option is an error, not ignored), then the command. Errors meant for the user (CliError, GitLab's refusals)
 * become one line on stderr and exit code 1.
 */
import { parseArgs } from 'node:util';
import { userMessageOf } from '../domain/errors';
import { applyCommand } from './applyCommand';
import { exportCommand } from './exportCommand';
import { findAccessCommand } from './findAccessCommand';
import { CliError, EXIT, type CliIo, type ExitCode } from './io';
import { planCommand } from './planCommand';

export const USAGE = `Usage: gitlab-members <command> [options]

  plan FILE [--out plan.json] [--json]      compare a membership file with GitLab
  apply FILE [--plan plan.json] [--yes]     carry the plan out (--plan: only if GitLab still matches it)
  export GROUP|PROJECT [--format csv|md] [--inherited] [--out FILE]
  find-access USER [--json] [--fast]        where a username, name or email has access

  --url URL   the GitLab instance (default: CI_SERVER_URL, or the membership file's instance:)
  The token is read from GITLAB_TOKEN.
Exit codes: 0 done / no changes, 2 the plan has changes, 1 error.`;

const OPTIONS = {
  url: { type: 'string' },
  out: { type: 'string' },
  json: { type: 'boolean' },
  fast: { type: 'boolean' },
  plan: { type: 'string' },
  yes: { type: 'boolean', short: 'y' },
  format: { type: 'string' },
  inherited: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** Which options each command takes: any other is refused rather than silently ignored. */
const ALLOWED: Record<string, ReadonlyArray<keyof typeof OPTIONS>> = {
  plan: ['url', 'out', 'json'],
  apply: ['url', 'plan', 'yes'],
  export: ['url', 'format', 'inherited', 'out'],
  'find-access': ['url', 'json', 'fast'],
};

export async function run(io: CliIo, argv: readonly string[], signal: AbortSignal): Promise<ExitCode> {
  try {
    return await dispatch(io, argv, signal);
  } catch (err) {
    io.note(`gitlab-members: ${err instanceof CliError ? err.message : userMessageOf(err)}`);
    return EXIT.error;
  }
}

async function dispatch(io: CliIo, argv: readonly string[], signal: AbortSignal): Promise<ExitCode> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    throw new CliError(`${(err as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  const [command, target, ...extra] = positionals;
  if (values.help || !command) {
    io.out(USAGE);
    return command || values.help ? EXIT.ok : EXIT.error;
  }
  const allowed = ALLOWED[command];
  if (!allowed) throw new CliError(`Unknown command "${command}".\n${USAGE}`);
  const stray = Object.keys(values).filter((k) => k !== 'help' && !allowed.includes(k as keyof typeof OPTIONS));
  if (stray.length) throw new CliError(`${command} does not take ${stray.map((k) => `--${k}`).join(', ')}.`);
  if (extra.length) throw new CliError(`${command} takes one argument; also got: ${extra.join(' ')}`);
  switch (command) {
    case 'plan': return planCommand(io, { file: target, url: values.url, out: values.out, json: values.json }, signal);
    case 'apply': return applyCommand(io, { file: target, url: values.url, plan: values.plan, yes: values.yes }, signal);
    case 'export': return exportCommand(io, { path: target, url: values.url, format: values.format, inherited: values.inherited, out: values.out }, signal);
    default: return findAccessCommand(io, { user: target, url: values.url, json: values.json, fast: values.fast }, signal);
  }
}
