/**
 * User autocomplete for the recipients box: asks the extension (debounced) for users matching what is typed,
 * cancels the previous request on every new keystroke, ignores stale replies, and shows the matches as an
 * ARIA listbox driven from the input (arrow keys, Enter, Escape; aria-activedescendant).
 */
import * as l10n from '@vscode/l10n';
import type { ToWebview, UserHit } from '../src/shared/protocol';
import { h } from './dom';
import type { Host } from './host';

const DEBOUNCE_MS = 250;
const MIN_CHARS = 2;

type SearchReply = Extract<ToWebview, { type: 'searchResult' | 'searchFailed' }>;

export class UserSuggest {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private inflight: number | undefined;
  private nextId = 1;
  private hits: readonly UserHit[] = [];
  private active = -1;

  constructor(
    private readonly host: Host,
    private readonly input: HTMLInputElement,
    private readonly list: HTMLUListElement,
    private readonly onPick: (user: UserHit) => void,
  ) {}

  /** Called with the text being typed after every change. */
  query(text: string): void {
    clearTimeout(this.timer);
    const q = text.trim();
    if (q.length < MIN_CHARS || /[@,;<>]/.test(q)) {
      this.cancel();
      this.close();
      return;
    }
    this.timer = setTimeout(() => this.send(q), DEBOUNCE_MS);
  }

  receive(reply: SearchReply): void {
    if (reply.requestId !== this.inflight) return; // an answer to a search already replaced
    this.inflight = undefined;
    if (reply.type === 'searchFailed') return this.status(l10n.t("Couldn't search GitLab users: {0}", reply.error));
    this.hits = reply.users;
    if (this.hits.length === 0) return this.status(l10n.t('No GitLab user matches. Type an email address to invite by email.'));
    this.active = 0;
    this.render();
  }

  /** Arrow keys, Enter and Escape while the list is open; true when the key was used. */
  keydown(event: KeyboardEvent): boolean {
    if (this.list.hidden) return false;
    const count = this.hits.length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (count > 0) this.active = (this.active + (event.key === 'ArrowDown' ? 1 : count - 1)) % count;
      this.render();
    } else if (event.key === 'Enter' && this.active >= 0 && this.active < count) {
      this.pick(this.hits[this.active]);
    } else if (event.key === 'Escape') {
      this.cancel();
      this.close();
    } else {
      return false;
    }
    event.preventDefault();
    return true;
  }

  close(): void {
    clearTimeout(this.timer);
    this.hits = [];
    this.active = -1;
    this.list.hidden = true;
    this.list.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  cancel(): void {
    if (this.inflight === undefined) return;
    this.host.post({ type: 'cancelSearch', requestId: this.inflight });
    this.inflight = undefined;
  }

  private send(query: string): void {
    this.cancel();
    this.inflight = this.nextId++;
    this.host.post({ type: 'searchUsers', requestId: this.inflight, query });
    this.status(l10n.t('Searching GitLab users…'));
  }

  private pick(user: UserHit): void {
    this.close();
    this.onPick(user);
  }

  private status(text: string): void {
    this.hits = [];
    this.active = -1;
    this.open([h('li', { className: 'suggestion-status', text, attrs: { role: 'option', 'aria-disabled': 'true', id: 'suggestion-status' } })]);
    this.input.removeAttribute('aria-activedescendant');
  }

  private render(): void {
    this.open(this.hits.map((user, i) => {
      const item = h('li', { className: `suggestion${i === this.active ? ' active' : ''}`, attrs: { role: 'option', id: `suggestion-${i}`, 'aria-selected': String(i === this.active) } },
        h('span', { className: 'suggestion-name', text: user.name || user.username }),
        h('span', { className: 'suggestion-username', text: `@${user.username}` }));
      item.addEventListener('mousedown', (e) => e.preventDefault()); // keep focus in the input
      item.addEventListener('click', () => this.pick(user));
      return item;
    }));
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `suggestion-${this.active}`);
  }

  private open(items: HTMLLIElement[]): void {
    this.list.replaceChildren(...items);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
  }
}
