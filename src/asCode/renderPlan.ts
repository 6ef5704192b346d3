/**
 * The plan as a read-only document a person reviews before applying: a header (which file, which account,
 * totals), then per group or project one line per change in diff style (`+` add/invite, `~` change,
 * `-` remove/revoke), what is kept and why, and problems with their line in the file. Pure.
 */
import * as l10n from '@vscode/l10n';
import { roleName } from '../domain/roles';
import { sourceName } from './model';
import type { PlanItem, PlanNote, SourcePlan, Wanted } from './plan';
import { countPlan } from './plan';

export interface PlanHeader {
  readonly fileName: string;
  /** `@demo on gitlab.example.com` */
  readonly account: string;
  readonly at: Date;
  /** The line saying how to carry the plan out; default: the extension's Apply command. */
  readonly nextStep?: string;
}

const WIDTH = 26;

export function grantText(want: Wanted): string {
  return `${roleName(want.accessLevel)}, ${want.expiresAt ? l10n.t('expires {0}', want.expiresAt) : l10n.t('no expiry')}`;
}

/** The word in the plan's second column: what one change does. */
function opWord(op: PlanItem['op']): string {
  switch (op) {
    case 'add': return l10n.t({ message: 'add', comment: ['a change in a membership plan: add a member'] });
    case 'invite': return l10n.t({ message: 'invite', comment: ['a change in a membership plan: invite an email'] });
    case 'change':
    case 'changeInvitation': return l10n.t({ message: 'change', comment: ['a change in a membership plan: change a role or expiry'] });
    case 'remove': return l10n.t({ message: 'remove', comment: ['a change in a membership plan: remove a member'] });
    case 'revoke': return l10n.t({ message: 'revoke', comment: ['a change in a membership plan: revoke an invitation'] });
  }
}

/** `add @alice (Maintainer, no expiry)`: the words for one change, also used for per-item results. */
export function itemText(item: PlanItem): { op: string; who: string; what: string } {
  const op = opWord(item.op);
  switch (item.op) {
    case 'add': return { op, who: `@${item.user.username}`, what: grantText(item.want) };
    case 'invite': return { op, who: item.email, what: grantText(item.want) };
    case 'change': return { op, who: `@${item.member.username}`, what: `${grantText(item.member)} → ${grantText(item.want)}` };
    case 'changeInvitation': return { op, who: item.invitation.email, what: l10n.t('{0} → {1} (invitation)', grantText(item.invitation), grantText(item.want)) };
    case 'remove': return { op, who: `@${item.member.username}`, what: roleName(item.member.accessLevel) };
    case 'revoke': return { op, who: item.invitation.email, what: l10n.t('{0} (invitation)', roleName(item.invitation.accessLevel)) };
  }
}

/** One row: a mark (`+`, `~`, `-`, `!` or a space), the word in the second column, then the rest. */
function row(mark: string, word: string, rest: string): string {
  return `${mark} ${word.padEnd(8)} ${rest}`;
}

const SIGN: Record<PlanItem['op'], string> = { add: '+', invite: '+', change: '~', changeInvitation: '~', remove: '-', revoke: '-' };

export function renderPlan(plans: readonly SourcePlan[], header: PlanHeader): string {
  const c = countPlan(plans);
  const totals = [l10n.t('{0} to add or invite', c.add), l10n.t('{0} to change', c.change), l10n.t('{0} to remove', c.remove)];
  if (c.problems) totals.push(c.problems === 1 ? l10n.t('1 problem') : l10n.t('{0} problems', c.problems));
  const lines = [
    l10n.t('Plan for {0} on {1}, {2} UTC', header.fileName, header.account, header.at.toISOString().slice(0, 16).replace('T', ' ')),
    header.nextStep ?? l10n.t('Nothing has been changed yet: "GitLab Members: Apply Membership File" carries this out.'),
    '',
    totals.join(' · '),
  ];
  for (const plan of plans) lines.push('', ...renderSource(plan));
  return `${lines.join('\n')}\n`;
}

function renderSource(plan: SourcePlan): string[] {
  const { spec } = plan;
  // The file's own words: removeUnlisted: true stays as written.
  const title = `${sourceName(spec.kind, spec.fullPath)}${spec.removeUnlisted ? '  (removeUnlisted: true)' : ''}`;
  if (plan.error) return [title, row('!', errorWord(), plan.error)];
  const rows = plan.items.map((item) => {
    const t = itemText(item);
    return row(SIGN[item.op], t.op, `${t.who.padEnd(WIDTH)} ${t.what}`);
  });
  rows.push(...plan.notes.map(noteLine));
  return [title, ...(rows.length ? rows : [`  ${l10n.t('no changes')}`])];
}

const errorWord = () => l10n.t({ message: 'error', comment: ['marks a line of a membership plan that cannot be carried out'] });

function noteLine(note: PlanNote): string {
  if (note.kind === 'unknownUser') {
    const line = note.spec.range.startLine + 1;
    return row('!', errorWord(), `${`@${note.spec.username}`.padEnd(WIDTH)} ${l10n.t('no GitLab user with this username (line {0})', line)}`);
  }
  if (note.kind === 'accepted') {
    const word = l10n.t({ message: 'accepted', comment: ['marks a line of a membership plan: an invitation that was accepted'] });
    return row(' ', word, `${note.email.padEnd(WIDTH)} ${l10n.t('now @{user}\'s membership (list it as "username: {user}")', { user: note.member.username })}`);
  }
  if (note.kind === 'maybeAccepted') {
    const emails = note.emails.length > 3 ? l10n.t('{0} and {1} more', note.emails.slice(0, 3).join(', '), note.emails.length - 3) : note.emails.join(', ');
    const word = l10n.t({ message: 'warning', comment: ['marks a line of a membership plan that needs attention'] });
    return row('!', word, l10n.t('no pending invitation for {0}: if one was accepted, that person may be among the removals above (GitLab tells whose email it is only when it is public, or to administrators): list people by username', emails));
  }
  if (note.kind === 'expired') {
    const word = l10n.t({ message: 'skip', comment: ['marks a line of a membership plan that is left out'] });
    const text = l10n.t('{key} {date} has passed: left as GitLab has it (line {line})', { key: 'expires', date: note.spec.expiresAt ?? '', line: note.spec.range.startLine + 1 });
    return row(' ', word, `${note.who.padEnd(WIDTH)} ${text}`);
  }
  const why = note.reason === 'self' ? l10n.t('not listed, but that is you: never removed') : l10n.t('not listed ({key} is off)', { key: 'removeUnlisted' });
  const word = l10n.t({ message: 'keep', comment: ['marks a line of a membership plan: a member or invitation that stays'] });
  return row(' ', word, `${note.who.padEnd(WIDTH)} ${why}`);
}
