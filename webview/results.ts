/**
 * What GitLab answered for each recipient of the last send (named by the group or project it went to), in the
 * words every report uses: invited, role changed, invitation updated, already there, left out, or failed and why;
 * when GitLab refused the whole request, why (for a 403, what the caller's role allows); after any failure, a
 * "Show Logs" button that opens the extension's log.
 */
import * as l10n from '@vscode/l10n';
import type { LastSend } from './inviteDraft';
import { statusCount } from '../src/domain/statusCount';
import type { RecipientResult } from '../src/shared/protocol';
import { custom, h } from './dom';

const ORDER: readonly RecipientResult['status'][] = ['invited', 'changed', 'updated', 'already', 'left', 'failed'];

export function renderResults(el: HTMLElement, last: LastSend | undefined, onShowLogs: () => void): void {
  const results = last?.results ?? [];
  el.hidden = results.length === 0;
  if (!last || results.length === 0) return el.replaceChildren();
  const count = (status: RecipientResult['status']) => results.filter((r) => r.status === status).length;
  const summary = ORDER.filter((s) => s === 'invited' || s === 'failed' || count(s) > 0).map((s) => statusCount(s, count(s))).join(', ');
  const parts: Node[] = [
    h('h2', { className: 'results-title', text: l10n.t('Last invitation to {0}', last.fullPath) }),
    h('p', { className: 'results-summary', text: summary }),
  ];
  if (last.explanation) parts.push(h('p', { className: 'results-explanation', text: last.explanation, attrs: { id: 'results-explanation' } }));
  if (last.note) parts.push(h('p', { className: 'results-note', text: last.note }));
  parts.push(h('ul', { className: 'result-list' }, ...results.map(resultItem)));
  if (count('failed') > 0) {
    const logs = custom('vscode-button', { text: l10n.t('Show Logs'), attrs: { appearance: 'secondary', id: 'show-logs' } });
    logs.addEventListener('click', onShowLogs);
    parts.push(h('div', { className: 'results-actions' }, logs));
  }
  el.replaceChildren(...parts);
}

function resultItem(result: RecipientResult): HTMLLIElement {
  const who = result.kind === 'user' ? `@${result.recipient}` : result.recipient;
  const item = h('li', { className: `result result-${result.status}` }, // l10n-ignore: CSS classes
    h('span', { className: 'result-recipient', text: who }),
    h('span', { className: 'result-text', text: result.text }));
  return item;
}
