/**
 * The person an account-wide action is about: a member row's user, a person row of Find Access, or (from the
 * palette) an account and then a username or email, looked up as a GitLab user.
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { AccountSession } from '../../accounts/sessions';
import type { PersonAccess } from '../../findAccess/accessResults';
import { looksLikeEmail, normalizeQuery } from '../../findAccess/searchAccess';
import type { OffboardPerson } from '../../offboarding/collectOffboarding';
import type { CommandDeps } from '../support/deps';
import { personLabel } from '../support/describe';
import { memberOfNode } from '../support/nodeTargets';
import { pickSession, titled } from './pickSession';

export interface PersonTarget {
  readonly session: AccountSession;
  readonly person: OffboardPerson;
}

function fromFindAccess(node: unknown): PersonTarget | undefined {
  const { session, person } = (node ?? {}) as { session?: AccountSession; person?: PersonAccess };
  const id = /^user:(\d+)$/.exec(person?.key ?? '')?.[1];
  const member = person?.places.find((p) => p.member)?.member;
  const user = member ?? person?.user; // the memberships path: the user, no member rows
  if (!session || !id || !user) return undefined;
  return { session, person: { userId: Number(id), username: user.username, label: personLabel(user), email: member?.email } };
}

async function askForPerson(deps: CommandDeps, title: string): Promise<PersonTarget | undefined> {
  const session = await pickSession(deps, title, { writes: true });
  if (!session) return undefined;
  const text = await vscode.window.showInputBox({
    title, ignoreFocusOut: true,
    prompt: l10n.t('Username or email address of the person whose access goes, everywhere @{0} can change it', session.account.username),
    validateInput: (v) => (normalizeQuery(v) ? undefined : l10n.t('Type a username or an email address.')),
  });
  const query = normalizeQuery(text ?? '');
  if (!query) return undefined;
  if (looksLikeEmail(query)) {
    const user = await session.api.findUserByEmail(query);
    if (!user) {
      void vscode.window.showWarningMessage(titled(title, l10n.t('GitLab shows no user with the email {0} to you (only public emails, unless you are an administrator). Try their username.', query)));
      return undefined;
    }
    return { session, person: { userId: user.id, username: user.username, label: personLabel(user), email: query } };
  }
  const page = await session.api.searchUsers(query, { perPage: 20 });
  const exact = page.items.find((u) => u.username.toLowerCase() === query.toLowerCase());
  const user = exact ?? (await vscode.window.showQuickPick(page.items.map((u) => ({ label: personLabel(u), user: u })), {
    title, placeHolder: page.items.length ? l10n.t('Which user?') : l10n.t('No GitLab user matches "{0}"', query),
  }))?.user;
  return user && { session, person: { userId: user.id, username: user.username, label: personLabel(user) } };
}

export async function resolvePerson(deps: CommandDeps, node: unknown, title: string): Promise<PersonTarget | undefined> {
  const row = memberOfNode(deps, node);
  if (row) return { session: row.ctx.session, person: { userId: row.member.id, username: row.member.username, label: personLabel(row.member), email: row.member.email } };
  return fromFindAccess(node) ?? askForPerson(deps, title);
}
