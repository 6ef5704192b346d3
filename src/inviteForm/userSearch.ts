/**
 * The form's user autocomplete on the extension side: one GitLab `/users?search` at a time, cancelled when the
 * webview says so (a newer keystroke), when a newer search arrives (whether or not the webview cancelled the
 * older one), or when the form goes away. A cancelled search has no reply. Replies are protocol messages.
 */
import type { GitLabApi } from '../gitlab/api';
import { userMessageOf } from '../domain/errors';
import { LIMITS, type ToWebview } from '../shared/protocol';

const RESULTS = 20;
/** The protocol's limit for a user's name (protocolSchema.ts). */
const NAME_MAX = 255;

export class UserSearches {
  private readonly running = new Map<number, AbortController>();

  /** The reply to send, or undefined when the search was cancelled (the webview no longer waits for it). */
  async run(api: GitLabApi, requestId: number, query: string): Promise<ToWebview | undefined> {
    this.cancelAll(); // the webview waits for the newest search only
    const control = new AbortController();
    this.running.set(requestId, control);
    try {
      const page = await api.searchUsers(query, { perPage: RESULTS }, { signal: control.signal });
      if (control.signal.aborted) return undefined;
      const users = page.items
        .filter((u) => u.state === 'active' || u.state === '')
        .slice(0, LIMITS.searchResults)
        // GitLab names can be longer than the protocol allows (one such name would make the webview refuse the reply).
        .map(({ id, username, name }) => ({ id, username, name: name.length > NAME_MAX ? `${name.slice(0, NAME_MAX - 1)}…` : name }));
      return { type: 'searchResult', requestId, users };
    } catch (err) {
      return control.signal.aborted ? undefined : { type: 'searchFailed', requestId, error: userMessageOf(err) };
    } finally {
      if (this.running.get(requestId) === control) this.running.delete(requestId);
    }
  }

  cancel(requestId: number): void {
    this.running.get(requestId)?.abort();
    this.running.delete(requestId);
  }

  cancelAll(): void {
    for (const control of this.running.values()) control.abort();
    this.running.clear();
  }
}
