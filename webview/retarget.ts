/**
 * The form was pointed at another group or project while it holds recipients gathered for the last one: it says
 * so, and asks whether to keep them for the new target or clear them. Until answered, Invite stays off, so one
 * click never invites people to a place the person did not choose them for.
 */
import * as l10n from '@vscode/l10n';
import type { SentTo } from './inviteDraft';
import type { FormTarget } from '../src/shared/protocol';
import { custom, h } from './dom';

export interface RetargetChoice {
  keep(): void;
  clear(): void;
}

export function renderRetarget(el: HTMLElement, was: SentTo | undefined, now: FormTarget | null, count: number, on: RetargetChoice): void {
  el.hidden = !was || !now;
  if (!was || !now) return el.replaceChildren();
  const keep = custom('vscode-button', { text: l10n.t('Keep for {0}', now.fullPath), attrs: { id: 'retarget-keep' } });
  const clear = custom('vscode-button', { text: l10n.t('Clear recipients'), attrs: { id: 'retarget-clear', appearance: 'secondary' } });
  keep.addEventListener('click', on.keep);
  clear.addEventListener('click', on.clear);
  el.replaceChildren(
    h('p', { className: 'retarget-text', text: retargetText(now, was.fullPath, count) }),
    h('div', { className: 'retarget-actions' }, keep, clear),
  );
}

/** `The form now invites to group acme/web. The 2 recipients were added for acme/api: keep them for acme/web?` */
function retargetText(now: FormTarget, was: string, count: number): string {
  const to = now.fullPath;
  if (now.kind === 'group') {
    return count === 1
      ? l10n.t('The form now invites to group {0}. The recipient was added for {1}: keep it for {0}?', to, was)
      : l10n.t('The form now invites to group {0}. The {2} recipients were added for {1}: keep them for {0}?', to, was, count);
  }
  return count === 1
    ? l10n.t('The form now invites to project {0}. The recipient was added for {1}: keep it for {0}?', to, was)
    : l10n.t('The form now invites to project {0}. The {2} recipients were added for {1}: keep them for {0}?', to, was, count);
}
