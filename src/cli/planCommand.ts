/**
 * `gitlab-members plan FILE [--out plan.json] [--json]`: compares the membership file with GitLab and prints
 * the plan, the same diff the extension shows. Exit 0: GitLab already matches; 2: there are changes; 1: an
 * error, or a problem in the plan (a group or project that cannot be read, a username GitLab does not know).
 */
import { loadPlan } from '../asCode/loadPlan';
import type { SourcePlan } from '../asCode/plan';
import { renderPlan } from '../asCode/renderPlan';
import { rateLimitNotice } from '../gitlab/rateLimitText';
import { connect, instanceUrlOf } from './connect';
import { EXIT, type CliIo, type ExitCode } from './io';
import { readMembershipFile, type ReadFile } from './membershipFile';
import { savePlan, toSavedPlan, type SavedPlan } from './savedPlan';

export interface PlanArgs {
  readonly file?: string;
  readonly url?: string;
  readonly out?: string;
  readonly json?: boolean;
}

export interface Planned {
  readonly read: ReadFile;
  readonly plans: SourcePlan[];
  readonly saved: SavedPlan;
  readonly text: string;
  readonly api: ReturnType<typeof connect>['api'];
}

const PLAN_NEXT_STEP = 'Nothing has been changed yet: "gitlab-members apply" carries this out.';

/** Reads, checks and plans the file against GitLab (shared with apply). */
export async function makePlan(io: CliIo, args: PlanArgs, signal: AbortSignal, nextStep = PLAN_NEXT_STEP): Promise<Planned> {
  const read = await readMembershipFile(io, args.file);
  const instanceUrl = instanceUrlOf(io, args.url, read.file.instance);
  const { api } = connect(io, instanceUrl);
  io.note(`Comparing ${read.name} with ${instanceUrl}…`);
  const plans = await loadPlan(api, read.file, { signal, onRateLimit: (s) => io.note(rateLimitNotice(s)) });
  const me = await api.currentUser({ signal });
  const at = io.now();
  const text = renderPlan(plans, {
    fileName: read.name,
    account: `@${me.username} on ${new URL(instanceUrl).host}`,
    at,
    nextStep,
  });
  return { read, plans, saved: toSavedPlan(read, instanceUrl, plans, at), text, api };
}

export async function planCommand(io: CliIo, args: PlanArgs, signal: AbortSignal): Promise<ExitCode> {
  const { saved, text } = await makePlan(io, args, signal);
  if (args.out) {
    await savePlan(io, args.out, saved);
    io.note(`Plan saved to ${args.out}: "gitlab-members apply ${saved.file} --plan ${args.out}" carries out exactly this plan.`);
  }
  io.out(args.json ? JSON.stringify(saved, null, 2) : text.trimEnd());
  if (saved.problems.length) {
    io.note(saved.problems.length === 1 ? 'The plan has 1 problem (above).' : `The plan has ${saved.problems.length} problems (above).`);
    return EXIT.error;
  }
  return saved.changes.length ? EXIT.changes : EXIT.ok;
}
