/**
 * Recipients as removable chips: an invalid address is marked in place (red, with the reason), and after a send
 * each recipient still here failed, and carries GitLab's reason.
 */
import * as l10n from '@vscode/l10n';
import { chipLabel, type Chip } from './inviteDraft';
import { h } from './dom';

export function renderChips(list: HTMLUListElement, chips: readonly Chip[], onRemove: (index: number) => void): void {
  list.hidden = chips.length === 0;
  list.replaceChildren(...chips.map((chip, index) => chipItem(chip, () => onRemove(index))));
}

function chipItem(chip: Chip, remove: () => void): HTMLLIElement {
  const label = chipLabel(chip);
  const state = chip.kind === 'email' && !chip.valid ? 'invalid' : chip.note?.status;
  const note = state === 'invalid' ? l10n.t('Not a valid email address') : chip.note ? noteText(chip.note.status, chip.note.message) : undefined;
  const button = h('button', { className: 'chip-remove', text: '×', attrs: { type: 'button', 'aria-label': l10n.t('Remove {0}', label), title: l10n.t('Remove {0}', label) } });
  button.addEventListener('click', remove);
  const item = h('li', { className: `chip${state ? ` chip-${state}` : ''}${chip.kind === 'user' ? ' chip-user' : ''}` },
    h('span', { className: 'chip-label', text: label }));
  if (state === 'invalid') item.setAttribute('aria-invalid', 'true');
  if (note) item.append(h('span', { className: 'chip-note', text: note }));
  item.append(button);
  return item;
}

function noteText(_status: 'failed', message: string): string {
  return l10n.t('Failed: {0}', message);
}
