/** The row of an account (shown when several are signed in): `@username`, host, read-only and token expiry. */
import { hostOf } from '../accounts/account';
import type { AccountSession } from '../accounts/sessions';
import { tokenExpiryWarning } from '../accounts/validateToken';
import { contextValue } from '../domain/contextValue';
import type { ItemSpec, TooltipLine } from './node';

export function accountItem(session: AccountSession, now: Date): ItemSpec {
  const { account, readOnly } = session;
  const expiring = tokenExpiryWarning(account.tokenExpiresAt, now, 'The token');
  const scopes = account.scopes === null ? 'scopes unknown' : account.scopes.join(', ');
  const lines: TooltipLine[] = [
    { label: 'Name', value: account.name },
    { label: 'Instance', value: account.instanceUrl },
    { label: 'Token', value: `${scopes}${readOnly ? ' (read-only: no changes offered)' : ''}` },
    { label: 'Token expires', value: account.tokenExpiresAt ?? 'never or unknown' },
  ];
  if (expiring) lines.push({ label: 'Warning', value: expiring });
  return {
    label: `@${account.username}`,
    description: [hostOf(account.instanceUrl), readOnly ? 'read-only' : undefined, expiring ? 'token expiring' : undefined]
      .filter(Boolean).join(' · '),
    tooltip: { title: `@${account.username}`, lines },
    icon: expiring ? { id: 'warning', color: 'list.warningForeground' } : { id: 'account' },
    contextValue: contextValue('account', { readOnly, tokenExpiring: expiring !== undefined }),
    collapsible: 'expanded',
  };
}
