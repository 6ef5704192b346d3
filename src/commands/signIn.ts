/**
 * gitlabMembers.signIn: ask for the instance URL and a personal access token, check the token with GitLab
 * (who it belongs to, scopes, expiry), then keep the account in globalState and the token in SecretStorage.
 * Signing in to a second instance, or as a second user, adds an account next to the first.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { addAccount } from '../accounts/addAccount';
import { hostOf } from '../accounts/account';
import { updateSignedInContext } from '../accounts/signedInContext';
import { userMessageOf } from '../domain/errors';
import { normalizeInstanceUrl } from '../gitlab';
import type { CommandDeps } from './support/deps';
import { showError } from '../core/showError';

/** A function, not a constant: the language is known only once the extension is activated. */
export const tokenPrompt = () => l10n.t('Personal access token (scope api, or read_api for read-only)');

/** @param prefill `{ instanceUrl }` when signing in again from a "Token missing" row. */
export async function signIn(deps: CommandDeps, prefill?: unknown): Promise<void> {
  const instanceUrl = await askInstanceUrl(prefillUrl(prefill) ?? deps.settings().instanceUrl);
  if (instanceUrl === undefined) return;
  const host = hostOf(instanceUrl);
  const token = (await vscode.window.showInputBox({
    title: l10n.t('Sign in to {0}', host),
    prompt: tokenPrompt(),
    password: true,
    ignoreFocusOut: true,
    validateInput: (value) => (value.trim() ? undefined : l10n.t('Enter a personal access token.')),
  }))?.trim();
  if (!token) return;

  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: l10n.t('Checking the token with {0}…', host) },
    () => addAccount(deps.store, deps.sessions, instanceUrl, token),
  );
  if (!result.ok) {
    await showError(deps.log, l10n.t("Couldn't sign in to {0}: {1}", host, result.reason));
    return;
  }
  const { account, verdict } = result;
  await updateSignedInContext(deps.store);
  deps.tree.refresh();
  deps.log.info(`Signed in to ${host} as @${account.username}${verdict.readOnly ? ' (read-only token)' : ''}`);

  if (verdict.expiryWarning) void vscode.window.showWarningMessage(verdict.expiryWarning);
  void vscode.window.showInformationMessage(verdict.readOnly
    ? l10n.t('Signed in to {0} as @{1} (read-only token: you can see members but not change them)', host, account.username)
    : l10n.t('Signed in to {0} as @{1}', host, account.username));
}

async function askInstanceUrl(value: string): Promise<string | undefined> {
  const input = await vscode.window.showInputBox({
    title: l10n.t('Sign in to GitLab'),
    prompt: l10n.t('GitLab instance URL'),
    value,
    ignoreFocusOut: true,
    validateInput: (text) => {
      try {
        normalizeInstanceUrl(text);
        return undefined;
      } catch (err) {
        return userMessageOf(err);
      }
    },
  });
  return input === undefined ? undefined : normalizeInstanceUrl(input);
}

function prefillUrl(prefill: unknown): string | undefined {
  if (typeof prefill !== 'object' || prefill === null) return undefined;
  const url = (prefill as { instanceUrl?: unknown }).instanceUrl;
  return typeof url === 'string' ? url : undefined;
}
