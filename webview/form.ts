/**
 * The invite form's controller: holds the draft (saved on every change), the target, and the send in flight (in
 * the draft too: a page reloaded while GitLab answers still accepts the answer, which the extension replays);
 * handles every message from the extension in one exhaustive switch.
 */
import * as l10n from '@vscode/l10n';
import {
  addEmailText, addUser, applyResults, clearRecipients, forTarget, includeReviewed, needsRetargetAnswer, recipientsFor, recipientsToSend, removeChip,
  reviewFor, sendSignature, withPending, withReview, type InviteDraft,
} from './inviteDraft';
import { checkExpiryInput } from '../src/domain/expiryRule';
import { unhandled, type FormTarget, type ToWebview } from '../src/shared/protocol';
import type { Host } from './host';
import type { FormElements } from './layout';
import { wireRecipientInput } from './recipientInput';
import { findRole, renderRoles, selectedRole, withRole } from './roleField';
import { renderForm } from './render';
import { UserSuggest } from './suggestions';

export class InviteFormController {
  private draft: InviteDraft;
  private target: FormTarget | null = null;
  /** Request ids grow across page loads, so an answer for an older page's send is never taken for a newer one. */
  private nextInvite: number;
  private readonly suggest: UserSuggest;

  constructor(private readonly host: Host, private readonly el: FormElements) {
    this.draft = host.loadDraft();
    this.nextInvite = Math.max(Date.now(), (this.draft.pending?.requestId ?? 0) + 1);
    this.suggest = new UserSuggest(host, el.input, el.suggestions, (user) => {
      el.input.value = '';
      this.update({ ...addUser(this.draft, user), typed: '' });
      el.input.focus();
    });
    wireRecipientInput(el.input, this.suggest, {
      addEmails: (text) => this.update(addEmailText(this.draft, text)),
      typed: (typed) => this.save({ ...this.draft, typed }),
    });
    document.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      this.send();
    });
    // A changed role or expiry makes another send: a review made for the old one no longer shows.
    el.role.addEventListener('change', () => {
      this.save(withRole(this.draft, selectedRole(el.role, this.target?.roles ?? [])));
      this.render();
    });
    el.expiry.addEventListener('change', () => {
      this.save({ ...this.draft, expiry: el.expiry.value });
      this.el.expiryError.textContent = this.expiryProblem() ?? '';
      this.render();
    });
    el.send.addEventListener('click', () => this.send());
    el.input.value = this.draft.typed;
    el.expiry.value = this.draft.expiry;
    this.render();
  }

  /** Tells the extension the page is there, and which send it still waits for. */
  ready(): void {
    this.host.post({ type: 'ready', ...(this.sending === undefined ? {} : { pendingInvite: this.sending }) });
  }

  receive(message: ToWebview): void {
    switch (message.type) {
      case 'target':
        return this.setTarget(message.target);
      case 'focusRecipients':
        return this.el.input.focus();
      case 'searchResult':
      case 'searchFailed':
        return this.suggest.receive(message);
      case 'inviteResult': {
        const sent = this.draft.pending;
        if (!sent || message.requestId !== sent.requestId) return;
        this.el.formError.textContent = '';
        this.update(applyResults(this.draft, message, sent));
        return this.el.results.scrollIntoView({ block: 'nearest' });
      }
      case 'inviteReview':
        if (message.requestId !== this.sending) return;
        this.el.formError.textContent = '';
        this.update(withReview(this.draft, message.items, message.note));
        return this.el.review.scrollIntoView({ block: 'nearest' });
      case 'inviteFailed':
        if (message.requestId !== this.sending) return;
        this.save(withPending(this.draft, undefined));
        this.el.formError.textContent = message.error;
        return this.render();
      default:
        return unhandled(message);
    }
  }

  private setTarget(target: FormTarget | null): void {
    this.target = target;
    const moved = target ? forTarget(this.draft, target.key) : this.draft;
    if (moved !== this.draft) this.save(moved);
    const saved = this.draft.role === null ? undefined : { level: this.draft.role, memberRoleId: this.draft.memberRoleId };
    const keep = saved && target ? (findRole(target.roles, saved) ?? null) : null;
    if (keep === null && this.draft.role !== null) this.save(withRole(this.draft, null));
    const fallback = target ? { level: target.defaultRole } : null;
    renderRoles(this.el.role, target?.roles ?? [], keep ?? fallback);
    this.el.expiry.min = target?.minExpiry ?? '';
    this.render();
  }

  private send(): void {
    if (this.sending !== undefined) return;
    const typed = this.el.input.value.trim();
    if (typed.includes('@')) {
      this.el.input.value = '';
      this.update({ ...addEmailText(this.draft, typed), typed: '' });
    }
    const target = this.target;
    if (!target) return this.fail(this.el.formError, l10n.t('Choose a group or project first.'), this.el.send);
    if (target.notice) return this.fail(this.el.formError, target.notice, this.el.input); // Ctrl+Enter while Invite is off
    const was = needsRetargetAnswer(this.draft, target.key);
    if (was) return this.fail(this.el.formError, l10n.t('The recipients were added for {0}: keep them for {1} or clear them first.', was.fullPath, target.fullPath), this.el.retarget);
    if (this.el.input.value.trim()) return this.fail(this.el.recipientsError, l10n.t('Pick a user for "{0}" from the list, or clear it.', this.el.input.value.trim()), this.el.input);
    const who = recipientsToSend(this.draft);
    if (!who.ok) return this.fail(this.el.recipientsError, who.error, this.el.input);
    const expiry = checkExpiryInput(this.draft.expiry, new Date());
    if (!expiry.ok) return this.fail(this.el.expiryError, expiry.error, this.el.expiry);
    const role = selectedRole(this.el.role, target.roles);
    const accessLevel = role?.level ?? target.defaultRole;
    const custom = role?.memberRoleId === undefined ? {} : { memberRoleId: role.memberRoleId };
    const requestId = this.nextInvite++;
    const signature = sendSignature(this.draft, target.key, accessLevel, role?.memberRoleId);
    const review = reviewFor(this.draft, signature);
    const include = review?.items.filter((i) => review.include.includes(i.key)).map(({ key, text }) => ({ key, text }));
    const reviewed = review ? { reviewed: true, include } : {};
    this.save(withPending(this.draft, { requestId, targetKey: target.key, fullPath: target.fullPath, signature }));
    this.el.formError.textContent = '';
    this.host.post({ type: 'invite', requestId, targetKey: target.key, emails: who.emails, users: who.users, accessLevel, expiresAt: expiry.value, ...custom, ...reviewed });
    this.render();
  }

  /** The request id of the send in flight, if any. */
  private get sending(): number | undefined {
    return this.draft.pending?.requestId;
  }

  private fail(where: HTMLElement, text: string, focus: HTMLElement): void {
    where.textContent = text;
    focus.focus();
  }

  private expiryProblem(): string | undefined {
    const check = checkExpiryInput(this.draft.expiry, new Date());
    return check.ok ? undefined : check.error;
  }

  /** A change to the recipients: they belong to the current target from the first one on, and to none when empty. */
  private update(draft: InviteDraft): void {
    const { chipsFor: _, ...none } = draft;
    const target = this.target;
    if (draft.chips.length === 0) draft = none;
    else if (!draft.chipsFor && target) draft = recipientsFor(draft, { targetKey: target.key, fullPath: target.fullPath });
    this.save(draft);
    this.el.recipientsError.textContent = '';
    this.render();
  }

  private save(draft: InviteDraft): void {
    this.draft = draft;
    this.host.saveDraft(draft);
  }

  private render(): void {
    const review = this.currentReview();
    const retargetFrom = this.target ? needsRetargetAnswer(this.draft, this.target.key) : undefined;
    const extra = { ...(review ? { review } : {}), ...(retargetFrom ? { retargetFrom } : {}) };
    renderForm(this.el, { draft: this.draft, target: this.target, sending: this.sending !== undefined, ...extra }, {
      choose: () => this.host.post({ type: 'chooseTarget' }),
      remove: (index) => this.update(removeChip(this.draft, index)),
      showLogs: () => this.host.post({ type: 'showLogs' }),
      include: (key, on) => this.save(includeReviewed(this.draft, key, on)),
      keepRecipients: () => this.retargetAnswered(false),
      clearRecipients: () => this.retargetAnswered(true),
    });
  }

  private retargetAnswered(clear: boolean): void {
    const target = this.target;
    if (!target) return;
    const to = { targetKey: target.key, fullPath: target.fullPath };
    if (clear) this.el.input.value = '';
    this.update(clear ? clearRecipients(this.draft, to) : recipientsFor(this.draft, to));
    this.el.formError.textContent = '';
    this.el.input.focus();
  }

  /** The review, while it holds for what Invite would send now (same target, role, expiry and recipients). */
  private currentReview() {
    const target = this.target;
    if (!target || !this.draft.review) return undefined;
    const role = selectedRole(this.el.role, target.roles);
    return reviewFor(this.draft, sendSignature(this.draft, target.key, role?.level ?? target.defaultRole, role?.memberRoleId));
  }
}
