/**
 * The form's fixed skeleton, built once: target header, recipients (chips + combobox input + suggestions),
 * role, expiry, the Invite button and the results. Every control has a visible label tied to it for screen readers.
 */
import * as l10n from '@vscode/l10n';
import { custom, h } from './dom';
import type { ToolkitButton, ToolkitDropdown } from './toolkit';

export interface FormElements {
  readonly target: HTMLElement;
  /** Asks whether recipients gathered for another target go to this one. */
  readonly retarget: HTMLElement;
  readonly chips: HTMLUListElement;
  readonly input: HTMLInputElement;
  readonly suggestions: HTMLUListElement;
  readonly recipientsError: HTMLElement;
  readonly role: ToolkitDropdown;
  readonly expiry: HTMLInputElement;
  readonly expiryError: HTMLElement;
  readonly send: ToolkitButton;
  /** Beside the button: where Invite sends (type, full path, account), or why it cannot. */
  readonly sendTarget: HTMLElement;
  readonly busy: HTMLElement;
  readonly formError: HTMLElement;
  readonly review: HTMLElement;
  readonly results: HTMLElement;
}

export function buildLayout(root: HTMLElement): FormElements {
  const target = h('section', { className: 'target', attrs: { 'aria-label': l10n.t({ message: 'Invite to', comment: ['names the section that shows the group or project the form invites to'] }), 'aria-live': 'polite' } });
  const retarget = h('section', { className: 'retarget', attrs: { id: 'retarget', role: 'alert', 'aria-label': l10n.t('The target changed') } });
  retarget.hidden = true;
  const chips = h('ul', { className: 'chips', attrs: { id: 'chips', 'aria-label': l10n.t('Recipients to invite') } });
  const suggestions = h('ul', { className: 'suggestions', attrs: { id: 'suggestions', role: 'listbox', 'aria-label': l10n.t('Matching GitLab users') } });
  suggestions.hidden = true;
  const input = h('input', {
    className: 'text-input',
    attrs: {
      id: 'recipient-input', type: 'text', role: 'combobox', autocomplete: 'off', spellcheck: 'false',
      'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': 'suggestions',
      'aria-describedby': 'recipients-help recipients-error', // l10n-ignore: element ids
      placeholder: l10n.t('name@example.com, or a name or username'),
    },
  });
  const recipientsError = h('p', { className: 'error', attrs: { id: 'recipients-error', role: 'alert' } });
  const role = custom<ToolkitDropdown>('vscode-dropdown', { attrs: { id: 'role', 'aria-labelledby': 'role-label', position: 'below' } });
  const expiry = h('input', { className: 'text-input', attrs: { id: 'expiry', type: 'date', 'aria-describedby': 'expiry-help expiry-error' } }); // l10n-ignore: element ids
  const expiryError = h('p', { className: 'error', attrs: { id: 'expiry-error', role: 'alert' } });
  const send = custom<ToolkitButton>('vscode-button', { text: inviteLabel(), attrs: { id: 'send' } });
  const sendTarget = h('p', { className: 'send-target', attrs: { id: 'send-target', 'aria-live': 'polite' } });
  send.setAttribute('aria-describedby', 'send-target');
  const busy = custom('vscode-progress-ring', { attrs: { 'aria-label': l10n.t('Sending invitations') } });
  busy.hidden = true;
  const formError = h('p', { className: 'error', attrs: { id: 'form-error', role: 'alert' } });
  const review = h('section', { className: 'review', attrs: { id: 'review', 'aria-live': 'polite', 'aria-label': l10n.t('Recipients who already have access') } });
  review.hidden = true;
  const results = h('section', { className: 'results', attrs: { id: 'results', 'aria-live': 'polite', 'aria-label': l10n.t('Results of the last invitation') } });

  // Compact, so Role and Invite show without scrolling in a side bar at its default size: role and expiry
  // share a row where there is room, and the Invite row sticks to the bottom while recipients pile up above.
  root.replaceChildren(
    target,
    retarget,
    h('div', { className: 'field' },
      h('label', { text: l10n.t('Email addresses or GitLab users'), attrs: { for: 'recipient-input', id: 'recipients-label' } }),
      chips,
      h('div', { className: 'combo' }, input, suggestions),
      h('p', { className: 'help', attrs: { id: 'recipients-help' }, text: l10n.t('Emails (paste many at once), or part of a name or username; Enter adds. Who already has access is shown before anything is sent (a private email cannot be recognised).') }),
      recipientsError),
    h('div', { className: 'pair' },
      h('div', { className: 'field' }, h('label', { text: l10n.t('Role'), attrs: { id: 'role-label' } }), role),
      h('div', { className: 'field' },
        h('label', { text: l10n.t('Expires (optional)'), attrs: { for: 'expiry' } }),
        expiry)),
    h('p', { className: 'help', attrs: { id: 'expiry-help' }, text: l10n.t('Access ends on that day (GitLab counts days in UTC). Empty: no expiry.') }),
    expiryError,
    review,
    h('div', { className: 'actions' }, send, busy, sendTarget),
    formError,
    results,
  );
  return { target, retarget, chips, input, suggestions, recipientsError, role, expiry, expiryError, send, sendTarget, busy, formError, review, results };
}

/** The send button's caption (render.ts shows it again once a send is answered). */
export function inviteLabel(): string {
  return l10n.t({ message: 'Invite', comment: ['button that sends the invitations'] });
}
