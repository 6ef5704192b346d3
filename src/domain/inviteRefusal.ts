/**
 * When GitLab refused a whole invite request (a 403 for the batch, a server error, the network), the API layer
 * reports it on every recipient of that batch. This says it once, as any failed action does (explainFailure): for
 * a 403 with what the caller's role allows here. Pure.
 */
import * as l10n from '@vscode/l10n';
import type { RecipientResult } from '../shared/protocol';
import { explainFailure, type ActionPlace } from './actionErrors';

/** The API layer's sentence for a refusal names the status: `Your role does not allow this here (403).` */
const FORBIDDEN = /\(403\)/;

/** The sentence for the whole request, or undefined when GitLab answered recipient by recipient. */
export function explainRefusal(results: readonly RecipientResult[], place: ActionPlace): string | undefined {
  const failed = results.filter((r) => r.status === 'failed' && r.message);
  const doing = l10n.t({ message: 'invite to {0}', args: [place.fullPath], comment: ['completes "Couldn\'t …: <reason>" when an invitation fails'] });
  const forbidden = failed.find((r) => FORBIDDEN.test(r.message ?? ''));
  if (forbidden) return explainFailure(doing, { kind: 'forbidden', status: 403, userMessage: forbidden.message }, place);
  const texts = new Set(failed.map((r) => r.message));
  if (failed.length > 1 && failed.length === results.length && texts.size === 1) return explainFailure(doing, { userMessage: failed[0].message }, place);
  return undefined;
}
