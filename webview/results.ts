/** What GitLab answered for each recipient of the last send: invited, already there (and why), or failed (and why). */
import type { RecipientResult } from '../src/shared/protocol';
import { h } from './dom';

const STATUS_TEXT = { invited: 'Invited', already: 'Already there', failed: 'Failed' } as const;

export function renderResults(el: HTMLElement, results: readonly RecipientResult[]): void {
  el.hidden = results.length === 0;
  if (results.length === 0) return el.replaceChildren();
  const count = (status: RecipientResult['status']) => results.filter((r) => r.status === status).length;
  const summary = `${count('invited')} invited, ${count('already')} already there, ${count('failed')} failed`;
  el.replaceChildren(
    h('h2', { className: 'results-title', text: 'Last invitation' }),
    h('p', { className: 'results-summary', text: summary }),
    h('ul', { className: 'result-list' }, ...results.map(resultItem)),
  );
}

function resultItem(result: RecipientResult): HTMLLIElement {
  const who = result.kind === 'user' ? `@${result.recipient}` : result.recipient;
  const item = h('li', { className: `result result-${result.status}` },
    h('span', { className: 'result-status', text: STATUS_TEXT[result.status] }),
    h('span', { className: 'result-recipient', text: who }));
  if (result.message) item.append(h('span', { className: 'result-message', text: result.message }));
  return item;
}
