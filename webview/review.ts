/**
 * The review before a send: recipients who already have access here, each with what sending would do to them
 * ("Maintainer here: sending at Developer would change their role to Developer"). Left out unless ticked; one
 * GitLab would refuse, or an older GitLab would not change, has no tick box. Invite then sends.
 */
import * as l10n from '@vscode/l10n';
import type { Review } from './inviteDraft';
import { h } from './dom';

export function renderReview(el: HTMLElement, review: Review | undefined, onInclude: (key: string, on: boolean) => void): void {
  el.hidden = !review;
  if (!review) return el.replaceChildren();
  const count = review.items.length;
  const parts: Node[] = [
    h('h2', { className: 'review-title', text: count === 1 ? l10n.t('1 recipient already has access here') : l10n.t('{0} recipients already have access here', count) }),
    h('p', { className: 'review-help', text: l10n.t('They are left out. Tick one to send it anyway, then Invite again.') }),
    h('ul', { className: 'review-list' }, ...review.items.map((item, i) => {
      const id = `review-${i}`;
      const box = h('input', { className: 'review-include', attrs: { type: 'checkbox', id, 'data-key': item.key } });
      box.checked = review.include.includes(item.key);
      box.disabled = !item.canInclude;
      box.addEventListener('change', () => onInclude(item.key, box.checked));
      return h('li', { className: 'review-item' }, box, h('label', { className: 'review-text', text: item.text, attrs: { for: id } }));
    })),
  ];
  if (review.note) parts.push(h('p', { className: 'review-note', text: review.note }));
  el.replaceChildren(...parts);
}
