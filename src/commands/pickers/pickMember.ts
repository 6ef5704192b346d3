/**
 * Palette step 3: a direct member of the group or project. Shows the first page at once; typing asks GitLab
 * (`query`, debounced, the previous search cancelled), so large groups work too.
 */
import * as vscode from 'vscode';
import { describeExpiry } from '../../domain/expiry';
import { userMessageOf } from '../../domain/errors';
import { roleName } from '../../domain/roles';
import type { Member } from '../../gitlab/types';
import type { SourceContext } from '../sourceContext';

const DEBOUNCE_MS = 300;

interface MemberItem extends vscode.QuickPickItem {
  readonly member: Member;
}

export async function pickMember(ctx: SourceContext, title: string, accept: (m: Member) => boolean = () => true): Promise<Member | undefined> {
  const pick = vscode.window.createQuickPick<MemberItem>();
  Object.assign(pick, { title, placeholder: `A member of ${ctx.source.fullPath} (type to search by name or username)`, matchOnDescription: true, ignoreFocusOut: true });
  let search: AbortController | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const load = async (query: string) => {
    search?.abort();
    const mine = (search = new AbortController());
    pick.busy = true;
    try {
      const page = await ctx.session.api.listMembers(ctx.source, { page: 1, query: query || undefined }, { signal: mine.signal });
      if (mine.signal.aborted) return;
      pick.items = page.items.filter(accept).map(toItem);
      if (pick.items.length === 0) pick.placeholder = query ? `Nobody matches "${query}"` : `No members here you can pick`;
    } catch (err) {
      if (!mine.signal.aborted) pick.placeholder = `Couldn't load members: ${userMessageOf(err)}`;
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

function toItem(member: Member): MemberItem {
  const parts = [`@${member.username}`, roleName(member.accessLevel), describeExpiry(member.expiresAt, new Date())];
  if (member.membershipState === 'awaiting') parts.push('awaiting approval');
  return { label: member.name || member.username, description: parts.filter(Boolean).join(' · '), member };
}
