/** The access-expiry date: prefilled with the current one, blank for never, checked like the invite form's. */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { checkExpiryInput, earliestExpiry } from '../../domain/expiryRule';

/** `{ value: null }` means no expiry; undefined means cancelled. */
export async function askExpiry(title: string, current: string | null): Promise<{ value: string | null } | undefined> {
  const text = await vscode.window.showInputBox({
    title,
    prompt: l10n.t('Access expires on (YYYY-MM-DD, {0} or later); leave empty for no expiry', earliestExpiry(new Date())),
    placeHolder: l10n.t({ message: 'YYYY-MM-DD', comment: ['the date format to type: four-digit year, month, day, with hyphens'] }),
    value: current?.slice(0, 10) ?? '',
    ignoreFocusOut: true,
    validateInput: (value) => {
      const check = checkExpiryInput(value, new Date());
      return check.ok ? undefined : check.error;
    },
  });
  if (text === undefined) return undefined;
  const check = checkExpiryInput(text, new Date());
  return check.ok ? { value: check.value } : undefined;
}
