/**
 * A plan as data: what `plan --json` prints and `plan --out` saves, and what `apply --plan` holds GitLab to.
 * A saved plan belongs to one version of the membership file (its digest) and one GitLab; each change is kept
 * with its full wording (who, where, from which role to which), so a role changed by someone else after the
 * plan shows as a different change and the apply refuses instead of doing what nobody reviewed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { changeLabel, changesOf } from '../asCode/applyPlan';
import { countPlan, type PlanCounts, type SourcePlan } from '../asCode/plan';
import { itemText } from '../asCode/renderPlan';
import { CliError, type CliIo } from './io';
import type { ReadFile } from './membershipFile';

const FORMAT = 'gitlab-members-plan';

export interface SavedChange {
  readonly op: 'add' | 'invite' | 'change' | 'changeInvitation' | 'remove' | 'revoke';
  readonly kind: 'group' | 'project';
  readonly path: string;
  /** `@alice` or an email. */
  readonly who: string;
  /** `add @alice to group acme (Maintainer, no expiry)`: what a person reviewed. */
  readonly text: string;
}

export interface SavedPlan {
  readonly format: typeof FORMAT;
  readonly version: 1;
  readonly file: string;
  readonly fileSha256: string;
  readonly instanceUrl: string;
  readonly createdAt: string;
  readonly counts: PlanCounts;
  readonly changes: readonly SavedChange[];
  /** Groups or projects that could not be planned, and usernames GitLab does not know. */
  readonly problems: readonly string[];
}

export function toSavedPlan(read: ReadFile, instanceUrl: string, plans: readonly SourcePlan[], at: Date): SavedPlan {
  const changes = changesOf(plans).map((c): SavedChange => ({
    op: c.item.op, kind: c.source.kind, path: c.source.fullPath, who: itemText(c.item).who, text: changeLabel(c),
  }));
  const problems = plans.flatMap((p) => [
    ...(p.error ? [p.error] : []),
    ...p.notes.flatMap((n) => (n.kind === 'unknownUser' ? [`${read.name}:${n.spec.range.startLine + 1}: no GitLab user @${n.spec.username}`] : [])),
  ]);
  return {
    format: FORMAT, version: 1, file: read.name, fileSha256: read.digest, instanceUrl,
    createdAt: at.toISOString(), counts: countPlan(plans), changes, problems,
  };
}

export async function savePlan(io: CliIo, path: string, plan: SavedPlan): Promise<void> {
  await writeFile(resolve(io.cwd, path), `${JSON.stringify(plan, null, 2)}\n`);
}

export async function loadSavedPlan(io: CliIo, path: string): Promise<SavedPlan> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(resolve(io.cwd, path), 'utf8'));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(`${path}: ${code === 'ENOENT' ? 'no such file' : 'not a saved plan'} (make one with: gitlab-members plan FILE --out ${path}).`);
  }
  const plan = data as Partial<SavedPlan>;
  if (plan?.format !== FORMAT || plan.version !== 1 || !Array.isArray(plan.changes) || typeof plan.fileSha256 !== 'string'
    || !plan.changes.every((c: Partial<SavedChange> | null) => typeof c?.text === 'string')) {
    throw new CliError(`${path} is not a plan saved by gitlab-members plan --out.`);
  }
  return plan as SavedPlan;
}

/** Why `now` is not the plan that was saved; empty when it is the same plan. */
export function differences(saved: SavedPlan, now: SavedPlan): string[] {
  if (saved.fileSha256 !== now.fileSha256) return [`${now.file} changed since the plan was saved.`];
  if (saved.instanceUrl !== now.instanceUrl) return [`The plan was made for ${saved.instanceUrl}, not ${now.instanceUrl}.`];
  const before = new Set(saved.changes.map((c) => c.text));
  const after = new Set(now.changes.map((c) => c.text));
  return [
    ...[...before].filter((t) => !after.has(t)).map((t) => `planned, now not needed or different: ${t}`),
    ...[...after].filter((t) => !before.has(t)).map((t) => `not in the plan: ${t}`),
  ];
}
