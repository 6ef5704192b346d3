/** The header: which group or project the form invites to (type, full path, account), or how to pick one. */
import * as l10n from '@vscode/l10n';
import type { FormTarget } from '../src/shared/protocol';
import { custom, h } from './dom';

export function renderTarget(el: HTMLElement, target: FormTarget | null, onChoose: () => void): void {
  const choose = custom('vscode-button', { text: target ? l10n.t('Change…') : l10n.t('Choose…'), attrs: { appearance: 'secondary', id: 'choose-target' } });
  choose.addEventListener('click', onChoose);
  if (!target) {
    el.replaceChildren(
      h('p', { className: 'target-empty', text: l10n.t('Select a group or project in the tree, or choose one, to invite people to it.') }),
      choose,
    );
    return;
  }
  const kind = target.kind === 'group' ? l10n.t('Group') : l10n.t('Project');
  const lines: Node[] = [
    h('p', { className: 'target-title' },
      h('span', { className: 'badge', text: kind }),
      h('span', { className: 'path', text: target.fullPath, attrs: { id: 'target-path', title: target.fullPath } })),
    h('p', { className: 'account', text: `${target.name} · ${target.account}` }),
  ];
  if (target.notice) lines.push(h('p', { className: 'notice', text: target.notice, attrs: { role: 'note' } }));
  el.replaceChildren(h('div', { className: 'target-text' }, ...lines), choose);
}
