/**
 * The form was pointed at another group or project while it holds recipients gathered for the last one: it says
 * so, and asks whether to keep them for the new target or clear them. Until answered, Invite stays off, so one
 * click never invites people to a place the person did not choose them for.
 */
import type { SentTo } from '../src/domain/inviteDraft';
import type { FormTarget } from '../src/shared/protocol';
import { custom, h } from './dom';

export interface RetargetChoice {
  keep(): void;
  clear(): void;
}

export function renderRetarget(el: HTMLElement, was: SentTo | undefined, now: FormTarget | null, count: number, on: RetargetChoice): void {
  el.hidden = !was || !now;
  if (!was || !now) return el.replaceChildren();
  const who = count === 1 ? 'the recipient' : `the ${count} recipients`;
  const keep = custom('vscode-button', { text: `Keep for ${now.fullPath}`, attrs: { id: 'retarget-keep' } });
  const clear = custom('vscode-button', { text: 'Clear recipients', attrs: { id: 'retarget-clear', appearance: 'secondary' } });
  keep.addEventListener('click', on.keep);
  clear.addEventListener('click', on.clear);
  el.replaceChildren(
    h('p', { className: 'retarget-text', text: `The form now invites to ${now.kind} ${now.fullPath}. ${capitalize(who)} ${count === 1 ? 'was' : 'were'} added for ${was.fullPath}: keep ${count === 1 ? 'it' : 'them'} for ${now.fullPath}?` }),
    h('div', { className: 'retarget-actions' }, keep, clear),
  );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
