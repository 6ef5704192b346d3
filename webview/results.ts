/**
 * What GitLab answered for each recipient of the last send (named by the group or project it went to): invited, already there (and why), or failed (and why);
 * when GitLab refused the whole request, why (for a 403, what the caller's role allows); after any failure, a
 * "Show Logs" button that opens the extension's log.
 */
import type { LastSend } from '../src/domain/inviteDraft';
import type { RecipientResult } from '../src/shared/protocol';
import { custom, h } from './dom';

const STATUS_TEXT = { invited: 'Invited', already: 'Already there', failed: 'Failed' } as const;

export function renderResults(el: HTMLElement, last: LastSend | undefined, onShowLogs: () => void): void {
  const results = last?.results ?? [];
  el.hidden = results.length === 0;
  if (!last || results.length === 0) return el.replaceChildren();
  const count = (status: RecipientResult['status']) => results.filter((r) => r.status === status).length;
  const summary = `${count('invited')} invited, ${count('already')} already there, ${count('failed')} failed`;
  const parts: Node[] = [
    h('h2', { className: 'results-title', text: `Last invitation to ${last.fullPath}` }),
    h('p', { className: 'results-summary', text: summary }),
  ];
  if (last.explanation) parts.push(h('p', { className: 'results-explanation', text: last.explanation, attrs: { id: 'results-explanation' } }));
  parts.push(h('ul', { className: 'result-list' }, ...results.map(resultItem)));
  if (count('failed') > 0) {
    const logs = custom('vscode-button', { text: 'Show Logs', attrs: { appearance: 'secondary', id: 'show-logs' } });
    logs.addEventListener('click', onShowLogs);
    parts.push(h('div', { className: 'results-actions' }, logs));
  }
  el.replaceChildren(...parts);
}

function resultItem(result: RecipientResult): HTMLLIElement {
  const who = result.kind === 'user' ? `@${result.recipient}` : result.recipient;
  const item = h('li', { className: `result result-${result.status}` },
    h('span', { className: 'result-status', text: STATUS_TEXT[result.status] }),
    h('span', { className: 'result-recipient', text: who }));
  if (result.message) item.append(h('span', { className: 'result-message', text: result.message }));
  return item;
}
