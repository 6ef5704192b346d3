/**
 * The caller's role on a group or project row. A row shows at once, with the role its parent passes down (an
 * Owner above settles it); where that does not settle it, GitLab is asked in the background. Expanding the
 * row waits for that first answer, so its folders and children know the role. A refreshed row asks again in
 * the background and is told (`changed`) only when the answer differs, to rebuild what depends on it.
 */
import type { AccessLevel, SourceRef } from '../gitlab/types';
import { resolveAccess } from './access';
import type { NodeContext } from './node';

export type AskRole = (inherited: AccessLevel | undefined) => Promise<AccessLevel | undefined>;

export class CallerRole {
  private current: AccessLevel | undefined;
  private readonly first: Promise<void>;
  private asks = 0;

  /**
   * @param inherited the role passed down by the parent row (undefined: none or unknown)
   * @param askGitLab asks GitLab, given the inherited role; absent: the role is as given
   * @param changed called when GitLab's answer differs from the role the row has
   */
  constructor(private readonly inherited: AccessLevel | undefined, private readonly askGitLab?: AskRole, private readonly changed?: () => void) {
    this.current = inherited;
    this.first = this.fetch();
  }

  get level(): AccessLevel | undefined {
    return this.current;
  }

  /** Resolves once GitLab's first answer is in (at once when nothing is asked). */
  ready(): Promise<void> {
    return this.first;
  }

  /** Asks GitLab again (a Refresh); an older answer arriving after a newer question is ignored. */
  ask(): void {
    void this.fetch();
  }

  private async fetch(): Promise<void> {
    if (!this.askGitLab) return;
    const mine = ++this.asks;
    const level = await this.askGitLab(this.inherited);
    if (mine !== this.asks || level === this.current) return;
    this.current = level;
    this.changed?.();
  }
}

/** The role on a row that asks GitLab (through `resolveAccess`); `changed` as for CallerRole. */
export function askedRole(ctx: NodeContext, ref: SourceRef, inherited: AccessLevel | undefined, changed: () => void): CallerRole {
  return new CallerRole(inherited, (from) => resolveAccess(ctx.session.api, ref, from, ctx.signal), changed);
}
