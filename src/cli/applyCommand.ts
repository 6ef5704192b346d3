/**
 * `gitlab-members apply FILE [--plan plan.json] [--yes]`: plans afresh, refuses when the file has problems or
 * (with `--plan`) when the fresh plan is not the saved one, asks once unless `--yes` (and needs `--yes` where
 * there is nobody to ask), then carries out each change and prints a line per change. Exit 0 when everything
 * was done (or nothing was needed), 1 otherwise. Running it again does only what is still left.
 */
import { applyPlan, changeLabel, changesOf } from '../asCode/applyPlan';
import { lineOf, summarize } from '../bulk/summary';
import { CliError, EXIT, type CliIo, type ExitCode } from './io';
import { makePlan, type PlanArgs } from './planCommand';
import { differences, loadSavedPlan } from './savedPlan';

export interface ApplyArgs extends PlanArgs {
  readonly plan?: string;
  readonly yes?: boolean;
}

export async function applyCommand(io: CliIo, args: ApplyArgs, signal: AbortSignal): Promise<ExitCode> {
  const saved = args.plan ? await loadSavedPlan(io, args.plan) : undefined;
  const { read, plans, saved: fresh, text, api } = await makePlan(io, args, signal, 'Nothing has been changed yet: each change below is carried out once the checks pass, with a result line each.');
  io.out(text.trimEnd());
  if (fresh.problems.length) {
    throw new CliError(`The plan has ${fresh.problems.length === 1 ? '1 problem' : `${fresh.problems.length} problems`} (above): fix ${read.name} first. Nothing was changed.`);
  }
  if (saved) {
    const diff = differences(saved, fresh);
    if (diff.length) {
      diff.forEach((line) => io.note(`  ${line}`));
      throw new CliError(`GitLab or ${read.name} changed since ${args.plan} was planned (above). Nothing was changed: plan again and review.`);
    }
  }
  const changes = changesOf(plans);
  if (changes.length === 0) {
    io.note(`Nothing to change: GitLab already matches ${read.name}.`);
    return EXIT.ok;
  }
  const n = changes.length === 1 ? '1 change' : `${changes.length} changes`;
  if (!args.yes) {
    if (!io.confirm) throw new CliError(`Nothing was changed: pass --yes to apply ${n} where nobody can be asked (CI).`);
    if (!(await io.confirm(`Apply ${n} to ${fresh.instanceUrl}?`))) {
      io.note('Nothing was changed.');
      return EXIT.error;
    }
  }
  const results = await applyPlan(api, changes, { signal, onItem: (done, total) => io.note(`${done} of ${total}`) });
  const summary = summarize(`Apply ${read.name}`, 'Applied', ['change', 'changes'], results.map((r) => lineOf(r, changeLabel)));
  io.out('');
  io.out(summary.report.trimEnd());
  return results.every((r) => r.status === 'done') ? EXIT.ok : EXIT.error;
}
