/**
 * The invite form's last group or project, kept in the workspace's state (account key, kind and id: never a
 * token) so a reloaded window opens the form where it was, with the draft it kept. Asked again of GitLab on
 * restore: a group or project gone, an account signed out, or any failure just leaves the form untargeted.
 */
import type * as vscode from 'vscode';
import type { AccountSession } from '../accounts/sessions';
import { withCallerLevel, type SourceContext } from '../sources/sourceContext';
import type { SourceKind } from '../gitlab/types';

const KEY = 'gitlabMembers.inviteForm.lastTarget';

interface Saved {
  readonly accountKey: string;
  readonly kind: SourceKind;
  readonly id: number;
}

export class LastTarget {
  constructor(private readonly state: vscode.Memento, private readonly sessions: () => readonly AccountSession[]) {}

  remember(ctx: SourceContext): void {
    const saved: Saved = { accountKey: ctx.session.key, kind: ctx.source.kind, id: ctx.source.id };
    const before = this.state.get<Saved>(KEY);
    if (before?.accountKey === saved.accountKey && before.kind === saved.kind && before.id === saved.id) return;
    void this.state.update(KEY, saved);
  }

  async restore(): Promise<SourceContext | undefined> {
    const saved = this.state.get<Saved>(KEY);
    if (!saved || (saved.kind !== 'group' && saved.kind !== 'project') || typeof saved.id !== 'number') return undefined;
    const session = this.sessions().find((s) => s.key === saved.accountKey);
    if (!session) return undefined;
    try {
      const source = saved.kind === 'group' ? await session.api.getGroup(saved.id) : await session.api.getProject(saved.id);
      return await withCallerLevel(session, source);
    } catch {
      return undefined;
    }
  }
}
