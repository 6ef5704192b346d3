/** The row of an account (shown when several are signed in): `@username`, host, read-only and token expiry. */
import * as l10n from '@vscode/l10n';
import { hostOf } from '../accounts/account';
import type { AccountSession } from '../accounts/sessions';
import { tokenExpiryWarning } from '../accounts/validateToken';
import { contextValue } from '../domain/contextValue';
import type { ItemSpec, TooltipLine } from './node';

export function accountItem(session: AccountSession, now: Date): ItemSpec {
  const { account, readOnly } = session;
  const expiring = tokenExpiryWarning(account.tokenExpiresAt, now, l10n.t({ message: 'The token', comment: ['subject of the token expiry warning: "The token expires in 3 days (…)"'] }));
  const scopes = account.scopes === null ? l10n.t('scopes unknown') : account.scopes.join(', ');
  const lines: TooltipLine[] = [
    { label: l10n.t({ message: 'Name', comment: ['tooltip label: the account holder\'s name'] }), value: account.name },
    { label: l10n.t({ message: 'Instance', comment: ['tooltip label: the GitLab server URL'] }), value: account.instanceUrl },
    { label: l10n.t({ message: 'Token', comment: ['tooltip label: the access token\'s scopes'] }), value: readOnly ? l10n.t('{0} (read-only: no changes offered)', scopes) : scopes },
    { label: l10n.t('Token expires'), value: account.tokenExpiresAt ?? l10n.t('never or unknown') },
  ];
  if (expiring) lines.push({ label: l10n.t({ message: 'Warning', comment: ['tooltip label'] }), value: expiring });
  return {
    label: `@${account.username}`,
    description: [hostOf(account.instanceUrl), readOnly ? l10n.t('read-only') : undefined, expiring ? l10n.t('token expiring') : undefined]
      .filter(Boolean).join(' · '),
    tooltip: { title: `@${account.username}`, lines },
    icon: expiring ? { id: 'warning', color: 'list.warningForeground' } : { id: 'account' },
    contextValue: contextValue('account', { readOnly, tokenExpiring: expiring !== undefined }),
    collapsible: 'expanded',
  };
}
