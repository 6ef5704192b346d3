/**
 * What the invite form holds while someone fills it in: recipients as chips, the half-typed text, role, expiry,
 * the send GitLab has not answered yet and the last results, each with the group or project it went to. Pure
 * functions from draft to draft, so the webview state and the tests share them.
 */
import * as l10n from '@vscode/l10n';
import type { ReviewItem, UserHit } from '../src/shared/protocol';
import { parseEmails } from './recipients';

import type { Answer, Chip, InviteDraft, LastSend, PendingSend, Review, SentTo } from './draftSchema';

export type { Answer, Chip, ChipNote, InviteDraft, LastSend, PendingSend, Review, SentTo } from './draftSchema';

export const EMPTY_DRAFT: InviteDraft = { chips: [], typed: '', role: null, expiry: '' };

export type InviteRecipients =
  | { readonly ok: true; readonly emails: string[]; readonly users: UserHit[] }
  | { readonly ok: false; readonly error: string };

/**
 * The recipients are for `to` now: set when the first is added, and when the person agrees to keep them for a
 * new target. While they were gathered for another one (`needsRetargetAnswer`), the form asks before sending.
 */
export function recipientsFor(draft: InviteDraft, to: SentTo): InviteDraft {
  return { ...draft, chipsFor: { targetKey: to.targetKey, fullPath: to.fullPath } };
}

/** The recipients were gathered for another group or project than `targetKey`: where, so the form can ask. */
export function needsRetargetAnswer(draft: InviteDraft, targetKey: string): SentTo | undefined {
  if (draft.chips.length === 0 || !draft.chipsFor || draft.chipsFor.targetKey === targetKey) return undefined;
  return draft.chipsFor;
}

/** The person chose to drop the recipients gathered for another target. */
export function clearRecipients(draft: InviteDraft, to: SentTo): InviteDraft {
  const { review: _, ...rest } = draft;
  return recipientsFor({ ...rest, chips: [], typed: '' }, to);
}

/** Adds every address in `text` (new ones only; invalid ones kept and marked). */
export function addEmailText(draft: InviteDraft, text: string): InviteDraft {
  const known = new Set(draft.chips.filter(isEmail).map((c) => c.email.toLowerCase()));
  const added = parseEmails(text).filter((e) => !known.has(e.email.toLowerCase()));
  return { ...draft, chips: [...draft.chips, ...added.map((e) => ({ kind: 'email' as const, ...e }))] };
}

export function addUser(draft: InviteDraft, user: UserHit): InviteDraft {
  if (draft.chips.some((c) => c.kind === 'user' && c.id === user.id)) return draft;
  return { ...draft, chips: [...draft.chips, { kind: 'user', id: user.id, username: user.username, name: user.name }] };
}

export function removeChip(draft: InviteDraft, index: number): InviteDraft {
  return { ...draft, chips: draft.chips.filter((_, i) => i !== index) };
}

/** Who to send: refused while an address is invalid (it is marked in the form) or nobody is named. */
export function recipientsToSend(draft: InviteDraft): InviteRecipients {
  const invalid = draft.chips.filter((c) => c.kind === 'email' && !c.valid).length;
  if (invalid > 0) {
    return { ok: false, error: invalid === 1 ? l10n.t('Fix or remove the invalid address first.') : l10n.t('Fix or remove the {0} invalid addresses first.', invalid) };
  }
  if (draft.chips.length === 0) return { ok: false, error: l10n.t('Add at least one email address or user.') };
  return {
    ok: true,
    emails: draft.chips.filter(isEmail).map((c) => c.email),
    users: draft.chips.flatMap((c) => (c.kind === 'user' ? [{ id: c.id, username: c.username, name: c.name }] : [])),
  };
}

/** The draft waiting for the answer to this send, or (undefined) for none. */
export function withPending(draft: InviteDraft, pending: PendingSend | undefined): InviteDraft {
  const { pending: _, ...rest } = draft;
  if (pending === undefined) return rest;
  const signature = pending.signature === undefined ? {} : { signature: pending.signature };
  return { ...rest, pending: { requestId: pending.requestId, targetKey: pending.targetKey, fullPath: pending.fullPath, ...signature } };
}

/** Identifies a send: target, role, expiry and recipients. A review holds only for the same signature. */
export function sendSignature(draft: InviteDraft, targetKey: string, accessLevel: number, memberRoleId: number | undefined): string {
  const who = draft.chips.map(chipKey).sort().join(',');
  return JSON.stringify([targetKey, accessLevel, memberRoleId ?? null, draft.expiry, who]);
}

/** The review GitLab's state gave for the send in flight; the send is over (nothing was sent). */
export function withReview(draft: InviteDraft, items: readonly ReviewItem[], note: string | undefined): InviteDraft {
  const signature = draft.pending?.signature ?? '';
  return { ...withPending(draft, undefined), review: { signature, items: [...items], include: [], ...(note ? { note } : {}) } };
}

/** The review, if it was made for this send. */
export function reviewFor(draft: InviteDraft, signature: string): Review | undefined {
  return draft.review?.signature === signature ? draft.review : undefined;
}

/** Tick or untick a reviewed recipient to be sent on purpose. */
export function includeReviewed(draft: InviteDraft, key: string, on: boolean): InviteDraft {
  const review = draft.review;
  if (!review || !review.items.some((i) => i.key === key && i.canInclude)) return draft;
  const include = review.include.filter((k) => k !== key);
  return { ...draft, review: { ...review, include: on ? [...include, key] : include } };
}

/**
 * The form now points at `targetKey`: results of a send elsewhere, and the notes they left on chips, are about
 * another group or project and go (the recipients stay).
 */
export function forTarget(draft: InviteDraft, targetKey: string): InviteDraft {
  if (!draft.last || draft.last.targetKey === targetKey) return draft;
  const { last: _, ...rest } = draft;
  return { ...rest, chips: draft.chips.map(withoutNote) };
}

/**
 * After a send: whoever has nothing to retry leaves the form (invited, changed, updated, already there, left
 * out); those that failed stay, each with GitLab's reason.
 */
export function applyResults(draft: InviteDraft, answer: Answer, sentTo: SentTo): InviteDraft {
  const { results } = answer;
  const byKey = new Map(results.map((r) => [`${r.kind}:${r.recipient.toLowerCase()}`, r]));
  const chips: Chip[] = [];
  for (const chip of draft.chips) {
    const result = byKey.get(chipKey(chip));
    if (result && result.status !== 'failed') continue;
    chips.push(result ? { ...chip, note: { status: 'failed', message: result.message ?? l10n.t('GitLab did not say why.') } } : chip);
  }
  const last: LastSend = {
    targetKey: sentTo.targetKey,
    fullPath: sentTo.fullPath,
    results: [...results],
    ...(answer.explanation ? { explanation: answer.explanation } : {}),
    ...(answer.note ? { note: answer.note } : {}),
  };
  const { review: _, ...rest } = withPending(draft, undefined);
  return { ...rest, chips, last };
}

/** `email:a@b.org` or `user:alice`: how results find their chip. */
export function chipKey(chip: Chip): string {
  return chip.kind === 'email' ? `email:${chip.email.toLowerCase()}` : `user:${chip.username.toLowerCase()}`;
}

/** What the chip shows: the address, or `Name (@username)`. */
export function chipLabel(chip: Chip): string {
  return chip.kind === 'email' ? chip.email : `${chip.name || chip.username} (@${chip.username})`;
}

function withoutNote(chip: Chip): Chip {
  if (!chip.note) return chip;
  const { note: _, ...rest } = chip;
  return rest;
}

function isEmail(chip: Chip): chip is Extract<Chip, { kind: 'email' }> {
  return chip.kind === 'email';
}
