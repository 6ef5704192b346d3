/**
 * The plan as a read-only document a person reviews before applying: a header (which file, which account,
 * totals), then per group or project one line per change in diff style (`+` add/invite, `~` change,
 * `-` remove/revoke), what is kept and why, and problems with their line in the file. Pure.
 */
import { roleName } from '../domain/roles';
import type { PlanItem, PlanNote, SourcePlan, Wanted } from './plan';
import { countPlan } from './plan';

export interface PlanHeader {
  readonly fileName: string;
  /** `@demo on gitlab.example.com` */
  readonly account: string;
  readonly at: Date;
}

const WIDTH = 26;

export function grantText(want: Wanted): string {
  return `${roleName(want.accessLevel)}, ${want.expiresAt ? `expires ${want.expiresAt}` : 'no expiry'}`;
}

/** `add @alice (Maintainer, no expiry)`: the words for one change, also used for per-item results. */
export function itemText(item: PlanItem): { op: string; who: string; what: string } {
  switch (item.op) {
    case 'add': return { op: 'add', who: `@${item.user.username}`, what: grantText(item.want) };
    case 'invite': return { op: 'invite', who: item.email, what: grantText(item.want) };
    case 'change': return { op: 'change', who: `@${item.member.username}`, what: `${grantText(item.member)} → ${grantText(item.want)}` };
    case 'changeInvitation': return { op: 'change', who: item.invitation.email, what: `${grantText(item.invitation)} → ${grantText(item.want)} (invitation)` };
    case 'remove': return { op: 'remove', who: `@${item.member.username}`, what: roleName(item.member.accessLevel) };
    case 'revoke': return { op: 'revoke', who: item.invitation.email, what: `${roleName(item.invitation.accessLevel)} (invitation)` };
  }
}

const SIGN: Record<PlanItem['op'], string> = { add: '+', invite: '+', change: '~', changeInvitation: '~', remove: '-', revoke: '-' };

export function renderPlan(plans: readonly SourcePlan[], header: PlanHeader): string {
  const c = countPlan(plans);
  const totals = [`${c.add} to add or invite`, `${c.change} to change`, `${c.remove} to remove`];
  if (c.problems) totals.push(`${c.problems} ${c.problems === 1 ? 'problem' : 'problems'}`);
  const lines = [
    `Plan for ${header.fileName} on ${header.account}, ${header.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    'Nothing has been changed yet: "GitLab Members: Apply Membership File" carries this out.',
    '',
    totals.join(' · '),
  ];
  for (const plan of plans) lines.push('', ...renderSource(plan));
  return `${lines.join('\n')}\n`;
}

function renderSource(plan: SourcePlan): string[] {
  const { spec } = plan;
  const title = `${spec.kind} ${spec.fullPath}${spec.removeUnlisted ? '  (removeUnlisted: true)' : ''}`;
  if (plan.error) return [title, `! error    ${plan.error}`];
  const rows = plan.items.map((item) => {
    const t = itemText(item);
    return `${SIGN[item.op]} ${t.op.padEnd(9)}${t.who.padEnd(WIDTH)} ${t.what}`;
  });
  rows.push(...plan.notes.map(noteLine));
  return [title, ...(rows.length ? rows : ['  no changes'])];
}

function noteLine(note: PlanNote): string {
  if (note.kind === 'unknownUser') {
    return `! error    ${`@${note.spec.username}`.padEnd(WIDTH)} no GitLab user with this username (line ${note.spec.range.startLine + 1})`;
  }
  if (note.kind === 'accepted') {
    return `  accepted ${note.email.padEnd(WIDTH)} now @${note.member.username}'s membership (list it as "username: ${note.member.username}")`;
  }
  if (note.kind === 'maybeAccepted') {
    const emails = note.emails.length > 3 ? `${note.emails.slice(0, 3).join(', ')} and ${note.emails.length - 3} more` : note.emails.join(', ');
    return `! warning  no pending invitation for ${emails}: if one was accepted, that person may be among the removals ` +
      'above (GitLab tells whose email it is only when it is public, or to administrators): list people by username';
  }
  if (note.kind === 'expired') {
    return `  skip     ${note.who.padEnd(WIDTH)} expires ${note.spec.expiresAt} has passed: left as GitLab has it (line ${note.spec.range.startLine + 1})`;
  }
  const why = note.reason === 'self' ? 'not listed, but that is you: never removed' : 'not listed (removeUnlisted is off)';
  return `  keep     ${note.who.padEnd(WIDTH)} ${why}`;
}
