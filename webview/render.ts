/** Draws the parts of the form that follow the state: header, chips, invalid-address hint, button, results. */
import * as l10n from '@vscode/l10n';
import type { InviteDraft, Review, SentTo } from './inviteDraft';
import type { FormTarget } from '../src/shared/protocol';
import { renderChips } from './chips';
import { inviteLabel, type FormElements } from './layout';
import { renderResults } from './results';
import { renderRetarget } from './retarget';
import { renderReview } from './review';
import { renderTarget } from './targetHeader';

export interface FormView {
  readonly draft: InviteDraft;
  readonly target: FormTarget | null;
  readonly sending: boolean;
  /** The review that holds for what the form would send now, if any. */
  readonly review?: Review;
  /** The recipients were gathered for this other target: the form asks first. */
  readonly retargetFrom?: SentTo;
}

export interface FormCallbacks {
  choose(): void;
  remove(index: number): void;
  showLogs(): void;
  include(key: string, on: boolean): void;
  keepRecipients(): void;
  clearRecipients(): void;
}

export function renderForm(el: FormElements, view: FormView, on: FormCallbacks): void {
  const focusedChip = chipIndexOf(document.activeElement, el.chips);
  renderTarget(el.target, view.target, on.choose);
  renderRetarget(el.retarget, view.retargetFrom, view.target, view.draft.chips.length, { keep: on.keepRecipients, clear: on.clearRecipients });
  renderChips(el.chips, view.draft.chips, on.remove);
  const invalid = view.draft.chips.filter((c) => c.kind === 'email' && !c.valid).length;
  el.input.setAttribute('aria-invalid', String(invalid > 0));
  if (invalid > 0 && !el.recipientsError.textContent) {
    el.recipientsError.textContent = invalid === 1 ? l10n.t('1 address is not valid: fix or remove it.') : l10n.t('{0} addresses are not valid: fix or remove them.', invalid);
  }
  // Only what may be done is offered: where GitLab will refuse (read-only token, role too low), no enabled Invite.
  el.send.disabled = view.sending || view.target === null || view.target.notice !== undefined || view.retargetFrom !== undefined;
  el.send.textContent = view.sending ? l10n.t('Inviting…') : inviteLabel();
  el.sendTarget.textContent = sendTargetText(view.target);
  el.sendTarget.classList.toggle('send-blocked', view.target?.notice !== undefined);
  el.busy.hidden = !view.sending;
  renderReview(el.review, view.review, on.include);
  renderResults(el.results, view.draft.last, on.showLogs);
  if (focusedChip !== undefined) refocus(el, focusedChip);
}

/** After a chip's removal, keep the keyboard where it was: the next chip's button, else the input. */
function refocus(el: FormElements, index: number): void {
  const buttons = el.chips.querySelectorAll<HTMLButtonElement>('.chip-remove');
  (buttons[Math.min(index, buttons.length - 1)] ?? el.input).focus();
}

function chipIndexOf(active: Element | null, list: HTMLUListElement): number | undefined {
  const item = active?.closest('.chip');
  if (!item || !list.contains(item)) return undefined;
  return Array.from(list.children).indexOf(item);
}

/** `to group acme/platform · @demo on gitlab.example.com`, or why Invite is off. */
export function sendTargetText(target: FormTarget | null): string {
  if (!target) return l10n.t('Choose a group or project first.');
  if (target.notice) return l10n.t('Invite is off: {0}', target.notice);
  return target.kind === 'group'
    ? l10n.t('to group {0} · {1}', target.fullPath, target.account)
    : l10n.t('to project {0} · {1}', target.fullPath, target.account);
}
