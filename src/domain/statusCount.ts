/**
 * How many recipients of an invitation ended each way, in one message per status ("2 invited", "1 role
 * changed"): the extension's summary notification and the invite form's result line say it the same way.
 */
import * as l10n from '@vscode/l10n';
import type { InviteOutcome } from '../gitlab/types';

export function statusCount(status: InviteOutcome['status'], n: number): string {
  switch (status) {
    case 'invited': return l10n.t('{0} invited', n);
    case 'changed': return l10n.t('{0} role changed', n);
    case 'updated': return l10n.t('{0} invitation updated', n);
    case 'already': return l10n.t('{0} already there', n);
    case 'left': return l10n.t('{0} left out', n);
    case 'failed': return l10n.t('{0} failed', n);
  }
}
