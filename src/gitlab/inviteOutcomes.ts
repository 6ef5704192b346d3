/** Reading GitLab's invitation answer (`{status:"success"}`, or `{status:"error", message: {who: text} | text}`). */
import * as l10n from '@vscode/l10n';
import type { InviteOutcome, InviteStatus } from './types';

export interface Recipient {
  readonly kind: 'email' | 'user';
  /** The email, or the username (GitLab's key for user ids in error maps). */
  readonly name: string;
  readonly userId?: number;
}

/** One key per recipient: the lower-cased email, or `#<user id>`. */
export const recipientKey = (r: Recipient): string => (r.kind === 'email' ? r.name.toLowerCase() : `#${r.userId}`);

const ALREADY = /already|been taken|exists in source/i;

export function classify(text: string): InviteStatus {
  return ALREADY.test(text) ? 'already' : 'failed';
}

export function outcome(r: Recipient, status: InviteStatus, message?: string): InviteOutcome {
  return { recipient: r.name, kind: r.kind, status, ...(message ? { message } : {}) };
}

export function outcomesFromBody(body: unknown, batch: readonly Recipient[]): InviteOutcome[] {
  const { status, message } = (body && typeof body === 'object' ? body : {}) as { status?: unknown; message?: unknown };
  if (status !== 'error') return batch.map((r) => outcome(r, 'invited'));
  if (!message || typeof message !== 'object') {
    // Only GitLab's own words are classified: the fallback is a failure in any language.
    const text = typeof message === 'string' && message ? message : undefined;
    return batch.map((r) => (text === undefined ? outcome(r, 'failed', l10n.t('GitLab reported an error without details.')) : outcome(r, classify(text), text)));
  }
  const texts = new Map<string, string>();
  for (const [key, text] of Object.entries(message as Record<string, unknown>)) {
    texts.set(key.toLowerCase(), Array.isArray(text) ? text.join(', ') : String(text));
  }
  const results = batch.map((r) => {
    const key = [r.name.toLowerCase(), String(r.userId ?? '')].find((k) => texts.has(k));
    if (key === undefined) return outcome(r, 'invited');
    const text = texts.get(key) as string;
    texts.delete(key);
    return outcome(r, classify(text), text);
  });
  // Keys GitLab named that match no recipient we sent: report them rather than drop them.
  for (const [key, text] of texts) {
    results.push({ recipient: key, kind: key.includes('@') ? 'email' : 'user', status: classify(text), message: text });
  }
  return results;
}
