/**
 * Palette step 3: a member of the group or project (direct ones, or with inherited ones too). Shows the first
 * page at once; typing asks GitLab (`query`, debounced, the previous search cancelled), so large groups work
 * too. Rows found by earlier searches stay in place (the quick pick filters them) so a row never moves under the
 * user's Enter (see stableItems.ts).
 */
import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import { describeExpiry } from '../../domain/expiry';
import { userMessageOf } from '../../domain/errors';
import { roleName } from '../../domain/roles';
import type { Member } from '../../gitlab/types';
import type { SourceContext } from '../../sources/sourceContext';
import { StableItems } from './stableItems';

const DEBOUNCE_MS = 300;

interface MemberItem extends vscode.QuickPickItem {
  readonly member: Member;
}

export interface MemberPickOptions {
  /** Which members may be picked (the others are not listed). */
  readonly accept?: (m: Member) => boolean;
  /** List members inherited from parent groups too (`members/all`). */
  readonly inherited?: boolean;
}

export async function pickMember(ctx: SourceContext, title: string, opts: MemberPickOptions = {}): Promise<Member | undefined> {
  const accept = opts.accept ?? (() => true);
  const pick = vscode.window.createQuickPick<MemberItem>();
  const placeholder = l10n.t('A member of {0} (type to search by name or username)', ctx.source.fullPath);
  Object.assign(pick, { title, placeholder, matchOnDescription: true, ignoreFocusOut: true });
  const rows = new StableItems<MemberItem>((i) => String(i.member.id));
  const seen = new Map<number, Member>();
  let search: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = async (query: string) => {
    search?.abort();
    const mine = (search = new AbortController());
    pick.busy = true;
    try {
      const page = await ctx.session.api.listMembers(ctx.source, { page: 1, query: query || undefined, inherited: opts.inherited }, { signal: mine.signal });
      if (mine.signal.aborted) return;
      const found = new Set<number>();
      for (const m of page.items.filter(accept)) {
        seen.set(m.id, m);
        found.add(m.id);
      }
      // What GitLab found for the query is always shown (it may match on an email the row does not show).
      pick.items = rows.upsert([...seen.values()].map((m) => toItem(m, query !== '' && found.has(m.id))));
      pick.placeholder = found.size > 0 ? placeholder : query ? l10n.t('Nobody matches "{0}"', query) : l10n.t('No members here you can pick');
    } catch (err) {
      if (!mine.signal.aborted) pick.placeholder = l10n.t("Couldn't load members: {0}", userMessageOf(err));
    } finally {
      if (!mine.signal.aborted) pick.busy = false;
    }
  };
  pick.onDidChangeValue((value) => {
    clearTimeout(timer);
    timer = setTimeout(() => void load(value.trim()), DEBOUNCE_MS);
  });
  void load('');
  try {
    return await new Promise<Member | undefined>((resolve) => {
      pick.onDidAccept(() => resolve(pick.selectedItems[0]?.member));
      pick.onDidHide(() => resolve(undefined));
      pick.show();
    });
  } finally {
    clearTimeout(timer);
    search?.abort();
    pick.dispose();
  }
}

function toItem(member: Member, alwaysShow: boolean): MemberItem {
  const parts = [`@${member.username}`, roleName(member.accessLevel), describeExpiry(member.expiresAt, new Date())];
  if (member.membershipState === 'awaiting') parts.push(l10n.t('awaiting approval'));
  return { label: member.name || member.username, description: parts.filter(Boolean).join(' · '), alwaysShow, member };
}
