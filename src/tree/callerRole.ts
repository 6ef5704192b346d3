/**
 * The caller's role on a group or project row. A row shows at once, with the role its parent passes down (an
 * Owner above settles it); where that does not settle it, GitLab is asked in the background and the row is
 * redrawn with the answer. Expanding the row waits for the answer, so its folders and children know it.
 * A refreshed row asks again: a role changed in GitLab shows after Refresh.
 */
import type { AccessLevel, SourceRef } from '../gitlab/types';
import { resolveAccess } from './access';
import type { NodeContext, TreeNode } from './node';

export type AskRole = (inherited: AccessLevel | undefined) => Promise<AccessLevel | undefined>;

export class CallerRole {
  private current: AccessLevel | undefined;
  private known: Promise<void> = Promise.resolve();
  private asks = 0;

  /**
   * @param inherited the role passed down by the parent row (undefined: none or unknown)
   * @param askGitLab asks GitLab, given the inherited role; absent: the role is as given
   * @param changed redraws the row when GitLab's answer differs from what it shows
   */
  constructor(private readonly inherited: AccessLevel | undefined, private readonly askGitLab?: AskRole, private readonly changed?: () => void) {
    this.current = inherited;
    this.ask();
  }

  get level(): AccessLevel | undefined {
    return this.current;
  }

  /** Resolves once the latest question to GitLab has an answer, also one asked while waiting (a Refresh). */
  async ready(): Promise<void> {
    for (let asked = this.known; ; asked = this.known) {
      await asked;
      if (asked === this.known) return;
    }
  }

  /** Asks GitLab (again); an older answer arriving later is ignored. */
  ask(): void {
    if (!this.askGitLab) return;
    const mine = ++this.asks;
    this.known = this.askGitLab(this.inherited).then((level) => {
      if (mine !== this.asks || level === this.current) return;
      this.current = level;
      this.changed?.();
    });
  }
}

/** The role on a row that asks GitLab (through `resolveAccess`) and redraws `row()` with the answer. */
export function askedRole(ctx: NodeContext, ref: SourceRef, inherited: AccessLevel | undefined, row: () => TreeNode): CallerRole {
  return new CallerRole(inherited, (from) => resolveAccess(ctx.session.api, ref, from, ctx.signal), () => ctx.changed(row()));
}
